"""recall34: a relative pronoun a preposition governs (« au cours de laquelle », « lors
duquel ») is a complement of its clause, never who speaks: the speaker of a reporting verb in
that clause is the noun phrase after the pronoun, not the noun the relative takes up."""

from __future__ import annotations

from tests.draft.readings import speaker_label


def test_the_subject_after_a_relative_governed_by_a_preposition_speaks() -> None:
    text = "Un vote est prévu, au cours duquel Léa Marchal annoncera son retrait du bureau."
    assert speaker_label(text) == [("Léa Marchal", "named")]


def test_a_description_after_pendant_laquelle_speaks() -> None:
    text = "Une séance a eu lieu, pendant laquelle la présidente a dénoncé les retards du chantier."
    assert [s for s, _ in speaker_label(text)] == ["la présidente"]


def test_a_subject_relative_still_takes_up_its_noun() -> None:
    text = "Léa Marchal, qui a dénoncé les retards du chantier, quitte le bureau."
    assert [s for s, _ in speaker_label(text)] == ["Léa Marchal"]
