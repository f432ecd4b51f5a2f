"""english39: a description that spoke only in the headline ("'…' – Kerry councillor") is
named by the lede itself, where news writing gives the name the headline held back: the
name in the lede is no one beside it, as it is for a description in the lede. Made-up
sentences."""

from __future__ import annotations

from tests.draft.readings import speaker_label

_TEXT = (
    "'Our roads are a disgrace' – Kerry councillor\n\n"
    "An angry Cllr Anne Byrne told a district meeting that the roads were a disgrace.\n\n"
    "The council said repairs were planned for the spring.\n\n"
    "Residents have complained for two years.\n"
)


def test_the_headline_description_is_named_in_the_lede() -> None:
    speakers = [s for s, _ in speaker_label(_TEXT, "en")]
    assert speakers[0].endswith("Anne Byrne"), speakers
