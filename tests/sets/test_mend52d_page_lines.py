"""mend52d (round 52 read): a pasted article's page lines.

- A figure inside a capitalised outlet name (« France 24 », « 20 Minutes », "5 Live News")
  does not make a writer's role some thing's: the byline goes; "editor of the Year 9
  newsletter" stays a caption, kept.
"""

from __future__ import annotations

import pytest

from quizapp.sets.articles.reading import article_from_paste

BODY = "\nLe maire de Riom a démissionné mardi, a annoncé la préfecture."


@pytest.mark.parametrize(
    "byline",
    [
        "Claire Martin, journaliste de France 24",
        "Paul Roux, rédacteur en chef de 20 Minutes",
        "Anne Petit, correspondante de France 3",
        "Helen Marsh, editor of 5 Live News",
    ],
)
def test_an_outlet_with_a_figure_is_the_writers(byline: str) -> None:
    text = f"Le maire démissionne\n{byline}{BODY}"
    assert byline not in article_from_paste(text).text


def test_a_things_role_with_a_figure_is_kept() -> None:
    line = "Emma Brown, editor of the Year 9 newsletter"
    text = f"New editor for school magazine\n{line}\nEmma Brown takes over, the head said."
    assert line in article_from_paste(text).text
