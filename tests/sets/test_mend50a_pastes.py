# ruff: noqa: E501  (a web copy has one paragraph per line: long lines are the point)
"""mend50a: a pasted article keeps its words and its paragraphs (review50 F1, F2, F8).

A hard-wrapped paste lost a line opening on « par » / "by" and a name (read as a byline);
a web copy with short lines (standfirst, byline, date, subhead, caption, list items) was read
as hard-wrapped and its paragraphs glued; a real last line opening on « Suivez-nous » went
with the page's links."""

from __future__ import annotations

import re

import pytest

from quizapp.sets.articles.reading import article_from_paste
from quizapp.sets.articles.text import tidy_paragraphs

PDF_FR = """La réforme adoptée au Sénat
Le texte a été présenté mardi soir aux sénateurs et défendu
par Christophe Béchu, ministre de la Transition écologique, lors
d'une séance très animée où l'opposition a multiplié les amendements.
« Nous ne lâcherons rien », a-t-il déclaré à la sortie de l'hémicycle."""
PDF_EN = """Council approves new bus routes
The plan, which was drawn up over eighteen months and backed
by Councillor Anna Lee, Transport Lead, after the consultation
closed in March, will add three routes to the east of the city."""
SENTENCE_FR = """Le projet de loi rejeté
Par Gérald Darmanin, le texte avait été porté
devant l'Assemblée, qui l'a rejeté mardi par 300 voix contre 200."""
SENTENCE_EN = """Harbour plan shelved
By Anna Lee, the plan had been drawn up
over two years before the council dropped it on Monday."""


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


@pytest.mark.parametrize("pasted", [PDF_FR, PDF_EN, SENTENCE_FR, SENTENCE_EN])
def test_a_line_going_on_a_sentence_is_no_byline(pasted: str) -> None:
    kept = _words(article_from_paste(pasted).text)
    assert [word for word in _words(pasted) if word not in kept] == []


@pytest.mark.parametrize(
    ("byline", "standfirst"),
    [
        ("By Helen Marsh, Education correspondent", "Families will save up to £100 a year"),
        ("Par Julie Moreau", "La ville débloque trois millions d'euros"),
        ("Par Julie Moreau, journaliste", "La commune a voté son budget."),
    ],
)
def test_a_byline_under_a_standfirst_still_goes(byline: str, standfirst: str) -> None:
    body = (
        "Le maire a annoncé lundi un plan de trois millions d'euros pour la ville, "
        "après des mois de débats au conseil municipal sur les quartiers touchés par la crue."
    )
    lines = ["Un plan pour la ville", standfirst, byline, body, "Le vote aura lieu en mars."]
    text = article_from_paste("\n".join(lines))
    assert byline not in text.text and body in text.text


WEB_EN = """Ministers to cap school uniform costs
Families will save up to £100 a year under plans announced today
Helen Marsh, Education correspondent
Tue 3 Mar 2026 06.00 GMT
Ministers have announced a cap on the number of branded items schools can require, after years of complaints from parents about the rising cost of blazers and sports kits.
"Parents should not have to choose between a blazer and a meal," the education secretary said on Tuesday morning.
What changes in September
Schools will be limited to three branded items, including a tie, and must offer second-hand uniforms to every family that asks for them.
Photograph: Alamy
Head teachers' unions gave the plan a cautious welcome."""
WEB_FR = """Inondations : la ville lance un plan d'urgence
Trois millions d'euros pour les sinistrés
Le maire a annoncé lundi un plan de 3 millions d'euros pour les quartiers touchés par la crue de la semaine dernière.
Les mesures prévues
- des digues provisoires le long du fleuve ;
- une aide aux commerçants sinistrés ;
- un numéro vert pour les habitants.
« C'est une première étape », a affirmé le maire devant le conseil municipal réuni en urgence."""


@pytest.mark.parametrize("pasted", [WEB_EN, WEB_FR])
def test_a_web_copy_keeps_a_paragraph_per_line(pasted: str) -> None:
    tidy, _ = tidy_paragraphs(pasted, positions=False)
    assert tidy.split("\n\n") == pasted.split("\n")


def test_a_last_line_telling_who_wrote_it_is_kept() -> None:
    last = "Suivez-nous sur les réseaux sociaux pour connaître la suite, ont-ils écrit"
    pasted = f"Le festival annulé\nLes organisateurs ont annoncé l'annulation.\n{last}"
    assert last in article_from_paste(pasted).text
    tail = (
        "Le festival annulé\nLes organisateurs ont annoncé l'annulation.\nSuivez-nous sur Facebook"
    )
    assert "Suivez-nous" not in article_from_paste(tail).text
