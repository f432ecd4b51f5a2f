"""A description with a new noun taking up the one person just named (made-up sentences):
a trade opening a sentence (« Ces images hantent Laurent X. L'éleveur a perdu… », then
« regrette l'éleveur »), and « Pour le vice-président du département, … » right after the
sentence that named him. Counter-cases: two people named, a person with a title written, the
other gender, an office opening the sentence (« L'avocat général a requis… ») — someone new."""

from __future__ import annotations

from tests.draft.readings import speaker_of as _speaker_of

_FEAR = "on se demande quand cela va s'arrêter"
_BETWEEN = "\n\nRien n'a pu dissuader les loups, ni les chiens ni les louvetiers.\n\n"


def _trade(lead: str, opening: str, said: str) -> str:
    return f"Titre\n\n{lead} {opening} a perdu 10 % de son cheptel.{_BETWEEN}{said}"


def test_a_trade_opening_a_sentence_takes_up_the_person_just_named() -> None:
    for name, opening, said in (
        ("Laurent Rouvier", "L'éleveur", f"« {_FEAR} », regrette l'éleveur."),
        ("Maud Ferrand", "L'éleveuse", f"Selon l'éleveuse, {_FEAR}."),
        ("Odile Marchal", "La boulangère", f"La boulangère affirme qu'{_FEAR}."),
    ):
        text = _trade(f"Ces images hantent {name} depuis une semaine.", opening, said)
        assert _speaker_of(text, _FEAR) == name, name


def test_pour_an_office_right_after_a_name_is_that_person() -> None:
    for name, office in (
        ("Nicolas Garcia", "le vice-président du département en charge de l'eau"),
        ("Claire Vannier", "la présidente du syndicat des irrigants"),
    ):
        text = (
            "Titre\n\nLes gouttes de ces derniers jours ne vont pas rassurer "
            f"{name}. Pour {office}, il faudra que tout le monde fasse attention."
        )
        assert _speaker_of(text, "il faudra que") == name, name


def test_someone_new_when_the_person_just_named_does_not_fit() -> None:
    said = f"« {_FEAR} », regrette l'éleveur."
    for lead in (
        "Ces images hantent Laurent Rouvier et Marc Keller.",
        "Laurent Rouvier, maire de Brenon, a visité la ferme.",
        "Ces images hantent Maud Ferrand.",
    ):
        assert _speaker_of(_trade(lead, "L'éleveur", said), _FEAR) == "l'éleveur", lead
    text = (
        "Titre\n\nPaul Tavana a été condamné mardi. L'avocat général avait requis la "
        "perpétuité. Pour l'avocat général, il faudra que tout le monde fasse attention."
    )
    assert _speaker_of(text, "il faudra que") != "Paul Tavana"
