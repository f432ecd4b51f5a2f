"""A description with a new noun taking up the person heard last (made-up sentences;
speakers10): its narrowing words were written in the title beside that person's name
(« X, président du club, … » then « menace l'éducateur du club »; « Y, présidente de
l'association Z » then « assure la responsable associative »), and a description taken up by
a cue that goes on (« a poursuivi l'avocate générale ») keeps meaning that person later.
Counter-cases: a complement with other words or a name, another gender, a plural, a speaker
heard long before — someone new."""

from __future__ import annotations

from tests.draft.readings import speaker_of as _speaker_of

_SAID = "le club cessera toutes ses activités la saison prochaine"


_TITLED = [
    ("Pascal Maguin", "le président par intérim du club de football", "l'éducateur du club"),
    ("Pascal Maguin", "président du club de football de Lunel", "le trésorier du club"),
    ("Lise Mader", "présidente de l'association Que Choisir", "la responsable associative"),
    ("Lise Mader", "présidente de l'association Que Choisir", "la militante associative"),
    ("Marc Keller", "directeur de l'école Jules-Ferry", "l'enseignant de l'école"),
]
_LATER = [
    "« {s} », menace {d}.",
    "« {s} », a prévenu {d}.",
    "Les travaux ont été repoussés à 2027. « {s} », avertit {d}.",
]


def test_a_new_noun_with_the_words_of_the_title_is_the_person_heard() -> None:
    for name, title, described in _TITLED:
        for later in _LATER:
            text = (
                f"Titre\n\n« On a perdu quatre éducateurs », affirme {name}, {title}. "
                "Le terrain est recouvert de graviers.\n\n"
                + later.format(s=_SAID[0].upper() + _SAID[1:], d=described)
            )
            assert _speaker_of(text, _SAID[1:]) == name, (described, later)


def test_someone_new_when_the_words_do_not_fit() -> None:
    for name, title, described in (
        ("Pascal Maguin", "président du club de football", "l'adjoint au maire"),
        ("Pascal Maguin", "président du club de football", "l'entraîneur du club voisin"),
        ("Pascal Maguin", "président du club de football", "l'éducateur de Paul Roux"),
        ("Lise Mader", "présidente de l'association Que Choisir", "le responsable associatif"),
        ("Lise Mader", "présidente de l'association Que Choisir", "les responsables associatifs"),
    ):
        text = (
            f"Titre\n\n« On a perdu quatre éducateurs », affirme {name}, {title}.\n\n"
            f"« {_SAID[0].upper() + _SAID[1:]} », menace {described}."
        )
        assert _speaker_of(text, _SAID[1:]) != name, described


def test_someone_new_when_the_person_was_heard_long_before() -> None:
    text = (
        "Titre\n\n« On a perdu quatre éducateurs », affirme Pascal Maguin, président du club. "
        "Le terrain est vieux. Les vestiaires sont petits. La mairie a promis des travaux. "
        "Rien n'a été fait.\n\n« Le club cessera toutes ses activités », menace l'éducateur "
        "du club."
    )
    assert _speaker_of(text, "club cessera") == "l'éducateur du club"


def test_a_description_taken_up_by_a_cue_that_goes_on_keeps_that_person() -> None:
    for name, described in (
        ("Pascale Schils", "l'avocate générale"),
        ("Marc Keller", "le procureur du roi"),
        ("Lise Mader", "la juge d'instruction"),
    ):
        for later in (
            "{D} espère qu'il ne s'agit pas d'une méthode pour inquiéter les jurés.",
            "« J'espère qu'il ne s'agit pas d'une méthode pour inquiéter les jurés », "
            "a déclaré {d}.",
        ):
            text = (
                f"Titre\n\n« Le ministre a tranché la question », a estimé {name}. « La "
                f"demande est irrecevable », a poursuivi {described}. « La loi est claire. » "
                + later.format(d=described, D=described[0].upper() + described[1:])
            )
            assert _speaker_of(text, "il ne s'agit pas") == name, (described, later)
