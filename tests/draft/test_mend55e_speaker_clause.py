"""mend55e: a piece after an inserted cue's name that is a clause of its own (a finite verb
after its noun, a count of things rather than an age, a question) is what the speaker says,
not a description of her; a name quoted inside a description does not cut it short."""

import pytest

from quizapp.draft import analyze
from quizapp.draft.drafting.wording.reported_words import spoken, without_incise
from tests.draft.readings import finding_in

_HEAD = "Travaux au collège\n\nLe chantier a pris du retard cet hiver.\n\n"


@pytest.mark.parametrize(
    ("quotation", "first", "clause"),
    [
        (
            "« Ce chantier, dit Marc Dubois, un habitant comme moi ne peut pas le suivre. "
            "Il faut tout reprendre. »",
            "Ce chantier",
            "un habitant comme moi ne peut pas le suivre",
        ),
        (
            "« Le budget, lance Odile, qui va régler la note ? Aucun élu ne répond. »",
            "Le budget",
            "qui va régler la note ?",
        ),
    ],
)
def test_a_clause_after_the_cue_stays_the_speakers(quotation: str, first: str, clause: str) -> None:
    analysis = analyze(_HEAD + quotation, "fr")
    found = finding_in(analysis, first)
    shown = analysis.passage(spoken(analysis, found))
    assert shown.startswith(clause), shown
    assert clause in without_incise(analysis, found, frozenset())


def test_a_count_of_things_is_no_age() -> None:
    text = (
        _HEAD
        + "« Il faut se dépêcher, soupire Odile, 250 élèves attendent une salle. Rien ne change. »"
    )
    analysis = analyze(text, "fr")
    found = finding_in(analysis, "Il faut se dépêcher")
    assert "250 élèves attendent une salle" in without_incise(analysis, found, frozenset())


def test_reported_words_keep_a_counted_subjects_clause() -> None:
    analysis = analyze(_HEAD + "Le retard, a précisé Marc Dubois, 30 ouvriers le rattrapent.", "fr")
    found = finding_in(analysis, "Le retard")
    assert analysis.passage(spoken(analysis, found)).startswith("30 ouvriers le rattrapent")
    assert "30 ouvriers le rattrapent" in without_incise(analysis, found, frozenset())


def test_a_name_quoted_inside_the_description_does_not_end_it() -> None:
    text = _HEAD + "« Quel gâchis, soupire Odile, venue de « Les Tilleuls ». Je reste confiante. »"
    analysis = analyze(text, "fr")
    found = finding_in(analysis, "Quel gâchis")
    assert analysis.passage(spoken(analysis, found)).startswith("Je reste confiante")
