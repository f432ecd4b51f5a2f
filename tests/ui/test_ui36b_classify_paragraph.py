"""ui36b: a classify question about one paragraph opens the article at that paragraph.

ui36's student read « … : d'où vient chacune des affirmations de ce paragraphe ? » while the
article beside it stood at its top, the paragraph two screens down. The pane now opens with
the paragraph shaded and the caret at its start; the claims inside it stay unmarked until the
answer is checked. A question whose claims spread over several paragraphs leaves the pane as
it was.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from tests.ui.student_helpers import open_window, settle, show_questions


def test_the_article_opens_at_the_question_s_paragraph(
    qtbot: QtBot, settings: QSettings, loader: Callable
) -> None:
    window = open_window(qtbot, settings, loader)
    view = show_questions(window, "classify-paragraph-3")
    pane = view.article
    text = pane.article_text
    start = text.index("Il est très rare qu’un conseiller principal")
    assert pane.marked_paragraph == (start, text.index("\n", start))
    assert pane.highlighted_spans() == []  # the claims are not given away
    assert pane.text_view.verticalScrollBar().value() > 0
    assert pane.text_view.textCursor().position() == start
    assert "paragraph of the question" in pane.text_view.accessibleDescription()


def test_claims_over_several_paragraphs_leave_the_article_at_its_top(
    qtbot: QtBot, settings: QSettings, loader: Callable
) -> None:
    window = open_window(qtbot, settings, loader)
    view = show_questions(window, "classify-titles")  # the headline, the standfirst, a subtitle
    settle()
    assert view.article.marked_paragraph is None
    assert view.article.text_view.verticalScrollBar().value() == 0
