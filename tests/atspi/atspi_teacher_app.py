"""The set editor and its "Draft from the article" review, driven for the AT-SPI test.

Run by the project's Python like atspi_app.py (whose request loop it shares): the editor opens
on a new set holding a short English article, then JSON lines on stdin open the drafter's
review, press keys, focus a list, add the accepted questions. Each reply carries what the
screen should expose, taken from the widgets' data (the proposals' prompts and statuses, the
findings' labels, the counts line), so the test can compare it with what AT-SPI shows.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from atspi_app import serve
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from quizapp.sets.editing.set_draft import SetDraft, new_set_data
from quizapp.ui.draft.draft_review import DraftReviewDialog
from quizapp.ui.editor.window import EditorWindow

HEADLINE = "Council approves new bike lane"
ARTICLE = (
    f"{HEADLINE}\n\n"
    "The city council voted on Tuesday to build a bike lane on Lake Avenue.\n\n"
    "“We are finally keeping a promise made to families,” said the mayor, Claire Martin.\n\n"
    "According to an official in the works department, the project will cost twice as much "
    "as planned.\n\n"
    "Some shopkeepers say they fear losing customers.\n\n"
    "The lane will open in March."
)
KEYS = {
    "Tab": (Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier),
    "Backtab": (Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier),
    "Down": (Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier),
    "Up": (Qt.Key.Key_Up, Qt.KeyboardModifier.NoModifier),
    "A": (Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier),
    "D": (Qt.Key.Key_D, Qt.KeyboardModifier.NoModifier),
    "Ctrl+Z": (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier),
    "Delete": (Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier),
    "Space": (Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier),
    "Alt+N": (Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier),
}


class TeacherDriver:
    """Holds the editor (and the review once open) and acts on them as a teacher would."""

    def __init__(self, folder: Path) -> None:
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        data = new_set_data("en")
        data["title"] = "Bike lane"
        text = os.environ.get("QUIZAPP_ATSPI_ARTICLE")  # another article's file (a11y49)
        article = Path(text).read_text(encoding="utf-8") if text else ARTICLE
        data["article"] = {"title": HEADLINE, "outlet": "City News", "text": article}
        self.window = EditorWindow(settings, folder / "data", SetDraft(data))
        self.window.resize(1200, 900)
        self.window.show()
        self.window.activateWindow()

    def run(self, request: dict) -> object:
        action = getattr(self, "do_" + request["do"])
        return action(**request.get("args", {}))

    def close(self) -> None:
        self.window.checker.stop()

    def review(self) -> DraftReviewDialog | None:
        found = self.window.findChildren(DraftReviewDialog)
        return next((dialog for dialog in found if dialog.isVisible()), None)

    def do_state(self) -> dict:
        focus = QApplication.focusWidget()
        interface = QAccessible.queryAccessibleInterface(focus) if focus is not None else None
        state: dict = {"screen": "review" if self.review() else "editor"}
        state["pid"] = QApplication.applicationPid()
        state["qt_focus"] = type(focus).__name__ if focus is not None else None
        state["qt_focus_name"] = interface.text(QAccessible.Text.Name) if interface else ""
        dialog = self.review()
        if dialog is not None:
            state["review"] = review_facts(dialog)
        state["editor_rows"] = [
            self.window.questions.item(row).text() for row in range(self.window.questions.count())
        ]
        return state

    def do_draft(self) -> dict:
        """Draft questions…, as the button does; its dialog runs its own loop (``exec``), in
        which this driver goes on answering."""
        QTimer.singleShot(0, self.window.actions.draft_questions)
        return {"screen": "opening"}

    def do_review_ready(self) -> dict:
        dialog = self.review()
        return {"ready": dialog is not None and dialog.is_ready()}

    def do_key(self, key: str) -> dict:
        code, modifiers = KEYS[key]
        target = QApplication.focusWidget() or self.window
        QTest.keyClick(target, code, modifiers)
        return self.do_state()

    def do_focus(self, what: str, row: int = 0) -> dict:
        """The focus on a list of the review (``proposals``, ``findings``) or the editor's
        ``questions``, at ``row``: where a teacher's Tab or mnemonic would bring it."""
        dialog = self.review()
        lists = {"questions": self.window.questions}
        if dialog is not None:
            lists |= {"proposals": dialog._questions, "findings": dialog._findings}
        widget = lists[what]
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        widget.setCurrentRow(row)
        return self.do_state()

    def do_focus_finding(self, words: str) -> dict:
        """The focus on the review's first finding holding ``words`` (a11y49's Orca tours)."""
        dialog = self.review()
        assert dialog is not None
        found = dialog._findings
        row = next(n for n in range(found.count()) if words in found.item(n).text())
        return self.do_focus("findings", row)

    def do_focus_kind(self, row: int) -> dict:
        """The focus in the name of kind of source ``row`` on the set's form (the editor's
        first row), where a teacher's Tab through the kinds table brings it."""
        self.window.questions.setCurrentRow(0)
        fields = [w for w in self.window.form.findChildren(QLineEdit) if w.isVisible()]
        names = [w for w in fields if w.accessibleName().startswith("Name shown")]
        names[row].setFocus(Qt.FocusReason.TabFocusReason)
        return self.do_state() | {"kinds": len(names)}

    def do_add(self) -> dict:
        """« Add accepted questions »: the review closes, the questions join the set."""
        dialog = self.review()
        assert dialog is not None
        dialog._add_button.click()
        return self.do_state()

    def do_form_fields(self) -> list[dict]:
        """The editor form's fields a teacher fills in, each with the label shown beside it."""
        form = self.window.form
        found = []
        for widget in form.findChildren(QWidget) if form is not None else []:
            if widget.isVisible() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                interface = QAccessible.queryAccessibleInterface(widget)
                name = interface.text(QAccessible.Text.Name) if interface else ""
                found.append({"class": type(widget).__name__, "name": name})
        return found


def review_facts(dialog: DraftReviewDialog) -> dict:
    """What the review shows: each proposal's prompt and status, each finding's line and
    label, the counts line."""
    drafts = dialog._drafts
    findings = dialog._findings
    return {
        "ready": dialog.is_ready(),
        "proposals": [
            {
                "prompt": draft["prompt"],
                "status": status,
                "text": dialog._questions.item(row).text(),
            }
            for row, (draft, status) in enumerate(zip(drafts, dialog._status, strict=True))
        ],
        "findings": [findings.item(row).text() for row in range(findings.count())],
        "labels": dict(dialog._labels),
        "counts": dialog._state.text(),
        "withdrawn": sorted(dialog._withdrawn),
        "notice": dialog._notice.text(),
        "dismiss_button": dialog._dismiss_button.accessibleName(),
    }


def main() -> int:
    return serve(TeacherDriver)


if __name__ == "__main__":
    sys.exit(main())
