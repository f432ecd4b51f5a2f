"""An inserted cue with a subject pronoun and a word or two after it, inside the quotation
marks (made-up sentences): « …, dit-elle aujourd'hui, … », « …, explique-t-elle au micro,
… ». The reader allowed « a day or a short adverb » between the pronoun and its comma, but
read it only when a space stood before the comma, so the quotation went to the person the
narration had named before; it is now cut around the clause and given to the one the pronoun
stands for, as « …, dit-elle, … » was. Three words or more after the pronoun (« à la radio
locale ») are no inserted clause, as before (speakers28)."""

from __future__ import annotations

from tests.draft.readings import speakers

_BEFORE = "Jules Fontanel a dirigé le club de voile dix ans, avec sa trésorière, Odile Vasquez. "
_OPEN = "« Les comptes n'étaient jamais présentés à temps, "
_CLOSE = ", et personne ne savait qui décidait des dépenses. »"


def test_a_pronoun_cue_with_words_after_it_cuts_the_quotation() -> None:
    for clause in ("dit-elle aujourd'hui", "explique-t-elle au micro", "dit-elle ce lundi"):
        assert speakers(_BEFORE + _OPEN + clause + _CLOSE) == ["Odile Vasquez"]


def test_the_bare_pronoun_cue_reads_as_before() -> None:
    assert speakers(_BEFORE + _OPEN + "dit-elle" + _CLOSE) == ["Odile Vasquez"]


def test_three_words_after_the_pronoun_are_no_inserted_clause() -> None:
    clause = "explique-t-elle à la radio locale"
    assert speakers(_BEFORE + _OPEN + clause + _CLOSE) == ["Jules Fontanel"]
