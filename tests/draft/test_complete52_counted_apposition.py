"""Names set before an apposition that counts them out of their group (« Anne X et Marie Y,
deux des cinq conseillers de la coalition de gauche, se demandent… ») speak, with it: the
apposition, headed by a number word (lexicon ``number_words``), may run as long as an
office's, and is not cut from its names (complete52). A short one was already read so.

One short hand-made case per form; none is a sentence of the evaluation corpus.
"""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def sources(text: str) -> list[tuple[str, str]]:
    """Each finding's speaker and source words."""
    found = analyze(text, "fr").attributions
    return [(a.speaker, text[slice(*a.source)] if a.source else "") for a in found]


@pytest.mark.parametrize(
    "apposition",
    [
        "deux des cinq conseillers de cette coalition de gauche",
        "deux élus de l'opposition municipale de la commune de Lyon",
        "trois des membres du collectif de défense de la gare",
    ],
)
def test_a_long_counted_apposition_keeps_its_names(apposition: str) -> None:
    text = f"Lucie Morel et Anne Vidal, {apposition}, se demandent s'il y a un véritable projet."
    ((speaker, source),) = sources(text)
    assert speaker == "Lucie Morel"
    assert source.startswith("Lucie Morel et Anne Vidal, ")


def test_a_short_apposition_was_already_read_with_its_names() -> None:
    text = "Lucie Morel et Anne Vidal, deux élues, estiment que le budget est faux."
    assert sources(text) == [("Lucie Morel", "Lucie Morel et Anne Vidal, deux élues")]
