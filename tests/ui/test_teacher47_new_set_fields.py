"""teacher47: a new set's status line named « Identifier » first among the fields to fill in.
The id is folded away under « Advanced » and follows the title by itself: a teacher who has
never seen the file went looking for a field she cannot see and never needs to fill."""

from __future__ import annotations

from quizapp.sets.editing.live_check import FieldProblem
from quizapp.ui.editor.checking.wording import to_fill, waiting_places
from quizapp.ui.editor.entry import open_new_editor
from tests.ui.editor_helpers import save_as


def _problem(*path: object) -> FieldProblem:
    return FieldProblem(path=tuple(path), line=1, col=1, message="")


def test_a_new_set_does_not_ask_for_its_identifier(qtbot, settings, tmp_path, no_dialogs) -> None:
    window = open_new_editor(settings, tmp_path / "data", language="en")
    qtbot.addWidget(window)
    window.checker.check_now()
    summary = window.summary.text()
    assert "Identifier" not in summary
    assert summary.startswith("5 fields still to fill in: Title of the set, ")


def test_saving_a_new_set_counts_and_names_the_same_fields(
    qtbot, settings, tmp_path, no_dialogs, monkeypatch
) -> None:
    window = open_new_editor(settings, tmp_path / "data", language="en")
    qtbot.addWidget(window)
    save_as(window, tmp_path / "new.quiz.yaml", monkeypatch)
    said = window.statusBar().currentMessage()
    assert "5 problems to fix" in said and "Identifier" not in said, said


def test_the_identifier_is_left_out_only_beside_an_empty_title() -> None:
    both = [_problem("id"), _problem("title"), _problem("article", "outlet")]
    assert to_fill(both) == both[1:]
    assert waiting_places(both) == ["Title of the set", "News outlet"]
    assert to_fill([_problem("id")]) == [_problem("id")]
