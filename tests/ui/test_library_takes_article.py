"""An article file given to the library opens a new set on it in the editor (teacher13's
walk-through: her Word article, named in the library's « Open a file… », was read as a
question set and said « not in UTF-8: save it as UTF-8 in your editor »). The article fills
the new set as « Open a file… » beside the article does, its outlet included; a question
set still opens in the library; an unreadable article says why, in the article's words."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from quizapp.ui.editor.window import EditorWindow
from quizapp.ui.shell.main_window import MainWindow


def _editors() -> list[EditorWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, EditorWindow)]


def _main(qtbot, settings, loader, tmp_path: Path) -> MainWindow:
    main = MainWindow(settings, loader, data_folder=tmp_path / "data")
    qtbot.addWidget(main)
    return main


def test_a_word_article_opens_a_new_set_on_it(
    qtbot, settings, loader, tmp_path, no_dialogs
) -> None:
    import docx

    document = docx.Document()
    for line in ("Le maire démissionne", "", "« Je pars », a déclaré le maire, Paul Roux."):
        document.add_paragraph(line)
    document.core_properties.identifier = "https://www.leprogres.fr/lyon/maire"
    path = tmp_path / "article.docx"
    document.save(str(path))
    main = _main(qtbot, settings, loader, tmp_path)
    before = set(_editors())
    main.open_in_background(path)
    opened = [w for w in _editors() if w not in before]
    assert len(opened) == 1
    editor = opened[0]
    qtbot.addWidget(editor)
    assert "« Je pars », a déclaré le maire" in editor.draft.get(("article", "text"))
    assert editor.draft.get(("article", "outlet")) == "leprogres.fr"
    assert editor.draft.get(("title",)) == "Le maire démissionne\u00a0: qui dit quoi\u00a0?"
    assert not main.files.busy()  # nothing was loaded as a set
    assert not no_dialogs


def test_a_question_set_still_opens_in_the_library(
    qtbot, settings, loader, tmp_path, small_set_file, no_dialogs
) -> None:
    main = _main(qtbot, settings, loader, tmp_path)
    before = set(_editors())
    main.open_in_background(small_set_file)
    main.files.wait()
    qtbot.waitUntil(lambda: not main.files.busy())
    assert set(_editors()) == before
    qtbot.waitUntil(lambda: any(e.path == small_set_file for e in main.library.entries()))


def test_an_unreadable_article_says_why(qtbot, settings, loader, tmp_path, no_dialogs) -> None:
    path = tmp_path / "broken.docx"
    path.write_bytes(b"not a zip")
    main = _main(qtbot, settings, loader, tmp_path)
    before = set(_editors())
    main.open_in_background(path)
    assert set(_editors()) == before
    assert no_dialogs and "Word" in no_dialogs[-1]


def test_the_library_says_an_article_can_be_dropped(qtbot, settings, loader, tmp_path) -> None:
    main = _main(qtbot, settings, loader, tmp_path)
    assert ".docx" in main.library._hint.text() and "article" in main.library._hint.text()
