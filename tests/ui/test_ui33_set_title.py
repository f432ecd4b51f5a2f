"""ui33: a set made from an article was titled with its headline, which the student then read
twice, in the quiz's header and as the article's first line. Its title now says the headline and
the task (« … : qui dit quoi ? », as the built-in set's), and the header beside the article
shows the task alone; the built-in set's own title is shown as it is."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from quizapp.engine import QuizSession
from quizapp.sets.builtin import builtin_set_paths
from quizapp.sets.loader import load_set
from quizapp.sets.set_title import task_after_headline, title_from
from quizapp.ui.editor.entry import open_new_editor
from quizapp.ui.quiz.quiz_view import QuizView
from tests.ui.editor_helpers import ARTICLE, paste_article

HEADLINE = "Piste cyclable : le projet divise Belleville"


def _header(qtbot: QtBot, quiz) -> list[str]:
    view = QuizView(QuizSession(quiz, seed=0), None)
    qtbot.addWidget(view)
    return [label.text() for label in view.findChildren(QLabel)]


def test_a_pasted_article_titles_the_set_with_its_task(
    qtbot: QtBot, settings, tmp_path: Path, no_dialogs
) -> None:
    window = open_new_editor(settings, tmp_path / "data", language="fr")
    qtbot.addWidget(window)
    paste_article(window, ARTICLE)
    assert window.draft.data["title"] == f"{HEADLINE} — qui dit quoi\u00a0?"
    assert window.draft.data["id"] == "piste-cyclable-le-projet-divise-belleville"


def test_the_header_does_not_repeat_the_headline(qtbot: QtBot) -> None:
    builtin = load_set(builtin_set_paths()[0])
    assert builtin.title in _header(qtbot, builtin)  # its own title, not the headline
    headline = builtin.article.title
    drafted = builtin.model_copy(update={"title": f"{headline}\u00a0: qui dit quoi\u00a0?"})
    texts = _header(qtbot, drafted)
    assert "Qui dit quoi\u00a0?" in texts
    assert not [text for text in texts if headline in text and "qui dit quoi" in text]


def test_a_headline_with_its_own_colon_takes_a_dash() -> None:
    headline = "Saint-Avé : le lavoir ferme"
    assert title_from(headline, "fr") == f"{headline} — qui dit quoi\u00a0?"
    assert title_from("Mayor quits", "en") == "Mayor quits: who says what?"
    assert title_from("Le maire part", "de") == "Le maire part"
    assert task_after_headline(title_from(headline, "fr"), headline) == "Qui dit quoi\u00a0?"


def test_the_headline_is_taken_off_only_before_a_colon_or_dash() -> None:
    """mend33e: a headline that ends inside the title's word, or a renamed set that goes on
    after it with no colon or dash, keeps the whole title, not a stub of it."""
    title = "Le portail de Brest : qui dit quoi ?"
    assert task_after_headline(title, "Le port") == title
    renamed = "Musk critique Stargate (CM2)"
    assert task_after_headline(renamed, "Musk critique Stargate") == renamed
    assert task_after_headline(title, "Le portail de Brest") == "Qui dit quoi ?"
    assert task_after_headline("Mayor quits: who says what?", "Mayor quits") == "Who says what?"
    assert task_after_headline("Mayor quits — part two", "Mayor quits") == "Part two"
