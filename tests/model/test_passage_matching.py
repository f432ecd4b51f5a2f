"""One passage-matching function: the same words typed another way are the same passage.

The article and the passage are rendered from the same words with independent typing choices
(kind of space, space or none inside « » and before : ; ! ?, quote and apostrophe styles, … or
...); the passage must be found, at exactly the span the article's rendering occupies.
"""

from __future__ import annotations

from itertools import pairwise

from hypothesis import example, given
from hypothesis import strategies as st

from quizapp.model.text import find_passage, normalize, same_passage

SPACES = [" ", "\u00a0", "\u202f", "\u2009", "  ", "\n", " \u00a0"]
OPEN_QUOTES = ["«", "“", '"', "„", "‹"]
CLOSE_QUOTES = ["»", "”", '"', "›"]
APOSTROPHES = ["'", "’", "ʼ"]
ELLIPSES = ["…", "..."]
WORDS = st.text(alphabet="abcdeéèçàtuxz", min_size=1, max_size=6)

# a token: ("word", text) | ("elided", (left, right)) | ("punct", ":") | ("open",) | ("close",)
TOKENS = st.one_of(
    st.tuples(st.just("word"), WORDS),
    st.tuples(st.just("elided"), st.tuples(WORDS, WORDS)),
    st.tuples(st.just("punct"), st.sampled_from(":;!?")),
    st.tuples(st.just("open")),
    st.tuples(st.just("close")),
    st.tuples(st.just("ellipsis")),
)


def _glyph(token: tuple, draw) -> str:
    kind = token[0]
    if kind == "word":
        return token[1]
    if kind == "elided":
        return token[1][0] + draw(st.sampled_from(APOSTROPHES)) + token[1][1]
    if kind == "punct":
        return token[1]
    if kind == "ellipsis":
        return draw(st.sampled_from(ELLIPSES))
    return draw(st.sampled_from(OPEN_QUOTES if kind == "open" else CLOSE_QUOTES))


def _space_is_optional(before: tuple, after: tuple) -> bool:
    """French and English typing differ here: a space may be there or not."""
    return before[0] == "open" or after[0] in ("close", "punct", "open") or before[0] == "close"


def _dots_would_merge(before: tuple, after: tuple) -> bool:
    return before[0] == "ellipsis" and after[0] == "ellipsis"


@st.composite
def renderings(draw) -> tuple[str, str]:
    """The same tokens typed twice, independently."""
    tokens = draw(st.lists(TOKENS, min_size=1, max_size=12))
    typed = []
    for _ in range(2):
        parts = [_glyph(tokens[0], draw)]
        for before, after in pairwise(tokens):
            optional = _space_is_optional(before, after) and not _dots_would_merge(before, after)
            if not optional or draw(st.booleans()):
                parts.append(draw(st.sampled_from(SPACES)))
            parts.append(_glyph(after, draw))
        typed.append("".join(parts))
    return typed[0], typed[1]


@given(renderings())
@example(("« influent »", "«influent»"))
@example(("l’unanimité : X", "l'unanimité: X"))
@example(("Et après\u2026 rien ?", "Et après... rien?"))
def test_the_same_words_typed_otherwise_are_found_at_their_span(pair: tuple[str, str]) -> None:
    in_article, typed = pair
    article = "DEBUT " + in_article + " FIN"
    start = len("DEBUT ")
    assert find_passage(article, typed) == (start, start + len(in_article))
    assert same_passage(in_article, typed)


@given(st.text(alphabet="ab «»\u00a0:?.…’'\"", max_size=30), st.data())
def test_any_piece_of_the_article_is_found_and_its_span_reads_the_same(text: str, data) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    piece = text[start:end]
    found = find_passage(text, piece)
    if not normalize(piece).text:
        assert found is None
        return
    assert found is not None
    # the span reads the same words; it covers a whole … even when the piece ends inside its dots
    assert normalize(piece).text in normalize(text[found[0] : found[1]]).text


@given(st.text(max_size=40), st.text(max_size=10))
def test_a_match_is_always_a_span_inside_the_article(article: str, passage: str) -> None:
    found = find_passage(article, passage)
    if found is not None:
        assert 0 <= found[0] < found[1] <= len(article)


def test_different_words_do_not_match() -> None:
    assert find_passage("Il a dit « influent ».", "« influents »") is None
    assert find_passage("unanimité : X", "unanimité : Y") is None
    assert not same_passage("l'homme", "l homme")
    assert find_passage("deux mots", "deuxmots") is None
