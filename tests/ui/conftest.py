"""Fixtures for the window tests: a settings file of their own and a loader without the store."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError
from PySide6.QtCore import QSettings
from ruamel.yaml import YAML

from quizapp.model import QuizSet
from quizapp.results.datadir import DATA_DIR_ENV
from quizapp.sets import catalog
from quizapp.sets.errors import LoadError, LocatedProblem
from quizapp.ui.draft.review_memory import ReviewMemory, forget_all
from quizapp.ui.shell import i18n


def simple_loader(path: Path) -> QuizSet:
    """Parse and validate like the store does, reporting problems as a LoadError (line 1)."""
    try:
        data = YAML(typ="safe").load(Path(path).read_text(encoding="utf-8"))
        return QuizSet.model_validate(data)
    except ValidationError as error:
        problems = [
            LocatedProblem(str(path), 1, 1, f"{'.'.join(map(str, e['loc']))}: {e['msg']}")
            for e in error.errors()
        ]
        raise LoadError(problems) from error


def real_or_simple_loader() -> Callable[[Path], QuizSet]:
    try:
        from quizapp.sets.loader import load_set
    except ImportError:
        return simple_loader
    return load_set


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Any window the tests start keeps its results database here, never in the user's own."""
    folder = tmp_path / "quizapp-data"
    monkeypatch.setenv(DATA_DIR_ENV, str(folder))
    return folder


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def loader() -> Callable[[Path], QuizSet]:
    return real_or_simple_loader()


@pytest.fixture
def small_set_file(tmp_path: Path, small_data: dict[str, Any]) -> Path:
    path = tmp_path / "small.quiz.yaml"
    with path.open("w", encoding="utf-8") as stream:
        YAML(typ="safe").dump(small_data, stream)
    return path


@pytest.fixture(autouse=True, scope="session")
def english_ui(qapp: object) -> None:
    """The app always installs a language; tests read the English catalogue (plurals)."""
    from quizapp.ui.shell.i18n import install_language

    install_language("en")


@pytest.fixture
def no_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes answer at once (No / Discard) and are recorded, instead of waiting for a
    click that never comes; the editor's tests read what was asked."""
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []

    def answer(default: QMessageBox.StandardButton):
        def record(_parent: object, title: str, text: str, *args: object) -> object:
            asked.append(f"{title}: {text}")
            return default

        return record

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Discard))
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, answer(QMessageBox.StandardButton.Ok))
    return asked


def _in_language(code: str):
    """Both catalogues (the Qt one and the sets' messages) in one language for a test, back
    to English after it."""
    i18n.install_language(code)
    catalog.set_language(code)
    yield code
    i18n.install_language("en")
    catalog.set_language("en")


@pytest.fixture(params=["en", "fr"])
def language(request: pytest.FixtureRequest):
    """The test once in each language of the interface."""
    yield from _in_language(request.param)


@pytest.fixture
def in_french():
    """The test with the interface in French."""
    yield from _in_language("fr")


@pytest.fixture
def fresh_review(monkeypatch: pytest.MonkeyPatch) -> None:
    """For the review dialog's tests: no memory of an earlier review, and closing it at
    teardown asks nothing (each review test file marks itself with this fixture)."""
    forget_all()
    monkeypatch.setattr(ReviewMemory, "_confirm_discard", lambda self: True)
