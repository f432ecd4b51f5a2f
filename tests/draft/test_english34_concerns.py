"""english34: concerns, fears or worries raised about or over something, and concerns had
about it, report what they are about, as "voiced concerns over" did. Made-up sentences."""

from __future__ import annotations

import pytest

from tests.draft.readings import content_cue_label, speaker_label


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Mrs Olu Dane raised concerns over the noise from the new depot at night.",
            "the noise from the new depot at night",
            ("Mrs Olu Dane", "named"),
        ),
        (
            "Parents have raised fears about the speed of vans on School Lane.",
            "the speed of vans on School Lane",
            ("Parents", "vague"),
        ),
        (
            "One neighbour had concerns about the height of the proposed fence.",
            "the height of the proposed fence",
            ("One neighbour", "anonymous"),
        ),
    ],
)
def test_concerns_raised_report_their_object(text: str, content: str, speaker: tuple) -> None:
    assert [c for c, _, _ in content_cue_label(text)] == [content]
    assert speaker_label(text, "en") == [speaker]


def test_raising_a_sum_reports_nothing() -> None:
    assert content_cue_label("The club raised funds for a new roof over the stand.") == []
