"""english36b: "it" that no speaker takes up stands for a body opening its sentence or the
one before as the narration's subject ("The trust, which would not comment, plans… . It
earlier said…"), not left as "It". Made-up sentences."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_label


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Walkers are upset about the path. The trust, which would not comment, plans to "
            "fence the field next spring. It earlier said the fence would protect nesting birds.",
            "The trust",
        ),
        (
            "Drivers were unhappy with the fees. Bexmoor Parish Council approved the charges. "
            "The council, which met on Monday, wants the money spent on the roads. It said the "
            "fees would raise enough to mend every bridge.",
            "Bexmoor Parish Council",
        ),
    ],
)
def test_it_takes_up_an_opening_body(text: str, speaker: str) -> None:
    assert [name for name, _ in speaker_label(text, "en")] == [speaker]


def test_it_after_a_person_is_left_to_the_person_rules() -> None:
    text = "Tom Reed runs the cafe. He said trade was slow. It is the third bad year, he added."
    assert "It" not in [name for name, _ in speaker_label(text, "en")]
