"""A lone office taken up as the one person holding it (office38, made-up sentences): an
office the lexicon keeps as held by one person (« le préfet », « l'échevin », lexicon
``held_offices``) is a person, so that it may open a sentence after the one that named
its holder; such an office written beside a name is that person's title (« X, délégué
syndical FO »); a general word covers the offices it names (lexicon ``role_hypernyms``:
« le syndicaliste » for « délégué syndical », « le mayeur » for « bourgmestre »); and a
title holding the description's own noun is no other noun for the person (« X,
représentant des parents », then « le parent d'élève »)."""

from __future__ import annotations

from tests.draft.readings import finding_holding


def _speaker_of(text: str, word: str) -> str:
    return finding_holding("Titre\n\n" + text, word).speaker


def test_prefect_opening_the_sentence_after_his_name() -> None:
    """« Le préfet de Morlanne » opens the sentence after the one naming Paul Verdier."""
    text = (
        "Des rumeurs évoquaient un départ précipité. Joint par téléphone, Paul Verdier a "
        "démenti ces rumeurs. Le préfet de Morlanne dit ne rien redouter des prochains jours."
    )
    assert _speaker_of(text, "redouter") == "Paul Verdier"


def test_union_delegate_taken_up_as_the_unionist() -> None:
    """« délégué syndical » beside the name is a title; « le syndicaliste » covers it, though
    the site's director spoke since."""
    text = (
        "L'usine de Varennes fermera en juin. Sur le plateau de la radio, Karim Benali, "
        "délégué syndical FO, dénonce un choix « absurde ». « Nous avons tout tenté », répond "
        "Marc Lenoir, directeur du site. « Nous irons jusqu'au bout », prévient le syndicaliste."
    )
    assert _speaker_of(text, "jusqu'au bout") == "Karim Benali"


def test_belgian_mayor_word_covers_the_burgomaster() -> None:
    """« le mayeur » is the one burgomaster the article named, though a baker spoke since."""
    text = (
        "Le bourgmestre Luc Dewinter a reçu les commerçants de la rue Haute. « Nous voulons "
        "un délai », a déclaré Paul Simon, boulanger. « Il faut agir vite », a estimé le mayeur."
    )
    assert _speaker_of(text, "agir vite") == "Luc Dewinter"


def test_title_holding_the_description_noun_is_the_same_person() -> None:
    """« représentant des parents » is now read as a title; it holds « parents », so « le
    parent d'élève » opening the next sentence is still Jérôme Faure (a guard: the title
    must not make him someone else)."""
    text = (
        "L'école Jules-Ferry reste fermée. Contacté par téléphone, Jérôme Faure, représentant "
        "des parents au conseil d'école, a rédigé un courrier. Le parent d'élève dénonce "
        "l'attitude de la mairie."
    )
    assert _speaker_of(text, "attitude") == "Jérôme Faure"
