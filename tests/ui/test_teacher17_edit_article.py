"""teacher17: ``quizapp edit ARTICLE.docx`` (or .txt, .html) opens a new set on the article,
as the library does with an article dropped on it; it read the Word file as a set and said
« not UTF-8: save it as UTF-8 in your editor »."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.ui.editor.entry import is_article, open_editor_on_article

ARTICLE = (
    "Le club sanctionné\n\n"
    "« Nous ferons appel de cette décision », a déclaré Jean Morel, président du club."
)


def _docx(path: Path) -> Path:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for paragraph in ARTICLE.split("\n\n"):
        document.add_paragraph(paragraph)
    document.save(str(path))
    return path


def test_an_article_file_opens_a_new_set_on_it(qtbot, settings, tmp_path, no_dialogs) -> None:
    text = tmp_path / "club.txt"
    text.write_text(ARTICLE, encoding="utf-8")
    for path in (text, _docx(tmp_path / "club.docx")):
        assert is_article(path)
        window = open_editor_on_article(settings, tmp_path / "data", path)
        assert window is not None
        assert "Jean Morel" in window.draft.get(("article", "text"))
        assert window.files.path is None  # a new set, saved with Save as
        window.draft.mark_saved()
        window.close()


def test_a_set_file_is_no_article() -> None:
    for name in ("a.quiz.yaml", "a.yaml", "a.json"):
        assert not is_article(Path(name))
