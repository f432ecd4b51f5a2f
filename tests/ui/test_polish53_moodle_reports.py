"""polish53: the Moodle reports in words a teacher knows.

The import report listed question ids (« importée : classify-5 »), which the window never
shows: it now names each question by its number, its kind and the start of its prompt, as
the export report does (ui36b). The export report's note on the claims' explanations was
one line per classify question, the same sentence each time: it is said once, with the
count and the questions' numbers.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from PySide6.QtWidgets import QWidget

from quizapp.interchange.bank import ImportReport, ImportResult
from quizapp.interchange.moodle_map import ExportReport, QuestionNote
from quizapp.ui.teacher.import_dialog import ImportReportDialog
from quizapp.ui.teacher.moodle_export import MoodleExport

SAME = "the claims' own explanations are not exported"


def _question(number: int, kind: str, prompt: str) -> SimpleNamespace:
    return SimpleNamespace(id=f"{kind}-{number}", type=kind, prompt=prompt)


QUESTIONS = [
    _question(1, "single_choice", "Qui dit que le mur est tombé seul ?"),
    _question(2, "classify", "D'où vient chacune de ces affirmations ?"),
    _question(3, "true_false", "Le maire a porté plainte."),
    _question(4, "classify", "Classez les phrases du deuxième paragraphe."),
    _question(5, "classify", "Classez les phrases du dernier paragraphe."),
]


def test_the_import_report_names_questions_not_ids(qtbot) -> None:
    report = ImportReport("set.gift", "GIFT", imported=["single_choice-1", "classify-2"])
    report.notes.append("classify-2: a Moodle matching question became a classify question")
    quizset = SimpleNamespace(questions=QUESTIONS[:2], language="fr")
    dialog = ImportReportDialog(ImportResult(quizset, report))  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    shown = dialog.report.toPlainText()
    assert "classify-2" not in shown and "single_choice-1" not in shown
    assert "imported question 2 (Classify claims by source, D'où vient chacune de" in shown
    assert "note: question 2 (Classify claims by source" in shown
    assert "imported classify-2" in "\n".join(report.lines())  # the command keeps its ids


def test_a_note_on_every_classify_question_is_said_once(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    report = ExportReport(Path("for-moodle.xml").name, "Moodle XML", exported=["x"] * 5)
    report.notes += ["The article does not go to Moodle"]
    report.notes += [QuestionNote(q.id, SAME) for q in QUESTIONS if q.type == "classify"]
    report.notes += [QuestionNote("single_choice-1", "Moodle shuffles all the options")]
    text = MoodleExport(window, lambda: None)._report_text(
        report, SimpleNamespace(questions=QUESTIONS)
    )
    assert text.count(SAME) == 1
    assert f"– 3 questions (2, 4, 5): {SAME}" in text
    assert "– question 1 (One right answer, Qui dit que le mur est tombé seul ?): Moodle" in text
    assert "– The article does not go to Moodle" in text
