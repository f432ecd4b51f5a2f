"""An English set phrase opening on an -s form ("calls for", "demands that") is a plural noun
after a determiner, a preposition or an -ing verb: nobody speaks. Found by the corpus check
that no speaker mention holds a verb, once round 33's sealed batches joined the corpus."""

import pytest

from quizapp.draft import analyze


def _cues(sentence: str) -> list[tuple[str, str]]:
    found = analyze("A headline\n\n" + sentence, "en")
    return [(found.passage(a.cue), a.speaker) for a in found.attributions if a.cue]


@pytest.mark.parametrize(
    "sentence",
    [
        "Firefighters spent the night responding to calls for help across the valley.",
        "The calls for a second bridge grew louder after the flood.",
        "Volunteers were answering calls for advice until midnight.",
    ],
)
def test_a_plural_noun_reports_nothing(sentence: str) -> None:
    assert _cues(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The harbour master calls for patience while the pier is repaired.", "The harbour master"),
        ("She calls for a vote before the summer.", "She"),
    ],
)
def test_the_verb_after_its_subject_still_reports(sentence: str, speaker: str) -> None:
    assert _cues(sentence) == [("calls for", speaker)]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Councillor Ann Fleming calls for an inquiry into the contract.", "Ann Fleming"),
        ("A statement from Beijing calls for restraint on both sides of the strait.", "Beijing"),
        ("Boeing calls for tighter checks on the new jets after the crash.", "Boeing"),
    ],
)
def test_a_name_ending_in_ing_is_no_gerund(sentence: str, speaker: str) -> None:
    """review33: the -ing test read folded words, so a name such as "Fleming" lost its cue."""
    assert _cues(sentence) == [("calls for", speaker)]
