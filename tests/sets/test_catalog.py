"""The validator speaks French too: every message key has its French template, and it is used."""

from __future__ import annotations

import ast
import json
import re
import string
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from quizapp.sets import catalog
from quizapp.sets.catalog.french import FRENCH
from quizapp.sets.errors import LoadError
from quizapp.sets.loader import load_set

ROOT = Path(__file__).resolve().parent.parent.parent
BAD = ROOT / "tests" / "data" / "bad"
_KEY_AT_CALL = re.compile(
    r'(?:say|rule_error|Notice\.of)\(\s*"([a-z0-9_]+)"'
    r'|Problem\.of\(\s*(?:\([^)]*\)|\w+)\s*,\s*"([a-z0-9_]+)"'
)
_SOURCES = ["model", "sets/catalog/__init__.py", "sets/loader.py", "sets/checking.py",
            "sets/files/image_checks.py", "sets/explain/locate.py",
            "sets/explain/messages.py", "sets/explain/value_words.py", "sets/explain/json_words.py",
            "sets/articles/article_size.py",
            "sets/files/textfile.py", "sets/safe_yaml", "sets/explain/yaml_diagnosis.py",
            "sets/explain/yaml_messages.py", "sets/explain/yaml_quotes.py", "cli/main.py",
            "cli/draft.py", "cli/interchange.py", "cli/output.py",
            "cli/results.py", "interchange", "results", "results/handin"]  # fmt: skip


def _keys_in_source() -> set[str]:
    keys: set[str] = set()
    for name in _SOURCES:
        path = ROOT / "quizapp" / name
        for file in [path] if path.is_file() else sorted(path.glob("*.py")):
            for match in _KEY_AT_CALL.finditer(file.read_text(encoding="utf-8")):
                keys.add(match.group(1) or match.group(2))
    return keys


@pytest.fixture
def french() -> Iterator[None]:
    catalog.set_language("fr")
    yield
    catalog.set_language("en")


def test_every_message_key_has_a_french_template() -> None:
    used = _keys_in_source()
    assert len(used) > 40
    assert sorted(used - set(FRENCH)) == []


def test_every_french_template_is_used() -> None:
    pattern_keys = {key for key in FRENCH if key.startswith(("pattern_", "what_", "shown_"))}
    assert sorted(set(FRENCH) - _keys_in_source() - pattern_keys - {"the_set"}) == []


@pytest.mark.parametrize(
    ("name", "french_start"),
    [
        ("two-correct.quiz.yaml", "une question single_choice demande exactement une option"),
        ("unknown-label.quiz.yaml", "l’étiquette « vage » n’est pas parmi celles"),
        ("evidence-not-verbatim.quiz.yaml", "passage introuvable dans le texte de l’article"),
        (
            "yes-is-text.quiz.yaml",
            "« answer » doit être oui/non (true ou false), pas le texte « yes »",
        ),
        ("misspelt-field.quiz.yaml", "champ inconnu : « promt » (vouliez-vous dire « prompt » ?)"),
        ("french-colon.quiz.yaml", "« : » inattendu dans un texte : mettez le texte entre"),
        ("latin1.quiz.yaml", "le fichier n’est pas en UTF-8 (l’octet 0xE9 est illisible)"),
        ("duplicate-key.quiz.yaml", "la clé « prompt » apparaît deux fois"),
    ],
)
def test_located_messages_in_french(french: None, name: str, french_start: str) -> None:
    with pytest.raises(LoadError) as caught:
        load_set(BAD / name)
    assert caught.value.problems[0].message.startswith(french_start), str(caught.value)


def test_language_codes_are_normalised() -> None:
    catalog.set_language("fr_CH")
    assert catalog.current_language() == "fr"
    catalog.set_language("de")
    assert catalog.current_language() == "en"
    catalog.set_language("en")


def test_validate_command_follows_the_environment_language() -> None:
    env = {"LANG": "fr_FR.UTF-8", "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "-m", "quizapp", "validate", str(BAD / "missing-prompt.quiz.yaml")],
        capture_output=True, text=True, env=env, cwd=ROOT, check=False,
    )  # fmt: skip
    assert done.returncode == 1
    assert "champ obligatoire manquant : « prompt »" in done.stderr
    assert "fichiers invalides : 1 sur 1" in done.stderr


def test_control_characters_from_the_file_are_shown_escaped(tmp_path: Path) -> None:
    data = {
        "schema_version": 1, "id": "x", "title": "t", "language": "fr",
        "questions": [{"id": "q", "type": "true_false", "prompt": "p", "answer": True,
                       "\u001b[31mred\nok": 1}],
    }  # fmt: skip
    path = tmp_path / "esc.quiz.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        load_set(path)
    text = str(caught.value)
    assert "\u001b" not in text and "\n" not in text
    assert "unknown field '\\x1b[31mred\\x0aok'" in text


def test_control_characters_in_a_model_rule_message_are_escaped_too(tmp_path: Path) -> None:
    data = {
        "schema_version": 1, "id": "x", "title": "t", "language": "fr",
        "questions": [{"id": "q", "type": "match", "prompt": "p",
                       "pairs": [{"left": "a\u001b[2J", "right": "r"},
                                 {"left": "a\u001b[2J", "right": "s"}]}],
    }  # fmt: skip
    path = tmp_path / "esc.quiz.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        load_set(path)
    assert "left-hand text repeated in pairs: 'a\\x1b[2J'" in str(caught.value)


def _english_templates() -> dict[str, str]:
    """Each ``say("key", "English ...")`` of the sources, its English template by key."""
    templates: dict[str, str] = {}
    for name in _SOURCES:
        path = ROOT / "quizapp" / name
        for file in [path] if path.is_file() else sorted(path.glob("*.py")):
            for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
                if not (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "say"):
                    continue
                args = node.args
                if len(args) >= 2 and all(isinstance(a, ast.Constant) for a in args[:2]):
                    templates[args[0].value] = args[1].value
    return templates


def _fields(template: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(template) if field}


def test_french_and_english_templates_take_the_same_values() -> None:
    """A French template naming a value the English one does not give would fail at runtime."""
    english = _english_templates()
    assert len(english) > 100
    mismatched = {
        key: (sorted(_fields(text)), sorted(_fields(FRENCH[key])))
        for key, text in english.items()
        if key in FRENCH and _fields(FRENCH[key]) != _fields(text)
    }
    assert mismatched == {}
