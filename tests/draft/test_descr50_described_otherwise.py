"""A bare title or trade does not take up a recent subject met only as another office's
description or as a body or place (descr50): « L'élu syndical » after « Le directeur de
l'agence », « Le maire » after « Le procureur », « L'édile » after « La ville » speak as
themselves; a leader's word for a leader (« le patron » after « le directeur ») still takes
it up.

One short hand-made case per rule; none is a sentence of the evaluation corpus.
"""

from __future__ import annotations

from quizapp.draft import analyze


def speakers(text: str) -> list[str]:
    return [a.speaker for a in analyze(text, "fr").attributions]


def test_another_office_described_is_not_taken_up() -> None:
    text = (
        "Le directeur de l'agence régionale de santé a défendu le plan mardi devant la presse. "
        "L'élu syndical a répondu que les soignants étaient épuisés."
    )
    assert speakers(text)[-1] == "L'élu syndical"


def test_an_office_of_a_case_is_not_the_mayor() -> None:
    text = (
        "Le procureur a annoncé mardi que l'enquête se poursuivait. "
        "Le maire a affirmé que la commune se porterait partie civile."
    )
    assert speakers(text) == ["Le procureur", "Le maire"]


def test_a_town_is_not_its_mayor() -> None:
    text = (
        "La ville a annoncé lundi qu'elle portait plainte contre un habitant. "
        "L'édile a dénoncé des injures inacceptables contre les agents."
    )
    assert speakers(text)[-1] == "L'édile"


def test_a_leaders_word_still_takes_up_the_leader() -> None:
    text = (
        "Le directeur de l'usine a assuré mardi que rien n'était décidé. "
        "Le patron a ajouté que le site resterait ouvert."
    )
    assert speakers(text) == ["Le directeur de l'usine", "Le directeur de l'usine"]
