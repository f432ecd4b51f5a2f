"""A « Lire aussi » link between paragraphs is counted in words, not in marks (teacher55).

French sets a space before « : »: « Lire aussi : Vitrolles : la cantine de l'école des Pins
fermée deux jours après une fuite d'eau » split into 18 pieces, above the 16 words a link's
line may hold, and stayed in the article, highlighted as a plain fact for the students. The
bound now counts words, on the link's headline after its lead.
"""

from __future__ import annotations

from quizapp.sets.articles.reading import article_from_paste

HEADLINE = "À Vitrolles, des parents bloquent l'école des Pins contre les classes surchargées"
FIRST = "« Nous sommes là pour nos enfants », a lancé le délégué des parents, Karim Mansouri."
SECOND = "Selon l'inspection académique, l'école compte 212 élèves cette année."
LINK = (
    "Lire aussi : Vitrolles : la cantine de l'école des Pins fermée deux jours après une fuite"
    " d'eau"
)


def _text(*lines: str) -> str:
    return article_from_paste("\n".join(lines)).text


def test_a_link_with_spaced_colons_leaves_the_article() -> None:
    text = _text(HEADLINE, FIRST, LINK, SECOND)
    assert "cantine" not in text
    assert FIRST in text and SECOND in text


def test_a_link_with_spaced_colons_at_the_end_leaves_the_article() -> None:
    tail = (
        "Lire aussi : Rentrée : les effectifs des écoles de l'étang de Berre en hausse, selon"
        " l'académie"
    )
    text = _text(HEADLINE, FIRST, SECOND, tail)
    assert "étang" not in text


def test_a_long_line_after_a_page_word_stays() -> None:
    long = (
        "Lire aussi : les parents ont rappelé que la commune avait promis une classe de plus"
        " dès la rentrée prochaine et un second poste"
    )
    assert long in _text(HEADLINE, FIRST, long, SECOND)
