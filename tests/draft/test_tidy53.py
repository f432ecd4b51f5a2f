"""tidy53: word lists out of code, long functions in named steps; behaviour unchanged. The
new names are imported inside their tests, so that on the round's start (10c25735) each of
these tests fails and the drafter's findings stay the same."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quizapp import draft
from quizapp.draft.words.lexicon import load

_DRAFT = Path(draft.__file__).parent


@pytest.mark.parametrize(
    ("word", "plural", "singular"),
    [("élus", True, "élu"), ("journaux", True, "journau"), ("maire", False, ""), ("", False, "")],
)
def test_one_helper_tells_a_written_plural(word: str, plural: bool, singular: str) -> None:
    from quizapp.draft.words.plural import singular_of, written_plural

    assert written_plural(word) is plural
    assert singular_of(word) == singular


def test_no_rule_of_the_drafter_writes_the_plural_letters_itself() -> None:
    """The « s / x » test was written in a dozen rules; each now asks ``written_plural``."""
    written = re.compile(r"""\(\s*["']s["'],\s*["']x["']\s*\)|\{\s*["']s["'],\s*["']x["']\s*\}""")
    found = [p.name for p in _DRAFT.rglob("*.py") if written.search(p.read_text("utf-8"))]
    assert not found


@pytest.mark.parametrize(
    ("key", "french", "english"),
    [
        ("incise_apposition_articles", "la", None),
        ("description_articles", "la", "the"),
        ("head_articles", "l'", None),
        ("de_forms", "du", None),
        ("author_marks", "par", None),
        ("office_place_words", "pour", None),
        ("stressed_subject_pronouns", "eux", None),
        ("impersonal_being_verbs", "semble", None),
    ],
)
def test_the_word_lists_moved_out_of_code_are_lexicon_lists(
    key: str, french: str, english: str | None
) -> None:
    assert french in load("fr").word_set(key)
    assert key in load("en").raw
    assert (english in load("en").word_set(key)) if english else not load("en").words(key)


def test_an_incise_closing_on_an_apposition_reads_its_articles_from_the_lexicon() -> None:
    from quizapp.draft.text.sentence.inner_cues import _closing_apposition

    pattern = _closing_apposition(load("fr"))
    assert pattern.match(", la maire. On…")
    assert pattern.match(" .")
    assert not pattern.match(", est illégal. »")
    assert not _closing_apposition(load("en")).match(", la maire.")


def test_a_role_owner_s_words_are_data_read_in_their_order() -> None:
    from quizapp.sets.articles.article_words import listed_words
    from quizapp.sets.articles.role_owner import of_a_thing

    assert listed_words("owner_prepositions") == ("of", "de", "du", "des", "d'")
    assert of_a_thing("editor of the Year 9 newsletter")
    assert not of_a_thing("correspondant de La Montagne")


def test_a_short_article_has_no_lede_to_name() -> None:
    from quizapp.draft.speakers.lede import _find_lede

    assert _find_lede("Headline\n\nOne paragraph.") is None
    found = _find_lede("Headline\n\nThe lede.\n\nMore.\n\nAnd more.")
    assert found is not None and found.span[0] > 0


@pytest.mark.parametrize(
    ("key", "word"),
    [
        ("plural_subject_words", "others"),
        ("s_ending_singulars", "his"),
        ("relaying_participles", "cited"),
        ("told_forms", "telling"),
    ],
)
def test_the_english_rules_read_their_words_from_the_english_lexicon(key: str, word: str) -> None:
    assert word in load("en").word_set(key)
    assert key in load("fr").raw and not load("fr").words(key)


def test_a_name_met_again_is_looked_up_under_its_namesake_key() -> None:
    from quizapp.draft.speakers.entity import Entity
    from quizapp.draft.speakers.namesakes import _entity_key

    lex = load("fr")
    entities = {"macron": Entity("macron", "Emmanuel Macron", "named", person=True)}
    assert _entity_key({}, ["Brigitte", "Macron"], 2, lex) == "macron"
    assert _entity_key(entities, ["Macron"], 1, lex) == "macron"
    assert _entity_key(entities, ["Brigitte", "Macron"], 2, lex) == "macron|brigitte"
