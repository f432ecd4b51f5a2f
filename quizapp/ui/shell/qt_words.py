"""Words of Qt's own dialogs that Qt's French catalogue lacks or words badly, translated in ours.

Qt 6 gave the file dialog's labels keyboard mnemonics ("&Look in:", "Files of &type:"), but
its ``qtbase_fr.qm`` still only has them without (« Voir dans : »), so a French file dialog
showed those two in English. Naming them here in Qt's own context lets ``lupdate`` put them
in ``quizapp_<lang>.ts``; our catalogue is installed after Qt's, so Qt asks it first.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def file_dialog_words() -> list[str]:
    """The file dialog's labels missing from Qt's catalogue, as the UI language says them."""
    return [
        QCoreApplication.translate("QFileDialog", "&Look in:"),
        QCoreApplication.translate("QFileDialog", "Files of &type:"),
    ]


def file_kind_words() -> list[str]:
    """The file dialog's « Type » column for a folder or a drive: Qt's French catalogue has
    neither, so a French teacher saving her set read « Folder » beside each folder (teacher47);
    files are named by the system's MIME comments, already in her language. Qt asks with the
    comment "All other platforms" for the folder, so ours has it too."""
    return [
        QCoreApplication.translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
        QCoreApplication.translate("QAbstractFileIconProvider", "Drive"),
    ]


def save_prompt_words() -> list[str]:
    """The button of "Save the changes to this set before closing?" that closes without
    saving: Qt's French says « Ne pas tenir compte » (ignore), which a teacher reads as
    anything but « do not save » (teacher11 walk-through); ours says « Ne pas enregistrer »."""
    return [QCoreApplication.translate("QPlatformTheme", "Discard")]
