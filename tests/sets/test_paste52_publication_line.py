"""A pasted article's publication line is left out and its date read (paste52).

A browser's copy takes « Publié le lundi 26 août 2019 à 18:43 » or "Published 3 March 2024,
10:12" with the article: it stayed a paragraph, which the drafter read as a plain fact, and
below a byline, or with an update's date after it, its date was not read. A line that is
only labels, weekdays, dates and times goes; a sentence holding a date, and a bare date with
no label and no time (a chronology's subhead), stay; a .txt keeps every line.
"""

from __future__ import annotations

import pytest

from quizapp.sets.articles.reading import article_from_paste, article_from_text

FR_HEAD = "Le collège Jean-Moulin ferme sa cantine"
FR_BODY = "La cantine du collège fermera à la rentrée, a annoncé le maire mardi."
EN_HEAD = "School canteen to close"
EN_BODY = "The school's canteen will close in September, the council said on Tuesday."


@pytest.mark.parametrize(
    ("head", "line", "body", "date"),
    [
        (FR_HEAD, "Publié le lundi 26 août 2019 à 18:43", FR_BODY, "2019-08-26"),
        (
            FR_HEAD,
            "Publié le lundi 26 août 2019 à 18h43, mis à jour le mardi 27 août 2019 à 09h12",
            FR_BODY,
            "2019-08-26",
        ),
        (EN_HEAD, "Published 3 March 2024, 10:12", EN_BODY, "2024-03-03"),
        (
            EN_HEAD,
            "Published: Monday 3 March 2024 10:12 GMT | Updated 4 March 2024",
            EN_BODY,
            "2024-03-03",
        ),
        (EN_HEAD, "SATURDAY, 25 OCTOBER 2025, 08:52", EN_BODY, "2025-10-25"),
    ],
)
def test_the_publication_line_goes_and_dates_the_article(
    head: str, line: str, body: str, date: str
) -> None:
    article = article_from_paste(f"{head}\n\n{line}\n\n{body}")
    assert article.text == f"{head}\n\n{body}"
    assert article.date == date


def test_below_a_standfirst_and_a_byline_its_date_is_still_read() -> None:
    standfirst = "Les parents d'élèves dénoncent une décision prise sans concertation."
    dated = "Publié le lundi 26 août 2019 à 18:43"
    article = article_from_paste(f"{FR_HEAD}\n{standfirst}\nPar Julie Moreau\n{dated}\n{FR_BODY}")
    assert article.date == "2019-08-26"
    assert article.text == f"{FR_HEAD}\n\n{standfirst}\n\n{FR_BODY}"


@pytest.mark.parametrize(
    "line",
    [
        "Publié le 3 mars 2024, le rapport a été transmis au préfet",
        "Published on 3 March 2024, the report found that pupils lost a year of learning",
        "Le 3 mars 2024",  # a chronology's subhead: no label, no time
        "Monday 3 March 2024",
        "Updated guidance came out on 3 March 2024 at 10:12",
    ],
)
def test_a_line_with_other_words_or_a_bare_date_is_kept(line: str) -> None:
    assert line in article_from_paste(f"{EN_HEAD}\n\n{line}\n\n{EN_BODY}").text


def test_a_text_file_keeps_its_publication_line() -> None:
    text = f"{FR_HEAD}\n\nPublié le lundi 26 août 2019 à 18:43\n\n{FR_BODY}"
    assert "Publié le lundi" in article_from_text(text).text
