"""The outlet's own reporting and sources said inside brackets (passive54).

« Selon nos informations, C »: the keys give C to a vague source, « nos informations » (3 of 3
in the corpus), so the drafter does too. « 2.500 (selon les syndicats) personnes…, FO, la
FSU »: a source said inside brackets ends at the bracket, never runs on to a name after the
next comma; and the words the brackets hold before it are what it says (« (500 selon les
organisateurs) », « (non confirmée par les analyses, selon la préfecture) »).

One short hand-made case per form; none is a sentence of the evaluation corpus.
"""

from __future__ import annotations

import pytest

from quizapp.draft import analyze

_BEFORE = "La ville manque d'eau. "  # the sentence is not the article's first


def findings(text: str) -> list[tuple[str, str, str]]:
    """Each finding's speaker, label and content."""
    found = analyze(_BEFORE + text, "fr").attributions
    return [(a.speaker, a.label, (_BEFORE + text)[slice(*a.content)]) for a in found]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Selon nos informations, le club va changer d'entraîneur avant l'été.",
         "le club va changer d'entraîneur avant l'été"),
        ("D'après nos informations, la piscine restera fermée jusqu'en mars.",
         "la piscine restera fermée jusqu'en mars"),
    ],
)  # fmt: skip
def test_the_outlets_own_information_is_a_vague_source(text: str, content: str) -> None:
    assert findings(text) == [("nos informations", "vague", content)]


def test_a_source_in_brackets_never_reaches_a_name_after_them() -> None:
    text = (
        "Entre 800 (selon la police) et 1.200 (selon les syndicats) salariés ont suivi "
        "la banderole portée par la CGT, FO, la FSU et Solidaires."
    )
    speakers = [(speaker, label) for speaker, label, _ in findings(text)]
    assert ("les syndicats", "vague") in speakers


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Les marcheurs (300 selon les organisateurs) ont rejoint la place.", "300"),
        ("Une fuite de gaz est soupçonnée (non confirmée par les relevés, selon la mairie).",
         "non confirmée par les relevés"),
    ],
)  # fmt: skip
def test_the_words_a_bracket_holds_before_its_source_are_the_claim(text: str, content: str) -> None:
    assert [c for _, _, c in findings(text)] == [content]
