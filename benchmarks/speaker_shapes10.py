"""The speakers10 shapes of the French speaker probe (benchmarks/speaker_probe.py): the
constructions behind the wrong speakers of the ninth round's sealed batches (blind9a,
blind9b, opened for tuning), each written in several forms with made-up people, with
counter-cases where the naive answer is the right one. Kept apart so that speaker_probe.py
stays short."""

from __future__ import annotations

from speaker_shapes9 import Probe

_SAID = "le club cessera toutes ses activités la saison prochaine"
_TITLED = [
    ("Pascal Maguin", "le président par intérim du club de football", "l'éducateur du club"),
    ("Pascal Maguin", "président du club de football de Lunel", "le trésorier du club"),
    ("Lise Mader", "présidente de l'association Que Choisir", "la responsable associative"),
    ("Marc Keller", "directeur de l'école Jules-Ferry", "l'enseignant de l'école"),
]
_LATER = [
    "« {S} », menace {d}.",
    "« {S} », a prévenu {d}.",
    "Les travaux ont été repoussés à 2027. « {S} », avertit {d}.",
    "Les travaux ont été repoussés. Et {S_}, assure {d}.",
]


def title_words() -> list[Probe]:
    """« X, président du club, … » then « « … », menace l'éducateur du club »: a new noun
    whose narrowing words were written in the title of the person heard last is that
    person."""
    found = []
    for name, title, described in _TITLED:
        for later in _LATER:
            said = later.format(S=_SAID[0].upper() + _SAID[1:], S_=_SAID, d=described)
            body = (
                f"« On a perdu quatre éducateurs », affirme {name}, {title}. Le terrain est "
                f"recouvert de graviers.\n\n{said}"
            )
            found.append(Probe("new noun, title words", _text(body), _SAID[1:], name))
    return found


def title_words_counter() -> list[Probe]:
    """Other words, a name in the complement, the other gender: someone new."""
    found = []
    for described in ("l'entraîneur du club voisin", "l'éducateur de Paul Roux",
                      "la responsable du club", "l'adjoint au maire"):  # fmt: skip
        body = (
            "« On a perdu quatre éducateurs », affirme Pascal Maguin, président du club de "
            f"football.\n\n« {_SAID[0].upper() + _SAID[1:]} », menace {described}."
        )
        found.append(Probe("new noun, title words (counter)", _text(body), _SAID[1:], described))
    return found


_GOING_ON = [("Pascale Schils", "l'avocate générale"), ("Marc Keller", "le procureur du roi"),
             ("Lise Mader", "la juge d'instruction")]  # fmt: skip
_AGAIN = [
    "{D} espère qu'il ne s'agit pas d'une méthode pour inquiéter les jurés.",
    "« J'espère qu'il ne s'agit pas d'une méthode pour inquiéter les jurés », a déclaré {d}.",
    "Selon {d}, il ne s'agit pas d'une méthode pour inquiéter les jurés.",
]


def going_on_kept() -> list[Probe]:
    """« a estimé X. « … », a poursuivi l'avocate générale » then « L'avocate générale
    espère… »: the description a cue that goes on gave to X keeps meaning X."""
    found = []
    for name, described in _GOING_ON:
        for again in _AGAIN:
            body = (
                f"« Le ministre a tranché la question », a estimé {name}. « La demande est "
                f"irrecevable », a poursuivi {described}. « La loi est claire. » "
                + again.format(d=described, D=described[0].upper() + described[1:])
            )
            found.append(Probe("description going on, again", _text(body), "il ne s'agit", name))
    return found


def _text(body: str) -> str:
    return f"Titre\n\n{body}"


def probes10() -> list[Probe]:
    groups = (title_words, title_words_counter, going_on_kept)
    return [probe for group in groups for probe in group()]
