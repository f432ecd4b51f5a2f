"""mend34b: an English set phrase of object_phrase_cues ("raised concerns about", "want to
see") reports nothing when denied ("did not", "didn't", "never"), when its subject is nobody,
when it is the verb of a subject relative or when a modal puts it off; a word ending in "n't"
denies as "not" does. Made-up sentences."""

from __future__ import annotations

import pytest

from tests.draft.readings import said


@pytest.mark.parametrize(
    "sentence",
    [
        "Jane Smith did not have concerns about the safety of the road.",
        "Jane Smith never raised concerns about the safety of the road.",
        "Jane Smith didn't raise concerns about the safety of the road.",
        "Nobody has raised concerns about the safety of the road.",
        "No one has raised concerns about the safety of the road.",
        "Residents who have concerns about the road can call the council.",
        "Anyone who has concerns about the road should call the council.",
        "The council will raise concerns about the road at the meeting.",
        "Jane Smith didn't want to see a new road built through the valley.",
    ],
)
def test_an_unstated_phrase_reports_nothing(sentence: str) -> None:
    assert said(sentence, "en") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Mayor Jane Smith doesn't want the council to install cameras.",
        "Nobody wants the council to install cameras on Main Street.",
        "No one wants the council to install cameras on Main Street.",
    ],
)
def test_a_denied_wish_is_no_request(sentence: str) -> None:
    assert said(sentence, "en") == []


def test_a_stated_concern_still_reports() -> None:
    found = said("Jane Smith has raised concerns about the safety of the road.", "en")
    assert found and found[0][1] == "Jane Smith"


def test_a_relative_after_a_comma_still_reports() -> None:
    found = said("The meeting heard from Tom Baker, who spoke of the risks of the road.", "en")
    assert [speaker for _, speaker in found] == ["Tom Baker"]


def test_a_relative_in_the_simple_past_still_reports() -> None:
    found = said("Tom Baker was the only member who called for a delay to the road.", "en")
    assert [content for content, _ in found] == ["a delay to the road"]
