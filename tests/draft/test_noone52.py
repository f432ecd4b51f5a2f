"""noone52: speakers that are no one. A place named after someone (« la maternelle
Paul-Langevin », « Quai Brizeux »: lexicon ``named_place_nouns``) is no person, so a lone
quotation or a description after it does not go to it; a lead « Réponse de X : « … » » gives
the quotation to X, not to « Réponse ». Made-up texts."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze
from quizapp.draft.shapes.colons.colon_speech import who_said
from quizapp.draft.words.lexicon import load


def _speakers(text: str) -> list[str]:
    return [a.speaker for a in analyze(text, "fr").attributions]


@pytest.mark.parametrize("noun", ["maternelle", "piscine", "halle", "esplanade"])
def test_a_place_named_after_someone_takes_no_lone_quotation(noun: str) -> None:
    text = (
        f"Pour la rentrée, la {noun} Paul-Langevin perdra une classe. « La fermeture est "
        f"technique », note Bernard Monguillon. Quant à la {noun} Paul-Langevin, « elle passera "
        "de 87 à 75 enfants dès la rentrée prochaine »."
    )
    assert _speakers(text) == ["Bernard Monguillon", "Bernard Monguillon"]


def test_a_place_name_opening_on_a_place_noun_is_no_one_described() -> None:
    text = (
        "Les eaux ont perdu du terrain sur le quai Brizeux. Quai Brizeux, où l’on peut à présent "
        "avancer les pieds au sec, c’est une autre ambiance. Réponse mi-figue mi-raisin de "
        "l’employé communal : « Avec ce qu’on nous annonce mardi, je ne sais plus quoi répondre »."
    )
    assert _speakers(text) == ["l’employé communal"]


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("Réponse du syndicat", "le syndicat"),
        ("La réaction de la préfecture", "la préfecture"),
        ("Le message des habitants", "les habitants"),
        ("Réponse mi-figue mi-raisin de l’employé communal", "l’employé communal"),
    ],
)
def test_a_speech_noun_lead_gives_the_quotation_to_who_said_it(lead: str, speaker: str) -> None:
    text = f"Le site ferme ses portes. {lead} : « Nous ne lâcherons rien jusqu'au bout »."
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    "phrase", ["Le projet de la mairie", "La réponse du maire l'est tout autant", "Réponse"]
)
def test_who_said_leaves_other_phrases_whole(phrase: str) -> None:
    lex = load("fr")
    assert who_said(phrase, (0, len(phrase)), lex) == (0, len(phrase))
