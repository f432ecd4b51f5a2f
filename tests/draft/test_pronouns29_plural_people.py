"""pronouns29: « ils » / « eux » with no group opening a sentence takes up a nameless plural of
people written in its sentence or the one before (after a fronted phrase, in a cleft, in a
subordinate clause), not the one person heard last. Made-up sentences, with counter-cases that
stay as they were."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze

_HEARD = "« Rien n'a changé », a dit Paul Durand, le maire. "


def _speakers(text: str) -> list[str]:
    return [a.speaker for a in analyze(text, "fr").attributions]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (  # after a fronted phrase longer than a setting
            _HEARD + "Face à la hausse des tarifs votée en juillet par le conseil, des parents "
            "ont lancé une pétition. Ils dénoncent une décision prise sans concertation.",
            "des parents",
        ),
        (  # in a subordinate clause
            _HEARD + "Depuis trois ans que les infirmiers sont sans accord, la direction se "
            "tait. Ils dénoncent un mépris total.",
            "les infirmiers",
        ),
        (  # in a cleft
            _HEARD + "Ce sont des routiers épuisés qui bloquent le rond-point. Ils dénoncent "
            "des cadences impossibles.",
            "des routiers",
        ),
        (  # a stressed « eux » after « selon »
            _HEARD + "Depuis lundi, à la demande du préfet, plusieurs riverains campent devant "
            "la mairie. Selon eux, le projet menace la nappe.",
            "plusieurs riverains",
        ),
    ],
)
def test_ils_takes_up_the_people_written_before(text: str, group: str) -> None:
    assert _speakers(text)[-1] == group


def test_a_group_opening_the_sentence_is_still_taken_first() -> None:
    # counter-case: the opening group, as before
    text = _HEARD + "Des riverains ont bloqué le chantier. Ils dénoncent un bruit permanent."
    assert _speakers(text)[-1] == "Des riverains"


def test_people_inside_a_quotation_are_no_antecedent() -> None:
    # counter-case: « des parents » only in the quotation; « ils » reads as before
    text = (
        "« Des parents sont venus », a dit Paul Durand. La séance a été levée. "
        "Ils dénoncent une décision prise sans concertation."
    )
    assert "Des parents" not in _speakers(text) and "des parents" not in _speakers(text)


def test_a_plural_cue_going_on_keeps_who_spoke() -> None:
    # counter-case: « ajoutent-ils » after two people spoke, even with a plural written between
    text = (
        "Dans un entretien, Léa et Marc, les deux fils du patron, assurent que « rien n'est "
        "prouvé ». « Nous attendons », ajoutent-ils."
    )
    assert _speakers(text) == _speakers(text.replace("les deux fils", "ses fils"))
    assert "les deux fils" not in _speakers(text)


def test_things_are_no_people() -> None:
    # counter-case: « des tarifs » are no people; the pronoun reads as before
    text = _HEARD + "Depuis juillet, des tarifs nouveaux sont appliqués. Ils dénoncent une hausse."
    assert "des tarifs" not in _speakers(text)
