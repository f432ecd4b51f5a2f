"""speakers58: a union written after a person noun qualifies the person, it does not speak:
also when it takes several words (« le délégué Force Ouvrière », lexicon
``qualifier_body_phrases``) or when an adjective of the office stands between them (« le
délégué central CFDT », lexicon ``union_office_adjectives``). Made-up texts."""

from __future__ import annotations

from quizapp.draft import analyze


def _speakers(text: str) -> list[str]:
    return [a.speaker for a in analyze(text, "fr").attributions]


def test_an_office_adjective_between_the_noun_and_the_union() -> None:
    text = (
        "Le site de Guise inquiète.\n\n"
        "« Nos ateliers sont plus anciens que ceux de Laon », précise le délégué central "
        "CFDT, Bruno Leclerc avant d'ajouter : « Il faut rester prudents. »"
    )
    assert _speakers(text) == ["Bruno Leclerc", "Bruno Leclerc"]


def test_a_union_in_two_words_after_the_noun() -> None:
    text = (
        "L'usine de Vire fermera en juin.\n\n"
        "« On redoutait un plan social », explique Paul Marchand, le délégué FO de l'usine. "
        "La nouvelle a fait le tour des ateliers. « Ils nous reprochent nos machines », "
        "déplore le délégué Force Ouvrière."
    )
    assert _speakers(text) == ["Paul Marchand", "Paul Marchand"]
