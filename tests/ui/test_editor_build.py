"""A teacher writes a whole set in the editor, never seeing YAML: every one of the six types,
passages taken by selecting the article; the file saved validates, loads in the quiz and
scores answers."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
)

from quizapp.cli.main import main as cli_main
from quizapp.engine import QuizSession
from quizapp.engine.keys import correct_response
from quizapp.sets.loader import load_set
from quizapp.ui.editor.entry import open_new_editor
from tests.ui.editor_helpers import (
    ARTICLE,
    add_question,
    choose,
    click,
    field,
    named,
    paste_article,
    save_as,
    type_into,
    use_selection,
)


@pytest.fixture
def editor(qtbot, settings, tmp_path, no_dialogs):
    window = open_new_editor(settings, tmp_path / "data", language="fr")
    qtbot.addWidget(window)
    return window


def _fill_set_and_article(qtbot, w) -> None:
    type_into(qtbot, field(w, "Title"), "Piste cyclable : qui dit quoi ?")
    w.form.advanced.button.click()  # the set's id, folded away
    assert field(w, "Set id").text() == "piste-cyclable-qui-dit-quoi"
    paste_article(w, ARTICLE)
    type_into(qtbot, field(w, "Headline of the article"), "Le projet divise Belleville")
    type_into(qtbot, field(w, "Outlet (newspaper, site)"), "Le Courrier de Belleville")
    type_into(qtbot, field(w, "Date (YYYY-MM-DD, optional)"), "2026-03-12")


def _options(qtbot, w, texts: list[str], correct: set[int]) -> None:
    for number, text in enumerate(texts, start=1):
        if number > 2:
            click(qtbot, named(w.form, QPushButton, "Add an answer"))
        type_into(qtbot, named(w.form, QLineEdit, f"Option {number}"), text)
    for number in correct:
        box = named(w.form, QCheckBox, f"Option {number} is correct")
        if not box.isChecked():
            click(qtbot, box)


def _prompt(qtbot, w, text: str) -> None:
    type_into(qtbot, named(w.form, QPlainTextEdit, "Question"), text)


def _explain(qtbot, w, text: str) -> None:
    type_into(qtbot, named(w.form, QPlainTextEdit, "Explanation"), text)


def test_a_whole_set_is_written_with_the_editor_alone(qtbot, editor, tmp_path, monkeypatch):
    w = editor
    _fill_set_and_article(qtbot, w)
    add_question(w, "single_choice")
    _prompt(qtbot, w, "Qui parle d'une « promesse faite aux familles » ?")
    _options(qtbot, w, ["La maire, Claire Martin", "Un agent municipal", "Un commerçant"], {1})
    use_selection(qtbot, w, "a déclaré la maire, Claire Martin", "evidence")
    _explain(qtbot, w, "La citation est attribuée à la maire, nommée.")

    add_question(w, "multiple_choice")
    _prompt(qtbot, w, "Quelles voix ne sont pas nommées ?")
    _options(qtbot, w, ["Un agent des services techniques", "Certains commerçants", "La maire"],
             {1, 2})  # fmt: skip
    _explain(qtbot, w, "L'agent est décrit sans nom ; les commerçants sont un groupe vague.")

    add_question(w, "true_false")
    _prompt(qtbot, w, "Le surcoût du chantier est présenté comme un fait établi.")
    click(qtbot, named(w.form, QRadioButton, "false"))
    use_selection(qtbot, w, "Selon un agent des services techniques", "evidence")
    _explain(qtbot, w, "Le surcoût vient d'une source.")

    use_selection(qtbot, w, "Certains commerçants craignent de perdre leurs clients.", "classify")
    choose(named(w.form, QComboBox, "Kind of source of claim 1"), "vague")
    use_selection(qtbot, w, "Le conseil municipal a voté mardi soir", "classify")
    assert w.draft.get(("questions", 3, "items", 1, "evidence")) == [
        "Le conseil municipal a voté mardi soir"
    ]
    choose(named(w.form, QComboBox, "Kind of source of claim 2"), "fact")
    _explain(qtbot, w, "Un groupe qu'on ne peut pas identifier, puis un fait vérifiable.")

    add_question(w, "match")
    assert w.draft.get(("questions", 4, "id")) == "match"
    _prompt(qtbot, w, "Associez chaque propos à sa source.")
    assert not w.form.id_edit.isVisible()  # folded away: a teacher need not see it
    w.form.advanced.button.click()
    named(w.form, QLineEdit, "Question id").setFocus()  # leaving the prompt names the question
    assert w.draft.get(("questions", 4, "id")) == "associez-chaque-propos-a-sa-source"
    line = QLineEdit
    type_into(qtbot, named(w.form, line, "Left side of pair 1"), "« une promesse »")
    type_into(qtbot, named(w.form, line, "Right side of pair 1"), "La maire")
    type_into(qtbot, named(w.form, line, "Left side of pair 2"), "deux fois plus que prévu")
    type_into(qtbot, named(w.form, line, "Right side of pair 2"), "Un agent municipal")
    click(qtbot, named(w.form, QPushButton, "Add a wrong choice"))
    type_into(qtbot, named(w.form, line, "Extra wrong choice 1"), "Le préfet")
    _explain(qtbot, w, "Chaque propos a sa source dans l'article.")

    use_selection(qtbot, w, "Une décision bien trop précipitée ?", "locate")
    _prompt(qtbot, w, "Sélectionnez la phrase où le journal donne son avis.")
    _explain(qtbot, w, "Une question rhétorique : l'avis du journal, sans source.")

    quote = "« Nous tenons enfin une promesse faite aux familles »"
    use_selection(qtbot, w, quote, "who")
    assert "promesse" in w.draft.get(("questions", 6, "prompt"))
    assert "Claire Martin" not in w.draft.get(("questions", 6, "prompt"))
    offered = w.draft.get(("questions", 6, "options"))  # the article's speakers, by the drafter
    assert [o["text"] for o in offered if o["correct"]] == ["Claire Martin"]
    assert "Un agent des services techniques" in [o["text"] for o in offered]
    _explain(qtbot, w, "La citation est suivie de « a déclaré la maire ».")

    problems = w.checker.check_now()
    assert [p.message for p in problems if not p.warning] == []
    assert "No problem" in w.summary.text()
    target = tmp_path / "my-set.quiz.yaml"
    save_as(w, target, monkeypatch)
    assert target.exists() and not w.draft.modified
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=")
    assert "  text: |" in text
    assert cli_main(["validate", str(target)]) == 0
    quiz = load_set(target)
    assert [q.type for q in quiz.questions] == [
        "single_choice", "multiple_choice", "true_false", "classify", "match", "locate",
        "single_choice",
    ]  # fmt: skip
    assert quiz.questions[2].answer is False
    assert [item.label for item in quiz.questions[3].items] == ["vague", "fact"]
    session = QuizSession(quiz, seed=1)
    for _ in quiz.questions:
        verdict = session.answer(correct_response(session.current.question, quiz))
        assert verdict is not None and verdict.fraction == 1
        session.next()
    assert session.results().score == 1
