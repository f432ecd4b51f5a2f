"""english39: a headline's label before a colon ("Rail strikes: Union boss urges …") leaves
the clause after it opening the headline: the description it opens on is the headline's own
subject, named by the first named speaker of the story. Made-up sentences."""

from __future__ import annotations

from tests.draft.readings import speaker_label

_TEXT = (
    "Bus strike: Union boss says drivers will not back down\n\n"
    "The drivers' union has warned that the strike could last all summer.\n\n"
    "Its general secretary Paul Dunne said members would not accept the offer.\n\n"
    "Passengers face delays all week.\n"
)


def test_the_description_after_the_label_is_named_next() -> None:
    speakers = [s for s, _ in speaker_label(_TEXT, "en")]
    assert speakers[0].endswith("Paul Dunne"), speakers
