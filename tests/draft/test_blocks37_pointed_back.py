"""A sentence that gives the sentence before to its speaker by pointing back to it (made-up
sentences, blocks37): a reporting verb after « C'est / Voilà … ce que » with its subject before
it or after it (past a setting between commas, before a complement of the verb), or a noun of
speech after « Ce sont les … de », « Telle est la … de ». The content is the sentence before;
the cue and the speaker are in the pointing sentence. The impersonal « on » and a verb that is
no reporting verb give nothing."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze

_BEFORE = "La digue ne tiendra pas un hiver de plus. "


def _found(text: str) -> list[tuple[str, str, str]]:
    analysis = analyze(text, "fr")
    return [
        (text[a.content[0] : a.content[1]], text[a.cue[0] : a.cue[1]] if a.cue else "", a.speaker)
        for a in analysis.attributions
    ]


@pytest.mark.parametrize(
    ("pointing", "cue", "speaker"),
    [
        ("C'est ce qu'a expliqué Paul Lemaire au journal.", "a expliqué", "Paul Lemaire"),
        ("C'est ce qu'a expliqué Paul Lemaire lors du conseil.", "a expliqué", "Paul Lemaire"),
        ("Voilà ce que Paul Lemaire a déclaré hier soir.", "a déclaré", "Paul Lemaire"),
        (
            "C'est ce que réclamaient, samedi matin, des riverains du quai.",
            "réclamaient",
            "des riverains du quai",
        ),
        ("Ce sont les mots de Paul Lemaire, président du syndicat.", "mots", "Paul Lemaire"),
        (
            "Telle est la position de Paul Lemaire, président du syndicat.",
            "position",
            "Paul Lemaire",
        ),
    ],
)
def test_the_sentence_before_is_the_speakers(pointing: str, cue: str, speaker: str) -> None:
    found = _found(_BEFORE + pointing)
    assert found == [("La digue ne tiendra pas un hiver de plus", cue, speaker)]
    assert analyze(_BEFORE + pointing, "fr").attributions[0].confidence < 0.7


@pytest.mark.parametrize(
    "pointing", ["C'est ce qu'on imagine.", "C'est ce qu'a voté le conseil municipal."]
)
def test_no_speaker_or_no_speech_gives_nothing(pointing: str) -> None:
    assert _found(_BEFORE + pointing) == []


_EN_BEFORE = "The ferry will stop running in winter. "


@pytest.mark.parametrize(
    ("pointing", "cue", "speaker"),
    [
        ("That is what the mayor, Tom Hale, said on Monday.", "said", "Tom Hale"),
        ("That's what Tom Hale told reporters.", "told reporters", "Tom Hale"),
        ("That was the view of Tom Hale, the harbour master.", "view", "Tom Hale"),
    ],
)
def test_english_sentence_before_is_the_speakers(pointing: str, cue: str, speaker: str) -> None:
    analysis = analyze(_EN_BEFORE + pointing, "en")
    text = _EN_BEFORE + pointing
    found = [
        (text[a.content[0] : a.content[1]], text[a.cue[0] : a.cue[1]] if a.cue else "", a.speaker)
        for a in analysis.attributions
    ]
    assert found == [("The ferry will stop running in winter", cue, speaker)]


@pytest.mark.parametrize("pointing", ["That is what I said.", "This is what happens in winter."])
def test_english_no_speaker_gives_nothing(pointing: str) -> None:
    assert list(analyze(_EN_BEFORE + pointing, "en").attributions) == []
