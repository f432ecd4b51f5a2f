"""dates53: one date shape for a pasted article, numeric publication lines, a forwarded
mail's headers, and a page's top date line above an event's line in the body.

- datelines.py and publication.py read dates through one definition (``date_shapes``); a
  publication line may put a comma after its month ("3 March, 2024"), a dateline read in a
  free short line may not (« le 12 mai, 2000 manifestants » holds a count).
- A labelled publication line in figures is the page's, its day and month ordered by its
  label's language; a figure with no label, or in a sentence, is no date.
- A forwarded mail's headers at the top of a paste are left out; the subject is the headline
  when the article has none, the Date line the date when the page gives none.
- A top date line written otherwise than a lone event line further down is the page's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.sets.articles.dating import date_shapes, datelines, publication
from quizapp.sets.articles.reading import article_from_paste, article_from_text

PASTES = Path(__file__).parent.parent / "data" / "pastes"


def test_one_definition_of_a_written_date() -> None:
    assert datelines.read_date is date_shapes.read_date
    assert not hasattr(publication, "MONTH_PATTERN")


@pytest.mark.parametrize(
    ("line", "date"),
    [("Published 3 March, 2024, 10:12", "2024-03-03"), ("Updated 3 March, 2024", "2024-03-03")],
)
def test_a_publication_line_may_put_a_comma_after_its_month(line: str, date: str) -> None:
    article = article_from_paste(f"Mayor resigns\n{line}\nThe mayor quit on Tuesday.")
    assert article.date == date
    assert "March" not in article.text


def test_a_dateline_reads_no_count_after_a_month() -> None:
    text = "Grève des enseignants\nLe 12 mai, 2000 manifestants\nLe cortège a défilé."
    assert article_from_text(text).date == ""


NUMERIC = [
    ("Le maire démissionne", "Publié le 03/12/2026 à 18:43", "2026-12-03"),
    ("Le maire démissionne", "Mis à jour le 3.12.2026", "2026-12-03"),
    ("Mayor resigns", "Published 12/03/2026", ""),  # British or American: none (polish53)
    ("Mayor resigns", "Updated: 2026-12-03 18:43", "2026-12-03"),
    ("Mayor resigns", "Published 25/03/2026", "2026-03-25"),  # no month 25: the day
    ("Le maire part", "Publié le 03/12/2026 à 18h43, mis à jour le 04/12/2026", "2026-12-03"),
]


@pytest.mark.parametrize(("headline", "line", "date"), NUMERIC)
def test_a_labelled_numeric_publication_line(headline: str, line: str, date: str) -> None:
    article = article_from_paste(f"{headline}\n{line}\nLe conseil a voté jeudi.")
    assert article.date == date
    assert line not in article.text


@pytest.mark.parametrize(
    "line",
    [
        "03/12/2026 à 18:43",  # no label: a figure of the article's own
        "Le 03/12/2026, le conseil a voté la fermeture.",
        "Publié le 03/12/2026, le rapport a été lu.",  # a sentence
    ],
)
def test_a_number_in_the_text_is_no_date(line: str) -> None:
    article = article_from_paste(f"Le maire démissionne\n{line}\nIl part.")
    assert article.date == ""
    assert line in article.text


MAILS = {  # file: headline, date, a header line that must be gone
    "gmail_en.txt": ("Council to close two libraries", "2026-12-03", "Forwarded message"),
    "gmail_fr.txt": ("Le collège Jean-Moulin fermera en juin", "2026-12-03", "De : Marie"),
    "gmail_note_fr.txt": ("Un nouveau gymnase pour le lycée Blaise-Pascal", "2026-12-02", "Paul"),
    "thunderbird_en.txt": ("Swimming pool reopens after repairs", "2026-12-03", "Subject:"),
    "thunderbird_fr.txt": ("La piscine municipale rouvre ses portes", "2026-12-03", "Sujet"),
    "outlook_en.txt": ("Bus fares to rise in January", "2026-12-02", "Sent:"),
    "outlook_fr.txt": ("Les tarifs de la cantine augmentent", "2026-12-02", "Objet"),
}


@pytest.mark.parametrize("name", sorted(MAILS))
def test_a_forwarded_mails_headers_go(name: str) -> None:
    headline, date, header = MAILS[name]
    article = article_from_paste((PASTES / name).read_text(encoding="utf-8"))
    assert (article.title, article.date) == (headline, date)
    assert header not in article.text and "@" not in article.text
    assert "TR:" not in article.title and "FW:" not in article.title


def test_a_forward_under_no_mark_in_the_first_lines_is_kept() -> None:
    """A mark past a colleague's short note (four lines) is the article's own line."""
    note = "Bonjour,\nUn.\nDeux.\nTrois.\nQuatre.\n"
    text = f"{note}---------- Forwarded message ---------\nFrom: A <a@b.fr>\nSubject: X\n\nTexte."
    assert "Forwarded message" in article_from_paste(text).text


def test_a_date_line_inside_the_article_is_no_header() -> None:
    text = "Le collège ferme\nDe : la direction\nDate : 3 mars 2024\nLe collège ferme en juin."
    assert "De : la direction" in article_from_paste(text).text


@pytest.mark.parametrize("name", ["news_fr.txt", "news_en.txt"])
def test_a_news_page_in_figures(name: str) -> None:
    article = article_from_paste((PASTES / name).read_text(encoding="utf-8"))
    assert article.date == "2026-12-03"
    assert "18:43" not in article.text and "/2026" in article.text  # the body's date stays


EVENTS = [
    (
        "Un concert pour l'église\nLundi 26 août 2019, 18h43\nL'association organise un concert."
        "\nLe choeur de Riom chantera Bach.\nSamedi 12 octobre 2024 à 20h30\nEntrée libre.",
        "Samedi 12 octobre 2024 à 20h30",
    ),
    (
        "Charity concert for church roof\nMonday 26 August 2019, 18:43\nThe Friends are holding "
        "a concert.\nThe town choir will sing Bach.\nSaturday 12 October 2024, 7.30pm\nFree.",
        "Saturday 12 October 2024, 7.30pm",
    ),
]


@pytest.mark.parametrize(("text", "event"), EVENTS)
def test_the_top_line_is_the_pages_above_an_event_line(text: str, event: str) -> None:
    article = article_from_paste(text)
    assert article.date == "2019-08-26"
    assert event in article.text and text.split("\n")[1] not in article.text
