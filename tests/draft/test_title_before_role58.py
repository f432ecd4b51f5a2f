"""speakers58: a civil title before a definite role in lower case (« M. le maire », « Mme la
présidente ») is the courtesy paid to the office's holder: the role is taken up as « le
maire » would be, the holder named before, not a nameless 'M. le maire'. Made-up texts."""

from __future__ import annotations

from quizapp.draft import analyze


def _speakers(text: str) -> list[str]:
    return [a.speaker for a in analyze(text, "fr").attributions]


def test_mister_mayor_is_the_mayor_named_before() -> None:
    text = (
        "Le maire de Figeac tire le bilan de son mandat.\n\n"
        "M. le maire de Figeac, Henri Vialard, a reçu la presse lundi. Pour M. le maire, son "
        "bilan repose sur la rénovation des écoles."
    )
    assert _speakers(text)[-1] == "Henri Vialard"


def test_madame_le_maire_in_capitals_stays_as_written() -> None:
    text = (
        "Le conseil municipal s'est réuni jeudi à Charnay.\n\n"
        "Sophie Marin, élue depuis 2020, préside la séance. L'ordre du jour touche à l'avenir "
        "de la commune, a souligné Madame le Maire."
    )
    assert _speakers(text) == ["Madame le Maire"]
