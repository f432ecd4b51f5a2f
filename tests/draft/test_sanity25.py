"""sanity25: plain bugs seen on fresh articles, on made-up sentences.

A word opening a paragraph after a headline with no full stop opens a sentence: its capital is
no sign of a name, so after « que » / "that" it goes to lower case like any other opener.
"""

import pytest

from quizapp.draft.wording.reported_words import after_that

AFTER_HEADLINES = [
    (
        "Bus route saved\n\nCouncillors voted on Monday to keep the route. Three councillors "
        "objected.",
        "Councillors voted on Monday to keep the route",
        "councillors voted on Monday to keep the route",
    ),
    (
        "Water bills to rise\n\nHouseholds will pay more from April, the firm said. Most "
        "households will see a rise of 4%.",
        "Households will pay more from April",
        "households will pay more from April",
    ),
    (
        "Les théâtres rouvrent\n\nNombre de salles rouvriront en mai. Le nombre de places "
        "restera limité.",
        "Nombre de salles rouvriront en mai",
        "nombre de salles rouvriront en mai",
    ),
]


@pytest.mark.parametrize(("article", "words", "reported"), AFTER_HEADLINES)
def test_a_paragraphs_first_word_after_a_headline_is_lowered(
    article: str, words: str, reported: str
) -> None:
    assert after_that(words, article, frozenset()) == reported


@pytest.mark.parametrize(
    ("article", "words"),
    [
        (
            "Vote on Thursday\n\nLabour will vote against the plan. The party said that Labour "
            "would not back it. Union labour costs rose.",
            "Labour will vote against the plan",
        ),
        (
            "Grève à l'usine\n\nSolidaires appelle à la grève. Le syndicat Solidaires réclame "
            "des hausses; les salariés sont solidaires.",
            "Solidaires appelle à la grève",
        ),
    ],
)
def test_a_name_written_with_its_capital_inside_a_sentence_keeps_it(
    article: str, words: str
) -> None:
    assert after_that(words, article, frozenset()) == words
