"""A description of one person that takes up no one is the person its paragraph named
(candidates49): « la dame », « le conseiller » after a first name written a few sentences
before in the same paragraph, in a complement or a relative; not a part of a case
(« le procureur »), not « l'une de ces sources », not someone's (« le conseiller d'une
ministre »), not across a paragraph.

One short hand-made case per rule; none is a sentence of the evaluation corpus.
"""

from __future__ import annotations

from quizapp.draft import analyze


def speakers(text: str) -> list[str]:
    return [a.speaker for a in analyze(text, "fr").attributions]


_SHOP = (
    "Rue des Tanneurs, la mercerie de Jocelyne Marchal tient bon depuis 1990. "
    "Le quartier a beaucoup changé. Les loyers ont doublé en dix ans. "
    "La clientèle a vieilli avec la boutique. "
)
_OFFICE = (
    "Rue des Tanneurs, le cabinet de Romain Ferrand tient bon depuis 1990. Le quartier a "
    "beaucoup changé. Les loyers ont doublé en dix ans. La clientèle a vieilli avec le cabinet. "
)


def test_a_person_noun_takes_up_the_person_named_in_a_complement() -> None:
    text = _SHOP + "« Je ne partirai pas avant la retraite », sourit la dame."
    assert speakers(text) == ["Jocelyne Marchal"]


def test_a_person_noun_takes_up_the_person_named_in_a_relative() -> None:
    text = (
        "Les habitants, dont Jocelyne Marchal qui tient la mercerie depuis 1990, ont signé la "
        "pétition. Le quartier a beaucoup changé. Les loyers ont doublé en dix ans. La "
        "clientèle a vieilli. « Je ne partirai pas avant la retraite », sourit la dame."
    )
    assert speakers(text) == ["Jocelyne Marchal"]


def test_a_masculine_noun_takes_up_a_man_named() -> None:
    text = _OFFICE + "« Je ne partirai pas avant la retraite », sourit l'homme."
    assert speakers(text) == ["Romain Ferrand"]


def test_no_person_is_taken_up_across_a_paragraph() -> None:
    text = _SHOP + "\n« Je ne partirai pas avant la retraite », sourit la dame."
    assert speakers(text) == ["la dame"]


def test_a_part_of_a_case_speaks_as_itself() -> None:
    text = _OFFICE + "« Les faits sont établis », a déclaré le procureur."
    assert speakers(text) == ["le procureur"]


def test_someone_else_s_adviser_speaks_as_itself() -> None:
    text = _OFFICE + "« Je ne partirai pas », sourit le conseiller d'une ministre."
    assert speakers(text) == ["le conseiller d'une ministre"]


def test_one_of_several_sources_speaks_as_itself() -> None:
    text = _OFFICE + "« Rien ne bougera », a confié l'une de ces sources."
    assert speakers(text) == ["l'une de ces sources"]
