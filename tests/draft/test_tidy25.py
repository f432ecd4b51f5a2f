"""tidy25: words of a language read from the lexicons where code wrote them. The readings stay
what they were (findings and drafted questions identical on the corpus); these made-up sentences
hold each reader to its lexicon entries."""

from __future__ import annotations

import pytest

from quizapp.draft.drafting.wording.explanation_words import quoted_with_cue
from quizapp.draft.drafting.wording.reported_words import reportable
from quizapp.draft.reporting.english_cue_forms.that_follows import it_passive_that
from quizapp.draft.sources.labels import holder_written
from quizapp.draft.words.lexicon import load
from tests.draft.readings import said, speakers


@pytest.mark.parametrize(
    "text",
    [
        "« Nous irons jusqu'au bout, s'écrie Paul Morel en riant, puis nous gagnerons. »",
        "« Le pont tiendra, assure Anne Roy en souriant, il a été bien construit. »",
    ],
)
def test_a_gerund_after_an_inserted_cue_s_subject_stays_in_the_clause(text: str) -> None:
    assert set(speakers(text)) <= {"Paul Morel", "Anne Roy"} and speakers(text)


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("Le maire a déclaré que la route serait fermée.", True),
        ("Le maire n'a pas déclaré que la route serait fermée.", False),
        ("Le maire ne dit pas que la route sera fermée.", False),
    ],
)
def test_a_negation_before_the_cue_says_nothing_was_said(text: str, spoken: bool) -> None:
    assert bool(said(text, "fr")) is spoken


@pytest.mark.parametrize(
    ("sentence", "length"),
    [
        ("it was suspected that the bridge was closed", 3),
        ("it has been announced that the bridge was closed", 4),
        ("it was widely reported that the bridge was closed", 4),
        ("it was a bridge that the council closed", 0),
    ],
)
def test_an_impersonal_passive_voice_in_english(sentence: str, length: int) -> None:
    assert it_passive_that(sentence.split(), 0, load("en")) == length


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Me Jean Roux, le recteur, a parlé.", True),
        ("Le recteur de l'académie, Yves Petit, a parlé.", True),
        ("Le recteur d'Amiens, Yves Petit, a parlé.", True),
        ("Le recteur a parlé avec Yves Petit.", False),
    ],
)
def test_a_holder_written_beside_the_office(text: str, held: bool) -> None:
    assert holder_written("recteur", [], text, load("fr")) is held


@pytest.mark.parametrize(
    ("words", "language", "reported"),
    [
        ("A Caen, trois cents éleveurs", "fr", False),
        ("A Caen, les éleveurs sont venus", "fr", True),
        ("vouloir lancer le chantier", "fr", True),
        ("to have seen the bridge close", "en", True),
        ("the bridge over the river", "en", False),
    ],
)
def test_reported_words_hold_a_verb_or_an_infinitive(
    words: str, language: str, reported: bool
) -> None:
    assert reportable(words, language) is reported


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("Le maire, Paul Roux, a jugé que c'était vrai.", False),
        ("Le maire, Paul Roux, qui a jugé que c'était vrai.", False),
        ("Paul Roux a jugé que c'était vrai.", True),
    ],
)
def test_an_apposed_name_is_not_quoted_with_its_cue(text: str, quoted: bool) -> None:
    source_start = text.index("Paul")
    source = (source_start, source_start + len("Paul Roux"))
    cue_start = text.index("a jugé")
    cue = (cue_start, cue_start + len("a jugé"))
    content = (text.index("c'était"), len(text) - 1)
    relatives = frozenset({"qui", "who", "which"})
    assert quoted_with_cue(text, cue, source, content, relatives) is quoted
