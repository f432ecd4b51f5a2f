"""mend46a (review of ui46, finding 1): « By »/« Par » and any capital counted as a byline, so
a dated paragraph of an article in a Word file was left out of its text ("By March 5, 2026 the
pool will close"). A byline now names someone: capitalised words with no figure up to the
first comma, no month, weekday or holiday first; a part holding an auxiliary is a sentence."""

from __future__ import annotations

import pytest

from quizapp.sets.articles.dating.datelines import without_byline

BODY = 'The library will close on Mondays. "We had no choice," the leader said.'


@pytest.mark.parametrize(
    "line",
    [
        "By March 5, 2026 the pool will close",
        "By Friday 6 March 2026 the council must decide",
        "By Christmas 2025 all homes should be connected, 24 December 2025",
        "Par Décision du 4 mars 2024",
        "Par Monts et par vaux, 2 mars 2024",
        "Paris, le 3 mars 2024 — Le Maire De Paris A Démissionné",
        "Par ailleurs, le 3 mars 2024 la mairie ferme",
        "By the end of the day on 3 March 2026",
        "By-election on 3 March 2026",
        "By 2 March 2026 the pool will close",
        "Par Lundi 2 mars 2024",
    ],
)
def test_a_dated_paragraph_of_the_article_is_kept(line: str) -> None:
    text = f"Headline\n{line}\n{BODY}"
    assert without_byline(text) == text
