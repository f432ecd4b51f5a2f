"""Several sources in one bracket, and the narration left around a bracket (mend54c).

« (500 selon les organisateurs, 300 selon la police) »: each source claims its own piece of the
bracket, from the comma or « et » after the source before it to its own « selon »; passive54
gave the first source the sentence up to its figure and lost the second. The narration left
around a bracket that a source took ends before the « ( » and starts after the « ) »: no
question shows a lone bracket.

One short hand-made case per form; none is a sentence of the evaluation corpus.
"""

from __future__ import annotations

import pytest

from quizapp.draft import analyze

_BEFORE = "La ville manque d'eau. "  # the sentence is not the article's first


def findings(text: str) -> list[tuple[str, str]]:
    """Each finding's speaker and content."""
    full = _BEFORE + text
    return [(a.speaker, full[slice(*a.content)]) for a in analyze(full, "fr").attributions]


def left_over(text: str) -> list[str]:
    """The unattributed claims of the sentence after ``_BEFORE``."""
    full = _BEFORE + text
    claims = analyze(full, "fr").unattributed
    return [full[slice(*c.span)] for c in claims if c.span[0] >= len(_BEFORE)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les marcheurs étaient nombreux (600 selon les organisateurs, 250 selon la police) "
         "sur le pont.", [("les organisateurs", "600"), ("la police", "250")]),
        ("Les marcheurs étaient nombreux (600 selon les organisateurs et 250 selon la police) "
         "sur le pont.", [("les organisateurs", "600"), ("la police", "250")]),
        ("Les marcheurs étaient nombreux (600 selon les organisateurs, 250 selon la police, "
         "400 selon la presse) sur le pont.",
         [("les organisateurs", "600"), ("la police", "250"), ("la presse", "400")]),
        ("Les marcheurs étaient nombreux (600 selon les uns, 250 selon les autres) sur le pont.",
         [("les uns", "600"), ("les autres", "250")]),
    ],
)  # fmt: skip
def test_each_source_of_a_bracket_claims_its_own_piece(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert findings(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les marcheurs étaient nombreux (entre 600 et 900 selon les organisateurs) sur le pont.",
         [("les organisateurs", "entre 600 et 900")]),
        ("Les marcheurs (300 selon les organisateurs) ont rejoint la place.",
         [("les organisateurs", "300")]),
        ("Une fuite de gaz est soupçonnée (non confirmée par les relevés, selon la mairie).",
         [("la mairie", "non confirmée par les relevés")]),
    ],
)  # fmt: skip
def test_a_bracket_of_one_source_keeps_its_words(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """Guards: « et » between two figures of one source splits nothing (passive54's cases)."""
    assert findings(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le rachat a été signé (pour deux millions d'euros, selon la mairie) hier soir.",
         ["Le rachat a été signé"]),
        ("Le nombre de retraités (4,1 millions selon l'Insee) a encore augmenté.",
         ["Le nombre de retraités", "a encore augmenté."]),
    ],
)  # fmt: skip
def test_the_narration_around_a_bracket_shows_no_lone_bracket(
    text: str, expected: list[str]
) -> None:
    assert left_over(text) == expected
