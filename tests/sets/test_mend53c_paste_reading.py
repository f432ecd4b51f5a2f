"""mend53c: review53's faults 12-15 in a pasted article's reading: an impossible date dates
nothing, a press paste's « Date : » / « De : » lines are no mail's headers, a publication
label beats an update label, and a byline's place, role or photo credit is no outlet."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.sets.articles.dating.date_shapes import read_date, read_numeric
from quizapp.sets.articles.reading import article_from_paste

PASTES = Path(__file__).parent.parent / "data" / "pastes"
HEADLINE = "Le conseil vote le budget\n"
BODY = (
    "\nLe conseil municipal a voté mardi soir le budget de la ville pour l'année prochaine, "
    "après trois heures de débat.\n« Nous avons tenu nos engagements », a déclaré le maire."
)


@pytest.mark.parametrize(
    "line", ["Publié le 31/02/2026", "Publié le 31 février 2026", "Publié le 29/02/2027"]
)
def test_an_impossible_date_dates_nothing_and_the_line_goes(line: str) -> None:
    article = article_from_paste(HEADLINE + line + BODY)
    assert article.date == ""
    assert line not in article.text  # still the page's line (mend53f)


def test_the_calendar_knows_leap_years() -> None:
    assert read_numeric("29/02/2028", day_first=True) == "2028-02-29"
    assert read_numeric("29/02/2026", day_first=True) == ""
    assert read_date("30 avril 2026") == "2026-04-30"
    assert read_date("31 avril 2026") == ""


def test_an_outlook_forward_s_headers_still_go() -> None:
    article = article_from_paste((PASTES / "outlook_fr.txt").read_text(encoding="utf-8"))
    assert article.title == "Les tarifs de la cantine augmentent"
    assert "marie.dupont" not in article.text


@pytest.mark.parametrize(
    "head",
    [
        "Mis à jour le 04/12/2026, publié le 03/12/2026",
        "Mis à jour le 4 décembre 2026\nPublié le 3 décembre 2026",
    ],
)
def test_the_publication_date_beats_the_update_s(head: str) -> None:
    assert article_from_paste(HEADLINE + head + BODY).date == "2026-12-03"


@pytest.mark.parametrize(
    ("byline", "outlet"),
    [
        ("Par Léa Morvan, Saint-Brieuc", ""),
        ("By Anna Lee, Chief Political Commentator", ""),
        ("Par Léa Morvan, Photos Thomas Brégardis", ""),
        ("Par Mathilde Roux, France Bleu Belfort", "France Bleu Belfort"),
        ("By Anna Lee, BBC Scotland", "BBC Scotland"),
    ],
)
def test_a_byline_s_place_role_or_photo_credit_is_no_outlet(byline: str, outlet: str) -> None:
    assert article_from_paste(HEADLINE + byline + BODY).outlet == outlet
