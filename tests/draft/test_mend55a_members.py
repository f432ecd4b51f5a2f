"""mend55a (review55a): one of a group written after a quotation speaks only when no subject
was written after the verb before it and its head is a noun of a person: « répètent les
riverains depuis un an » gives the quotation to the residents, not to « un an ». Made-up
texts."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _last_speaker(text: str) -> str:
    return analyze(text, "fr").attributions[-1].speaker


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Les riverains dénoncent le bruit du chantier. « Nous refusons ce projet », "
            "répètent les riverains depuis un an.",
            "riverains",
        ),
        (
            "Les locataires se plaignent du chauffage. « On gèle dans nos salons », "
            "affirment les locataires depuis une semaine.",
            "locataires",
        ),
        (
            "Les habitants ont manifesté. « Nous voulons une école », réclament les habitants "
            "depuis un mois.",
            "habitants",
        ),
        (
            "Les grévistes ont défilé. « Retrait de la réforme ! », scandent les grévistes à une "
            "seule voix.",
            "grévistes",
        ),
    ],
)
def test_words_after_the_groups_own_subject_are_no_member(text: str, group: str) -> None:
    assert group in _last_speaker(text).lower()


def test_a_time_after_a_verb_no_list_holds_is_no_member() -> None:
    text = (
        "Les éleveurs bloquent la route. « Nous ne partirons pas », martèlent les éleveurs "
        "depuis une heure."
    )
    assert "éleveurs" in _last_speaker(text).lower()


def test_one_of_them_named_after_the_verb_still_speaks() -> None:
    text = (
        "Les militants ont manifesté devant la mairie. « Ce projet est absurde », lance une "
        "militante. « Et personne ne nous écoute », ajoute une autre."
    )
    assert [a.speaker for a in analyze(text, "fr").attributions] == ["une militante", "une autre"]


def test_one_of_three_words_after_a_line_break_speaks() -> None:
    text = (
        "Les habitants du hameau dénoncent le passage des camions.\n\n"
        "« Je n’ose plus traverser la route avec mes petits-enfants »,\n"
        "raconte une retraitée du village."
    )
    found = analyze(text, "fr").attributions
    assert [a.speaker for a in found][-1] == "une retraitée du village"
    assert not any(text[slice(*a.content)] == "une retraitée du village" for a in found)
