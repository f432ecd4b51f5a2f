"""A noun of a tie to someone (« l'épouse », « la sœur », « le conseiller »: lexicon
``relational_person_nouns``) after a paragraph that named Paul X names someone close to him,
never him (mend49c: candidates49's paragraph reading took them up). A complement that only
classifies (« le père de famille ») describes the person himself, and one written with that
very noun (« le conseiller de la ville, Romain X ») is taken up by it; « le frère de Romain X »
is not Romain X.

Short hand-made cases; none is a sentence of the evaluation corpus.
"""

from __future__ import annotations

import pytest

from tests.draft.test_candidates49_paragraph_people import _OFFICE, _SHOP, speakers

_SAYS = "« Je ne partirai pas avant la retraite », sourit {}."


@pytest.mark.parametrize(
    ("before", "noun"),
    [
        (_SHOP, "l'épouse"),
        (_SHOP, "la sœur"),
        (_SHOP, "la conseillère"),
        (_OFFICE, "le frère"),
        (_OFFICE, "le mari"),
        (_OFFICE, "le conseiller"),
    ],
)
def test_a_tie_to_someone_is_not_the_person_named(before: str, noun: str) -> None:
    assert speakers(before + _SAYS.format(noun)) == [noun]


def test_a_classifying_complement_describes_the_person_named() -> None:
    text = _OFFICE + _SAYS.format("le père de famille")
    assert speakers(text) == ["Romain Ferrand"]


def test_the_noun_the_person_was_written_with_takes_them_up() -> None:
    text = _OFFICE.replace("de Romain", "du conseiller de la ville, Romain").replace(
        "Ferrand tient", "Ferrand, tient"
    )
    assert speakers(text + _SAYS.format("le conseiller")) == ["Romain Ferrand"]


def test_a_noun_of_a_tie_to_the_person_named_is_someone_else() -> None:
    text = _OFFICE.replace("de Romain", "du frère de Romain") + _SAYS.format("le frère")
    assert speakers(text) == ["le frère"]


def test_the_lawyer_is_not_the_woman_named() -> None:
    text = (
        "Marie Dupont a ouvert sa boutique en 1990. Les clients sont venus nombreux. "
        "L'avocat a dit : « Le dossier est vide »."
    )
    assert speakers(text) == ["L'avocat"]
