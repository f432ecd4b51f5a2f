"""A capitalised word after a quotation closing its sentence that is a reporting verb and a
noun (made-up sentences, mend47a): « « … » Note la une du journal local, qui… » is a new
sentence, not the quotation's cue with « la une » its speaker; with a name (« Note Marie
Durand. ») or its pronoun (« Note-t-elle. ») it is the cue, and a verb that is no noun
(« Ironise un salarié ») still is one with a determiner."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze

_BEFORE = "Le conseil municipal s'est réuni lundi.\n\n"
_QUOTE = "« Le budget est tenu et nous le prouverons. »"


def _speakers(text: str) -> list[str]:
    return [a.speaker for a in analyze(text, "fr").attributions]


def test_a_noun_and_its_determiner_after_a_quotation_is_no_speaker() -> None:
    text = f"{_BEFORE}{_QUOTE} Note la une du journal local, qui relaie les chiffres."
    assert "la une du journal local" not in _speakers(text)


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [("Note Marie Durand.", "Marie Durand"), ("Ironise un salarié.", "un salarié")],
)
def test_a_name_or_a_verb_that_is_no_noun_is_still_the_cue(cue: str, speaker: str) -> None:
    assert _speakers(f"{_BEFORE}{_QUOTE} {cue}") == [speaker]


def test_the_pronoun_of_a_noun_like_cue_takes_the_speaker_before() -> None:
    text = f"{_BEFORE}{_QUOTE} Explique Marie Durand.\n\n« Nous attendons. » Note-t-elle."
    assert _speakers(text)[-1] == "Marie Durand"
