"""teacher17: the review draws a quotation running over several paragraphs in its source's
colour, never as the outlet's plain facts over it (teacher16's leftover)."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from quizapp.draft import analyze
from quizapp.ui.draft.draft_findings import LABEL_COLOURS, highlights

TEXT = (
    "Council leader quits\n\n"
    "The leader of the council resigned on Tuesday after a row over bin collections.\n\n"
    "A council spokesperson said: “The leader has stood down with immediate effect.\n\n"
    "“He will continue to serve as a councillor for the ward.\n\n"
    "“Interim arrangements will involve the two deputy leaders.”\n\n"
    "More than 3,300 people signed a petition against the changes in July."
)


def test_a_running_quotation_is_highlighted_as_said_not_as_fact(qtbot) -> None:
    analysis = analyze(TEXT, "en")
    document = QTextDocument(TEXT)
    selections = highlights(document, analysis, dark=False)
    fact = LABEL_COLOURS["fact"][0]
    colours = {}
    for selection in selections:
        colours.setdefault(selection.cursor.selectedText(), set()).add(
            selection.format.background().color().name()
        )
    later = [text for text in colours if "continue to serve" in text]
    assert later and all(fact not in colours[text] for text in later)
    assert any("petition" in text and fact in colours[text] for text in colours)
