"""A civil title after a body's noun in a complement (« l'avocat du club M. Durand »,
« … Maître Durand ») opens the officer's own name, not the body's (subjects32's guard,
mended by mend32b, made-up sentences): the raw ``titles`` list missed « M » (the token loses
its period) and « Maître »."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_of


@pytest.mark.parametrize(
    ("title", "speaker"), [("M.", "M. Durand"), ("Maître", "Maître Durand"), ("Me", "Me Durand")]
)
def test_a_civil_title_opens_the_officers_name(title: str, speaker: str) -> None:
    text = f"Titre\n\nL'avocat du club {title} Durand a affirmé que le contrat était nul."
    assert speaker_of(text, "le contrat était nul") == speaker
