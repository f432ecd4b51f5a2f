"""Each lexicon file names a list once: ``json.load`` keeps the last copy of a repeated key
without a word, so an edit made to the first copy would be silently lost (review32 found two
lists written twice in fr.json after a merge)."""

from __future__ import annotations

import json
from collections import Counter
from importlib import resources

import pytest

from quizapp.draft.words.lexicon import LANGUAGES


def _repeated_keys(pairs: list[tuple[str, object]]) -> dict[str, object]:
    counts = Counter(key for key, _ in pairs)
    repeated = sorted(key for key, count in counts.items() if count > 1)
    assert not repeated, f"keys written more than once: {repeated}"
    return dict(pairs)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_lexicon_file_has_no_repeated_key(language: str) -> None:
    text = resources.files("quizapp.draft.words.lexicons").joinpath(f"{language}.json").read_text()
    json.loads(text, object_pairs_hook=_repeated_keys)
