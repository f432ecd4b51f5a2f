"""mend39b: the two english39 lede rules read only the shapes they were written for.
A headline's label ("Rail strikes: Union boss says …") gives its description to the first
named speaker only when that one holds its noun or is the one named speaker met: a
minister named first is no union boss. A lede closing on its source ("…, a teacher has
said.") allows one auxiliary before the verb, never any two words ("…, a teacher told
reporters.", "…, a teacher said angrily."). Made-up sentences."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_label

_STRIKE = (
    "Ferry strikes: Union boss says crews will not give in\n\n"
    "Harbour minister Ruth Kelly said on Monday that the strikes were unjustified.\n\n"
    "Sean Doyle, general secretary of the seafarers' union, said crews were ready.\n\n"
    "Ferries will run a reduced service.\n"
)


def test_a_minister_named_first_is_no_union_boss() -> None:
    speakers = speaker_label(_STRIKE, "en")
    assert speakers[0] == ("Union boss", "anonymous"), speakers


_SCHOOL = (
    "Library closure row\n\n"
    "Readers were not told about the closure, a librarian {close}.\n\n"
    "Head librarian Ann Byrne said the council had written to every reader in May.\n\n"
    "The library will close in July.\n"
)


@pytest.mark.parametrize("close", ["told reporters", "said angrily"])
def test_two_words_after_the_source_are_no_auxiliary_and_verb(close: str) -> None:
    speakers = speaker_label(_SCHOOL.format(close=close), "en")
    assert speakers[0] == ("a librarian", "anonymous"), speakers


def test_an_auxiliary_before_the_verb_still_closes_the_lede() -> None:
    speakers = speaker_label(_SCHOOL.format(close="has said"), "en")
    assert speakers[0][0].endswith("Ann Byrne"), speakers
