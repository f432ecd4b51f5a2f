"""The set editor in a child process that the test kills with SIGKILL while work is unsaved.

It opens the editor (on a file, or on a new set), types a title and a question's prompt through
the widgets, waits until the recovery file holds that work, prints ``kept``, then keeps typing
until it is killed, so the kill may land while a recovery file is being written.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings

from quizapp.app import application
from quizapp.sets.editing.recovery import read_recovery
from quizapp.ui.editor.entry import open_editor_on_file, open_new_editor
from tests.ui.editor_helpers import field, type_into


class _Bot:
    """What ``type_into`` needs of pytest-qt's bot, without pytest."""


def main(data_dir: Path, set_file: str) -> None:
    app = application()
    settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
    if set_file == "-":
        window = open_new_editor(settings, data_dir, language="fr")
    else:
        window = open_editor_on_file(settings, data_dir, Path(set_file))
    assert window is not None
    type_into(_Bot(), field(window, "Title"), "Travail non enregistré")
    window.actions.actions["add_true_false"].trigger()
    app.processEvents()
    type_into(_Bot(), window.form.prompt, "Une affirmation à juger")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        app.processEvents()
        kept = read_recovery(window.files.recovery_path)
        if kept is not None and kept.data.get("title") == "Travail non enregistré":
            break
        time.sleep(0.05)
    print("kept", flush=True)
    count = 0
    while True:  # more work, and more recovery files, until the kill
        count += 1
        window.form.prompt.setPlainText(f"Une affirmation à juger {count}")
        app.processEvents()
        time.sleep(0.01)


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])
