"""speed45: work done once, or only where it can find something, gives the answers of the work
it replaced. Each new name is imported inside its test, so that on the round's start
(458b6d28) those tests fail alone."""

from __future__ import annotations

import re

import pytest

from quizapp.draft.words.lexicon import alternation, load

_FRENCH = [
    "Le maire a , selon lui , à plusieurs reprises affirmé que le pont tiendrait .",
    "Il a d' ailleurs fermement démenti , sans détour , toute fermeture .",
    "Elle met quant à elle en avant une fois de plus le coût .",
]


@pytest.mark.parametrize("sentence", _FRENCH)
def test_the_slots_kept_for_a_sentence_are_those_walked_anew(sentence: str) -> None:
    from quizapp.draft.reporting.cue_forms.adverb_slot import _slot_stops, slot_stops

    fr = load("fr")
    words = sentence.split()
    for index in range(len(words) + 1):
        assert list(slot_stops(words, index, fr)) == _slot_stops(words, index, fr)
        assert slot_stops(words, index, fr) is slot_stops(words, index, fr)  # kept


def test_a_list_that_grew_or_another_list_is_walked_anew() -> None:
    from quizapp.draft.reporting.cue_forms.adverb_slot import slot_stops

    fr = load("fr")
    words = ["a", "fermement"]
    assert slot_stops(words, 1, fr) == (1, 2)
    words.append("démenti")  # grown in place: the kept table is not read
    assert slot_stops(words, 1, fr) == (1, 2)
    other = ["a", "sans", "détour", "démenti"]
    assert slot_stops(other, 1, fr) == (1, 3)
    assert slot_stops(["a", "démenti"], 1, fr) == (1,)  # counter-case: no adverbial


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Selon Le Monde et l'AFP, puis « Libération », le maire a confié au Parisien…"),
        ("fr", "L’Équipe écrit que Les Échos, le Monde diplomatique et France 2 se trompent."),
        ("en", "The Guardian and BBC News said, as the Times and Reuters reported on CNN."),
        ("en", "the times were hard; a CNN-like show, not CNN, said NewYork Times."),
    ],
)
def test_outlets_are_found_where_the_whole_alternation_finds_them(language: str, text: str) -> None:
    from quizapp.draft.sources.outlets import outlet_mentions, without_article

    lex = load(language)
    names = set(lex.raw["outlets"]) | {without_article(n) for n in lex.raw["outlets"]}
    plain = re.compile(r"(?<![\w-])(" + alternation(names) + r")(?![\w-])")  # as before
    expected = [m.span(1) for m in plain.finditer(text)]
    assert expected  # each text names an outlet
    assert outlet_mentions(text, (0, len(text)), lex) == expected


@pytest.mark.parametrize(
    ("words", "after", "written"),
    [
        (["Rail", "Chaos"], " Chaos on the line", True),
        (["Rail", "Chaos"], " Railway chaos", False),  # counter-case: inside a word, other case
        (["vendor"], " Software vendor X", True),
        (["Acme"], " Acme's staff", True),
        (["Acme"], "", False),
    ],
)
def test_a_word_is_written_whole_only_where_the_search_finds_it(
    words: list[str], after: str, written: bool
) -> None:
    from quizapp.draft.uncued.rules.headlines import _written_as_word

    either = "|".join(re.escape(w) for w in words)
    assert (re.search(rf"\b(?:{either})\b", after) is not None) is written  # as before
    assert _written_as_word(words, after) is written


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Paul Roy, boulanger du village, dit", True),
        ("Paul Roy, 54 ans, le boulanger, dit", True),
        ("le boulanger Paul Roy dit", True),
        ("le boulanger\nPaul Roy dit", True),
        ("Paul Roy dit au boulanger", False),  # counter-case: the noun elsewhere
        ("le boulanger-Paul Roy", False),
    ],
)
def test_a_noun_is_written_with_a_name_where_either_pattern_finds_it(
    text: str, written: bool
) -> None:
    from quizapp.draft.anaphora.offices.holders import _written_with

    start = text.index("Paul")
    assert _written_with(text, (start, start + len("Paul Roy")), "boulanger") is written


@pytest.mark.parametrize(
    "sentence",
    [
        "There have been reports that the plant will close.",
        "Reports surfaced that Acme could split.",
        "Acme's claim that prices will rise was denied.",
        "complaints by businesses that they were not consulted grew.",
    ],
)
def test_every_match_of_the_that_patterns_holds_that(sentence: str) -> None:
    from quizapp.draft.clause.objects.heard import _NEEDED, _heard_patterns
    from quizapp.draft.shapes.english_shapes.english_nominal import (
        SAYS_THAT,
        _agent_pattern,
        _owned_pattern,
    )

    en = load("en")
    pairs = [*zip(_NEEDED, _heard_patterns(en), strict=True)]
    pairs += [(SAYS_THAT, _owned_pattern(en)), (SAYS_THAT, _agent_pattern(en))]
    matched = 0
    for needed, pattern in pairs:
        for match in pattern.finditer(sentence):
            matched += 1
            assert needed.search(sentence, match.start(), match.end())
    assert matched == 1
    assert not SAYS_THAT.search("He thatched the roof.")  # counter-case: no space after it
