"""A single quoted word heading a reporting verb's object (review of split31, made-up
sentences): « Le champion défend son « titre » samedi. » The marks only stress the head, so
the verb's usual objects still decide, and « défendre son titre » is no stance. A longer
quotation of the speaker's own words still makes the object a mixed finding."""

from __future__ import annotations

import pytest

from tests.draft.readings import content_speaker_label


@pytest.mark.parametrize(
    "sentence",
    [
        "Le champion défend son « titre » samedi.",
        "La joueuse défendra son « trophée » dimanche.",
    ],
)
def test_a_quoted_head_leaves_the_verb_its_usual_objects(sentence: str) -> None:
    assert content_speaker_label(f"Titre\n\n{sentence}") == []


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        ("Les syndicats vantaient la « liberté d'expression » des salariés.",
         "la « liberté d'expression » des salariés", "Les syndicats"),
        ("Le ministre s'est félicité du « départ réussi » de la mission.",
         "du « départ réussi » de la mission", "Le ministre"),
    ],
)  # fmt: skip
def test_a_longer_own_word_still_reports(sentence: str, content: str, speaker: str) -> None:
    found = content_speaker_label(f"Titre\n\n{sentence}")
    assert [(words, who) for words, who, _ in found] == [(content, speaker)]
