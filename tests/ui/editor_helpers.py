"""Driving the set editor as a teacher would: typing in fields, ticking boxes, selecting words
of the article and pressing the editor's buttons (never writing YAML)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from quizapp.sets import catalog
from quizapp.sets.editing.commands import SetValue
from quizapp.ui.editor.entry import open_new_editor
from quizapp.ui.editor.window import EditorWindow
from quizapp.ui.shell import i18n

BUILT_IN = Path(__file__).parents[2] / "questions" / "stargate-musk.fr.quiz.yaml"

ARTICLE = (
    "Piste cyclable : le projet divise Belleville\n\n"
    "Le conseil municipal a voté mardi soir la création d'une piste cyclable sur l'avenue du "
    "Lac.\n\n"
    "« Nous tenons enfin une promesse faite aux familles », a déclaré la maire, Claire Martin.\n\n"
    "Selon un agent des services techniques, le chantier coûtera deux fois plus que prévu.\n\n"
    "Certains commerçants craignent de perdre leurs clients.\n\n"
    "Une décision bien trop précipitée ?"
)


def named(parent: QWidget, cls: type, name: str) -> QWidget:
    """The one child of ``parent`` of type ``cls`` whose accessible name is ``name``."""
    found = [w for w in parent.findChildren(cls) if w.accessibleName() == name and w.isVisible()]
    assert len(found) == 1, f"{len(found)} {cls.__name__} named {name!r}"
    return found[0]


def key_in(widget: QWidget, text: str) -> None:
    """Key presses carrying ``text`` one character at a time (QTest cannot type « or é)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type ``text`` (replacing what is there) and leave the field, as a teacher does."""
    widget.setFocus()
    assert isinstance(widget, QLineEdit | QPlainTextEdit)
    widget.selectAll()
    key_in(widget, text)
    if isinstance(widget, QLineEdit):
        widget.editingFinished.emit()
    QApplication.processEvents()


def field(window: EditorWindow, name: str, cls: type = QLineEdit) -> QWidget:
    return named(window, cls, name)


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()


def choose(combo: QComboBox, data: object) -> None:
    """Pick the entry whose data is ``data`` as the keyboard would (activated is emitted)."""
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    QApplication.processEvents()


def paste_article(window: EditorWindow, text: str) -> None:
    QApplication.clipboard().setText(text)
    window.article.text.setFocus()
    window.article.text.paste()
    QApplication.processEvents()


def select_in_article(window: EditorWindow, passage: str) -> None:
    """Select ``passage`` in the article pane, as with the mouse."""
    text = window.article.text.toPlainText()
    start = text.index(passage)
    cursor = window.article.text.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(passage), QTextCursor.MoveMode.KeepAnchor)
    window.article.text.setTextCursor(cursor)
    QApplication.processEvents()


def use_selection(qtbot: QtBot, window: EditorWindow, passage: str, action: str) -> None:
    select_in_article(window, passage)
    click(qtbot, window.article.action_buttons[action])


def add_question(window: EditorWindow, kind: str) -> None:
    """New question ▸ kind, from the button's menu."""
    window.actions.actions[f"add_{kind}"].trigger()
    QApplication.processEvents()


def save_as(window: EditorWindow, path: Path, monkeypatch: object) -> None:
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    window.actions.actions["save_as"].trigger()
    QApplication.processEvents()


def open_built_in_editor(qtbot: QtBot, settings: object, folder: Path) -> EditorWindow:
    """An editor window, shown, on a copy of the built-in set (every kind of question in it)."""
    from quizapp.ui.editor.entry import open_editor_on_file

    path = folder / "mine.quiz.yaml"
    path.write_bytes(BUILT_IN.read_bytes())
    window = open_editor_on_file(settings, folder / "data", path)
    qtbot.addWidget(window)
    window.show()
    return window


def open_active_editor(qtbot: QtBot, settings: object, folder: Path, name: str) -> EditorWindow:
    """An editor window on a small set file, shown and active (keyboard shortcuts reach it)."""
    from quizapp.sets.editing.writer import set_text
    from quizapp.ui.editor.entry import open_editor_on_file
    from tests.conftest import small_set_data

    path = folder / f"{name}.quiz.yaml"
    path.write_text(set_text(small_set_data()), encoding="utf-8")
    window = open_editor_on_file(settings, folder / "data", path)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def editor_with_a_question(qtbot: QtBot, settings: object, folder: Path) -> EditorWindow:
    """A new editor, shown and active, on ARTICLE with one classify question labelled vague:
    a set that saves with one problem left (no outlet)."""
    window = open_new_editor(settings, folder / "data", language="en")
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    paste_article(window, ARTICLE)
    use_selection(qtbot, window, "Certains commerçants craignent de perdre leurs clients.",
                  "classify")  # fmt: skip
    index = window.current_question()
    window.draft.apply(SetValue(("questions", index, "items", 0, "label"), "vague"))
    return window


def press_when_asked(role: QMessageBox.ButtonRole, seen: list[str]) -> None:
    """When the app's next question comes (a modal QMessageBox run with ``exec()``), note its
    words then its buttons' in ``seen`` and press the button of ``role``."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, press)
            return
        seen.append(box.text())
        seen.extend(button.text() for button in box.buttons())
        next(b for b in box.buttons() if box.buttonRole(b) == role).click()

    QTimer.singleShot(0, press)


def open_french_new_editor(qtbot: QtBot, settings: object, folder: Path) -> EditorWindow:
    """A new set's editor shown in French at the size teacher47 used (1600x1000); the caller
    puts English back with ``english_again`` (other tests expect it)."""
    i18n.install_language("fr")
    catalog.set_language("fr")
    window = open_new_editor(settings, folder / "data", language="fr")
    qtbot.addWidget(window)
    window.resize(1600, 1000)
    window.show()
    qtbot.waitExposed(window)
    return window


def english_again() -> None:
    """The interface and the catalogue back in English after a French test."""
    i18n.install_language("en")
    catalog.set_language("en")
