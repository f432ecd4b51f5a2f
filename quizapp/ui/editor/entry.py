"""Ways into the editor: a new set, a set file, a copy of a built-in set; and the offer to
restore the work a crash interrupted.

A file is read with the loader's own bounded, safe reader. One whose YAML cannot be read at all
cannot be shown as forms: the teacher gets the located message and what to do. A file with
other problems opens normally, its problems listed where they are.
"""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from quizapp.sets.editing import recovery
from quizapp.sets.editing.set_draft import SetDraft, new_set_data
from quizapp.sets.errors import LoadError
from quizapp.ui.editor.forms.set_language import default_labels
from quizapp.ui.editor.window import EditorWindow

translate = QCoreApplication.translate

_open_windows: list[EditorWindow] = []  # windows without a parent stay alive while shown


def _show(window: EditorWindow, parent: QWidget | None) -> EditorWindow:
    settings, folder = window.settings, window.files.data_folder
    window.actions.files.new_requested.connect(lambda: open_new_editor(settings, folder, parent))
    window.actions.files.open_requested.connect(
        lambda path: open_editor_on_file(settings, folder, path, parent)
    )
    add_saved = getattr(parent, "add_saved_set", None)
    if add_saved is not None:  # the main window: each saved set shows in its library
        window.actions.files.saved.connect(add_saved)
    if parent is None:
        _open_windows.append(window)
        window.destroyed.connect(lambda *_: _forget(window))
    window.show()
    # The set just read lives as long as the window: frozen out of the cyclic collector, it
    # is not walked again by every collection while the teacher types (a large set would
    # make each one a stall of the window; see benchmarks/bench_editor.py).
    gc.freeze()
    return window


def _forget(window: EditorWindow) -> None:
    if window in _open_windows:
        _open_windows.remove(window)


def open_new_editor(
    settings: QSettings, data_folder: Path, parent: QWidget | None = None, language: str = ""
) -> EditorWindow:
    """A window on a new, empty set (or on one a crash left unsaved, if the teacher wants)."""
    restored = _offer_recovery(data_folder, None, parent)
    if restored is not None:
        draft = SetDraft(restored.data)
        draft.saved_revision = -1  # restored work is unsaved work
        window = EditorWindow(settings, data_folder, draft, restored.set_path, None, parent)
        recovery.discard(restored.file)
        return _show(window, parent)
    data = new_set_data(language or _ui_language())
    data["labels"] = default_labels()
    window = _show(EditorWindow(settings, data_folder, SetDraft(data), None, None, parent), parent)
    _focus_empty_article(window)
    return window


def _focus_empty_article(window: EditorWindow) -> None:
    """The cursor in the empty article, whose grey words say « Paste the text of the article
    here (Ctrl+V) »: on a new set the focus was on « Open a file… », so Ctrl+V, pressed as
    the box asks, pasted nothing, and the box was six Tabs away (teacher50)."""
    window.article.text.setFocus()


def open_editor_on_file(
    settings: QSettings,
    data_folder: Path,
    path: Path,
    parent: QWidget | None = None,
    as_copy: bool = False,
) -> EditorWindow | None:
    """A window on the set in ``path``; ``as_copy`` (a built-in set): saved elsewhere only."""
    read = _read_or_explain(path, parent)
    if read is None:
        return None
    text, data = read
    saved_path = None if as_copy else path
    draft = SetDraft(data)
    restored = None if as_copy else _offer_recovery(data_folder, path, parent)
    window = EditorWindow(settings, data_folder, draft, saved_path, text, parent)
    if restored is not None:
        from quizapp.sets.editing.commands import ReplaceSet

        draft.apply(ReplaceSet(restored.data, text=translate("EditorEntry", "Restore")))
    if as_copy:
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "EditorEntry", "A copy of a built-in set: use Save as to keep it as your own file."
            )
        )
    return _show(window, parent)


def open_editor_on_article(
    settings: QSettings, data_folder: Path, path: Path, parent: QWidget | None = None
) -> EditorWindow | None:
    """A new set on the article in ``path`` (.txt, .html, .docx), as the library does with an
    article dropped on it (teacher13); None once a message has said why it cannot be read.
    ``quizapp edit ARTICLE.docx`` read the Word file as a set and said « not UTF-8: save it as
    UTF-8 in your editor » (teacher17)."""
    from quizapp.sets.articles.reading import ArticleError, read_article
    from quizapp.ui.editor.article_panel import article_error_text
    from quizapp.ui.editor.disk.last_folder import remember_folder

    try:
        article = read_article(path)
    except ArticleError as error:
        title = translate("FileActions", "Article not read")
        QMessageBox.warning(parent, title, article_error_text(parent, error))
        return None
    remember_folder(settings, path)  # the new set is saved beside its article
    editor = open_new_editor(settings, data_folder, parent)
    if not str(editor.draft.get(("article", "text"), "") or "").strip():  # not restored work
        editor.actions.files.use_article(article)
        editor.focus_after_article()
    return editor


def is_article(path: Path) -> bool:
    """A file read as an article, never as a set: .docx, .html, .txt."""
    from quizapp.sets.articles.reading import ARTICLE_SUFFIXES

    return path.suffix.lower() in ARTICLE_SUFFIXES


def _read_or_explain(path: Path, parent: QWidget | None) -> tuple[str, dict] | None:
    """The file's text and data, or None once a message has said why it cannot be edited
    (its problems read as the library's box reads them: located lines for a syntax error)."""
    from quizapp.ui.shell.file_loading import failure_of

    try:
        return read_set_file(path)
    except LoadError as error:
        QMessageBox.warning(
            parent,
            translate("EditorEntry", "Cannot edit this file"),
            translate(
                "EditorEntry", "{0}\n\nFix this in a text editor, then open the file again."
            ).format("\n".join(failure_of(path, error).shown_lines())),
        )
        return None


def read_set_file(path: Path) -> tuple[str, dict]:
    """The text of a set file and its data; LoadError (located) if it cannot be read."""
    from quizapp.sets.files.textfile import read_text
    from quizapp.sets.loader import parse_text

    text = read_text(path)
    data: Any = parse_text(text, path)
    if not isinstance(data, dict):
        raise LoadError.single(
            str(path),
            translate("EditorEntry", "this file does not hold a question set"),
        )
    return text, data


def _offer_recovery(data_folder: Path, path: Path | None, parent: QWidget | None) -> Any:
    in_use = _kept_by_open_editors()
    found = [item for item in recovery.left_behind(data_folder, path) if item.file not in in_use]
    if not found:
        return None
    latest = max(found, key=lambda item: item.kept_at)
    title = str(latest.data.get("title") or translate("EditorEntry", "a new set"))
    answer = QMessageBox.question(
        parent,
        translate("EditorEntry", "Restore unsaved work?"),
        translate(
            "EditorEntry",
            "The editor did not close normally. Your unsaved work on “{0}”, kept at "
            "{1}, can be restored. Restore it?",
        ).format(title, local_time_in_words(latest.kept_at)),
    )
    if answer == QMessageBox.StandardButton.Yes:
        return latest
    recovery.discard(latest.file)
    return None


def _kept_by_open_editors() -> set[Path]:
    """The recovery files editors still open keep up to date: no crash left them. File > New
    set beside an editor with unsaved work said « The editor did not close normally… Restore
    it? » of that open window's work, and « No » deleted the file keeping it (teacher50)."""
    windows = QApplication.topLevelWidgets() if QApplication.instance() else []
    open_now = [w for w in windows if isinstance(w, EditorWindow) and w.isVisible()]
    return {window.files.recovery_path for window in open_now}  # a closed one awaits deletion


def local_time_in_words(iso: str) -> str:
    """When the work was kept, as the teacher's clock and language say it (not ISO, not UTC)."""
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return iso
    local, locale = moment.toLocalTime(), QLocale()
    return translate("EditorEntry", "{0} at {1}").format(
        locale.toString(local.date(), QLocale.FormatType.LongFormat),
        locale.toString(local.time(), QLocale.FormatType.ShortFormat),
    )


def _ui_language() -> str:
    from quizapp.ui.shell import i18n

    return i18n.current_language() or "fr"
