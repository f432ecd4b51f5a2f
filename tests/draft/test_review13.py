"""Review fixes of the thirteenth round (made-up people and places).

A title given by a copula (« X est le directeur du centre. ») is kept for a later « poursuit
le directeur »; in the past tense (« X était le maire jusqu'en 2014 », "X was the mayor until
2019") the sentence names a former holder, and the office's later mention is the one in
office, who spoke last.

A short phrase set in front of a reported clause (« qu'à plusieurs reprises, des gens… »)
opens on "on" in English as often as on "in": English "on" is a preposition, not the French
subject pronoun « on » that makes such a phrase a clause of its own.
"""

from __future__ import annotations

import pytest

from tests.draft.readings import said, speaker_of


@pytest.mark.parametrize(
    ("text", "content", "language", "speaker"),
    [
        (
            "Paul Morel était le maire jusqu'en 2014. Luc Brun, élu en 2020, a affirmé lundi que"
            " les impôts augmenteront. « Nous n'avons pas le choix », poursuit le maire.",
            "Nous n'avons pas le choix",
            "fr",
            "Luc Brun",
        ),
        (
            "Jo Li was the mayor until 2019. Ann Park, the current mayor, said on Monday that"
            ' taxes would rise. "We have no room," the mayor said.',
            "We have no room",
            "en",
            "Ann Park",
        ),
    ],
)
def test_a_past_copula_names_no_current_holder(
    text: str, content: str, language: str, speaker: str
) -> None:
    assert speaker_of(text, content, language) == speaker


@pytest.mark.parametrize(
    ("text", "content", "language", "speaker"),
    [
        (
            "Paul Morel est le directeur de l'usine. Le syndicaliste Luc Brun a affirmé lundi"
            " que les salaires baisseront. « Nous n'avons pas le choix », poursuit le directeur.",
            "Nous n'avons pas le choix",
            "fr",
            "Paul Morel",
        ),
        (
            'Jo Li is the head of the school. "We have no room," the head said.',
            "We have no room",
            "en",
            "Jo Li",
        ),
    ],
)
def test_a_present_copula_still_gives_the_title(
    text: str, content: str, language: str, speaker: str
) -> None:
    assert speaker_of(text, content, language) == speaker


def _contents(text: str, language: str) -> list[str]:
    return [content for content, _ in said(text, language)]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said that on Monday, residents had reported leaks at the plant.",
        "The mayor told reporters that on several occasions, residents had complained.",
    ],
)
def test_an_english_phrase_on_on_is_set_in_front_of_the_reported_clause(text: str) -> None:
    """English "on" is a preposition, not the French subject pronoun « on »: the reported
    clause goes on through the comma as after "in March"."""
    assert text.split("that ")[1].rstrip(".") in _contents(text, "en")
