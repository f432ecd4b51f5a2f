"""A broadcaster's pull quote: a paragraph of a speaker's words with no quotation marks, a
spaced dash on the same line, then its signer (made-up sentences, recall40). The signature may
close on a full stop when a dash sets the name off, the words need no first person when
neither they nor the signature end on a stop, and a described signer (« Le maire de X ») may
follow the dash. A stop after names listed with no dash, or a sentence whose dash joins two
places, signs nothing."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze

_BEFORE = "Le conseil municipal s'est réuni lundi soir à la mairie.\n\n"
_AFTER = "\n\nLa séance a duré trois heures."


def _found(paragraph: str) -> list[tuple[str, str]]:
    text = _BEFORE + paragraph + _AFTER
    analysis = analyze(text, "fr")
    return [(analysis.passage(a.content), a.speaker) for a in analysis.attributions]


@pytest.mark.parametrize(
    ("paragraph", "words", "speaker"),
    [
        (  # a full stop after the role, a dash before the name
            "Nous avons trouvé une majorité plus large que celle que nous avions prévue - "
            "Paul Martin, maire réélu de Vue, soutenu par deux listes.",
            "Nous avons trouvé une majorité plus large que celle que nous avions prévue",
            "Paul Martin",
        ),
        (  # no first person, no stop: the pull quote's own shape
            "Comme dans toutes les familles, il y a des petits désaccords qu'il faut régler "
            "vite - Pascal, secrétaire du syndicat",
            "Comme dans toutes les familles, il y a des petits désaccords qu'il faut régler vite",
            "Pascal",
        ),
        (  # a described signer after the dash
            "J'ai une élue qui attend un enfant. Je trouve qu'il y a une vraie prise de "
            "risque — Le maire de Montval",
            "J'ai une élue qui attend un enfant. Je trouve qu'il y a une vraie prise de risque",
            "Le maire de Montval",
        ),
    ],
)
def test_a_dash_signs_the_words_before_it(paragraph: str, words: str, speaker: str) -> None:
    assert _found(paragraph) == [(words, speaker)]


@pytest.mark.parametrize(
    "paragraph",
    [
        # names listed in a sentence that ends on a stop, no dash before the last name
        "Le communiqué commun est signé par Paul Roy, maire de Vue, et par Anne Durand, "
        "maire de Lyon.",
        # a dash between two places, and a stop closing the sentence
        "Trente trains sont supprimés ce lundi dans la région. Parmi eux, ceux de la ligne "
        "Nantes – Lyon, une des lignes les plus touchées.",
        # too short to be a pull quote, and no first person
        "Les travaux reprennent - Pascal, secrétaire du syndicat",
    ],
)
def test_no_pull_quote_signs_nothing(paragraph: str) -> None:
    assert _found(paragraph) == []
