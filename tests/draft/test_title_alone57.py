"""A title's abbreviation is never a name by itself (mend57g): « M. », « Mme », « MM. », "Mr"
belong to the words after them. « a dit M. Le Maire » gave the words to 'M' (a capital
particle before a role word still opens a surname), and « a déclaré M. le maire » cut the
inverted subject at the title's period; the speaker is the whole phrase after the title."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def speakers(text: str, language: str = "fr") -> list[str]:
    """The speaker of every finding of a text, in order."""
    return [a.speaker for a in analyze(text, language).attributions]


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        ("« Nous allons baisser les impôts », a dit M. Le Maire.", "fr", "M. Le Maire"),
        ("M. Le Drian a expliqué que la visite était reportée.", "fr", "M. Le Drian"),
        (
            "Bruno Le Maire était à Bercy. « Nous baisserons les impôts », a dit M. Le Maire.",
            "fr",
            "Bruno Le Maire",
        ),
        ("« Les travaux commenceront en mai », a déclaré M. le maire.", "fr", "M. le maire"),
        ("“We will cut taxes,” said Mr. Le Maire.", "en", "Mr. Le Maire"),
    ],
)
def test_title_is_no_name_alone(text: str, language: str, speaker: str) -> None:
    """The speaker is the title with the name or the words after it, never the bare title."""
    assert speakers(text, language) == [speaker]


def test_title_and_surname_keep_the_fullest_name() -> None:
    """A title and a surname met after the full name still name that person."""
    text = (
        "Le maire, M. Michel Sylvestre, a présenté son bilan. M. Sylvestre a ensuite "
        "expliqué que les travaux commenceraient en mai."
    )
    assert speakers(text) == ["M. Michel Sylvestre"]
