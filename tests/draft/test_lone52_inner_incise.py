"""A cue written inside the quotation marks that the drafter did not read (lone52, made-up
sentences): « comme l'explique X » (lexicon incise_comparative_leads), a title in lower case
before the name (« confie maître X », lexicon incise_lowercase_titles) and an indefinite person
closing a sentence inside the quotation (« Je suis ému, nous dit un habitant du quartier. Ça
va… »), a trade among them (lexicon occupation_nouns: « un vendeur de fleurs »). The
incise's person speaks, not whoever spoke last."""

from __future__ import annotations

import pytest

from tests.draft.readings import finding_holding

_BEFORE = "« Le budget est bouclé », assure Paul Girard, le maire.\n\n"


@pytest.mark.parametrize(
    ("quotation", "words", "speaker"),
    [
        (
            "« Faire revenir des gens, comme l'explique Lucie Andrieu, la présidente. On habite "
            "sous une éolienne, on les entend. »",
            "éolienne",
            "Lucie Andrieu",
        ),
        (
            "« Nous n'irons pas devant le tribunal pour valider ce scrutin, confie maître Amadou "
            "Sall, un ancien porte-parole. Ce qui s'est passé est un hold-up. »",
            "hold-up",
            "Amadou Sall",
        ),
        (
            "« Je suis ému, nous dit un habitant du quartier. Ça va être difficile "
            "financièrement pour nous. »",
            "Ça va",
            "un habitant du quartier",
        ),
        (
            "« Je suis ému, nous dit un vendeur de fleurs. Ça va être difficile pour nous. »",
            "Ça va",
            "un vendeur de fleurs",
        ),
    ],
)
def test_the_incise_inside_gives_the_speaker(quotation: str, words: str, speaker: str) -> None:
    """The incise's person speaks, not the mayor heard before."""
    text = "Titre\n\n" + _BEFORE + quotation
    assert finding_holding(text, words).speaker == speaker
