"""English requests (made-up sentences): a verb of asking with whom it asks, then "to" and a
verb ("urged the union to return…", "called on the province to allow…", "appealed to anyone
who saw the crash to come forward", lexicon request_cues) reports what is asked, the person
asked with it, in every tense and after any subject; nested in a report when its own subject
stands before it. Not in the passive, not before "whether", a time or a noun after "to", not
"asked not to be named", not an -ing form after a noun (a document's words)."""

from __future__ import annotations

import pytest

from tests.draft.readings import content_speaker_label, said


@pytest.mark.parametrize(
    ("sentence", "content", "source"),
    [
        (
            "The mayor urged residents to stay indoors during the storm.",
            "residents to stay indoors during the storm",
            "The mayor",
        ),
        (
            "The union has asked the minister to reopen talks on pay before the summer.",
            "the minister to reopen talks on pay before the summer",
            "The union",
        ),
        (
            "Health officials appealed to parents to vaccinate their children before school.",
            "parents to vaccinate their children before school",
            "Health officials",
        ),
        (
            "The council called on the Transport Department and the rail operator to fund more "
            "buses.",
            "the Transport Department and the rail operator to fund more buses",
            "The council",
        ),
        (
            "Jane Roe encouraged her neighbours to report any suspicious vehicles to the police.",
            "her neighbours to report any suspicious vehicles to the police",
            "Jane Roe",
        ),
        (
            "Police are urging anyone who saw the crash on the bypass to come forward.",
            "anyone who saw the crash on the bypass to come forward",
            "Police",
        ),
        (
            "The harbour master asked people not to swim near the ferry terminal.",
            "people not to swim near the ferry terminal",
            "The harbour master",
        ),
        (
            "The residents' association urges the board to drop the plan before the vote.",
            "the board to drop the plan before the vote",
            "The residents' association",
        ),
    ],
)
def test_a_request_reports_whom_and_what_it_asks(sentence: str, content: str, source: str) -> None:
    assert (content, source) in said(sentence)


def test_a_request_after_a_named_sentence_goes_to_the_pronoun_s_person() -> None:
    text = "Ada Brennan chairs the parks board. She pleaded with the council to keep the pool open."
    [(content, speaker, label)] = content_speaker_label(text, "en")
    assert content == "the council to keep the pool open"
    assert (speaker, label) == ("Ada Brennan", "named")


def test_a_request_nested_in_a_report_is_its_own_subject_s() -> None:
    found = said(
        "The Gazette reported that the Water Board asked farmers to cut their use by half."
    )
    assert ("farmers to cut their use by half", "the Water Board") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "She was urged to resign by her colleagues on the board.",
        "The inspector called on Monday to check the boiler in the flat.",
        "He asked to speak to the manager of the shop.",
        "He asked her to dinner at the club last week.",
        "The House passed a resolution urging the administration to release the complaint.",
        "The driver pressed the button to open the doors of the bus.",
    ],
)
def test_no_request_without_its_shape(sentence: str) -> None:
    assert said(sentence) == []


def test_asked_not_to_be_named_is_no_request() -> None:
    found = said("The official, who asked not to be identified, said the plan was dead.")
    assert found == [("the plan was dead", "The official")]


def test_asked_whether_is_no_request() -> None:
    found = said("The mayor asked whether the council would ask residents to pay for the bridge.")
    assert all(not content.startswith("residents to pay") for content, _ in found)
