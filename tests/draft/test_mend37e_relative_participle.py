"""A French participle inside a relative's clause is not the act of the sentence's long
subject (made-up sentences, mend37e): in « Les représentants … ont rencontré la rectrice, qui
a diffusé une note assurant que … » the note is the relative's, not the representatives'. The
speakers37 reading past a setting stays (test_speakers37)."""

from __future__ import annotations

import pytest

from tests.draft.readings import finding_holding


@pytest.mark.parametrize(
    ("subject", "relative"),
    [
        (
            "Les représentants des habitants du port ancien et de la cité ouvrière",
            "ont rencontré la rectrice, qui a diffusé une note assurant",
        ),
        (
            "Les délégués des parents du collège public et de l'école maternelle",
            "ont reçu une lettre de la rectrice, qui a diffusé une note assurant",
        ),
    ],
)
def test_a_participle_after_a_relative_is_not_the_long_subjects(
    subject: str, relative: str
) -> None:
    text = f"Titre\n\n{subject} {relative} que les classes resteraient ouvertes."
    assert not finding_holding(text, "classes").speaker.startswith(subject[:12])
