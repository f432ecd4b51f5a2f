"""An impersonal voice written with a contraction ("It's understood", "It’s believed") is the
lexicon's "it is" voice: an impersonal cue that names nobody, so no speaker (english23),
labelled vague, as "It is understood" is (made-up sentences). A contraction before a word
that is no voice of the lexicon ("It's clear") reports nothing."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze

CLAIM = "the ferry service will end in March"


@pytest.mark.parametrize("apostrophe", ["'", "’"])
@pytest.mark.parametrize("participle", ["understood", "believed", "thought", "feared"])
@pytest.mark.parametrize("that", ["", "that "])
def test_a_contracted_voice_is_the_impersonal_one(
    apostrophe: str, participle: str, that: str
) -> None:
    text = f"It{apostrophe}s {participle} {that}{CLAIM}."
    analysis = analyze(text, "en")
    [found] = analysis.attributions
    assert found.speaker == ""
    assert analysis.passage(found.cue) == f"It{apostrophe}s {participle}"
    assert (found.label, analysis.passage(found.content)) == ("vague", CLAIM)
    assert found.source is None


@pytest.mark.parametrize("lead", ["The port stayed open, but ", "Meanwhile, "])
def test_inside_a_sentence_it_reads_as_the_full_form(lead: str) -> None:
    def cues(form: str) -> list[tuple[str, str]]:
        analysis = analyze(f"{lead}{form} understood {CLAIM}.", "en")
        return [(a.label, analysis.passage(a.content)) for a in analysis.attributions]

    assert cues("it's") == cues("it is") != []


@pytest.mark.parametrize("word", ["clear", "likely", "been a long winter and"])
def test_a_contraction_before_no_voice_reports_nothing(word: str) -> None:
    """Counter-case: "It's clear", "It's likely" are the writer's own words."""
    assert analyze(f"It's {word} {CLAIM}.", "en").attributions == ()
