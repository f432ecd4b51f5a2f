"""tidy36: words and patterns written in code go to the lexicons, one sentence break is shared.

The determiners before a role set off after a name, the words around an English accusation's
charge and the sentence break that three readers wrote each in their own regex now come from
one place each: the lexicons for the words, ``segment`` for the break.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.draft.shapes.passives.accused_en import _charge_patterns, _late_agent_pattern
from quizapp.draft.text.segment import SENTENCE_BETWEEN, SENTENCE_OPENS_AT_END
from quizapp.draft.text.sentence.apposition import with_apposition
from quizapp.draft.words.lexicon import load
from tests.draft.test_tidy35 import _word_literals

DRAFT = Path(__file__).resolve().parents[2] / "quizapp" / "draft"
# modules this pass cleaned of word lists (test_tidy35's scan, extended)
CLEANED = [
    "text/sentence/apposition.py",
    "shapes/passives/accused_en.py",
    "anaphora/offices/opened_after_name.py",
    "uncued/going_on/conditional.py",
    "uncued/rules/seen_as.py",
    "anaphora/reader.py",
    "sources/speaker_phrases/source_dates.py",
    "drafting/wording/clauses.py",
]


@pytest.mark.parametrize("module", CLEANED)
def test_no_word_lists_in_the_cleaned_modules(module: str) -> None:
    assert _word_literals((DRAFT / module).read_text(encoding="utf-8")) == []


def test_each_language_lists_the_determiners_of_an_apposed_role() -> None:
    fr, en = load("fr"), load("en")
    assert {"la", "l'", "leurs", "notre"} <= fr.word_set("apposed_role_determiners")
    assert en.word_set("apposed_role_determiners") >= {"a", "the", "their"}
    assert not fr.word_set("apposed_role_determiners") & en.word_set("apposed_role_determiners")
    assert "apposed_role_determiners_about" in fr.raw
    assert "apposed_role_determiners_about" in en.raw


def test_a_french_role_after_a_name_opens_on_a_listed_determiner() -> None:
    fr = load("fr")
    text = "Selon Lucie Barre, notre présidente de quartier, le marché ferme."
    span = (6, 17)
    assert text[slice(*with_apposition(fr, text, span, len(text)))] == (
        "Lucie Barre, notre présidente de quartier"
    )


def test_an_english_description_after_a_name_opens_on_a_listed_determiner() -> None:
    en = load("en")
    text = "According to Tom Hale, their night porter, the lift broke."
    span = (13, 21)
    assert text[slice(*with_apposition(en, text, span, len(text)))] == (
        "Tom Hale, their night porter"
    )


def test_the_words_around_a_charge_come_from_the_english_lexicon() -> None:
    en = load("en")
    opens, item, close, joins = _charge_patterns(en)
    assert opens.match(" of lying", 0) and item.match(", and hiding", 0)
    assert close.search(" or fleeing") and joins.search(" whereas they ")
    assert _late_agent_pattern(en).search(" by the harbour board")
    assert not _late_agent_pattern(en).search(" by lying")
    for key in ("charge_prepositions", "charge_clause_joins", "infinitive_markers"):
        assert en.word_set(key) and f"{key}_about" in en.raw
    assert en.raw["past_ending"] == "ed" and "past_ending_about" in en.raw


def test_one_sentence_break_serves_the_readers_of_a_passage() -> None:
    assert SENTENCE_BETWEEN.search("il part. » Puis")
    assert not SENTENCE_BETWEEN.search("il part, puis")
    assert SENTENCE_OPENS_AT_END.search("rentré.' « ")
    assert SENTENCE_OPENS_AT_END.search("")
    assert not SENTENCE_OPENS_AT_END.search("selon le ")


def test_the_narration_readers_share_one_protocol() -> None:
    """documents, speaker_in_focus and heard_last each declared the narration they read; one
    ``NarrationReader`` now serves them, and the registry that reads in order has all it
    names."""
    import inspect

    from quizapp.draft.anaphora import documents, reader
    from quizapp.draft.anaphora.descriptions import heard_last, speaker_in_focus
    from quizapp.draft.pipeline.resolve import Registry

    for module in (documents, speaker_in_focus, heard_last):
        assert not hasattr(module, "_Reader")
        assert "NarrationReader" in inspect.getsource(module)
    opened = Registry("Le maire parle.", load("fr"))
    fields = set(reader.NarrationReader.__annotations__) | {"last_speaker_key"}
    assert all(hasattr(opened, field) for field in fields)


def test_the_comme_attribute_reads_apart_from_the_narrated_quotation() -> None:
    """rules/narrated stood at 300 lines: its « comme » shape is rules/seen_as now, and the
    test for a clause between the subject and the quotation, which both ask, is
    subjects/person_subject's."""
    from quizapp.draft.uncued.rules import narrated, seen_as

    assert not hasattr(narrated, "_characterised") and callable(seen_as.characterised)
    assert narrated.clause_between is seen_as.clause_between
    for module in ("uncued/rules/narrated.py", "uncued/rules/seen_as.py"):
        assert len((DRAFT / module).read_text(encoding="utf-8").splitlines()) <= 300


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("fr", "ce mardi matin, Paul Martin", "Paul Martin"),
        ("fr", "le 3 mars dernier Lise Caron", "Lise Caron"),
        ("en", "on Monday morning the harbour master", "the harbour master"),
    ],
)
def test_a_date_before_a_source_reads_its_own_language_words(
    language: str, text: str, source: str
) -> None:
    """speaker_phrases/source_dates wrote the words around such a date in one set holding
    both languages; each lexicon lists its own now (date_leading_words, date_trailing_words,
    date_filler_words)."""
    from quizapp.draft.sources.speaker_phrases.source_dates import without_date

    span = without_date(text, (0, len(text)), load(language))
    assert text[slice(*span)] == source


def test_the_words_around_a_date_are_listed_per_language() -> None:
    fr, en = load("fr"), load("en")
    for key in ("date_leading_words", "date_trailing_words"):
        assert fr.word_set(key) and en.word_set(key)
        assert not fr.word_set(key) & en.word_set(key)
        assert f"{key}_about" in fr.raw and f"{key}_about" in en.raw
    assert en.word_set("date_filler_words") == {"of", "the"}
    assert not fr.word_set("date_filler_words")


def test_the_claim_tests_read_their_words_from_the_lexicons() -> None:
    """wording/clauses wrote its verbs, endings, relatives and conjunctions in code, two sets
    of them holding both languages; each lexicon lists its own (claim_* keys)."""
    fr, en = load("fr"), load("en")
    keys = ("claim_finite_words", "claim_subject_openers", "claim_finite_endings")
    for key in (*keys, "claim_coordinators", "claim_apposed_relatives"):
        assert fr.word_set(key) and en.word_set(key) and f"{key}_about" in en.raw
    assert not en.word_set("claim_elided_clitics") and fr.raw["claim_noun_ending"] == "ement"


@pytest.mark.parametrize(
    ("passage", "language", "clause"),
    [
        ("Or, les élus ont voté contre", "fr", False),  # French « or » opens no clause
        ("la mairie l'avait promis aux familles", "fr", True),
        ("le coût de l'investissement communal", "fr", False),
        ("the council, which was drafted in May, its plan", "en", False),
        ("the council has rejected the plan", "en", True),
    ],
)
def test_a_passage_is_a_clause_by_its_own_language_words(
    passage: str, language: str, clause: bool
) -> None:
    from quizapp.draft.drafting.wording.clauses import is_clause

    assert is_clause(passage, language, sentence=False) is clause
