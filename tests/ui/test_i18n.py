"""Switching the language at run time: the open window, a quiz under way, Qt's own buttons."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from quizapp.engine import State
from quizapp.engine.keys import correct_response, wrong_response
from quizapp.model import QuizSet
from quizapp.sets import catalog
from quizapp.ui.quiz.quiz_view import QuizView
from quizapp.ui.quiz.results.results_view import ResultsView
from quizapp.ui.shell import i18n
from quizapp.ui.shell.main_window import MainWindow

NBSP = "\u00a0"


@pytest.fixture
def back_to_english() -> Iterator[None]:
    yield
    i18n.install_language("en")


def _switch(settings: QSettings, language: str) -> None:
    """What the Language menu does, then the posted LanguageChange events delivered."""
    i18n.choose_language(settings, language)
    QApplication.processEvents()


def _window(qtbot: QtBot, settings: QSettings, loader: Callable, path: Path) -> MainWindow:
    window = MainWindow(settings, loader)
    qtbot.addWidget(window)
    window.show()
    window.open_path(path)
    return window


def _menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_language_menu_retranslates_the_library_and_menus(
    qtbot: QtBot, settings: QSettings, loader: Callable, small_set_file: Path, back_to_english
) -> None:
    window = _window(qtbot, settings, loader, small_set_file)
    assert _menu_titles(window) == ["&File", "&Tools", "&View", "Lan&guage"]
    window.view_menus.language_actions["fr"].trigger()
    QApplication.processEvents()
    assert _menu_titles(window) == ["&Fichier", "Ou&tils", "&Affichage", "Lan&gue"]
    assert window.open_action.text() == "&Ouvrir…"
    assert window.teacher.import_action.text().startswith("&Importer depuis Moodle")
    assert window.library.start_button.text() == "&Commencer"
    assert window.library.tree.headerItem().text(0) == "Titre"
    assert window.windowTitle() == f"quizapp — qui le dit{NBSP}?"
    assert settings.value(i18n.LANGUAGE_KEY) == "fr"
    assert catalog.current_language() == "fr"  # a broken file's messages follow
    window.view_menus.language_actions["en"].trigger()
    QApplication.processEvents()
    assert window.library.start_button.text() == "&Start"
    assert catalog.current_language() == "en"


def test_a_quiz_under_way_is_retranslated_question_feedback_and_all(
    qtbot: QtBot,
    settings: QSettings,
    loader: Callable,
    small_set_file: Path,
    small_quiz: QuizSet,
    back_to_english,
) -> None:
    window = _window(qtbot, settings, loader, small_set_file)
    view = window.start_quiz(window.library.entries()[0], seed=0)
    page = view.page
    page.answer_widget.set_response(correct_response(page.presented.question, small_quiz))
    view.check_button.click()
    assert page.feedback.headline.startswith("Right!")
    _switch(settings, "fr")
    assert page.feedback.headline.startswith(f"Juste{NBSP}!")
    assert page.feedback.headline_label.accessibleName().startswith("Juste")
    assert view.next_button.text() == "&Question suivante"
    assert view.check_button.text() == "&Vérifier la réponse"
    assert "Question 1 sur 6" in view._counter.text()
    assert page._instruction.text().startswith("Choisissez une réponse")
    assert view.article.text_view.accessibleName() == "Texte de l’article"
    badges = [page.answer_widget._rows.badge(row).text for row in range(3)]
    assert badges[0].startswith("✔ Juste")  # the marks speak French too
    assert window.windowTitle() == f"quizapp — {small_quiz.title}"
    view.next_button.click()  # the next question comes in French from the start
    assert view.page._instruction.text().startswith("Cochez toutes les bonnes réponses")


def test_results_screen_is_rebuilt_in_the_new_language(
    qtbot: QtBot,
    settings: QSettings,
    loader: Callable,
    small_set_file: Path,
    small_quiz: QuizSet,
    back_to_english,
) -> None:
    window = _window(qtbot, settings, loader, small_set_file)
    view = window.start_quiz(window.library.entries()[0], seed=0)
    _answer_all(view, small_quiz)
    results = window.stack.currentWidget()
    assert isinstance(results, ResultsView)
    _switch(settings, "fr")
    assert results.review_button.text() == "&Revoir les questions manquées"
    assert results.missed.accessibleName() == "Questions manquées"
    assert results.sentence is not None and "Confusion la plus fréquente" in results.sentence.text()


def _answer_all(view: QuizView, quiz: QuizSet) -> None:
    """Right answers except the true/false one, so that one question is missed."""
    while view.session.state is not State.FINISHED:
        question = view.session.current.question
        pick = wrong_response if question.type in ("true_false", "classify") else correct_response
        view.page.answer_widget.set_response(pick(question, quiz))
        view.check_button.click()
        view.next_button.click()


def test_plurals_in_both_languages(back_to_english) -> None:
    def questions(count: int) -> str:
        return QCoreApplication.translate("ClassResultsWindow", "%n question(s)", "", count)

    assert [questions(n) for n in (1, 2)] == ["1 question", "2 questions"]
    i18n.install_language("fr")
    assert [questions(n) for n in (0, 1, 2)] == ["0 question", "1 question", "2 questions"]
    unfinished = QCoreApplication.translate(
        "UnfinishedBanner", "(You have %n other unfinished quiz(zes).)", "", 2
    )
    assert unfinished == "(Vous avez 2 autres quiz inachevés.)"


def test_qt_own_buttons_follow_the_language(qtbot: QtBot, back_to_english) -> None:
    """Qt's catalogue (qtbase_fr.qm) is installed with ours: standard buttons speak French."""
    i18n.install_language("fr")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Annuler"


def test_saved_choice_wins_over_the_system_language(settings: QSettings) -> None:
    assert i18n.saved_language(settings) == i18n.system_language()
    settings.setValue(i18n.LANGUAGE_KEY, "fr")
    assert i18n.saved_language(settings) == "fr"
    settings.setValue(i18n.LANGUAGE_KEY, "klingon")
    assert i18n.saved_language(settings) in i18n.LANGUAGES


def test_both_catalogues_load_for_each_language(back_to_english) -> None:
    """Ours from the package, Qt's from its translations folder (a bundle ships both)."""
    assert i18n.install_language("fr") == ["qtbase_fr", "quizapp_fr"]
    assert "quizapp_en" in i18n.install_language("en")  # no qtbase_en: Qt speaks English


def test_a_broken_file_is_explained_in_the_ui_language(
    qtbot: QtBot, settings: QSettings, tmp_path: Path, back_to_english
) -> None:
    """The store's messages follow the Language menu (the window sets the catalogue)."""
    from PySide6.QtWidgets import QMessageBox

    from quizapp.sets.loader import load_set

    broken = tmp_path / "broken.quiz.yaml"
    broken.write_text("schema_version: 1\nid: broken\ntitle: Cassé\n", encoding="utf-8")
    window = MainWindow(settings, load_set)
    qtbot.addWidget(window)
    window.show()
    texts = {}
    for language in ("en", "fr"):
        _switch(settings, language)
        assert window.open_path(broken) is None
        box = window.findChildren(QMessageBox)[-1]
        texts[language] = box.text()
        box.close()
    assert "could not be opened" in texts["en"] and "missing required field" in texts["en"]
    assert "n’a pas pu être ouvert" in texts["fr"]  # ours
    assert "champ obligatoire manquant" in texts["fr"]  # the store's


def test_open_dialogs_and_the_class_window_follow_the_language(
    qtbot: QtBot, settings: QSettings, loader: Callable, small_set_file: Path, tmp_path: Path,
    back_to_english,
) -> None:  # fmt: skip
    from quizapp.results.database import ResultsDB
    from quizapp.ui.study.controller import StudyController, local_now
    from quizapp.ui.study.flow import StudyFlow

    window = _window(qtbot, settings, loader, small_set_file)
    db, _ = ResultsDB.open(tmp_path / "results.db", local_now())
    study = StudyFlow(window, StudyController(db), settings)
    preferences, export = study.open_settings(), study.open_export()
    class_window = window.teacher.show_class_results()
    _switch(settings, "fr")
    assert preferences.windowTitle() == "Paramètres"
    assert preferences.confidence.text().startswith("Me demander après chaque réponse")
    assert export.export_button.text() == "&Exporter…"
    assert export.format.itemText(1) == "JSON, pour un programme"
    assert class_window.windowTitle() == "Résultats de la classe"
    assert class_window.tabs.tabText(2) == "&Matrice de confusion"
    assert study.export_action.text() == "&Exporter les résultats…"
    study.wait()
    db.close()
