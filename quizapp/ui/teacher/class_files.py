"""The file dialogs of the class results window: students' results files in, class.csv out.

Apart from the window, which only merges and shows: the export offers both CSV variants and
preselects the one the system's spreadsheet expects (decimal commas want semicolons). The
strings keep the window's translation context ("ClassResultsWindow").
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QFileDialog, QWidget


def ask_results_files(parent: QWidget) -> list[Path]:
    """The results files the teacher picks (none when the dialog is cancelled)."""
    names, _ = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("ClassResultsWindow", "Add students' results files"),
        "",
        QCoreApplication.translate(
            "ClassResultsWindow", "Results files (*.csv *.json);;All files (*)"
        ),
    )
    return [Path(name) for name in names]


def ask_class_csv(parent: QWidget) -> tuple[Path, str] | None:
    """Where to write class.csv (".csv" added when not typed) and its delimiter; None when
    the dialog is cancelled."""
    comma = QCoreApplication.translate("ClassResultsWindow", "CSV, comma-separated (*.csv)")
    semicolon = QCoreApplication.translate(
        "ClassResultsWindow", "CSV, semicolon-separated with decimal commas (*.csv)"
    )
    french_style = QLocale().decimalPoint() == ","
    name, chosen = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ClassResultsWindow", "Export the class results"),
        "class.csv",
        f"{comma};;{semicolon}",
        semicolon if french_style else comma,
    )
    if not name:
        return None
    path = Path(name) if name.lower().endswith(".csv") else Path(name + ".csv")
    return path, ";" if chosen == semicolon else ","
