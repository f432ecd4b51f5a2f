"""teacher32: the status line's « N fields still to fill in » names them. A teacher who had
drafted and reviewed twelve questions read « 1 field still to fill in » and learnt which only
once she saved (the outlet); a new set said « 6 fields still to fill in » and named none."""

from __future__ import annotations

from quizapp.sets.editing.commands import SetValue
from quizapp.sets.editing.live_check import FieldProblem
from quizapp.ui.editor.checking.wording import waiting_places
from quizapp.ui.editor.entry import open_new_editor
from tests.ui.editor_helpers import ARTICLE, paste_article


def test_the_fields_still_to_fill_in_are_named(qtbot, settings, tmp_path, no_dialogs) -> None:
    window = open_new_editor(settings, tmp_path / "data", language="en")
    qtbot.addWidget(window)
    paste_article(window, ARTICLE)
    window.checker.check_now()
    assert window.summary.text() == "2 fields still to fill in: News outlet, a first question"
    window.draft.apply(SetValue(("article", "outlet"), "Le Petit Journal"))
    window.actions.actions["add_true_false"].trigger()
    window.checker.check_now()
    assert window.summary.text() == "2 fields still to fill in: question 1"


def test_places_are_named_once_and_cut_after_three() -> None:
    def problem(*path: object) -> FieldProblem:
        return FieldProblem(path=tuple(path), line=1, col=1, message="")

    found = [
        problem("title"),
        problem("article", "outlet"),
        problem("questions", 1, "prompt"),
        problem("questions", 1, "explanation"),
        problem("article", "text"),
    ]
    assert waiting_places(found[:4]) == ["Title of the set", "News outlet", "question 2"]
    assert waiting_places(found) == ["Title of the set", "News outlet", "question 2", "…"]
    assert waiting_places([problem("questions")]) == ["a first question"]
    assert waiting_places([problem("no_such_field")]) == []
