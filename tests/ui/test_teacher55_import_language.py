"""A bank imported in the window is marked with the language its questions are written in
(teacher55).

An English-speaking teacher of French exported her French set to Moodle and imported it back:
the set came back marked English, the language of her computer, and the library listed it as
« en » beside the French original. The bank's own words now say its language when they say
it clearly; a bank of a few words, or in another language, keeps the computer's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from quizapp.model import QuizSet
from quizapp.ui.shell.main_window import MainWindow

DATA = Path(__file__).resolve().parents[1] / "data" / "interchange"
ENGLISH_BANK = (
    "::Who::Who says that the plan is a mistake in the article?{=The minister ~The paper}\n\n"
    "::Fact::The budget was voted on Tuesday and it is a fact that the town has said.{TRUE}\n\n"
    "::Kind::In the article, the quotation of the mayor is on the record and it is named.{T}\n"
)


@pytest.fixture
def in_locale() -> Iterator[Callable[[QLocale.Language], None]]:
    kept = QLocale()
    yield lambda language: QLocale.setDefault(QLocale(language))
    QLocale.setDefault(kept)


@pytest.fixture
def window(qtbot: QtBot, settings: QSettings, loader: Callable[[Path], QuizSet]) -> MainWindow:
    main = MainWindow(settings, loader)
    qtbot.addWidget(main)
    main.show()
    return main


def test_a_french_bank_imported_on_an_english_computer_is_french(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, in_locale
) -> None:
    in_locale(QLocale.Language.English)
    source = DATA / "teacher.gift"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    window.teacher.import_action.trigger()
    qtbot.waitUntil(lambda: window.teacher.importer.report_dialog is not None)
    dialog = window.teacher.importer.report_dialog
    assert dialog is not None
    assert dialog.result.quizset.language == "fr"


def test_an_english_bank_is_english_and_a_bank_of_few_words_the_computers(
    tmp_path: Path, in_locale
) -> None:
    from quizapp.ui.teacher.import_dialog import bank_language  # new in teacher55

    in_locale(QLocale.Language.French)
    english = tmp_path / "bank.gift"
    english.write_text(ENGLISH_BANK, encoding="utf-8")
    assert bank_language(english) == "en"
    short = tmp_path / "short.gift"
    short.write_text("::Q::Who?{=Anna ~Ben}\n", encoding="utf-8")
    assert bank_language(short) == "fr"
    in_locale(QLocale.Language.German)
    assert bank_language(short) == "de"
