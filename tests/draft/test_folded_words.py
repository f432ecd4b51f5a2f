"""folded_words: the one way the rules split a passage into lexicon-comparable words."""

from quizapp.draft.words.folding import folded_words
from quizapp.draft.words.lexicon import folded_words as from_lexicon


def test_lower_case_and_elided_article_apart() -> None:
    assert folded_words("L'Adjointe a parlé") == ["l'", "adjointe", "a", "parlé"]


def test_typographic_apostrophe_is_split_like_a_straight_one() -> None:
    assert folded_words("d\u2019après l\u2019élue") == ["d'", "après", "l'", "élue"]


def test_spaces_and_line_ends_do_not_make_empty_words() -> None:
    assert folded_words("  le   maire\n ") == ["le", "maire"]


def test_the_lexicon_module_hands_out_the_same_helper() -> None:
    assert from_lexicon is folded_words
