"""benchmarks/cue_shapes.py (cues19): the shape a reporting verb's form stands in, which
cue_consistency.py counts over the corpus, read on made-up sentences."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from cue_shapes import FAMILIES, shape_at


def _shape(text: str, form: str, inside: bool = False) -> str:
    start = text.index(form)
    return shape_at(text, start, start + len(form), inside)


@pytest.mark.parametrize(
    ("text", "form", "shape"),
    [
        ("Le maire estime que la route est dangereuse.", "estime", "+que"),
        ("« La route est dangereuse », a-t-il ensuite estimé.", "estimé", "after-quote"),
        ("« La route est dangereuse », estime le maire.", "estime", "after-quote"),
        ("La route est dangereuse, estime le maire.", "estime", "after-comma"),
        ("Le maire a annoncé : « La route ferme ».", "annoncé", "+colon"),
        ("Le maire a promis de rouvrir la route.", "promis", "+de-inf"),
        ("Le maire appelle à voter dimanche.", "appelle", "+à-inf"),
        ("Le maire a démenti cette rumeur.", "démenti", "+NP"),
        ("Le maire parle d'un échec.", "parle", "+de-NP"),
        ("Le maire insiste sur la sécurité.", "insiste", "+prep-NP"),
        ("Le maire a publié une note hier.", "note", "noun"),
        ("Il a lu l'annonce du maire.", "l'annonce", "noun"),
    ],
)
def test_the_shape_of_a_form_is_read_from_the_words_around_it(
    text: str, form: str, shape: str
) -> None:
    assert _shape(text, form) == shape
    assert shape in FAMILIES


def test_a_form_inside_a_quotation_is_nested_with_its_own_shape() -> None:
    text = "« Mon voisin m'a dit qu'il partait », raconte Paul."
    assert _shape(text, "dit", inside=True) == "nested +que"
