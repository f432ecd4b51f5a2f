"""english39: a title written inside a name ("Cllr Mary Hogan", "Coun X") gives its holder
that office, so a later "the councillor" is that person, even when someone else spoke in
between; a seat never keeps a holder from another office ("the leader of the group").
Made-up sentences."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_label

_TEXT = (
    "Bypass plan criticised\n\n"
    "{title} Mary Hogan said the new road would cut the village in two.\n\n"
    "Shop owner Tom Walsh said trade had already fallen since the works began.\n\n"
    "However, the {noun}, who lives in the village, admitted the road was needed.\n\n"
    '"We have waited for years for this," she said.\n'
)


@pytest.mark.parametrize(("title", "noun"), [("Cllr", "councillor"), ("Coun", "councillor")])
def test_the_office_takes_up_the_name_it_was_written_in(title: str, noun: str) -> None:
    speakers = [s for s, _ in speaker_label(_TEXT.format(title=title, noun=noun), "en")]
    assert len(speakers) == 4
    assert all(s.endswith("Mary Hogan") for s in speakers[2:]), speakers


def test_two_councillors_leave_the_office_alone() -> None:
    """A guard: it passes on the code before english39 too (review39 item 15); the claim
    about another office is tested in test_mend39d_guards.py."""
    text = _TEXT.format(title="Cllr", noun="councillor").replace("Shop owner", "Cllr")
    speakers = [s for s, _ in speaker_label(text, "en")]
    assert not speakers[2].endswith("Mary Hogan"), speakers
