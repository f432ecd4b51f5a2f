"""tidy37: the start-up notices and the study flow's warnings share one builder, a plain-text
warning that blocks only its window and goes once closed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from quizapp.ui.common import window_warning


def test_a_window_warning_is_plain_modal_to_its_window_and_deleted_on_close(qapp) -> None:
    parent = QWidget()
    box = window_warning(parent, "Sets", "<b>not bold</b>")
    assert box.icon() == QMessageBox.Icon.Warning
    assert box.windowTitle() == "Sets" and box.text() == "<b>not bold</b>"
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert box.windowModality() == Qt.WindowModality.WindowModal
    assert box.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    assert box.parent() is parent
    parent.deleteLater()
