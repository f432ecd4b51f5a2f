"""No path of the YAML message layer shows the parser's own words.

A mutation corpus (the built-in set with one typing accident each: a character inserted or
deleted, an indentation changed, a tab, a line joined...) is fed to the reader; every error it
raises must carry a message made by ``say`` with a key of the catalogue, in English and in
French, and never the parser's sentence. Every kind of error the YAML library (libyaml, and
ruamel's pure-Python parser) can report is also fed to the message layer directly.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from quizapp.sets import catalog
from quizapp.sets.builtin import builtin_set_paths
from quizapp.sets.catalog.french import FRENCH
from quizapp.sets.explain import yaml_diagnosis, yaml_messages, yaml_quotes
from quizapp.sets.explain.yaml_messages import explain_parser_error
from quizapp.sets.safe_yaml import core_schema, reader
from quizapp.sets.safe_yaml.reader import YamlProblem, read_yaml

BUILTIN = next(path for path in builtin_set_paths() if "stargate" in path.name)
SPECIALS = [*":\"'{}[],#&*!|>%@`\\-?\t“”«» ", "- ", ": ", "---", "\\x"]

# (context, problem) of every error libyaml's reader, scanner and parser can raise, and some of
# ruamel's pure-Python parser (used where the C extension is missing)
PARSER_ERRORS = [
    ("while scanning a simple key", "could not find expected ':'"),
    ("while scanning for the next token", "found character that cannot start any token"),
    ("", "mapping values are not allowed in this context"),
    ("", "block sequence entries are not allowed in this context"),
    ("", "mapping keys are not allowed in this context"),
    ("while scanning a directive", "did not find expected directive name"),
    ("while scanning a directive", "found unknown directive name"),
    ("while scanning a directive", "did not find expected comment or line break"),
    ("while scanning a %YAML directive", "did not find expected whitespace"),
    ("while scanning a %YAML directive", "did not find expected digit or '.' character"),
    ("while scanning a %YAML directive", "found extremely long version number"),
    ("while scanning a %TAG directive", "did not find expected whitespace or line break"),
    ("while scanning an anchor", "did not find expected alphabetic or numeric character"),
    ("while scanning an alias", "did not find expected alphabetic or numeric character"),
    ("while scanning a tag", "did not find the expected '>'"),
    ("while scanning a tag", "did not find expected whitespace or line break"),
    ("while parsing a tag", "did not find expected '!'"),
    ("while parsing a tag", "did not find expected tag URI"),
    ("while parsing a %TAG directive", "found extremely long URI"),
    ("while parsing a tag", "did not find URI escaped octet"),
    ("while parsing a tag", "found an incorrect leading UTF-8 octet"),
    ("while parsing a tag", "found an incorrect trailing UTF-8 octet"),
    ("while scanning a block scalar", "found an indentation indicator equal to 0"),
    ("while scanning a block scalar", "did not find expected comment or line break"),
    (
        "while scanning a block scalar",
        "found a tab character where an indentation space is expected",
    ),
    ("while scanning a quoted scalar", "found unexpected document indicator"),
    ("while scanning a quoted scalar", "found unexpected end of stream"),
    ("while parsing a quoted scalar", "found unknown escape character"),
    ("while parsing a quoted scalar", "did not find expected hexdecimal number"),
    ("while parsing a quoted scalar", "found invalid Unicode character escape code"),
    ("while scanning a plain scalar", "found unexpected ':'"),
    ("while scanning a plain scalar", "found a tab character that violates indentation"),
    ("", "did not find expected <document start>"),
    ("", "found duplicate %YAML directive"),
    ("", "found incompatible YAML document"),
    ("", "found duplicate %TAG directive"),
    ("while parsing a node", "found undefined tag handle"),
    ("while parsing a block node", "did not find expected node content"),
    ("while parsing a flow node", "did not find expected node content"),
    ("while parsing a block collection", "did not find expected '-' indicator"),
    ("while parsing a block mapping", "did not find expected key"),
    ("while parsing a flow sequence", "did not find expected ',' or ']'"),
    ("while parsing a flow mapping", "did not find expected ',' or '}'"),
    ("", "control characters are not allowed"),
    ("", "invalid leading UTF-8 octet"),
    ("while parsing a block mapping", "expected <block end>, but found '<scalar>'"),
    ("while parsing a block collection", "expected <block end>, but found '?'"),
    ("while parsing a flow mapping", "expected ',' or '}', but got '<scalar>'"),
    ("", "expected '<document start>', but found '<block mapping start>'"),
    ("", "unknown"),
]


@pytest.fixture(params=["en", "fr"])
def said(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict]:
    """Every message the YAML layer makes, by its text, with the catalogue key it came from."""
    catalog.set_language(request.param)
    made: dict[str, str] = {}

    def spy(key: str, english: str, /, **values: object) -> str:
        message = catalog.say(key, english, **values)
        made[message] = key
        return message

    for module in (reader, core_schema, yaml_diagnosis, yaml_messages, yaml_quotes):
        monkeypatch.setattr(module, "say", spy)
    yield made
    catalog.set_language("en")


def _mutants(text: str, count: int, seed: int = 12) -> Iterator[str]:
    lines = text.splitlines()
    chance = random.Random(seed)
    for _ in range(count):
        copy = list(lines)
        number = chance.randrange(len(copy))
        line = copy[number]
        kind = chance.randrange(8)
        col = chance.randrange(len(line) + 1)
        if kind <= 2:
            copy[number] = line[:col] + chance.choice(SPECIALS) + line[col:]
        elif kind == 3:
            copy[number] = line[:col] + line[col + 1 :]
        elif kind == 4:
            copy[number] = " " * chance.choice([-1, 1, 2]) + line if line else line
            copy[number] = copy[number][1:] if line.startswith(" ") else copy[number]
        elif kind == 5:
            copy[number] = "\t" + line.lstrip(" ") if chance.random() < 0.5 else line.lstrip(" ")
        elif kind == 6 and number + 1 < len(copy):
            copy[number : number + 2] = [line + " " + copy[number + 1].lstrip()]
        else:
            copy.insert(number, line)
        yield "\n".join(copy) + "\n"


def _check_ours(message: str, said: dict, parser_words: str = "") -> None:
    assert message in said, message
    key = said[message]
    assert key in FRENCH, key
    if catalog.current_language() == "fr":
        template = re.escape(FRENCH[key].replace("{{", "{").replace("}}", "}"))
        pattern = re.sub(r"\\\{\w+\\\}", ".*", template)
        assert re.fullmatch(pattern, message, re.S), (key, message)
    if parser_words:
        assert parser_words not in message


def test_every_parser_error_of_the_mutation_corpus_is_said_in_our_words(said: dict) -> None:
    text = BUILTIN.read_text(encoding="utf-8")
    problems = 0
    keys: set[str] = set()
    for mutant in _mutants(text, 400):
        try:
            read_yaml(mutant)
        except YamlProblem as problem:
            problems += 1
            _check_ours(problem.message, said)
            keys.add(said[problem.message])
            assert 0 <= problem.line <= mutant.count("\n")
    assert problems > 100
    assert len(keys) >= 8, sorted(keys)


@pytest.mark.parametrize(("context", "problem"), PARSER_ERRORS)
def test_every_kind_of_parser_error_is_said_in_our_words(
    said: dict, context: str, problem: str
) -> None:
    text = BUILTIN.read_text(encoding="utf-8")
    chance = random.Random(problem)
    last = text.count("\n")
    for _ in range(20):
        mark = (chance.randrange(last + 2), chance.randrange(90))
        context_mark = (max(0, mark[0] - chance.randrange(5)), chance.randrange(40))
        found = explain_parser_error(text, problem, context, mark, context_mark)
        _check_ours(found.message, said, problem)
        assert found.line >= 0 and found.col >= 0


def test_an_unlocated_parser_error_is_said_in_our_words(said: dict) -> None:
    found = explain_parser_error("", "unknown", "", (0, 0), (0, 0))
    _check_ours(found.message, said, "unknown")


def test_the_repository_files_still_read(said: dict) -> None:
    assert read_yaml(Path(BUILTIN).read_text(encoding="utf-8"))[0]["schema_version"] == 1
