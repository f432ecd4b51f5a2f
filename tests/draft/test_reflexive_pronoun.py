"""One reading of a reflexive pronoun for the detectors (detect.view.reflexive): « se » and an
elided « s' » before a verb (« s'estime », « s'est ») say a verb follows, whatever the tense or
person the verb takes; « s'il », « s'ils » (the conjunction « si » elided) do not."""

from __future__ import annotations

import pytest

from quizapp.draft.shapes.detect.view import reflexive
from quizapp.draft.words.lexicon import load


@pytest.mark.parametrize("word", ["se", "s'", "s'estime", "s'est", "s'estimaient", "s'explique"])
def test_a_reflexive_pronoun_before_its_verb(word: str) -> None:
    assert reflexive(word, load("fr"))


@pytest.mark.parametrize("word", ["s'il", "s'ils", "si", "sa", "ses", "estime", ""])
def test_the_conjunction_si_and_other_words_are_not(word: str) -> None:
    assert not reflexive(word, load("fr"))
