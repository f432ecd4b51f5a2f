"""A paragraph with no quotation marks and no finding, in the first person of the singular,
a paragraph or two after a finding, is that finding's speaker's direct words with no colon to
introduce it (recall53b, made-up articles: a radio page that prints an interview's answers as
paragraphs of their own). « nous » and « on » alone, a line the body says again further on, a
first person inside parentheses, a paragraph far from any finding, a short line and English
stay as they were."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze

_LEAD = (
    "Piscine : la fermeture votée\n\n"
    "Le conseil municipal a voté mardi soir la fermeture de la piscine municipale, faute de "
    "moyens pour la rénover avant l'été.\n\n"
    "La décision passe mal auprès des usagers, a expliqué le maire de la commune, Paul "
    "Durand.\n\n"
)


def _direct(words: str, between: str = "", after: str = "", lead: str = _LEAD) -> list:
    """The speaker and kind of each finding whose content is ``words`` (its final stop aside)."""
    text = f"{lead}{between}{words}\n\n{after}"
    found = analyze(text, "fr").attributions
    said = words.rstrip(".")
    return [
        (a.speaker, a.kind) for a in found if text[a.content[0] : a.content[1]] in (words, said)
    ]


@pytest.mark.parametrize(
    "words",
    [
        "Je n'avais pas le choix, le bassin coûtait trop cher à la commune.",
        "Mon regret porte sur l'absence de discussion avec les clubs de natation.",
        "Les clubs savent que cette décision me coûte beaucoup, croyez-le bien.",
    ],
)
def test_a_first_person_paragraph_after_a_finding_is_its_speakers(words: str) -> None:
    assert _direct(words) == [("Paul Durand", "direct")]


def test_one_paragraph_of_narration_between_still_reaches_the_speaker() -> None:
    between = "Le bassin avait ouvert en 1975 et accueillait les écoles du canton.\n\n"
    words = "Je n'avais pas le choix, le bassin coûtait trop cher à la commune."
    assert _direct(words, between) == [("Paul Durand", "direct")]


@pytest.mark.parametrize(
    "words",
    [
        "Nous avons tout essayé pour garder ce bassin ouvert aux écoles du canton.",
        "On a tout essayé pour garder ce bassin ouvert aux écoles du canton.",
        "Il a fini second avec la liste BAM (Les Arcs et Moi) aux dernières élections.",
        "Je suis très déçu.",
    ],
)
def test_plural_asides_and_short_lines_are_nobodys(words: str) -> None:
    assert _direct(words) == []


def test_a_colon_paragraph_holding_the_finding_is_left_to_unmarked42() -> None:
    lead = _LEAD.replace("Paul Durand.", "Paul Durand. L'opposante Anne Roy, elle, proteste :")
    words = "Je n'avais pas le choix, le bassin coûtait trop cher à la commune."
    assert _direct(words, lead=lead) == []


def test_a_colon_paragraph_with_no_finding_leaves_the_last_speaker() -> None:
    between = "Il tient à dire ceci :\n\n"
    words = "Je n'avais pas le choix, le bassin coûtait trop cher à la commune."
    assert _direct(words, between) == [("Paul Durand", "direct")]


def test_a_line_the_body_says_again_is_left_to_the_body() -> None:
    words = "Depuis deux mois, je n'ai plus de revenus pour ma famille..."
    after = (
        "« Depuis deux mois, je n'ai plus de revenus pour ma famille ! », poursuit Paul Durand.\n"
    )
    assert _direct(words, after=after) == []


def test_a_paragraph_far_from_any_finding_is_nobodys() -> None:
    between = (
        "Le bassin avait ouvert en 1975 et accueillait les écoles du canton, les clubs de "
        "natation et de plongée, les familles le dimanche et les centres de loisirs l'été. "
        "Sa toiture, refaite une première fois en 1992, laisse passer l'eau depuis trois "
        "hivers, et les pompes de filtration, jamais changées, tombent en panne chaque "
        "mois. Un audit commandé en 2021 chiffrait la remise aux normes à quatre millions "
        "d'euros, le double du budget d'investissement annuel de la commune, qui ne "
        "pouvait compter sur aucune aide de l'État ni de la région pour ce chantier.\n\n"
    )
    words = "Je n'avais pas le choix, le bassin coûtait trop cher à la commune."
    assert _direct(words, between) == []


def test_english_stays_off() -> None:
    text = (
        "Pool to close\n\nThe council voted on Tuesday to close the town's pool, the mayor "
        "Paul Durand said.\n\nI regret this outcome, but my hands were tied by the budget.\n"
    )
    found = analyze(text, "en").attributions
    assert not [a for a in found if text[a.content[0] : a.content[1]].startswith("I regret")]
