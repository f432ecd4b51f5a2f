"""mend52a (review52's F-paste52): a paste lost the article's own lines.

A line of a weekday, a date and a time is the page's publication line only where the page
sets it: among the first lines, labelled (« Publié le », "Updated"), or right after the
headline or a byline. An event's « Samedi 12 octobre 2024 à 20h30 » in the body and a
chronology's subheads are the article's: kept, and they date no article. A name and a role
under the headline is a byline only when the role is an outlet's journalism and the name is
not the article's subject (the headline or the body names her again): « Emma Brown, editor
of the Year 9 newsletter » and « Florence Aubenas, grand reporter au Monde » under a headline
about her are kept, from a paste and from a Word file.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from quizapp.sets.articles.reading import article_from_paste, read_article

EVENTS = [
    "Un concert pour l'église\nL'association organise un concert pour la rénovation.\n"
    "Le choeur de Riom chantera Bach.\nSamedi 12 octobre 2024 à 20h30\nEntrée libre.",
    "Charity concert for church roof\nThe Friends of St Peter's are holding a concert.\n"
    "The town choir will sing Bach.\nSaturday 12 October 2024, 7.30pm\nAdmission free.",
    "Procès Dupont : la chronologie\nRetour sur les dates clés.\nLundi 4 mars 2024, 9h\n"
    "Le procès s'ouvre.\nMardi 5 mars 2024, 14h\nLa défense plaide l'acquittement.",
    "Timeline: the Smith trial\nMonday 4 March 2024, 09:00\nThe trial opens.\n"
    "Tuesday 5 March 2024, 14:00\nThe defence asks for an acquittal.",
]


@pytest.mark.parametrize("text", EVENTS)
def test_an_event_or_a_chronology_keeps_its_dates(text: str) -> None:
    article = article_from_paste(text)
    assert all(line in article.text for line in text.split("\n"))
    assert article.date == ""


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Le maire démissionne\nLundi 26 août 2019, 18h43\nLe maire a démissionné.", "2019-08-26"),
        ("Mayor resigns\nBy Anna Lee\nMonday 26 August 2019, 18:43\nThe mayor quit.", "2019-08-26"),
        ("Le maire démissionne\nLe maire a démissionné.\nMis à jour le 27 août 2019 à 9h12\n"
         "Il part.", "2019-08-27"),
    ],
)  # fmt: skip
def test_the_pages_own_line_still_goes(text: str, date: str) -> None:
    article = article_from_paste(text)
    assert article.date == date
    assert "2019" not in article.text


CAPTIONS = [
    "New editor for school magazine\nEmma Brown, editor of the Year 9 newsletter\n"
    "Emma Brown has taken over the newsletter, the head teacher said.",
    "Florence Aubenas reçoit le prix Albert-Londres\nFlorence Aubenas, grand reporter au Monde\n"
    "La journaliste a été récompensée mardi, a annoncé le jury.",
    "Le journal du lycée change de main\nAnne Roux, rédactrice en chef du journal du lycée\n"
    "La nouvelle équipe prépare le premier numéro, a annoncé la proviseure.",
]


@pytest.mark.parametrize("text", CAPTIONS)
def test_the_subjects_name_and_role_are_kept(text: str) -> None:
    assert text.split("\n")[1] in article_from_paste(text).text


@pytest.mark.parametrize(
    "byline", ["Florence Aubenas, grand reporter au Monde", "Helen Marsh, editor of The Courier"]
)
def test_a_writers_byline_still_goes(byline: str) -> None:
    text = f"Le maire démissionne\n{byline}\nLe maire de Riom a démissionné mardi, dit-il."
    assert byline not in article_from_paste(text).text


def test_a_word_files_caption_is_kept(tmp_path: Path) -> None:
    document = docx.Document()
    for line in CAPTIONS[0].split("\n"):
        document.add_paragraph(line)
    document.save(tmp_path / "caption.docx")
    assert CAPTIONS[0].split("\n")[1] in read_article(tmp_path / "caption.docx").text
