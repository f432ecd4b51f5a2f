"""noone52: speakers that are no one. A place named after someone (« la maternelle
Paul-Langevin », « la piscine Jean Boiteux »: lexicon ``named_place_nouns``) is no person, so a
lone quotation after it stays with the one heard before. Made-up texts."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _speakers(text: str) -> list[str]:
    return [a.speaker for a in analyze(text, "fr").attributions]


@pytest.mark.parametrize("noun", ["maternelle", "piscine", "halle", "esplanade"])
def test_a_place_named_after_someone_takes_no_lone_quotation(noun: str) -> None:
    text = (
        f"Pour la rentrée, la {noun} Paul-Langevin perdra une classe. « La fermeture est "
        f"technique », note Bernard Monguillon. Quant à la {noun} Paul-Langevin, « elle passera "
        "de 87 à 75 enfants dès la rentrée prochaine »."
    )
    assert _speakers(text) == ["Bernard Monguillon", "Bernard Monguillon"]
