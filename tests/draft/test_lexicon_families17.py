"""structure17: word sets that sat in the drafter's code are lexicon lists (or one builder
over them) that say the same words. These cases check each family holds its words, in its
own language only, and the readers that used to keep a copy still read them."""

from __future__ import annotations

from quizapp.draft.lexicon import load
from quizapp.draft.naming.gender import someone_words
from quizapp.draft.sentence.inner_cues import incise_inside


def test_one_set_of_person_words_holds_nouns_trades_genders_and_party_families() -> None:
    words = someone_words(load("fr"))
    assert {"élu", "femme", "cultivateur", "libéral", "porte-parole"} <= words
    assert not {"jour", "proverbe", "gouvernement"} & words
    assert "woman" in someone_words(load("en"))


def test_an_incise_inside_the_quotation_names_an_indefinite_person_not_a_day() -> None:
    lex = load("fr")
    for said, name in (
        ("« Perdu ? glisse un élu", "un élu"),
        ("« Fini, lâche un libéral", "un libéral"),
    ):
        span = incise_inside(said, 0, lex)
        assert span is not None and said[span[0] : span[1]] == name
    assert incise_inside("« Perdu ? glisse un jour", 0, lex) is None
