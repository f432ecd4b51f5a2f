"""Qt's own file dialog speaks the UI's language, all of it: Qt's French catalogue lacks the
mnemonic labels of Qt 6 ("&Look in:", "Files of &type:"), which ours supplies."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QLabel

from quizapp.ui.shell import i18n


def _labels(dialog: QFileDialog) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel) if label.text()]


def test_a_french_file_dialog_has_no_english_label(qapp) -> None:
    try:
        assert "qtbase_fr" in i18n.install_language("fr")
        dialog = QFileDialog(None, "x")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        labels = _labels(dialog)
        assert "&Voir dans\xa0:" in labels and "Fichiers de &type\xa0:" in labels
        assert not [text for text in labels if "Look in" in text or "Files of" in text]
        dialog.deleteLater()
    finally:
        i18n.install_language("en")


def test_an_english_file_dialog_keeps_qts_words(qapp) -> None:
    i18n.install_language("en")
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    assert "&Look in:" in _labels(dialog)
    dialog.deleteLater()


def test_the_french_save_prompt_says_do_not_save(qapp) -> None:
    """Qt's French « Ne pas tenir compte » (ignore) for Discard, on "Save the changes to this
    set before closing?", became « Ne pas enregistrer » (teacher11 walk-through)."""
    from PySide6.QtWidgets import QMessageBox

    try:
        i18n.install_language("fr")
        box = QMessageBox()
        box.setStandardButtons(QMessageBox.StandardButton.Discard)
        assert box.button(QMessageBox.StandardButton.Discard).text() == "Ne pas enregistrer"
        box.deleteLater()
    finally:
        i18n.install_language("en")
