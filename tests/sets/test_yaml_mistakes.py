"""Each common mistake of a teacher writing YAML by hand, with its message in both languages.

Every ``tests/data/mistakes/NAME.quiz.yaml`` holds one mistake; ``NAME.expected`` holds the
located messages the validator must give, in English (``en:``) and in French (``fr:``), every
one of them: one mistake gives one message (no cascade). The location is where the mistake
IS, not where the parser gave up.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from quizapp.sets import catalog
from quizapp.sets.errors import LoadError
from quizapp.sets.loader import load_set

MISTAKES = Path(__file__).parent.parent / "data" / "mistakes"
CASES = sorted(path.name.removesuffix(".quiz.yaml") for path in MISTAKES.glob("*.quiz.yaml"))


def expected_messages(name: str) -> dict[str, list[str]]:
    lines = (MISTAKES / f"{name}.expected").read_text(encoding="utf-8").splitlines()
    expected: dict[str, list[str]] = {}
    for line in filter(str.strip, lines):
        language, message = line.split(": ", 1)
        expected.setdefault(language, []).append(message)
    return expected


@pytest.fixture(params=["en", "fr"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    catalog.set_language(request.param)
    yield request.param
    catalog.set_language("en")


def test_every_case_has_its_expected_messages() -> None:
    assert len(CASES) >= 20
    for name in CASES:
        assert sorted(expected_messages(name)) == ["en", "fr"], name


@pytest.mark.parametrize("name", CASES)
def test_the_mistake_gets_its_message_where_it_is(name: str, language: str) -> None:
    with pytest.raises(LoadError) as caught:
        load_set(MISTAKES / f"{name}.quiz.yaml")
    said = [f"{p.line}:{p.col}: {p.message}" for p in caught.value.problems]
    assert said == expected_messages(name)[language]
