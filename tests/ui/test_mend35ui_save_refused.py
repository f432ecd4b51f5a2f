"""A set the library would refuse is not saved in silence (mend35ui).

ui35's teacher saved a drafted set with its outlet empty: the editor said « 1 problem is
left to fix », named no field, and the library then refused the file with « …quiz.yaml:8:11:
« Média » (outlet) ne doit pas être vide », words for a reader of the file. Now the editor's
save checks the set as the library loads it and names each field to fill in as its form does,
the cursor in the first one; the library's box says it without the file's key or line and
column, and opens the set in the editor to fix it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from quizapp.sets.errors import LoadError
from quizapp.ui.shell.file_loading import LoadErrorBox
from tests.ui.editor_helpers import editor_with_a_question, save_as
from tests.ui.student_helpers import open_window, settle

LOCATION = re.compile(r":\d+:\d+")


def _saved_without_outlet(qtbot, settings, tmp_path, monkeypatch):
    window = editor_with_a_question(qtbot, settings, tmp_path)
    path = tmp_path / "mine.quiz.yaml"
    save_as(window, path, monkeypatch)
    return window, path


def test_saving_names_the_field_to_fill_in_and_puts_the_cursor_there(
    qtbot, settings, tmp_path, no_dialogs, monkeypatch
) -> None:
    window, _path = _saved_without_outlet(qtbot, settings, tmp_path, monkeypatch)
    said = window.statusBar().currentMessage()
    assert "cannot be opened" in said and "News outlet" in said, said
    assert "(outlet)" not in said and not LOCATION.search(said), said
    qtbot.waitUntil(window.article.fields["outlet"].hasFocus)


def test_the_editor_checks_the_set_as_the_library_loads_it(
    qtbot, settings, tmp_path, no_dialogs, monkeypatch, loader: Callable
) -> None:
    window, path = _saved_without_outlet(qtbot, settings, tmp_path, monkeypatch)
    try:
        loader(path)
    except LoadError as error:
        refused = {problem.message for problem in error.problems}
    else:
        refused = set()
    errors = [p for p in window.checker.check_now() if not p.warning]
    assert refused and len(errors) == len(refused)
    assert [p.path for p in errors] == [("article", "outlet")]


def test_the_library_s_box_speaks_to_a_teacher_and_opens_the_editor(
    qtbot, settings, tmp_path, no_dialogs, monkeypatch, loader: Callable
) -> None:
    from quizapp.ui.editor.article_panel import ArticlePanel
    from quizapp.ui.editor.window import EditorWindow

    first, path = _saved_without_outlet(qtbot, settings, tmp_path, monkeypatch)
    window = open_window(qtbot, settings, loader)
    window.open_in_background(path)
    window.files.wait()
    qtbot.waitUntil(lambda: window.findChild(LoadErrorBox) is not None)
    box = window.findChild(LoadErrorBox)
    shown = box.text()
    assert "News outlet" in shown and "(outlet)" not in shown, shown
    assert not LOCATION.search(shown), shown
    assert LOCATION.search(box.detailedText())  # the file's places stay in the details
    (fix,) = [b for b in box.buttons() if "editor" in b.text()]
    fix.click()
    settle()
    opened = [w for w in window.findChildren(EditorWindow) if w is not first and w.isVisible()]
    assert len(opened) == 1
    outlet = opened[0].findChild(ArticlePanel).fields["outlet"]
    opened[0].activateWindow()
    qtbot.waitUntil(outlet.hasFocus)
