"""A sentence ending on an abbreviation (made-up sentences): « …, des camions, etc. Le pont… »,
« …en 52 av. J.-C. Il… », "…in the U.S. The firm…", "…at 9 a.m. The mayor…". The period of
« etc. », « J.-C. », "U.S.", "Inc.", "a.m." ends the sentence when a quotation mark or a word
that opens sentences follows; read as an abbreviation only, it glued the next statement to the
sentence before (its content spilt back over it, or it was missed). Titles, and abbreviations
before a name, a weekday or a word in lower case, run on."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze
from quizapp.draft.analysis import sentence_stops
from quizapp.draft.text.segment import sentences
from quizapp.draft.words.lexicon import load


def _sentences(text: str, language: str) -> list[str]:
    found = sentences(text, (0, len(text)), [], sentence_stops(load(language)))
    return [text[s:e] for s, e in found]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Il manque des grues, des camions, etc. Le pont est fermé.", "fr"),
        ("Il manque des grues, etc. « Le pont est fermé », dit-il.", "fr"),
        ("Il manque des grues, etc. Selon la maire, le pont est fermé.", "fr"),
        ("Le premier pont date de 52 av. J.-C. Il est fermé.", "fr"),
        ("It is the oldest bridge in the U.S. The state said it would close.", "en"),
        ("The work went to Acme Inc. “It is late,” the mayor said.", "en"),
        ("They lack cranes, trucks, etc. According to the mayor, it is late.", "en"),
        ("The bridge closed at 9 a.m. The mayor said it would reopen.", "en"),
        ("It is named for Martin Luther King Jr. The mayor said so.", "en"),
    ],
)
def test_the_abbreviation_ends_its_sentence(text: str, language: str) -> None:
    assert len(_sentences(text, language)) == 2


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("M. Dupont a dit que le pont était fermé.", "fr"),
        ("Il manque des grues, etc. et le pont est fermé.", "fr"),
        ("U.S. Army officials said the bridge was closed.", "en"),
        ("Acme Inc. Chief Executive Ann Ward said the bridge was closed.", "en"),
        ("The road closed at 9 a.m. Monday in Ohio.", "en"),
        ("Martin Luther King Jr. Boulevard is closed.", "en"),
    ],
)
def test_an_abbreviation_inside_a_sentence_runs_on(text: str, language: str) -> None:
    """Counter-cases: a title, lower case, a name or a weekday after the abbreviation."""
    assert _sentences(text, language) == [text]


@pytest.mark.parametrize(
    ("text", "language", "content"),
    [
        (
            "Il manque des grues, des camions, etc. Selon Marc Dupin, le pont rouvrira en mai.",
            "fr",
            "le pont rouvrira en mai",
        ),
        (
            "Il manque des grues, etc. « Le pont rouvrira en mai », a affirmé Marc Dupin.",
            "fr",
            "Le pont rouvrira en mai",
        ),
        (
            "It is the oldest bridge in the U.S. The bridge will reopen in May, Mark Dupin said.",
            "en",
            "The bridge will reopen in May",
        ),
    ],
)
def test_the_next_statement_is_its_own(text: str, language: str, content: str) -> None:
    analysis = analyze(text, language)
    assert [analysis.passage(a.content) for a in analysis.attributions] == [content]
