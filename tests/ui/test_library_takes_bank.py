"""What the library's File > Open offers and does with a file that is no set (teacher14's
walk-through): the dialog lists articles beside sets (her article.txt was not shown, only
sets were), and a GIFT or Aiken bank saved as .txt is imported, not opened as an article to
draft questions from."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog

from quizapp.ui.editor.window import EditorWindow
from quizapp.ui.shell.main_window import MainWindow
from quizapp.ui.teacher.import_dialog import ImportController

DATA = Path(__file__).parents[1] / "data"


def _editors() -> set[EditorWindow]:
    return {w for w in QApplication.topLevelWidgets() if isinstance(w, EditorWindow)}


@pytest.fixture
def main(qtbot, settings, loader, tmp_path: Path) -> MainWindow:
    window = MainWindow(settings, loader, data_folder=tmp_path / "data")
    qtbot.addWidget(window)
    return window


@pytest.fixture
def imported(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    paths: list[Path] = []
    monkeypatch.setattr(ImportController, "import_path", lambda _self, path: paths.append(path))
    return paths


@pytest.mark.parametrize("name", ["moodle-fixture.gift.txt", "teacher-aiken.txt"])
def test_a_bank_saved_as_txt_is_imported(main, imported, name: str, no_dialogs) -> None:
    path = DATA / "interchange" / name
    before = _editors()
    main.open_in_background(path)
    assert imported == [path]
    assert _editors() == before  # no new set opened on its answer lines
    assert not main.files.busy()
    assert not no_dialogs


def test_an_article_txt_still_opens_in_the_editor(qtbot, main, imported, no_dialogs) -> None:
    before = _editors()
    main.open_in_background(DATA / "draft" / "fr-bfmbusiness-fraisbancaires.txt")
    opened = _editors() - before
    assert len(opened) == 1 and not imported
    qtbot.addWidget(opened.pop())


def test_the_open_dialog_lists_articles_with_sets(
    main, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    asked: list[str] = []

    def record(_parent, _title, _folder, filters):
        asked.append(filters)
        return [], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", record)
    main.open_action.trigger()
    first, *others = asked[0].split(";;")
    for pattern in ("*.quiz.yaml", "*.txt", "*.html", "*.docx", "*.gift", "*.xml"):
        assert pattern in first
    assert len(others) == 4 and others[-1].endswith("(*)") and "*.gift" in others[-2]
    word = {"en": "question banks", "fr": "banques de questions"}[language]
    assert word in first.lower()


def test_the_open_dialog_and_the_hint_name_all_it_takes(
    main, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    """The dialog lists articles and banks too, so its title and the library's hint say so
    (review14: the title still read "Open a question set")."""
    titles: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda _p, title, *_a: (titles.append(title), ([], ""))[1]
    )
    main.open_action.trigger()
    article, bank = {"en": ("article", "bank"), "fr": ("article", "banque")}[language]
    assert article in titles[0] and bank in titles[0]
    assert "GIFT" in main.library._hint.text() and "Aiken" in main.library._hint.text()
