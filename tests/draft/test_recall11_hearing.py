"""recall11, fourth pass: « à entendre / à écouter X » as "according to X" when it opens the
sentence or follows a comma (« À entendre le maire, tout va bien »), in made-up sentences
over tenses, subject kinds and word orders, with counter-cases."""

from __future__ import annotations

import pytest

from tests.draft.readings import content_speaker_label


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "À entendre le maire, tout va bien dans la commune.",
            [("tout va bien dans la commune", "le maire", "named")],
        ),
        (
            "Le projet avançait bien, à écouter les élus de la majorité.",
            [("Le projet avançait bien", "les élus de la majorité", "vague")],
        ),
        (
            "À écouter Paul Roux, la crise sera longue.",
            [("la crise sera longue", "Paul Roux", "named")],
        ),
    ],
)
def test_hearing_someone_set_off_is_according_to_them(text: str, expected: list) -> None:
    assert content_speaker_label(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Il est difficile à entendre pour les familles.", "C'est un disque à écouter en boucle."],
)
def test_an_infinitive_of_hearing_not_set_off_reports_nothing(text: str) -> None:
    assert content_speaker_label(text) == []
