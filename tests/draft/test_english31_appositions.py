"""english31: a name set before an English apposition speaks, not the apposition. An
apposition headed by the acronym of a member of a parliament ("Jane Roe, Labour MP for Leeds,
said") is no name of its own (lexicon ``member_acronyms``), and a lower-case word for a person
right before the name ("Hospital nurse Amy Roe, a union delegate, said") is the name's title,
not a preposition that makes the name its object. A name after a preposition still is no
subject, and "Ms" stays a title."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _speakers(text: str) -> list[str]:
    return [found.speaker for found in analyze(text, "en").attributions]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Jane Roe, Conservative MP for North Devon, said: "The works are too long."', "Jane Roe"),
        ("Tom Baker, Labour MP for Leeds East, said the road would stay shut.", "Tom Baker"),
        ("Ann Kerr, SNP MSP for the Highlands, said the ferry was late again.", "Ann Kerr"),
        ("Jane Roe, MP for Leeds, said the works were long.", "Jane Roe"),
        ("Town nurse Amy Pool, a union delegate, said the staff had offered to help.", "Amy Pool"),
        ("Local resident Dan Hart, a retired teacher, said the bus was always late.", "Dan Hart"),
    ],
)
def test_the_name_before_the_apposition_speaks(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_a_name_after_a_preposition_is_still_no_subject() -> None:
    assert _speakers("Talking about Tom Hart, the director said the deal was close.") == [
        "the director"
    ]
