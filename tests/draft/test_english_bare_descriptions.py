"""A description with no article set off after a name (made-up sentences): "Tom Reyes, chair
of the water board," or "Tom Reyes, senior engineer at the port," gives him that noun, so a
later "the chair" or "the engineer" who speaks is Tom Reyes, in any tense and shape; a bare
adjective ("Tom Reyes, furious,") describes no one, and two people with the noun leave the
description to no one."""

from __future__ import annotations

import pytest

from tests.draft.readings import speakers

CLAIM = "the pipes under the old town will not last another winter"


@pytest.mark.parametrize(
    "later",
    [
        f"The chair said that {CLAIM}.",
        f"The chair has warned {CLAIM}.",
        "“The pipes will not last,” the chair told reporters.",
        "“The pipes will not last,” said the chair.",
    ],
)
def test_a_bare_description_is_taken_up(later: str) -> None:
    text = f"Tom Reyes, chair of the region's water board, opened the meeting. {later}"
    assert speakers(text, "en") == ["Tom Reyes"]


def test_two_nouns_before_the_complement() -> None:
    text = f"Tom Reyes, senior engineer at the port, opened the meeting. The engineer said {CLAIM}."
    assert speakers(text, "en") == ["Tom Reyes"]


def test_a_bare_adjective_describes_no_one() -> None:
    text = f"Tom Reyes, furious, left the meeting. The engineer said that {CLAIM}."
    assert speakers(text, "en") != ["Tom Reyes"]


def test_two_people_with_the_noun_leave_it_to_no_one() -> None:
    text = (
        "Tom Reyes, chair of the water board, and Ana Lopes, chair of the port board, met. "
        f"The chair said that {CLAIM}."
    )
    assert speakers(text, "en") not in (["Tom Reyes"], ["Ana Lopes"])
