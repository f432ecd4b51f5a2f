"""An object that reports by itself, then a colon opening a quotation (« Le maire a dénoncé une
décision injuste : « … » », « a pris la parole pour sommer X de cesser le feu : « … » »): two
statements of one speaker, the object up to the colon (indirect) and the quotation (direct);
the object was dropped or read with the quotation as one (recall9c). A setting or a pronoun
before the colon is no statement, nor the subject of an inverted cue."""

from __future__ import annotations

import pytest

from tests.draft.readings import content_speaker_kind as found

QUOTE = "Nous ne savons pas encore tout."


@pytest.mark.parametrize(
    ("text", "said", "speaker"),
    [
        (
            f"Le maire a dénoncé une décision injuste : « {QUOTE} »",
            "une décision injuste",
            "Le maire",
        ),
        (
            f"Le ministre demande aux maires de rester prudents : « {QUOTE} »",
            "aux maires de rester prudents",
            "Le ministre",
        ),
        (
            f"Hélène Vasseur a pris la parole mardi pour sommer la préfecture de rouvrir "
            f"l'école : « {QUOTE} »",
            "la préfecture de rouvrir l'école",
            "Hélène Vasseur",
        ),
        (
            f"Les éleveurs craignaient une perte de confiance des acheteurs : « {QUOTE} »",
            "une perte de confiance des acheteurs",
            "Les éleveurs",
        ),
    ],
)
def test_an_object_before_a_colon_and_the_quotation_after_it(
    text: str, said: str, speaker: str
) -> None:
    assert found(text) == [(said, speaker, "indirect"), (QUOTE, speaker, "direct")]


@pytest.mark.parametrize(
    "text",
    [
        f"Le maire a déclaré à la presse : « {QUOTE} »",
        f"Le maire a déclaré ceci : « {QUOTE} »",
        f"Le maire a lancé à ses partisans : « {QUOTE} »",
    ],
)
def test_a_setting_or_a_pronoun_before_the_colon_is_no_statement(text: str) -> None:
    assert found(text) == [(QUOTE, "Le maire", "direct")]


def test_the_subject_of_an_inverted_cue_before_the_colon_is_no_object() -> None:
    text = (
        "La récolte sera maigre, estime Marc Dupin, président des vignerons de l'Aude : "
        f"« {QUOTE} »"
    )
    assert [(c, s) for c, s, _ in found(text)] == [
        ("La récolte sera maigre", "Marc Dupin"),
        (QUOTE, "Marc Dupin"),
    ]


def test_a_reading_cues_place_before_the_colon_is_no_object() -> None:
    text = f"On pouvait lire sur les pancartes des grévistes : « {QUOTE} »"
    assert [(c, k) for c, _, k in found(text)] == [(QUOTE, "direct")]


@pytest.mark.parametrize(
    "text",
    [
        f"La préfecture tient à rassurer les éleveurs : « {QUOTE} »",
        f"La préfecture a prévenu les habitants : « {QUOTE} »",
    ],
)
def test_the_people_told_before_the_colon_are_no_statement(text: str) -> None:
    assert [(c, k) for c, _, k in found(text)] == [(QUOTE, "direct")]
