"""A rule's head reviewed (mend45b, made-up sentences, the reviewer's included): a written
text demanding (« La loi demande que », « Cette loi exige que ») is a speaker, as when it
states (« La loi prévoit que »); only a wish after it (« La loi veut que ») reports nothing.
A custom or chance demanding is no speaker (« L'usage exige que »), also after a pointing
determiner (« Cette tradition ») or with one adjective after its head (« La tradition
locale »)."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _found(text: str) -> list[tuple[str, str]]:
    """(speaker, content) of each attribution found in ``text``."""
    return [
        (a.speaker, text[a.content[0] : a.content[1]]) for a in analyze(text, "fr").attributions
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("La loi demande que les maires publient leurs comptes.", "La loi"),
        ("La loi exige que les communes construisent des logements sociaux.", "La loi"),
        ("La constitution exige que les communes construisent des logements.", "La constitution"),
        ("Cette loi exige que les communes construisent des logements sociaux.", "Cette loi"),
    ],
)
def test_a_written_text_demanding_speaks(text: str, speaker: str) -> None:
    content = text.split(" que ", 1)[1].rstrip(".")
    assert _found(text) == [(speaker, content)]


@pytest.mark.parametrize(
    "text",
    [
        "L'usage exige que les invités arrivent avant le maire.",
        "La tradition locale exige que le maire prononce un discours chaque année.",
        "Cette tradition exige que le maire prononce un discours chaque année.",
        "Cette coutume ancienne demande que les anciens ouvrent le bal.",
        "Cette loi veut que chaque commune dispose d'un plan de secours.",
    ],
)
def test_a_custom_demanding_or_a_text_wishing_is_no_speaker(text: str) -> None:
    assert _found(text) == []


def test_a_person_with_an_adjective_still_demands() -> None:
    """A guard: the adjective step reads only after a custom's head."""
    text = "La ministre régionale exige que les communes construisent des logements."
    assert _found(text) == [("La ministre régionale", "les communes construisent des logements")]
