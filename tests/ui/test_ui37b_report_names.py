"""ui37b: the Moodle export report names a drafted question by its number, its kind and the
start of its prompt in brackets. Wrapped in quotation marks, a prompt that opens on a
quotation read as quotes inside quotes (« question 1 “« L’opération … »…” », ui37)."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtWidgets import QWidget

from quizapp.ui.teacher.question_names import question_name

PROMPT = "« Le marché du samedi restera ouvert tout l’hiver » : d’où vient chacune ?"


def _name(qtbot, kind: str, prompt: str) -> str:
    window = QWidget()
    qtbot.addWidget(window)
    return question_name(window, 1, SimpleNamespace(type=kind, prompt=prompt))


def test_a_quoted_prompt_is_not_wrapped_in_more_marks(qtbot) -> None:
    name = _name(qtbot, "classify", PROMPT)
    assert (
        name
        == "question 1 (Classify claims by source, « Le marché du samedi restera ouvert…\u00a0»)"
    )
    assert "“«" not in name and "«\u00a0«" not in name


def test_a_plain_prompt_keeps_its_words_and_kind(qtbot) -> None:
    name = _name(qtbot, "true_false", "Le maire a parlé.")
    assert name == "question 1 (True or false, Le maire a parlé.)"
