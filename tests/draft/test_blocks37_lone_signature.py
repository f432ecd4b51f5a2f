"""A block of first-person speech whose quotation marks the page lost, signed by a line that
holds only a name (made-up sentences, blocks37): a full name opening on a known first name, a
name after an honorific glued to its role where a line break was lost, or a first name with
an indefinite role. The block is the named person's words, at a confidence below a quotation's;
the name line is no finding. A line that is no person's name, or a block with quotation marks
or in the third person, signs nothing."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze

_BLOCK = (
    "La halle rouvrira en mai après huit mois de travaux.\n\n"
    "Nous avons tenu à garder les étals anciens, et je crois que les habitués "
    "retrouveront vite leurs repères.\n\n"
)
_THIRD_PERSON = "La halle rouvrira en mai.\n\nLes habitués retrouveront vite leurs repères.\n\n"
_AFTER = "\n\nUn chantier suivi de près"


def _found(text: str) -> list[tuple[str, str, str]]:
    analysis = analyze(text, "fr")
    return [(text[a.content[0] : a.content[1]], a.speaker, a.label) for a in analysis.attributions]


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("Marcel Dufour", "Marcel Dufour"),
        ("Docteur Lucie FabreMédecin de garde", "Lucie Fabre"),
        ("Sophie, une commerçante du marché", "Sophie"),  # a first name the lexicon knows
    ],
)
def test_a_name_line_signs_the_block_above(line: str, speaker: str) -> None:
    found = _found(_BLOCK + line + _AFTER)
    assert found == [
        (
            "Nous avons tenu à garder les étals anciens, et je crois que les habitués "
            "retrouveront vite leurs repères",
            speaker,
            "named",
        )
    ]
    assert analyze(_BLOCK + line + _AFTER, "fr").attributions[0].confidence < 0.7


@pytest.mark.parametrize(
    ("block", "line"),
    [
        (_BLOCK, "Saint Malo"),  # a place, no first name
        (_BLOCK, "Vendredi, une réunion publique"),  # a subhead, no person
        (_BLOCK, "Marcel, un voisin arrive"),  # a sentence: the role holds a verb (mend37b)
        (_BLOCK, "Lyon, une rentrée sous tension"),  # a place, no first name (mend37b)
        (_THIRD_PERSON, "Marcel Dufour"),  # narration above, nobody's words
    ],
)
def test_no_person_or_no_speech_signs_nothing(block: str, line: str) -> None:
    assert _found(block + line + _AFTER) == []
