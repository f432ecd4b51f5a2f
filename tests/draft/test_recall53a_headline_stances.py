"""A French headline's finite verb of blaming, praising or calling for (recall53a, made-up
articles): « Les infirmiers dénoncent le manque de lits » reports what the nurses said, as
intent48's verbs of demanding do; the keys hold such headline objects 13 times of 16 over
the corpus. « contester » and « s'inquiéter » (keyed one time in five or less) stay the
outlet's framing, and so does an infinitive of purpose (« … pour dénoncer … »)."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_content

BODY = (
    "\n\nUne cinquantaine de soignants se sont rassemblés mardi devant l'hôpital. « Nous "
    "sommes à bout », a déclaré Julie Morel, infirmière."
)


def _headline(line: str) -> list[tuple[str, str]]:
    """The findings of the headline ``line`` over the shared body."""
    return [(who, what) for who, what in speaker_content(line + BODY) if what in line]


@pytest.mark.parametrize(
    ("line", "found"),
    [
        (
            "Vendôme : les infirmiers dénoncent le manque de lits en pédiatrie",
            ("les infirmiers", "le manque de lits en pédiatrie"),
        ),
        (
            "La maire de Saint-Aubin appelle au calme après les incidents",
            ("La maire de Saint-Aubin", "au calme après les incidents"),
        ),
        (
            "Le syndicat salue la décision de rouvrir le service d'urgences",
            ("Le syndicat", "la décision de rouvrir le service d'urgences"),
        ),
        (
            "Les soignants regrettent une réorganisation précipitée",
            ("Les soignants", "une réorganisation précipitée"),
        ),
    ],
)
def test_a_headline_stance_is_said(line: str, found: tuple[str, str]) -> None:
    assert _headline(line) == [found]


@pytest.mark.parametrize(
    "line",
    [
        "Les soignants contestent la fermeture du service",
        "Les soignants défilent pour dénoncer le manque de lits",
        "Hôpital : le syndicat s'inquiète d'une fermeture",
    ],
)
def test_contest_worry_and_purpose_stay_framing(line: str) -> None:
    assert _headline(line) == []
