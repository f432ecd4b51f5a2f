"""teacher47: a French teacher saving her set read « Folder » in the file dialog's « Type »
column beside each folder (Qt's French catalogue lacks it; files are named by the system's
MIME comments, in her language already). Ours supplies it in Qt's context."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileInfo
from PySide6.QtWidgets import QFileIconProvider

from quizapp.ui.shell import i18n


def test_a_french_file_dialog_calls_a_folder_a_folder_in_french(qapp, tmp_path: Path) -> None:
    try:
        i18n.install_language("fr")
        assert QFileIconProvider().type(QFileInfo(str(tmp_path))) == "Dossier"
    finally:
        i18n.install_language("en")


def test_an_english_one_keeps_qts_word(qapp, tmp_path: Path) -> None:
    i18n.install_language("en")
    assert QFileIconProvider().type(QFileInfo(str(tmp_path))) == "Folder"
