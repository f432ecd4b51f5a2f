"""English quotations between straight single marks ('…'), as agency copy republished by
aggregators writes them (teacher15: a Glasgow Times story, « Sir Mark told BBC Radio 4's Today
programme: 'I'm not going to criticise… » read « I » as an anonymous source): read like
“…”, with the same offsets. An apostrophe inside a word (I'm, Today's), after a plural before
its noun (the officers' union) or a single quotation nested in a double one is no mark."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze
from quizapp.draft.text.sentence.single_quotes import as_double_quotes
from tests.draft.readings import content_speaker_kind as found


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Sir Mark told BBC Radio 4's Today programme: 'I'm not going to criticise anyone.'",
            "I'm not going to criticise anyone.",
            "Sir Mark",
        ),
        (
            "'We will not close the library,' Ruth Black said.",
            "We will not close the library,",
            "Ruth Black",
        ),
        (
            "'The money is there,' said the council's leader, Tom Reed.",
            "The money is there,",
            "Tom Reed",
        ),
        (
            "Asked about the fees, Ms Black added: 'Nobody will pay more next year.'",
            "Nobody will pay more next year.",
            "Ms Black",
        ),
    ],
)
def test_a_quotation_between_straight_single_marks_is_read_like_one_in_double_marks(
    text: str, content: str, speaker: str
) -> None:
    assert found(text, "en") == [(content, speaker, "direct")]


def test_a_quotation_going_on_over_paragraphs_is_one() -> None:
    text = (
        "Sir Mark told the programme: 'I'm not going to criticise another chief.\n\n"
        "'Every case needs judging on its merits.'"
    )
    analysis = analyze(text, "en")
    assert analysis.text == text  # the offsets are those of the article as written
    speakers = {a.speaker for a in analysis.attributions}
    assert speakers == {"Sir Mark"}, analysis.attributions


@pytest.mark.parametrize(
    "text",
    [
        "The officers' union said it's Today's main story.",
        "\"They told us: 'No, you need your own room' and left,\" said Ann Roe.",
        "It's the workers' pay that the council's plan cuts.",
    ],
)
def test_apostrophes_and_nested_marks_stay_as_written(text: str) -> None:
    assert as_double_quotes(text) == text
