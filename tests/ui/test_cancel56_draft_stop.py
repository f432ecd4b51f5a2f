"""A slow draft shows how far it is and stops at once when the teacher cancels (cancel56).

On a long article the review said « Analysing the article… » with nothing moving, and Cancel
closed it while the drafter went on to its end: deleting the dialog waited for that end, the
editor frozen. Now a bar moves with the paragraphs read, and Cancel, Escape or closing the
review stops the drafter between two steps: the editor is back at once, nothing added.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

from quizapp.draft.pipeline.steps import Cancelled, Steps
from quizapp.ui.draft import review_progress
from quizapp.ui.draft.draft_review import DraftReviewDialog
from quizapp.ui.draft.review_memory import forget_all
from quizapp.ui.editor.entry import open_new_editor
from tests.ui.editor_helpers import paste_article

CORPUS = Path(__file__).resolve().parents[1] / "data" / "draft"


def _long_article(words: int = 3000) -> str:
    """French articles of the corpus one after the other, up to ``words`` words."""
    texts: list[str] = []
    for path in sorted(CORPUS.glob("fr-*.txt")):
        texts.append(path.read_text(encoding="utf-8"))
        if sum(len(text.split()) for text in texts) >= words:
            break
    return "\n\n".join(texts)


def _paced(monkeypatch: pytest.MonkeyPatch, ended: list[str]) -> None:
    """The drafter made slow whatever the machine (each step waits 20 ms), and how it ended
    noted in ``ended``."""
    real = review_progress.analyze

    def slow(text: str, language: str, headline: str | None, steps: Steps):  # type: ignore[no-untyped-def]
        def told(*where: object) -> None:
            time.sleep(0.02)
            steps.report(*where)  # type: ignore[arg-type]

        try:
            found = real(text, language, headline, Steps(steps.stop, told))
        except Cancelled:
            ended.append("cancelled")
            raise
        ended.append("finished")
        return found

    monkeypatch.setattr(review_progress, "analyze", slow)


def _cancel(dialog: DraftReviewDialog, how: str, qtbot: QtBot) -> None:
    if how == "Cancel":
        dialog._box.button(QDialogButtonBox.StandardButton.Cancel).click()
    elif how == "Escape":
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    else:
        dialog.close()


@pytest.mark.parametrize("how", ["Cancel", "Escape", "close"])
def test_cancelling_a_slow_draft_stops_the_drafter_and_adds_nothing(
    qtbot: QtBot, settings, tmp_path: Path, no_dialogs, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    forget_all()
    ended: list[str] = []
    _paced(monkeypatch, ended)
    window = open_new_editor(settings, tmp_path / "data", language="fr")
    qtbot.addWidget(window)
    paste_article(window, _long_article())
    seen: list[tuple[int, str]] = []
    pressed: list[float] = []

    def watch() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, DraftReviewDialog):
            QTimer.singleShot(20, watch)
            return
        seen.append((dialog._progress.value(), dialog._state.text()))
        if len({value for value, _ in seen}) < 3:  # the bar has moved twice: cancel now
            QTimer.singleShot(20, watch)
            return
        assert dialog.drafting()
        pressed.append(time.monotonic())
        _cancel(dialog, how, qtbot)

    QTimer.singleShot(0, watch)
    window.actions.draft_questions()
    back = time.monotonic() - pressed[0]
    assert back < 1.0, f"the editor came back {back:.2f} s after {how}"
    assert ended == ["cancelled"]  # the drafter stopped, it did not run to its end
    assert not window.draft.data.get("questions")
    assert QApplication.activeModalWidget() is None and window.isEnabled()
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, DraftReviewDialog)]
    assert not [d for d in dialogs if Shiboken.isValid(d) and d.isVisible()]
    assert any("paragraph" in words for _, words in seen)


def test_the_bar_follows_the_drafter_and_goes_once_the_proposals_show(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    forget_all()
    ended: list[str] = []
    _paced(monkeypatch, ended)
    dialog = DraftReviewDialog(_long_article(1200), "fr", None, None)
    qtbot.addWidget(dialog)
    dialog.show()
    values: list[int] = []
    while not dialog.is_ready():
        qtbot.wait(30)
        values.append(dialog._progress.value())
    assert ended == ["finished"]
    assert len(set(values)) >= 3 and values == sorted(values)  # it moves, never back
    assert dialog._progress.isHidden() and not dialog.drafting()
    assert dialog._progress.accessibleName()
    assert dialog._questions.count() > 0
