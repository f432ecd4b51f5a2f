"""tidy56: three places that tested one thing twice now test it once. A sentence view folds
its words once for every shape that reads them; the wording rules share one test of a finite
verb and one list of finite endings; the English purpose rules share one test of an adverb,
short ones ("only") included. Made-up sentences and words."""

from __future__ import annotations

import pytest

from quizapp.draft.drafting.wording.clauses import clause_endings, finite_word
from quizapp.draft.drafting.wording.speaker_description import describes
from quizapp.draft.pipeline.reader import sentence_view
from quizapp.draft.reporting.english_cue_forms.purpose import purpose_adverb
from quizapp.draft.text.segment import Overlaps
from quizapp.draft.words.lexicon import fold, load
from tests.draft.readings import said


def test_a_view_folds_its_words_once() -> None:
    text = "« Nous AVONS gagné », a déclaré Émilie Durand.\n"
    quotes = Overlaps([(0, text.index("»") + 1)])
    view = sentence_view(text, (0, len(text) - 1), quotes, load("fr"))
    assert view.folded_tokens == [fold(t.text) for t in view.tokens]
    assert view.folded_tokens is view.folded_tokens


def test_speaker_descriptions_read_the_claim_finite_endings() -> None:
    """French reads every finite ending; English none, since "-ed" ends a participle too."""
    french, english = load("fr"), load("en")
    assert set(clause_endings(french)) == set(french.words("claim_finite_endings"))
    assert clause_endings(english) == ()
    assert finite_word("retired", english)  # a verb for a question's wording…
    assert not finite_word("retired", english, clause_endings(english))  # …not after a name


@pytest.mark.parametrize(
    ("piece", "language", "expected"),
    [
        ("une habitante du quartier", "fr", True),
        ("un habitant comme moi ne peut pas le payer", "fr", False),
        ("des parents attendent une réponse", "fr", False),
        ("a retired nurse", "en", True),
    ],
)
def test_a_description_holds_no_finite_verb(piece: str, language: str, expected: bool) -> None:
    """Guards: what the one test reads is what each of the two read before."""
    assert describes(piece, load(language)) is expected


def test_a_short_adverb_in_ly_is_an_adverb_before_the_act() -> None:
    assert purpose_adverb("only", load("en")) and purpose_adverb("duly", load("en"))
    text = "Many residents only took to social media on Monday to complain that the bins were late."
    assert said(text + "\n", "en") == [("the bins were late", "Many residents")]
