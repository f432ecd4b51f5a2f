"""A new set takes the language of its article (teacher10's walk-through).

A teacher with an English interface made a new set, opened a French article and pressed
"Draft questions": the set was "en", so the drafter read French as English and proposed one
question, every sentence a "plain fact". Now the article's language becomes the set's while the
set has no question (one undo step, said in the status bar), the drafter reads the article in
its own language, the five default kinds of source are renamed in it (never the teacher's own
names), and the language list shows names, not bare codes.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QFileDialog
from pytestqt.qtbot import QtBot

from quizapp.draft.drafting.questions import label_definitions
from quizapp.ui.draft import draft_review
from quizapp.ui.editor.entry import open_new_editor
from tests.ui.editor_helpers import choose, paste_article

DATA = Path(__file__).resolve().parents[1] / "data" / "draft"
FRENCH_ARTICLE = DATA / "fr-europe1-igpn-matraque.txt"
ENGLISH_NAMES = ["Named source", "Anonymous source", "Vague group", "The outlet itself",
                 "Plain fact"]  # fmt: skip
FRENCH_NAMES = [label["name"] for label in label_definitions("fr")]


pytestmark = pytest.mark.usefixtures("fresh_review")


def _names(window) -> list[str]:
    return [label["name"] for label in window.draft.data["labels"]]


def _language_combo(window) -> QComboBox:
    return next(
        combo
        for combo in window.findChildren(QComboBox)
        if combo.accessibleName() == "Language of the set" and combo.isVisibleTo(window)
    )


def _english_set(qtbot: QtBot, settings, tmp_path: Path):
    window = open_new_editor(settings, tmp_path / "data", language="en")
    qtbot.addWidget(window)
    assert window.draft.data["language"] == "en" and _names(window) == ENGLISH_NAMES
    return window


def _drafted_in(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, list[str]]]:
    """The language and label names each review dialog is opened with (then cancelled)."""
    seen: list[tuple[str, list[str]]] = []

    def cancel(dialog: draft_review.DraftReviewDialog) -> int:
        seen.append((dialog._language, list(dialog._labels.values())))
        return draft_review.QDialog.DialogCode.Rejected

    monkeypatch.setattr(draft_review.DraftReviewDialog, "exec", cancel)
    return seen


def test_a_french_article_pasted_in_a_new_english_set_is_drafted_in_french(
    qtbot: QtBot, settings, tmp_path: Path, no_dialogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _english_set(qtbot, settings, tmp_path)
    paste_article(window, FRENCH_ARTICLE.read_text(encoding="utf-8"))
    seen = _drafted_in(monkeypatch)
    window.actions.draft_questions()
    assert seen == [("fr", FRENCH_NAMES)]
    assert window.draft.data["language"] == "fr" and _names(window) == FRENCH_NAMES
    assert "Français" in window.statusBar().currentMessage()
    window.draft.undo()  # the language and its kinds of source are one step
    assert window.draft.data["language"] == "en" and _names(window) == ENGLISH_NAMES


def test_opening_a_french_article_file_makes_the_new_set_french(
    qtbot: QtBot, settings, tmp_path: Path, no_dialogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _english_set(qtbot, settings, tmp_path)
    chosen = (str(FRENCH_ARTICLE), "")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: chosen)
    window.actions.files.open_article()
    assert window.draft.data["article"]["text"].startswith("VIDÉO")
    assert window.draft.data["language"] == "fr" and _names(window) == FRENCH_NAMES
    assert _language_combo(window).currentData() == "fr"
    window.draft.undo()  # opening the article is one step, its language with it
    assert "article" not in window.draft.data or not window.draft.data["article"].get("text")
    assert window.draft.data["language"] == "en" and _names(window) == ENGLISH_NAMES


def test_a_set_with_questions_keeps_its_language_but_the_article_is_read_in_its_own(
    qtbot: QtBot, settings, tmp_path: Path, no_dialogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _english_set(qtbot, settings, tmp_path)
    window.actions.actions["add_true_false"].trigger()
    paste_article(window, FRENCH_ARTICLE.read_text(encoding="utf-8"))
    seen = _drafted_in(monkeypatch)
    window.actions.draft_questions()
    assert seen[0][0] == "fr"
    assert window.draft.data["language"] == "en" and _names(window) == ENGLISH_NAMES


def test_choosing_the_language_renames_the_default_kinds_of_source_only(
    qtbot: QtBot, settings, tmp_path: Path, no_dialogs
) -> None:
    window = _english_set(qtbot, settings, tmp_path)
    combo = _language_combo(window)
    assert combo.itemText(combo.findData("fr")) == "Français (fr)"
    assert combo.itemText(combo.findData("en")) == "English (en)"
    choose(combo, "fr")
    assert window.draft.data["language"] == "fr" and _names(window) == FRENCH_NAMES
    window.draft.undo()
    assert window.draft.data["language"] == "en" and _names(window) == ENGLISH_NAMES
    window.draft.data["labels"][0]["name"] = "Quoted by name"  # the teacher's own word
    choose(combo, "fr")
    assert window.draft.data["language"] == "fr"
    assert _names(window) == ["Quoted by name", *ENGLISH_NAMES[1:]]


def test_after_adding_drafted_questions_the_keys_are_on_the_question_list(
    qtbot: QtBot, settings, tmp_path: Path, no_dialogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The review closed, the arrows go through the added questions at once (in the walk the
    keys reached nothing until the editor was clicked)."""
    window = _english_set(qtbot, settings, tmp_path)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    paste_article(window, FRENCH_ARTICLE.read_text(encoding="utf-8"))

    def accept_one(dialog: draft_review.DraftReviewDialog) -> int:
        qtbot.waitUntil(dialog.is_ready, timeout=10_000)
        dialog.accept_current()
        return draft_review.QDialog.DialogCode.Accepted

    monkeypatch.setattr(draft_review.DraftReviewDialog, "exec", accept_one)
    window.actions.draft_questions()
    assert len(window.draft.data["questions"]) == 1
    assert window.current_question() == 0
    qtbot.waitUntil(window.questions.hasFocus)


def test_opening_an_article_names_a_set_with_no_title_after_its_headline(
    qtbot: QtBot, settings, tmp_path: Path, no_dialogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Saved, the walk's set had "Fill in Title" and "Fill in Identifier" left: the teacher had
    never named it. Her own title is never replaced."""
    window = open_new_editor(settings, tmp_path / "data", language="fr")
    qtbot.addWidget(window)
    chosen = (str(FRENCH_ARTICLE), "")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: chosen)
    window.actions.files.open_article()
    assert not window.statusBar().currentMessage()  # the language did not change: not said
    headline = FRENCH_ARTICLE.read_text(encoding="utf-8").splitlines()[0]
    assert window.draft.data["title"] == f"{headline} — qui dit quoi\u00a0?"  # ui33
    assert window.draft.data["id"].startswith("video-1er-mai-l-igpn")
    window.reveal_problems()
    assert not [p for p in window.checker.check_now() if p.path in (("title",), ("id",))]
    window.draft.undo()
    assert not window.draft.data.get("title") and not window.draft.data.get("id")
    window.draft.data["title"] = "Mon titre"
    window.actions.files.open_article()
    assert window.draft.data["title"] == "Mon titre"
