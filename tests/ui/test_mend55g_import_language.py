"""mend55g: the import report says which language the set is marked with.

File > Import… guesses the language (the bank's own words, else the computer's) and wrote it
in the set without a word: a teacher saw it only after saving, in the library. The report now
names it before anything is written, in the window's language.
"""

from __future__ import annotations

from types import SimpleNamespace

from quizapp.interchange.bank import ImportReport, ImportResult
from quizapp.ui.teacher.import_dialog import ImportReportDialog


def test_the_import_report_names_the_language_of_the_set(qtbot) -> None:
    report = ImportReport("banque.gift", "GIFT", imported=["single_choice-1"])
    question = SimpleNamespace(id="single_choice-1", type="single_choice", prompt="Qui parle ?")
    quizset = SimpleNamespace(questions=[question], language="fr")
    dialog = ImportReportDialog(ImportResult(quizset, report))  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    assert dialog.language_line.text() == "Language of the set: Français (fr)."
