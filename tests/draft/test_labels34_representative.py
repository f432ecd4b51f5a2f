"""« un représentant de la préfecture » speaks for the body, as « un porte-parole de la
préfecture » does: named (DESIGN.md: a spokesperson of a named organisation; labels34,
made-up sentences). With no body (« un représentant américain ») he stays anonymous."""

from __future__ import annotations

import pytest

from tests.draft.readings import finding_holding

_SAID = "La route restera fermée tout l'hiver, a indiqué "


@pytest.mark.parametrize(
    ("source", "label"),
    [
        ("un représentant de la préfecture", "named"),
        ("une représentante de la mairie", "named"),
        ("un représentant américain", "anonymous"),
    ],
)
def test_a_representative_of_a_body_speaks_for_it(source: str, label: str) -> None:
    text = "Le col est enneigé. " + _SAID + source + "."
    assert finding_holding(text, "restera fermée").label == label
