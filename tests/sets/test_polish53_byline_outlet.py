"""polish53: the outlet a pasted page names in its byline (« Par NAME, OUTLET ») or its
publication line fills the set's outlet; a reporter's role after the comma is no outlet."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.sets.articles.reading import article_from_paste

PASTES = Path(__file__).parent.parent / "data" / "pastes"
BODY = (
    "\n\nThe old stone bridge over the river has been closed to cars since Tuesday morning, "
    "after a flood carried away part of its parapet during the night.\n\n"
    '"We will take no risk with the pupils who cross it every day," the mayor said, '
    "waiting for an engineer's report before the end of the week."
)


def test_a_regional_page_s_byline_names_its_outlet() -> None:
    article = article_from_paste((PASTES / "regional_fr.txt").read_text(encoding="utf-8"))
    assert article.outlet == "Radio Vallée Nord-Franche-Comté"
    assert article.date == "2021-04-06"
    assert "Par Louise Garnier" not in article.text


@pytest.mark.parametrize(
    ("head", "outlet"),
    [
        (
            "Bridge closed after flood\nPublished 6 April 2021\nBy Anna Lee, Valley Radio",
            "Valley Radio",
        ),
        ("Bridge closed after flood\nBy Anna Lee, Valley Radio", "Valley Radio"),
        ("Bridge closed after flood\nBy Anna Lee, Local Democracy Reporter", ""),
        ("Bridge closed after flood\nBy Anna Lee, Senior Reporter | 6 April 2021", ""),
    ],
)
def test_the_byline_s_outlet_never_a_role(head: str, outlet: str) -> None:
    assert article_from_paste(head + BODY).outlet == outlet
