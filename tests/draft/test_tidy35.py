"""tidy35: word lists out of the code, and one value for the article a late link reads.

The words a title links with, the prepositions before a body in a title's complement, the
short verbs that end a title after a name, and the clitics and relatives of a judged object
were sets written in code (some holding both languages); each lexicon now lists its own.
"""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import pytest

from quizapp.draft.anaphora.offices.opened_after_name import ReadArticle, link_openings_to_names
from quizapp.draft.names.titles.beside_name import apposition
from quizapp.draft.names.titles.descriptions import verb_word
from quizapp.draft.shapes.detect.view import strip_span
from quizapp.draft.text.segment import tokens
from quizapp.draft.words.lexicon import load

DRAFT = Path(__file__).resolve().parents[2] / "quizapp" / "draft"
# modules whose word lists this pass moved to the lexicons: none may hold one again
CLEANED = [
    "uncued/rules/narrated.py",
    "names/titles/beside_name.py",
    "names/titles/descriptions.py",
]
MOVED = [
    "title_linking_words",
    "title_body_prepositions",
    "name_verb_words",
    "title_complement_articles",
    "plural_title_openers",
    "one_of_openers",
    "title_copulas",
    "title_setting_starts",
]


def _words(text: str, language: str):
    return tokens(text, (0, len(text)), language)


def _word_literals(source: str) -> list[list[str]]:
    """Every set, frozenset or tuple literal of two or more words (strings with a letter)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Set | ast.Tuple):
            strings = [e.value for e in node.elts if isinstance(e, ast.Constant)]
            words = [s for s in strings if isinstance(s, str) and any(c.isalpha() for c in s)]
            if len(words) >= 2 and len(words) == len(node.elts):
                found.append(words)
    return found


@pytest.mark.parametrize("module", CLEANED)
def test_no_word_lists_in_code(module: str) -> None:
    literals = _word_literals((DRAFT / module).read_text(encoding="utf-8"))
    lexicon_keys = set(load("fr").raw) | set(load("en").raw)
    words = [w for w in literals if not set(w) <= lexicon_keys]  # tuples of key names are fine
    assert words == []


@pytest.mark.parametrize("key", MOVED)
def test_each_language_lists_its_own_words_with_a_note(key: str) -> None:
    fr, en = load("fr"), load("en")
    assert fr.word_set(key) and en.word_set(key)
    assert not fr.word_set(key) & en.word_set(key)
    assert f"{key}_about" in fr.raw and f"{key}_about" in en.raw


def test_a_short_verb_after_a_name_is_a_verb_in_its_own_language_only() -> None:
    fr, en = load("fr"), load("en")
    assert verb_word("était", fr) and verb_word("was", en)
    assert not verb_word("was", fr) and not verb_word("était", en)


def test_a_title_before_a_name_keeps_its_linked_complement() -> None:
    fr = load("fr")
    words = _words("Hier, la directrice de la piscine et du stade, Anne Morel, a parlé", "fr")
    start = [t.text for t in words].index("Anne")
    title = [t.text for t in apposition(words, (start, start + 2), fr)]
    assert title[:1] == ["directrice"] and "stade" in title


def test_an_english_title_before_a_name_keeps_its_linked_complement() -> None:
    en = load("en")
    words = _words("Yesterday the head of the pool and the gym, Ann Moore, spoke", "en")
    start = [t.text for t in words].index("Ann")
    title = [t.text for t in apposition(words, (start, start + 2), en)]
    assert title[:1] == ["head"] and "gym" in title


def test_only_french_reads_a_title_after_a_name_without_its_comma() -> None:
    fr, en = load("fr"), load("en")
    assert fr.word_set("unmarked_title_articles") == {"le", "la", "l'"}
    assert not en.word_set("unmarked_title_articles")
    assert "unmarked_title_articles_about" in en.raw


def test_a_group_before_a_name_is_no_title_but_one_of_the_group_is() -> None:
    fr = load("fr")
    group = _words("Il cite des sources, Paul Marin, qui plaident", "fr")
    start = [t.text for t in group].index("Paul")
    assert apposition(group, (start, start + 2), fr) == []
    one = _words("Il cite l'une des sources, Paul Marin, qui plaide", "fr")
    start = [t.text for t in one].index("Paul")
    assert [t.text for t in apposition(one, (start, start + 2), fr)] == ["sources"]


def test_the_openings_link_takes_the_read_article_as_one_value() -> None:
    english = ReadArticle({}, {}, [], "The mayor spoke. She left.", set(), load("en"))
    assert list(inspect.signature(link_openings_to_names).parameters) == ["read"]
    assert link_openings_to_names(english) == set()  # English ledes are read elsewhere
    assert english.renamed == {}


def test_one_strip_serves_findings_and_the_outlets_clauses() -> None:
    text = "« , il pleut. »"
    assert strip_span(text, (0, len(text))) == (0, len(text))  # quotation marks kept
    assert text[slice(*strip_span(text, (2, 13)))] == "il pleut"
    quoted = " », le maire rit, « "
    clause = strip_span(quoted, (0, len(quoted)), leading=',;:.–—-»”"', trailing=',;:–—-«“"')
    assert quoted[slice(*clause)] == "le maire rit"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Mr. van der Berg a estimé que la décision était injuste.", "Mr. van der Berg"),
        (
            "La présidente de l'association Mrs Jones a déclaré que le projet était abandonné.",
            "Mrs Jones",
        ),
    ],
)
def test_a_french_article_keeps_an_english_civil_title(text: str, speaker: str) -> None:
    """mend35e (review35 item 10): "mr", "mrs", "ms" left the code for the English titles; a
    French article writes them too and reads them from its own lexicon, so the title stays the
    person's and does not end the name (« Mr » alone) nor join a description before it."""
    from quizapp.draft import analyze

    found = analyze("Titre\n\n" + text, "fr").attributions
    assert [a.speaker for a in found] == [speaker]
