"""speakers20: subject phrases cut wrong, the words taken as the speaker of an attribution
when they are not the one who speaks. Made-up sentences in several forms, and counter-cases
that keep their speaker."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _speakers(text: str) -> list[str]:
    """The speaker of each attribution found in ``text``."""
    return [a.speaker for a in analyze(text, "fr").attributions]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Le bourgmestre Paul Durand (PS) annonçait hier avoir écrit au ministre.", "Paul Durand"),
        ("Le maire Jean Roux (LR) a affirmé que la classe fermera.", "Jean Roux"),
        ("La députée Anne Morel (EELV) estime que le projet est mauvais.", "Anne Morel"),
    ],
)
def test_a_party_in_brackets_after_a_titled_name_is_no_speaker(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Le Parti socialiste (PS) annonçait hier avoir écrit au ministre.", "PS"),
        ("Le collectif Sauvons Nos Écoles (SNE) a affirmé que la classe fermera.", "SNE"),
    ],
)
def test_a_body_keeps_its_own_acronym(text: str, speaker: str) -> None:
    assert speaker in _speakers(text)[0]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "La veille, les riverains et les commerçants avaient aussi porté plainte et demandant "
            "« une amende par jour de travaux ».",
            "les riverains et les commerçants",
        ),
        (
            "Lundi, le syndicat des cheminots avait déposé un préavis et réclamant « des "
            "embauches immédiates ».",
            "le syndicat des cheminots",
        ),
    ],
)
def test_a_participle_after_et_shares_the_sentence_subject(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_a_participle_right_after_a_noun_is_still_that_noun_s() -> None:
    text = "Le maire a reçu un courrier des parents réclamant « une classe de plus »."
    assert _speakers(text) == ["des parents"]
