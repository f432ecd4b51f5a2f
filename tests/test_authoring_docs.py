"""The authoring guides' examples are valid questions, and their error messages are real.

A guide whose examples fail validation teaches mistakes; one whose quoted messages differ from
the validator's sends a teacher looking for text that never appears. Both are checked here.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from quizapp.sets import catalog
from quizapp.sets.builtin import builtin_set_paths
from quizapp.sets.errors import LoadError
from quizapp.sets.item_checks import item_warnings
from quizapp.sets.loader import load_set, validate_data

DOCS = Path(__file__).resolve().parent.parent / "docs"
GUIDES = [DOCS / "authoring.md", DOCS / "authoring.en.md"]
_YAML_BLOCK = re.compile(r"```yaml\n(.*?)```", re.S)


def _question_blocks(guide: Path) -> list[str]:
    """The complete question examples (the mistakes section quotes one-line fragments)."""
    blocks = _YAML_BLOCK.findall(guide.read_text(encoding="utf-8"))
    return [block for block in blocks if block.startswith("- id:") and "\n  prompt:" in block]


@pytest.mark.parametrize("guide", GUIDES, ids=lambda path: path.name)
def test_every_question_example_validates_against_the_seed_article(guide: Path) -> None:
    builtin = next(path for path in builtin_set_paths() if "stargate" in path.name)
    data = YAML(typ="safe").load(builtin.read_text(encoding="utf-8"))
    blocks = _question_blocks(guide)
    assert len(blocks) == 6
    data["questions"] = [YAML(typ="safe").load(block)[0] for block in blocks]
    quizset = validate_data(data, builtin)
    assert sorted(q.type for q in quizset.questions) == sorted(
        ["single_choice", "multiple_choice", "true_false", "classify", "match", "locate"]
    )
    assert item_warnings(quizset) == []  # teachers copy these: they must not teach the flaws


def _quoted_messages(guide: Path) -> list[tuple[str, str]]:
    """(file name, message) for each mistake: a `mistakes/NAME` link then a ```text block."""
    text = guide.read_text(encoding="utf-8")
    pattern = re.compile(r"\(mistakes/([\w.-]+\.quiz\.yaml)\).*?```text\n(.*?)```", re.S)
    return [(name, block.strip()) for name, block in pattern.findall(text)]


@pytest.mark.parametrize(
    ("guide", "language"), [(GUIDES[0], "fr"), (GUIDES[1], "en")], ids=["fr", "en"]
)
def test_quoted_messages_are_what_the_validator_says(guide: Path, language: str) -> None:
    """Each guide quotes the validator in its own language, every documented mistake."""
    quoted = _quoted_messages(guide)
    assert sorted(name for name, _ in quoted) == sorted(
        path.name for path in (DOCS / "mistakes").glob("*.quiz.yaml")
    )
    catalog.set_language(language)
    try:
        for name, message in quoted:
            with pytest.raises(LoadError) as caught:
                load_set(DOCS / "mistakes" / name)
            problems = caught.value.problems
            actual = "\n".join(f"{name}:{p.line}:{p.col}: {p.message}" for p in problems)
            assert message == actual, name
    finally:
        catalog.set_language("en")
