"""« Who said this? » made from a selection: the prompt quotes the statement without its
speaker, the answers are the speakers the drafter finds in the article, the one who said it
ticked; the new question goes right after the one shown, or at the end when none is."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from quizapp.sets.editing.commands import SetValue
from quizapp.ui.editor.drafting import who_said_options, who_said_parts
from quizapp.ui.editor.entry import open_new_editor

TEXT = (
    "La grève des cantines\n\nSelon le syndicat Sud, la grève est très suivie ce lundi. "
    "« Nous ne céderons pas », a déclaré la maire, Marie Dupont. Le rectorat donne un chiffre."
)
DATA = {"language": "fr", "article": {"text": TEXT, "title": "La grève des cantines"}}


def test_the_prompt_quotes_the_statement_without_its_speaker() -> None:
    chosen = "Selon le syndicat Sud, la grève est très suivie ce lundi."
    quote, right, speakers = who_said_parts(DATA, chosen)
    assert quote == "la grève est très suivie ce lundi" and right == "Sud"
    assert speakers == ["Sud", "Marie Dupont"]
    options = who_said_options(right, speakers)
    assert options == [
        {"text": "Sud", "correct": True},
        {"text": "Marie Dupont", "correct": False},
    ]


def test_a_selection_with_no_statement_leaves_the_answer_unticked() -> None:
    chosen = "Le rectorat donne un chiffre."  # no speaker the drafter knows: nothing to mask
    quote, right, speakers = who_said_parts(DATA, chosen)
    assert quote == chosen and right is None
    assert not any(o["correct"] for o in who_said_options(right, speakers))


def test_words_not_in_the_article_are_quoted_as_they_are() -> None:
    assert who_said_parts(DATA, "Une phrase inventée.") == ("Une phrase inventée.", None, [])


def test_the_question_goes_after_the_one_shown(qtbot, settings, tmp_path, no_dialogs) -> None:
    window = open_new_editor(settings, tmp_path / "data")
    qtbot.addWidget(window)
    window.draft.apply(SetValue(("language",), "fr"))
    window.draft.apply(SetValue(("article",), dict(DATA["article"])))
    for kind in ("single_choice", "true_false", "locate"):
        window.actions.add_question(kind)
    window.questions.select_question(0)
    QApplication.processEvents()
    window.actions.use_selection("who", "« Nous ne céderons pas », a déclaré la maire")
    questions = window.draft.get(("questions",))
    made = questions[1]
    assert "Marie Dupont" not in made["prompt"] and "Nous ne céderons pas" in made["prompt"]
    assert [o["text"] for o in made["options"] if o["correct"]] == ["Marie Dupont"]
    assert window.current_question() == 1
    window.questions.select_question(None)
    QApplication.processEvents()
    window.actions.use_selection("who", "Selon le syndicat Sud, la grève est très suivie")
    assert window.draft.get(("questions",))[-1]["prompt"].count("Sud") == 0
