"""The editor's file: where the set is saved, what the file held, and nothing ever lost.

Saving is always possible, problems or not (they stay listed). The text written is the
writer's: a file opened from disk keeps its comments and key order. Before overwriting, the
file is compared with what this editor last read or wrote there: a change by another program
is noticed (a watcher tells at once; the save checks again) and the teacher decides. Every few
seconds the unsaved set goes to a recovery file, written off the GUI thread.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from quizapp.sets.editing import recovery
from quizapp.sets.editing.set_draft import SetDraft
from quizapp.sets.editing.writer import set_text
from quizapp.sets.files.set_files import read_regular
from quizapp.sets.files.textfile import MAX_FILE_BYTES
from quizapp.ui.background import BackgroundRunner

RECOVERY_INTERVAL_MS = 3000


def digest(text: str | None) -> str:
    return hashlib.sha256((text or "").encode("utf-8")).hexdigest()


def read_disk(path: Path) -> str | None:
    """The file's text as it is now on disk, or None if it cannot be read.

    Read through the sets' one bounded door: a file swapped for a named pipe is refused at
    once (never waited on) and one grown past the set size limit is not read whole.
    """
    try:
        raw = read_regular(path, MAX_FILE_BYTES)
    except OSError:
        return None
    if len(raw) > MAX_FILE_BYTES:
        return None
    try:
        return raw.decode("utf-8-sig").replace("\r\n", "\n")
    except UnicodeDecodeError:
        return None


class EditorFiles(QObject):
    """Path, original text, disk watching and recovery of one editor window."""

    changed_on_disk = Signal()
    recovery_failed = Signal(str)

    def __init__(
        self,
        draft: SetDraft,
        data_folder: Path,
        path: Path | None,
        original: str | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.draft, self.data_folder = draft, data_folder
        self.path: Path | None = None
        self.original: str | None = original
        self._disk_digest = digest(original)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_file_changed)
        self.recovery_path = recovery.recovery_file(data_folder, path)
        self._recovered_revision = draft.revision
        self._runner = BackgroundRunner(self)
        self._timer = QTimer(self)
        self._timer.setInterval(RECOVERY_INTERVAL_MS)
        self._timer.timeout.connect(self.keep_recovery)
        self._timer.start()
        self.set_path(path)

    def set_path(self, path: Path | None) -> None:
        if self._watcher.files():
            self._watcher.removePaths(self._watcher.files())
        old_recovery = self.recovery_path
        self.path = path
        if path is not None:
            self._watcher.addPath(str(path))
            self.recovery_path = recovery.recovery_file(self.data_folder, path)
            if old_recovery != self.recovery_path:
                recovery.discard(old_recovery)

    def text_to_save(self) -> str:
        as_json = self.path is not None and self.path.suffix.lower() == ".json"
        return set_text(self.draft.data, self.original, as_json=as_json)

    def disk_changed(self) -> bool:
        """Whether the file on disk differs from what this editor last read or wrote."""
        if self.path is None or not self.path.exists():
            return False
        return digest(read_disk(self.path)) != self._disk_digest

    def save(self, path: Path) -> None:
        """Write the set to ``path`` in one step (temporary file, then rename); OSError if not."""
        as_json = path.suffix.lower() == ".json"
        text = set_text(self.draft.data, self.original, as_json=as_json)
        temporary = path.with_name(f".{path.name}.saving")
        try:
            with temporary.open("w", encoding="utf-8", newline="\n") as stream:
                stream.write(text)
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(temporary, path)
        finally:
            if temporary.exists():
                temporary.unlink()
        self.original = text
        self._disk_digest = digest(text)
        self.set_path(path)
        self.draft.mark_saved()
        recovery.discard(self.recovery_path)
        self._recovered_revision = self.draft.revision

    def reload_text(self) -> str | None:
        """The file's current text, taken as the new original (after a change on disk)."""
        if self.path is None:
            return None
        text = read_disk(self.path)
        if text is not None:
            self.original = text
            self._disk_digest = digest(text)
        return text

    def keep_recovery(self) -> None:
        """Write the recovery file if the set changed since it was last kept or saved."""
        if self.draft.revision == self._recovered_revision or self._runner.busy():
            return
        if not self.draft.modified:
            recovery.discard(self.recovery_path)
            self._recovered_revision = self.draft.revision
            return
        text = recovery.snapshot(self.draft.data, self.path)
        target = self.recovery_path
        self._recovered_revision = self.draft.revision
        self._runner.run(
            lambda: recovery.write_recovery(target, text),
            lambda _: None,
            lambda error: self.recovery_failed.emit(str(error)),
        )

    def closed_on_purpose(self) -> None:
        """The teacher closed the set (saved or discarded): no recovery is left behind."""
        self._timer.stop()
        self._runner.wait()
        recovery.discard(self.recovery_path)

    def _on_file_changed(self, _name: str) -> None:
        path = self.path
        if path is not None and str(path) not in self._watcher.files() and path.exists():
            self._watcher.addPath(str(path))  # replaced by a rename (how editors save)
        if self.disk_changed():
            self.changed_on_disk.emit()
