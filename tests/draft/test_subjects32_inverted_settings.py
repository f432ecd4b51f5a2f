"""The subject after an inverted verb, past what may stand between (subjects32, made-up
sentences): a clock time after « à » (« indiquait à 8h la préfète »), an outlet the lexicon
does not know followed by the speaker's own name (« au micro de Radio Sud Paul X »), a
channel with its « de presse » (« dans un communiqué de presse ce jeudi les membres… »)."""

from __future__ import annotations

import pytest

from tests.draft.readings import finding_holding

_QUOTE = "La route a rouvert. « La circulation reprend normalement », "


@pytest.mark.parametrize(
    ("cue", "source"),
    [
        ("indiquait à 8h la préfète sur Radio Sud.", "la préfète"),
        ("a précisé à 18 h 30 le maire.", "le maire"),
        ("explique au micro de Radio Sud Paul Morel, enseignant.", "Paul Morel"),
        ("a déclaré sur Télé Vallée Marie Lenoir.", "Marie Lenoir"),
        (
            "expliquent dans un communiqué de presse ce jeudi les membres du bureau.",
            "les membres du bureau",
        ),
    ],
)
def test_the_subject_past_the_setting(cue: str, source: str) -> None:
    """What stands between the verb and its subject is skipped: the subject speaks."""
    text = "Titre\n\n" + _QUOTE + cue
    found = finding_holding(text, "circulation")
    assert found.source is not None
    assert text[found.source[0] : found.source[1]] == source


def test_an_outlet_with_no_person_after_it_stays_whole() -> None:
    """« sur Radio Sud Lorraine » with no first name in it is the relay whole: the subject
    after it is read as before."""
    text = "Titre\n\n" + _QUOTE + "a déclaré sur Radio Sud Lorraine le préfet."
    found = finding_holding(text, "circulation")
    assert found.source is not None
    assert text[found.source[0] : found.source[1]] == "le préfet"
