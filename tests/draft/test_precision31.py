"""Two shapes that put nobody's words in a finding (made-up sentences, precision31).

A subhead of narration that ends on a few quoted words (« Le Smur "restera ouvert la nuit" »,
« L'« effet de ciseaux » »): the outlet titles its next section with words met below; nobody
speaks in it, though the quotation is most of the line. A sentence of the body ending on a
quotation and a full stop still goes on with the last speaker.

« selon » before a criterion (« bonne ou mauvaise selon les avis », « selon des conditions
restrictives », « selon les règles établies par… »): it means "depending on" or "following",
and names no source.
"""

from __future__ import annotations

import pytest

from quizapp.draft import analyze
from tests.draft.readings import speakers

_HEARD = (
    "La directrice Claire Fontanel a présenté le plan de l'hôpital. « Nous gardons toutes "
    "les équipes de garde », a-t-elle assuré devant les élus.\n\n"
)
_BELOW = (
    "\n\nLe service d'urgence mobile restera ouvert la nuit, selon le projet présenté mardi "
    "aux élus du canton."
)


@pytest.mark.parametrize(
    "subhead",
    [
        'Le Smur "restera ouvert toute la nuit"',
        "Des soignants qui doivent « trouver des solutions en urgence »",
        "L’« effet de ciseaux des nouvelles gardes »",
    ],
)
def test_a_narration_subhead_ending_on_quoted_words_is_nobody_s(subhead: str) -> None:
    text = _HEARD + subhead + _BELOW
    start = text.index(subhead)
    inside = [
        a for a in analyze(text, "fr").attributions if start <= a.content[0] < start + len(subhead)
    ]
    assert inside == []


def test_a_body_sentence_ending_on_a_quotation_still_goes_on() -> None:
    text = _HEARD + "Les équipes de garde resteront « ouvertes toute la nuit et le week-end »."
    assert speakers(text)[:2] == ["Claire Fontanel", "Claire Fontanel"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Le débat semblait clos – bonne ou mauvaise selon les avis – depuis le vote de mars.",
        "La prime n'a été versée qu'à une partie des agents, selon des conditions strictes.",
        "La greffière organise la consultation, selon les règles établies par le directeur "
        "des élections.",
    ],
)
def test_selon_before_a_criterion_names_no_source(sentence: str) -> None:
    assert speakers(sentence) == []


def test_selon_before_a_source_still_reports() -> None:
    text = "La prime n'a été versée qu'à une partie des agents, selon le syndicat des soignants."
    assert speakers(text) == ["le syndicat des soignants"]
