"""Two regressions of round 53 (mend53e, made-up articles): a person's title (« le maire »,
« le préfet ») is one person, so the unmarked « je » paragraph after him stays his while a
body (« la préfecture ») or a group (« les habitants ») still gets none; and a document
(« le protocole », « le dossier de presse », « la décision de la cour ») can speak."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze
from quizapp.draft.speakers.speaker_checks.can_speak import can_speak
from quizapp.draft.words.lexicon import load

_LEAD = (
    "Cantine : les tarifs augmentent\n\n"
    "Le conseil municipal a voté lundi une hausse des tarifs de la cantine scolaire pour la "
    "rentrée prochaine.\n\n"
)
_WORDS = "Je sais que les familles sont déçues, mais nous n'avions pas le choix cette fois."


def _speakers(heard: str) -> list[str]:
    """The speakers of findings whose content starts like the « je » paragraph."""
    text = f"{_LEAD}{heard}\n\n{_WORDS}\n\nLa suite au prochain conseil.\n"
    found = analyze(text, "fr").attributions
    return [a.speaker for a in found if text[a.content[0] : a.content[1]].startswith(_WORDS[:20])]


@pytest.mark.parametrize("title", ["le maire", "le préfet", "la directrice", "le ministre"])
def test_a_titled_speaker_keeps_the_je_paragraph(title: str) -> None:
    heard = f"« Les coûts de l'énergie ont doublé cette année », a déclaré {title}."
    assert _speakers(heard) == [title]


@pytest.mark.parametrize("body", ["la préfecture", "la mairie", "les habitants"])
def test_a_body_or_a_group_still_gets_no_je_paragraph(body: str) -> None:
    heard = f"« Les coûts de l'énergie ont doublé cette année », a indiqué {body}."
    assert _speakers(heard) == []


@pytest.mark.parametrize(
    "phrase",
    [
        "le protocole signé jeudi",
        "le diagnostic du cabinet",
        "le dossier de presse",
        "la décision de la cour d'appel",
        "les résultats de l'enquête",
        "l'évaluation du ministère",
        "les statistiques de l'Insee",
    ],
)
def test_a_document_can_speak(phrase: str) -> None:
    assert can_speak(phrase, load("fr"))
