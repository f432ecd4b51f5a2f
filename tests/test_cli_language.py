"""The teacher's commands speak the user's language, as ``validate`` does.

``import``, ``export``, ``new`` and ``results merge`` are run in French: every line they print
comes from the French catalogue (none of the English words of their reports is left).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "results"))  # the results test helpers

from class_helpers import class_of_three

from quizapp.cli import main
from quizapp.sets import catalog

DATA = Path(__file__).resolve().parent / "data" / "interchange"
BUILTIN = Path(__file__).resolve().parent.parent / "questions" / "stargate-musk.fr.quiz.yaml"
ENGLISH = re.compile(
    r"\b(read as|imported|skipped|note:|wrote|written as|not exported|already exists|"
    r"student\(s\)|attempt\(s\)|cannot|questions need|quizapp has no|the feedback)\b"
)


@pytest.fixture
def french() -> Iterator[None]:
    catalog.set_language("fr")
    yield
    catalog.set_language("en")


def _said(capsys: pytest.CaptureFixture[str]) -> str:
    printed = capsys.readouterr()
    return printed.out + printed.err


def _assert_french(text: str) -> None:
    assert text.strip()
    assert not ENGLISH.search(text), text


def test_import_reports_in_french(french, tmp_path: Path, capsys) -> None:
    out = tmp_path / "t.quiz.yaml"
    assert main(["import", str(DATA / "teacher.gift"), "-o", str(out)]) == 0
    said = _said(capsys)
    _assert_french(said)
    assert "7 question(s) importée(s), 2 laissée(s) de côté" in said
    assert "# remarque : " in out.read_text(encoding="utf-8")


def test_export_and_its_refusals_in_french(french, tmp_path: Path, capsys) -> None:
    out = tmp_path / "s.gift"
    assert main(["export", str(BUILTIN), "--to", "gift", "-o", str(out)]) == 0
    _assert_french(_said(capsys))
    assert main(["export", str(BUILTIN), "--to", "gift", "-o", str(out)]) == 1
    assert "existe déjà ; choisissez un autre nom ou ajoutez --force" in _said(capsys)


def test_new_in_french(french, tmp_path: Path, capsys) -> None:
    path = tmp_path / "n.quiz.yaml"
    assert main(["new", str(path)]) == 0
    assert main(["new", str(path)]) == 1
    said = _said(capsys)
    _assert_french(said)
    assert "remplissez-le, puis vérifiez-le avec" in said


def test_results_merge_in_french(french, tmp_path: Path, capsys) -> None:
    files = class_of_three(tmp_path / "hand-ins")
    assert main(["results", "merge", *map(str, files), "-o", str(tmp_path / "c.csv")]) == 0
    said = _said(capsys)
    _assert_french(said)
    assert "3 fichier(s) lu(s) : 3 élève(s), 4 tentative(s), 3 question(s)" in said


_EMPTY_OUTLET = """schema_version: 1
id: x
title: "T"
language: fr
article:
  title: "A"
  outlet: ""
  text: |
    Bonjour le monde.
questions:
  - id: q1
    type: single_choice
    prompt: "Qui ?"
    options: [{text: "Anne", correct: true}]
    explanation: "x"
    evidence: ["Bonjour le monde."]
"""


@pytest.mark.parametrize(
    ("language", "lines"),
    [
        ("fr", ["e.quiz.yaml:7:11: « Média » (outlet) ne doit pas être vide",
                "e.quiz.yaml:14:14: « Réponses » (options) est trop court (minimum : 2)"]),
        ("en", ["e.quiz.yaml:7:11: 'News outlet' (outlet) must not be empty",
                "e.quiz.yaml:14:14: 'Answers' (options) needs at least 2 item(s)"]),
    ],
)  # fmt: skip
def test_validate_names_a_field_as_the_editor_does_and_by_its_key(
    language: str, lines: list[str], tmp_path: Path, capsys, monkeypatch
) -> None:
    """teacher13: « 'outlet' ne doit pas être vide » named the file's key where the editor's
    form says « Média »; the message gives both, at the field's line and column."""
    catalog.set_language(language)
    try:
        (tmp_path / "e.quiz.yaml").write_text(_EMPTY_OUTLET, encoding="utf-8")
        monkeypatch.chdir(tmp_path)
        assert main(["validate", "e.quiz.yaml"]) == 1
    finally:
        catalog.set_language("en")
    said = _said(capsys).splitlines()
    assert said[:2] == lines
