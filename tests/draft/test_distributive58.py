"""speakers58: a distributive subject (« Tous », « Toutes », « Chacun ») shares a statement
out among the plural of people written just before it, or the members of a collective named
there (« le collectif »): the speaker is that group, not the word « Tous »; with neither
written, « tous » stays the speaker. Made-up texts."""

from __future__ import annotations

from quizapp.draft import analyze


def _speakers(text: str) -> list[str]:
    return [a.speaker for a in analyze(text, "fr").attributions]


def test_tous_takes_up_the_plural_of_the_sentence_before() -> None:
    text = (
        "La fonderie de Vierzon tourne au ralenti.\n\n"
        "Mardi, 60 % des 200 ouvriers ont cessé le travail. Tous dénoncent la baisse des "
        "commandes depuis deux ans."
    )
    assert _speakers(text) == ["des 200 ouvriers"]


def test_tous_after_an_inverted_plural_subject() -> None:
    text = (
        "Quatre communes ont déjà choisi.\n\n"
        "Restent les cinq maires du canton de Lormes, qui hésitent encore. Tous expliquent "
        "qu'ils décideront au printemps."
    )
    assert _speakers(text) == ["les cinq maires"]


def test_tous_after_a_collective() -> None:
    text = (
        "Le projet de zone commerciale divise Brignac.\n\n"
        "Depuis un an, le collectif multiplie les réunions publiques. Tous réclament une "
        "rénovation du centre ancien."
    )
    assert _speakers(text) == ["le collectif"]


def test_tous_with_no_group_written_stays_itself() -> None:
    text = (
        "« La récolte est bonne », affirme Paul Verdier, producteur. « Les prix tiennent », "
        "ajoute Claire Roux, présidente de la coopérative. Mais tous d'assurer : « Le "
        "marché reste fragile »."
    )
    assert _speakers(text)[-1] == "tous"
