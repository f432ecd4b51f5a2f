"""paste54: the page's lines a teacher's paste of a regional article still kept.

- A labelled publication line giving the outlet after a dash (« Publié le 03/12/2026 - TNTV
  News ») leaves the text, its date and its outlet read, and a byline under it goes too.
- A byline's part after the comma fills « Média » only when it names a paper (an outlet's
  word): « Par Marie Dupont, La Rochelle » names her town.
- A picture's credit (« (Photo : …) », « Photo X / Agence », "Photo: …"), a short caption
  ending on one, and the alt text its caption repeats leave the text; sentences about a
  photo stay.
- An outlet's name alone on the line beside the byline fills « Média » and leaves the text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.sets.articles.reading import article_from_paste
from tests.sets.paste_cases import pasted_text

PASTES = Path(__file__).parent.parent / "data" / "pastes"
FR_BODY = "Le pont sera fermé jusqu'en mars, a annoncé la mairie.\n\nLe chantier coûtera cher."
EN_BODY = "The bridge will close until March, the council said.\n\nThe work will cost more."


@pytest.mark.parametrize(
    ("head", "body", "date", "outlet"),
    [
        ("Publié le 03/12/2026 - TNTV News", FR_BODY, "2026-12-03", "TNTV News"),
        ("Publié le 3 décembre 2026 | Le Courrier picard", FR_BODY, "2026-12-03",
         "Le Courrier picard"),
        ("Published 3 December 2026 - Wiltshire Times\nBy Jo Smith, Swindon", EN_BODY,
         "2026-12-03", "Wiltshire Times"),
        ("Publié le 03/12/2026 - Aunis Info\nPar Marie Dupont, La Rochelle", FR_BODY,
         "2026-12-03", "Aunis Info"),
    ],
)  # fmt: skip
def test_a_publication_line_with_its_outlet(head: str, body: str, date: str, outlet: str) -> None:
    article = article_from_paste(f"Le pont fermé tout l'hiver\n{head}\n{body}")
    assert (article.date, article.outlet) == (date, outlet)
    assert article.text.split("\n\n")[1:] == body.split("\n\n")


@pytest.mark.parametrize(
    ("byline", "outlet"),
    [
        ("Par Marie Dupont, La Rochelle", ""),
        ("By Jo Smith, The Hague", ""),
        ("Par Léa Morvan, Le Mans", ""),
        ("Par Julie Moreau, Le Courrier picard", "Le Courrier picard"),
        ("Par Julie Moreau, Le Monde", "Le Monde"),
        ("By Anna Lee, The Herald", "The Herald"),
    ],
)
def test_a_byline_town_is_no_outlet(byline: str, outlet: str) -> None:
    article = article_from_paste(f"Le pont fermé tout l'hiver\n{byline}\n{FR_BODY}")
    assert article.outlet == outlet
    assert byline not in article.text


CREDITS = [
    "(Photo : Jean Roux / Sud Ouest)",
    "Photo Marc Leblanc / Agence Littoral",
    "Photo: Tom Reed / Wiltshire Times",
    "(Photo by Sam Hill/PA Images)",
    "© Jean Roux",
    "Crédit photo : DR",
    "Photo d'illustration",
    "Le pont de la Sèvre, mardi matin. (Photo : Jean Roux / Sud Ouest)",
    "The bridge at Westlea on Tuesday. Photograph: Tom Reed/Wiltshire Times",
]


@pytest.mark.parametrize("credit", CREDITS)
def test_a_picture_credit_leaves_the_paste(credit: str) -> None:
    article = article_from_paste(f"Le pont fermé tout l'hiver\n{FR_BODY}\n\n{credit}\n\nFin.")
    assert "Roux" not in article.text and "Reed" not in article.text
    assert credit not in article.text and "Photo" not in article.text
    assert article.text.endswith("Fin.")


def test_the_alt_text_above_its_caption_goes_with_it() -> None:
    picture = "Le pont de la Sèvre, mardi.\nLe pont de la Sèvre, mardi. Photo Jean Roux"
    article = article_from_paste(f"Le pont fermé tout l'hiver\n{FR_BODY}\n{picture}\nFin.")
    assert "mardi." not in article.text


@pytest.mark.parametrize(
    "sentence",
    [
        "Photos show the flooded street near the school.",
        "Photos show the flooded street",
        "Le maire a pris une photo",
        "The council will publish a photo of the bridge.",
        "La photo a été prise mardi (photo ci-dessus).",
    ],
)
def test_a_sentence_about_a_photo_stays(sentence: str) -> None:
    assert sentence in pasted_text("Le pont fermé tout l'hiver", FR_BODY, "", sentence, "", "Fin.")


@pytest.mark.parametrize(
    ("head", "outlet"),
    [
        ("Par Marie Dupont\nSud Ouest", "Sud Ouest"),
        ("Après deux ans, le pont rouvre.\nPar Marie Dupont\nSud Ouest", "Sud Ouest"),
        ("By Jo Smith\nWiltshire Times", "Wiltshire Times"),
        ("Traders return on Saturday.\nBy Jo Smith\nWiltshire Times", "Wiltshire Times"),
        ("Publié le 3 décembre 2026\nSud Ouest", "Sud Ouest"),
    ],
)
def test_an_outlet_alone_beside_the_byline(head: str, outlet: str) -> None:
    article = article_from_paste(f"Le pont fermé tout l'hiver\n{head}\n{FR_BODY}")
    assert article.outlet == outlet
    assert outlet not in article.text and "Jo Smith" not in article.text


def test_a_town_alone_beside_the_byline_stays() -> None:
    article = article_from_paste(
        f"Le pont fermé tout l'hiver\nPar Marie Dupont\nLa Rochelle\n{FR_BODY}"
    )
    assert article.outlet == "" and "La Rochelle" in article.text


@pytest.mark.parametrize(
    ("name", "outlet", "date", "gone"),
    [
        ("paste54_bridge_fr.txt", "Aunis Info", "2026-12-03", ("Publié", "Photo", "La Rochelle")),
        ("paste54_bridge_en.txt", "Wiltshire Times", "2026-12-03", ("Published", "Photo", "By Jo")),
        ("paste54_market_fr.txt", "Sud Ouest", "", ("Sud Ouest", "Par Marie")),
        ("paste54_market_en.txt", "Wiltshire Times", "", ("Wiltshire Times", "By Jo")),
    ],
)
def test_the_regional_pages(name: str, outlet: str, date: str, gone: tuple[str, ...]) -> None:
    article = article_from_paste((PASTES / name).read_text(encoding="utf-8"))
    assert (article.outlet, article.date) == (outlet, date)
    assert not [word for word in gone if word in article.text]
