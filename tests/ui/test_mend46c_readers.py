"""Round 46's review of a11y46, the screen reader's side.

- The article said again what a quiet question page set in it (``tell_readers``) on every
  platform, but the page is built quietly only over AT-SPI: on Windows and macOS, where it is
  built with readers told, NVDA or VoiceOver got the task's description and the shaded
  paragraph's note (renamed, shown) a second time on each question. Said again only where the
  page was quiet.
- A row's choice renames its button once with the new words (a11y46): checked until now only
  under tests/atspi, skipped without an AT-SPI stack. Checked here on Qt's own events.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from quizapp.engine.keys import wrong_response
from quizapp.ui import spoken_notice
from quizapp.ui.quiz.answers.numbered_choice import NumberedChoice
from quizapp.ui.quiz.quiz_view import QuizView
from tests.ui.qt_update_spy import Sent, can_spy, qt_updates
from tests.ui.student_helpers import open_window, settle, show_questions

needs_spy = pytest.mark.skipif(not can_spy(), reason="Qt's library not found for ctypes")


def _to_the_paragraph_question(qtbot: QtBot, settings: QSettings, loader: Callable) -> QuizView:
    """Question 1 (no paragraph) answered and checked; Next leads to a shaded paragraph's."""
    view = show_questions(
        open_window(qtbot, settings, loader), "classify-titles", "classify-paragraph-1"
    )
    session = view.session
    view.page.answer_widget.set_response(wrong_response(session.current.question, session.quiz))
    view.check_button.click()
    settle()
    return view


def _told_of(sent: list[Sent], thing: QWidget, kind: QAccessible.Event) -> list[Sent]:
    return [event for event in sent if event.source is thing and event.kind == kind]


@needs_spy
@pytest.mark.parametrize("atspi", [True, False])
def test_the_article_is_said_again_only_where_the_page_was_quiet(
    qtbot: QtBot, settings: QSettings, loader: Callable, monkeypatch: pytest.MonkeyPatch,
    atspi: bool,
) -> None:  # fmt: skip
    monkeypatch.setattr(spoken_notice, "speaks_through_atspi", lambda: atspi)
    view = _to_the_paragraph_question(qtbot, settings, loader)
    note, text = view.article.paragraph_note, view.article.text_view
    said_again: list[bool] = []
    tell = view.article.tell_readers
    monkeypatch.setattr(view.article, "tell_readers", lambda: said_again.append(True) or tell())
    with qt_updates() as sent:
        view.next_button.click()
        settle()
    assert said_again == ([True] if atspi else [])
    assert note.isVisible() and note.text() in text.accessibleDescription()
    for thing, kind in [
        (note, QAccessible.Event.ObjectShow),
        (note, QAccessible.Event.NameChanged),
        (text, QAccessible.Event.DescriptionChanged),
    ]:  # once each: by the page built aloud, or said again after it was built quietly
        told = _told_of(sent, thing, kind)
        assert len(told) == 1, (kind, told)
    assert told[0].description == text.accessibleDescription()


@needs_spy
def test_a_row_is_renamed_with_its_new_choice_in_every_event(qtbot: QtBot) -> None:
    """The text set first told a rename carrying the old choice (« … label: none »), then the
    new one: a reader that presents each new name would say the stale one."""
    holder = QWidget()
    qtbot.addWidget(holder)
    row = NumberedChoice(
        "— choose —", [("named", "Named source", ""), ("vague", "Vague", "")], holder
    )
    row.set_row_name("Claim 1 of 5: « Tensions » — label:")
    holder.show()
    with qt_updates() as sent:
        row.setCurrentIndex(1)
        row.setCurrentIndex(2)
    names = [event.name for event in _told_of(sent, row, QAccessible.Event.NameChanged)]
    assert names, sent
    assert all(name.startswith("Claim 1 of 5: ") for name in names), names
    assert [name.rsplit(" ", 1)[-1] for name in names] == ["source"] * 2 + ["Vague"] * 2, names
