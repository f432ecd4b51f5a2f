"""A byline with no « By » / « Par », a name and a journalist's role, is left out (paste52).

"Helen Marsh, Education correspondent" or « Marie Dupont, correspondante à Lyon » under the
headline stayed the article's first paragraph. A name with any other role (« Jean Roux, maire
de Riom ») may be the article's or a caption, and a sentence opening the same way is the
article's: both are kept. A Word file's text loses the byline the same way.
"""

from __future__ import annotations

import pytest

from quizapp.sets.articles.dating.datelines import dateline, without_byline
from quizapp.sets.articles.reading import article_from_paste

FR = ("La cantine ferme", "La cantine du collège fermera à la rentrée, a annoncé le maire mardi.")
EN = ("Canteen to close", "The school's canteen will close in September, the council said.")


@pytest.mark.parametrize(
    ("article", "byline"),
    [
        (EN, "Helen Marsh, Education correspondent"),
        (EN, "Helen Marsh and Tom Reed, Staff reporters | The Daily Courier"),
        (FR, "Marie Dupont, correspondante à Lyon"),
        (FR, "Jean-Pierre de la Fontaine, envoyé spécial"),
    ],
)
def test_a_name_and_a_journalists_role_go(article: tuple[str, str], byline: str) -> None:
    head, body = article
    assert article_from_paste(f"{head}\n{byline}\n{body}").text == f"{head}\n\n{body}"
    assert without_byline(f"{head}\n\n{byline}\n\n{body}") == f"{head}\n\n\n{body}"


@pytest.mark.parametrize(
    "line",
    [
        "Jean Roux, maire de Riom",
        "Marie Dupont, correspondante à Lyon, a suivi la séance du conseil.",
        "Helen Marsh, Education correspondent at the union, said the plan was rushed",
        "Les journalistes, correspondants à Lyon",
    ],
)
def test_another_role_or_a_sentence_is_kept(line: str) -> None:
    head, body = EN
    assert line in article_from_paste(f"{head}\n{line}\n{body}").text


@pytest.mark.parametrize(
    ("byline", "outlet"),
    [
        ("Helen Marsh, Education correspondent, The Daily Courier", "The Daily Courier"),
        ("By staff writer, The News & Observer", "The News & Observer"),
        ("Marie Dupont, correspondante à Lyon, Le Courrier picard", "Le Courrier picard"),
    ],
)
def test_both_byline_rules_go_and_give_the_paper(byline: str, outlet: str) -> None:
    """paste52's name and role with no « By » and teacher52's « By » and a role with no name
    both make a byline: it goes, and the paper after its comma is read as the outlet."""
    head, body = EN
    assert article_from_paste(f"{head}\n{byline}\n{body}").text == f"{head}\n\n{body}"
    assert dateline(f"{head}\n{byline}\n{body}").outlet == outlet
