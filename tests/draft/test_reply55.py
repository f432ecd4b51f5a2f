"""reply55: replies, relays and the outlet as a speaker (made-up sentences, none of the corpus).

- A name that opens its sentence to answer or oppose an office that just spoke (« Paul X a
  répliqué que… », « Mais Paul X réclame… ») is not that office's holder: the office keeps
  its findings (the resolver's own link, ``resolve._named``, read mend54d's ``opposed``).
- A name after a verb and « à » (« Le maire a confié à France Bleu / à Paul X qu'il… ») is the
  one the office spoke to, never its holder (``named_later._titled``).
- « (600 selon X ; 250 selon Y) »: a semicolon ends a source and parts two pieces as a comma.
- A finding no reading gives a speaker, that came through an outlet (« à la suite d'un article
  de L'Express faisant état de… »), is the outlet's.
"""

from __future__ import annotations

import pytest

from quizapp.draft import analyze

_MAYOR = (
    "Le maire de Lunel a estimé mardi soir que le projet était nécessaire pour la commune."
    "\n\n« Nous n'avons pas d'autre choix si nous voulons garder nos marchés. »\n\n"
)


def _found(text: str) -> list[tuple[str, str]]:
    """Each finding's speaker and content."""
    return [(a.speaker, text[slice(*a.content)]) for a in analyze(text, "fr").attributions]


@pytest.mark.parametrize(
    "sentence",
    [
        "Paul Martin a répliqué que la commune pouvait attendre.",
        "Mais Paul Martin réclame un référendum sur le projet.",
        "Paul Martin rétorque que la commune peut attendre.",
    ],
)
def test_a_reply_with_a_finding_of_its_own_is_someone_else(sentence: str) -> None:
    found = _found(_MAYOR + sentence)
    assert [speaker for speaker, _ in found] == ["Le maire de Lunel"] * 2 + ["Paul Martin"]


def test_a_quotation_opening_on_but_is_no_contrast_of_the_narration() -> None:
    """Guard: « « Mais … », a déclaré Paul X » after the spokesperson still names him."""
    text = (
        "Le porte-parole de la mairie a prévenu que les travaux dureraient. "
        "« Mais nous tiendrons les délais », a déclaré Paul Martin."
    )
    assert [speaker for speaker, _ in _found(text)] == ["Paul Martin", "Paul Martin"]


@pytest.mark.parametrize("told", ["France Bleu", "Paul Martin", "Radio Brume"])
def test_the_one_told_is_not_the_office(told: str) -> None:
    text = f"Le maire a confié jeudi à {told} qu'il ne se représenterait pas en mars."
    assert _found(text) == [("Le maire", "il ne se représenterait pas en mars")]


def test_an_office_written_before_its_holders_name_still_links() -> None:
    """Guard: « le gouverneur provincial X » names the governor who spoke before."""
    text = (
        "Selon le gouverneur de la province, les routes sont coupées. "
        "Le gouverneur provincial Gulab Mangar a visité les villages jeudi."
    )
    assert _found(text)[0][0] == "Gulab Mangar"


@pytest.mark.parametrize("mark", [" ;", ";"])
def test_a_semicolon_parts_two_sources_of_one_bracket(mark: str) -> None:
    text = (
        "La ville manque d'eau. Les marcheurs étaient nombreux "
        f"(600 selon les organisateurs{mark} 250 selon la police) sur le pont."
    )
    assert _found(text) == [("les organisateurs", "600"), ("la police", "250")]


@pytest.mark.parametrize("outlet", ["L'Express", "Libération"])
def test_an_article_of_an_outlet_speaks_through_its_outlet(outlet: str) -> None:
    text = (
        f"Une enquête a été ouverte à la suite d'un article de {outlet} faisant état de "
        "consignes données à des gendarmes."
    )
    assert [speaker for speaker, _ in _found(text)] == [outlet]
