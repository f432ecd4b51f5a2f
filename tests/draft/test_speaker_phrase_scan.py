"""benchmarks/speaker_phrase_scan.py (speakers20): the shapes of a speaker phrase that no
noun phrase able to speak has, read on made-up sentences, and counter-cases with none."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from quizapp.draft.findings import Attribution
from quizapp.draft.words.lexicon import load

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from speaker_phrase_scan import phrase_shapes


def _shapes(text: str, mention: str, cue: str) -> tuple[str, ...]:
    """The shapes of ``mention`` read as the speaker of ``cue`` in ``text``."""
    start, at = text.index(mention), text.index(cue)
    found = Attribution(
        content=(at + len(cue), len(text)),
        cue=(at, at + len(cue)),
        source=(start, start + len(mention)),
        speaker=mention,
        speaker_mention=(start, start + len(mention)),
        kind="indirect",
        label="anonymous",
        via=None,
        confidence=0.8,
    )
    return phrase_shapes(text, found, load("fr"))


@pytest.mark.parametrize(
    ("text", "mention", "cue", "shape"),
    [
        (
            "Une vente à laquelle s'oppose le club, arguant qu'elle coûte cher.",
            "Une vente à laquelle",
            "arguant",
            "relative",
        ),
        (
            "Les riverains avaient aussi écrit et demandant « un délai ».",
            "aussi écrit et",
            "demandant",
            "dangling",
        ),
        (
            "Les riverains avaient aussi écrit et demandant « un délai ».",
            "aussi écrit et",
            "demandant",
            "lowercase",
        ),
        (
            "Un incident a été signalé par le syndicat, déplorant que rien ne change.",
            "Un incident",
            "déplorant",
            "passive",
        ),
        (
            "La liste dévoilée lundi par le rectorat annonce trois fermetures.",
            "La liste dévoilée",
            "annonce",
            "participle",
        ),
        ("Le rapport affirme que la route est sûre.", "Le rapport", "affirme", "document"),
        ("Le maire Paul Roy (DVD) annonçait la fermeture.", "DVD", "annonçait", "bracket"),
        ("Le maire a promis qu'il viendrait, a-t-il dit.", "Le maire a promis", "dit", "verb"),
        (
            "Le 3 mars 2024, la mairie a fermé en affirmant qu'il gèle.",
            "Le 3 mars 2024",
            "affirmant",
            "date",
        ),
        ("Il n'est pas question pour l'heure de céder.", "l'heure", "pas question", "time"),
        (
            "Du côté de la mairie, on a réagi en annonçant un vote.",
            "Du côté de la mairie",
            "annonçant",
            "side",
        ),
        (
            "Mille personnes selon eux dans la rue partie du port.",
            "eux dans la rue",
            "selon",
            "pronoun_more",
        ),
        ("« Je pars », a dit Je.", "Je", "a dit", "first_person"),
        (
            "L'Agence Française de la Lutte contre le Dopage affirme que non.",
            "Agence Française",
            "affirme",
            "cut_name",
        ),
        (
            "Le plan est prêt, rapportait Reuters en citant des sources proches.",
            "des sources proches",
            "rapportait",
            "cited",
        ),
    ],
)
def test_a_phrase_that_cannot_speak_shows_its_shape(
    text: str, mention: str, cue: str, shape: str
) -> None:
    """Each shape the scan lists, on a phrase the reader could mistake for a speaker."""
    assert shape in _shapes(text, mention, cue)


@pytest.mark.parametrize(
    ("text", "mention", "cue"),
    [
        (
            "Le collectif s'oppose à la fermeture, arguant qu'elle coûte cher.",
            "Le collectif",
            "arguant",
        ),
        (
            "Le rapport de la Cour des comptes affirme que la route est sûre.",
            "Le rapport de la Cour des comptes",
            "affirme",
        ),
        ("Le maire Paul Roy (DVD) annonçait la fermeture.", "Le maire Paul Roy", "annonçait"),
        (
            "Une étude publiée par l'Insee montre une hausse.",
            "Une étude publiée par l'Insee",
            "montre",
        ),
        ("Santé publique France affirme que non.", "Santé publique France", "affirme"),
        ("Selon eux, la rue est calme.", "eux", "Selon"),
        ("Le 3 mars, le maire affirme que non.", "le maire", "affirme"),
    ],
)
def test_a_noun_phrase_that_speaks_shows_none(text: str, mention: str, cue: str) -> None:
    """Counter-cases: a subject, a document with its issuer, a titled name, a work with its
    agent show no shape, so the scan lists only what may be a bug."""
    assert _shapes(text, mention, cue) == ()
