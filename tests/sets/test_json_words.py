"""A JSON set's syntax errors in a teacher's words, in both languages, never the json module's."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from quizapp.sets import catalog
from quizapp.sets.builtin import builtin_set_paths
from quizapp.sets.errors import LoadError
from quizapp.sets.loader import parse_text

JSON_WORDS = ("Expecting", "delimiter", "Unterminated", "Invalid", "Extra data", "char ")


def _json_of_the_builtin_set() -> str:
    builtin = next(path for path in builtin_set_paths() if "stargate" in path.name)
    data = YAML(typ="safe").load(builtin.read_text(encoding="utf-8"))
    return json.dumps(data, ensure_ascii=False, indent=1, default=str)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_json_syntax_error_of_a_mutation_corpus_is_said_in_our_words(
    language: str,
) -> None:
    text = _json_of_the_builtin_set()
    chance = random.Random(7)
    catalog.set_language(language)
    said = set()
    try:
        for _ in range(300):
            at = chance.randrange(len(text))
            mutant = (
                text[:at]
                + chance.choice(['"', ",", ":", "{", "]", "\\", "\n", ""])
                + text[at + 1 :]
            )
            try:
                parse_text(mutant, Path("set.quiz.json"))
            except LoadError as error:
                message = error.problems[0].message
                assert not any(word in message for word in JSON_WORDS), message
                said.add(message)
    finally:
        catalog.set_language("en")
    assert len(said) >= 4
