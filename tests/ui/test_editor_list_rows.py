"""After a live check, only the rows whose problems changed are redrawn."""

from __future__ import annotations

from quizapp.ui.editor.question_list import QuestionList, _changed_rows


def test_changed_rows_are_those_whose_counts_or_first_message_differ() -> None:
    shown = {0: (1, 0, "a"), 2: (0, 1, "b"), 5: (1, 0, "c")}
    found = {0: (1, 0, "a"), 2: (0, 1, "other"), 3: (1, 0, "d"), 9: (1, 0, "gone")}
    assert _changed_rows(shown, found, 6) == [2, 3, 5]


def test_a_question_whose_problem_is_fixed_loses_its_mark(qtbot) -> None:
    rows = QuestionList()
    qtbot.addWidget(rows)
    questions = [{"type": "single", "prompt": f"Q{n}"} for n in range(3)]
    rows.fill("T", questions)

    class Problem:
        def __init__(self, question: int) -> None:
            self.question, self.warning, self.message = question, False, "missing"

    rows.set_problems([Problem(1)], questions, "T")
    assert "\n" in rows.item(2).text() and "\n" not in rows.item(1).text()
    rows.set_problems([Problem(0)], questions, "T")
    assert "\n" in rows.item(1).text() and "\n" not in rows.item(2).text()
    assert "\n" not in rows.item(3).text()


def test_a_long_list_lays_out_in_batches_and_still_shows_the_chosen_row(qtbot) -> None:
    """Batched layout keeps typing smooth in a thousand-question set (bench_editor); the row
    the teacher picks must still come into view once the batches are done."""
    from PySide6.QtWidgets import QListView

    rows = QuestionList()
    qtbot.addWidget(rows)
    rows.resize(300, 200)
    rows.show()
    questions = [{"type": "single", "prompt": f"Question {n}"} for n in range(1000)]
    rows.fill("T", questions)
    assert rows.layoutMode() == QListView.LayoutMode.Batched
    rows.select_question(900)
    qtbot.waitUntil(lambda: rows.viewport().rect().intersects(rows.visualItemRect(rows.item(901))))


def test_a_row_shows_its_prompt_before_its_kind(qtbot) -> None:
    """teacher12: twelve drafted questions read « 2. Une seule bonne réponse — Selon l'… »
    alike in a narrow list; the prompt, which tells them apart, comes first."""
    rows = QuestionList()
    qtbot.addWidget(rows)
    rows.set_type_words({"single_choice": "Une seule bonne réponse"})
    prompts = ["Qui dit « Nous n'avons pas le choix » ?", "Qui dit « Personne ne nous a dit » ?"]
    questions = [{"type": "single_choice", "prompt": prompt} for prompt in prompts]
    rows.fill("T", questions)
    first, second = rows.item(1).text(), rows.item(2).text()
    assert first.startswith("1. Qui dit « Nous") and second.startswith("2. Qui dit « Personne")
    assert first.endswith(" — Une seule bonne réponse")
