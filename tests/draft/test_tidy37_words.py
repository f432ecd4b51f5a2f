"""tidy37: words the drafter read from code are lexicon data now; each reading still finds
what it found, and each language reads its own words only."""

from __future__ import annotations

from quizapp.draft.names.naming.gender import noun_gender
from quizapp.draft.names.naming.name_roles import head_after, titled_adjective
from quizapp.draft.names.naming.party_qualifiers import party_after_person
from quizapp.draft.names.naming.roles import after_complement
from quizapp.draft.sources.head_words import phrase_gender
from quizapp.draft.text.segment import tokens
from quizapp.draft.words.lexicon import load

FR, EN = load("fr"), load("en")


def _tokens(text: str, language: str = "fr") -> list:
    return tokens(text, (0, len(text)), language)


def test_party_after_a_feminine_person_noun() -> None:
    """« la cheffe » and « l'élue » are read through ``added_feminine_endings``."""
    words = _tokens("La cheffe PS parle, et l'élue RN aussi.")
    texts = [t.text for t in words]
    assert party_after_person(words, texts.index("PS"), FR)
    assert party_after_person(words, texts.index("RN"), FR)
    assert FR.raw["added_feminine_endings"] == {"ffe": "f", "e": ""}
    assert EN.raw["added_feminine_endings"] == {}


def test_phrase_gender_reads_each_language_lists() -> None:
    assert phrase_gender(["sa", "voisine"], FR) == "f"
    assert phrase_gender(["l'un", "des", "voisins"], FR) == "m"
    assert phrase_gender(["plusieurs", "voisins"], FR) == "p"
    assert phrase_gender(["toutes", "celles", "qui", "passent"], FR) == "p"
    assert phrase_gender(["ceux-ci"], FR) == "p"
    assert phrase_gender(["her", "neighbour"], EN) == "f"
    assert phrase_gender(["some", "neighbours"], EN) == "p"
    assert phrase_gender(["sa", "voisine"], EN) == "x"  # French words are no English data


def test_gender_markers_are_split_by_language() -> None:
    assert {"la", "mme", "madame"} <= FR.word_set("feminine_name_markers")
    assert {"mrs", "ms", "miss"} <= EN.word_set("feminine_name_markers")
    assert "she" not in FR.word_set("feminine_name_markers")
    assert "monseigneur" in FR.word_set("masculine_name_markers")


def test_linking_word_keeps_two_english_names_apart() -> None:
    """ "Leeds mayor Ann Lee" makes the second name the head; "of" between them does not."""
    text = "Tom Hart of Leeds Ann Lee"
    best, later = ((0, 8), (1, 0)), ((text.index("Ann"), len(text)), (1, 0))
    assert not head_after(text, EN, best, later)
    assert "of" not in FR.word_set("name_gap_links")


def test_role_adjective_exclusions() -> None:
    """« la députée écologiste » qualifies the role; « le maire a dit » does not."""
    words = _tokens("la députée écologiste parle")
    assert titled_adjective(words, 2, FR)
    words = _tokens("le maire a dit")
    assert not titled_adjective(words, 2, FR)


def test_after_complement_reads_the_language_marks() -> None:
    assert after_complement(_tokens("le maire de la Ville"), 4, FR)
    assert after_complement(_tokens("the mayor of the Town", "en"), 4, EN)
    assert not after_complement(_tokens("le maire sur la Ville"), 4, FR)


def test_person_gender_endings_are_french_data() -> None:
    """« la chercheuse », « l'adjointe », « la comtesse » are feminine by their ending, « le
    directeur » masculine; a noun with one form for both stays unknown; English reads none."""

    assert [noun_gender(w, FR) for w in ("chercheuse", "adjointe", "comtesse")] == ["f"] * 3
    assert noun_gender("directeur", FR) == "m"
    assert noun_gender("ministre", FR) == "x"
    assert EN.raw["person_gender_endings"] == {"f": [], "m": []}
