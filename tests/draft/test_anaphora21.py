"""Who a French source stands for and its label (anaphora21, made-up sentences): a study, a
survey or a projection whose author is written after it speaks for that author, as a
communiqué does."""

from __future__ import annotations

import pytest

from tests.draft.readings import content_speaker_label


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Selon une étude de l'Observatoire régional, les loyers ont grimpé de 8 %.",
         "l'Observatoire régional"),
        ("Une enquête de l'Union des maires montre que les loyers ont grimpé de 8 %.",
         "l'Union des maires"),
        ("D'après une projection de l'institut Stat-Est, les loyers ont grimpé de 8 %.",
         "Stat-Est"),
        ("Un sondage du cabinet Opinia indique que les loyers ont grimpé de 8 %.", "Opinia"),
    ],
)  # fmt: skip
def test_a_study_speaks_for_its_named_author(sentence: str, speaker: str) -> None:
    found = content_speaker_label("Titre\n\n" + sentence)
    assert [(s, lab) for c, s, lab in found if "loyers" in c] == [(speaker, "named")]


def test_a_study_with_no_author_keeps_its_own_label() -> None:
    """Counter-case: « une étude publiée mardi » names no author; the study stays the source."""
    found = content_speaker_label(
        "Titre\n\nUne étude publiée mardi montre que les loyers ont grimpé de 8 %."
    )
    assert [(s, lab) for c, s, lab in found if "loyers" in c] == [
        ("Une étude publiée", "anonymous")
    ]
