"""The editor takes an article as long as a set's article may be, and refuses a longer one
with its length, the bound and what to do, in the teacher's language (bounds56: a
15,000-word report pasted in went in, was drafted, then was called « trop long » by the check,
in the words of a field name)."""

from __future__ import annotations

import re
from pathlib import Path

from pytestqt.qtbot import QtBot

from quizapp.model.quizset import MAX_ARTICLE_CHARS
from quizapp.ui.editor.entry import open_editor_on_article, open_editor_on_file, open_new_editor
from tests.sets.test_bounds56_article_size import article_of
from tests.ui.editor_helpers import paste_article


def _new_set(qtbot: QtBot, settings, tmp_path: Path):
    window = open_new_editor(settings, tmp_path / "data", language="fr")
    qtbot.addWidget(window)
    return window


def _text(window) -> str:
    return str((window.draft.data.get("article") or {}).get("text") or "")


def test_a_paste_at_the_bound_goes_in(qtbot: QtBot, settings, tmp_path: Path, no_dialogs) -> None:
    window = _new_set(qtbot, settings, tmp_path)
    paste_article(window, article_of(MAX_ARTICLE_CHARS))
    assert len(_text(window)) == MAX_ARTICLE_CHARS
    assert not [said for said in no_dialogs if "too long" in said]
    window.draft.mark_saved()


def test_a_longer_paste_is_refused_saying_why_and_what_to_do(
    qtbot: QtBot, settings, tmp_path: Path, no_dialogs
) -> None:
    window = _new_set(qtbot, settings, tmp_path)
    paste_article(window, article_of(MAX_ARTICLE_CHARS + 1))
    assert _text(window) == "" and window.article.text.toPlainText() == ""
    assert no_dialogs == [
        "Article too long: With this text the article would be 100,001 characters long, and "
        "an article holds at most 100,000 (about 15,000 words). Cut it: paste only the part "
        "the questions are about."
    ]


def test_a_paste_that_makes_the_article_too_long_is_refused(
    qtbot: QtBot, settings, tmp_path: Path, no_dialogs
) -> None:
    window = _new_set(qtbot, settings, tmp_path)
    article = article_of(MAX_ARTICLE_CHARS - 10)
    paste_article(window, article)
    paste_article(window, " Dix mots.")  # ten characters: the article is at the bound
    assert len(_text(window)) == MAX_ARTICLE_CHARS and not no_dialogs
    paste_article(window, "!")
    assert len(_text(window)) == MAX_ARTICLE_CHARS
    assert len(no_dialogs) == 1 and "would be 100,001 characters long" in no_dialogs[0]
    window.draft.mark_saved()


def test_a_longer_article_file_is_refused_in_french(
    qtbot: QtBot, settings, tmp_path: Path, no_dialogs, in_french
) -> None:
    path = tmp_path / "rapport.txt"
    path.write_text(article_of(MAX_ARTICLE_CHARS + 1), encoding="utf-8")
    assert open_editor_on_article(settings, tmp_path / "data", path) is None
    (said,) = no_dialogs
    assert "rapport.txt" in said
    assert re.search(r"fait 100\s001\scaractères, et un article en compte au plus 100\s000", said)
    assert "ne garder que la partie sur laquelle portent les questions" in said


def _checked(qtbot: QtBot, settings, tmp_path: Path, length: int) -> list:
    """The editor's live check of a set whose article is ``length`` characters long (as a set
    file from elsewhere, or an article typed past the bound, brings it)."""
    from tests.sets.test_bounds56_article_size import _set_file

    tmp_path.mkdir()
    path = _set_file(tmp_path, length)
    window = open_editor_on_file(settings, tmp_path / "data", path)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.checker.checked, timeout=30_000):
        window.checker.check_soon()
    problems = [p for p in window.checker.problems if tuple(p.path) == ("article", "text")]
    window.checker.stop()
    return problems


def test_the_editor_says_how_long_the_article_is_and_what_to_do(
    qtbot: QtBot, settings, tmp_path: Path, no_dialogs
) -> None:
    assert _checked(qtbot, settings, tmp_path / "fits", MAX_ARTICLE_CHARS) == []
    (problem,) = _checked(qtbot, settings, tmp_path / "over", MAX_ARTICLE_CHARS + 1)
    assert "the article is 100,001 characters long, and an article holds at most 100,000" in (
        problem.message
    )
    assert "cut it, keeping the part the questions are about" in problem.message
