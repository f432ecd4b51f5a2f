"""A French description whose noun is in no list is left undecided, not made no person
(mend39a, review39 item 1, made-up sentences): « Selon le plombier, … précise-t-il » is
the plumber's, since no list holds every trade; a known thing (« le tract », « le dernier
plan de la ville ») is still no person."""

from __future__ import annotations

from tests.draft.readings import finding_holding


def _speaker_of(text: str, word: str) -> str:
    return finding_holding("Titre\n\n" + text, word).speaker


def test_plumber_missing_from_the_lists_stays_the_speaker() -> None:
    """« le plombier » is in no person list: his « précise-t-il » stays his."""
    text = (
        "Jean Morel a acheté la maison en mars. Selon le plombier, toute la tuyauterie est à "
        "refaire. « Il faudra trois semaines, précise-t-il. Et ça coûtera cher. »"
    )
    assert _speaker_of(text, "trois semaines") == "le plombier"


def test_paediatrician_on_duty_stays_the_speaker() -> None:
    """« la pédiatre de garde » is in no person list: her « assure-t-elle » stays hers."""
    text = (
        "Marie Vidal a conduit sa fille aux urgences. Selon la pédiatre de garde, l'enfant "
        "n'avait rien. « Elle pouvait rentrer, assure-t-elle. Il fallait juste du repos. »"
    )
    assert _speaker_of(text, "pouvait rentrer") == "la pédiatre de garde"


def test_town_plan_is_no_person() -> None:
    """« le dernier plan de la ville » is a document (an adjective before its noun): the
    « prévient-il » is the manager's."""
    text = (
        "Luc Martin dirige la régie depuis 2012. Selon le dernier plan de la ville, la ligne "
        "sera prolongée. Il reste prudent. « Il faudra des fonds, prévient-il. Beaucoup de "
        "fonds. »"
    )
    assert _speaker_of(text, "des fonds") == "Luc Martin"
