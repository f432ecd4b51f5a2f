"""mend40a (review40): "requested" reports only when it asks a person or a body, not a thing
asked for oneself ("requested anonymity to discuss…"); an -ing verb of asking after a motion or
a petition reports only when a verb that brings the document comes before it, not negated,
and its subject speaks; a short aside in brackets before a "who" relative leaves the name its
antecedent. Made-up sentences."""

from __future__ import annotations

import pytest

from tests.draft.readings import content_speaker_label, finding_holding, said


@pytest.mark.parametrize(
    "sentence",
    [
        "The official requested anonymity to discuss the negotiations.\n",
        "The family requested privacy to grieve.\n",
        "Ms Roe has requested permission to build a garage.\n",
        "He requested anonymity because he was not authorised to speak to the press.\n",
        "Some of these requests have not been dealt with in years and I need to get results.\n",
    ],
)
def test_requested_a_thing_for_oneself_reports_nothing(sentence: str) -> None:
    assert said(sentence, "en") == []


def test_requested_anonymity_in_a_relative_is_no_finding() -> None:
    text = (
        "An official, who requested anonymity to discuss the private talks, said the deal "
        "was close.\n"
    )
    assert [c for c, _, _ in content_speaker_label(text, "en")] == ["the deal was close"]


def test_requested_a_body_to_act_still_reports() -> None:
    """Guard: a body asked is a request, as after "urged"."""
    found = finding_holding("The mayor requested the council to apologise.\n", "apologise", "en")
    assert found.speaker == "The mayor", found.speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "Mr Hill voted against a motion calling on the mayor to resign.\n",
        "Cllr Ann Roe opposed the motion calling on the council to raise taxes.\n",
        "Cllr Ann Roe did not table a motion calling on the council to act.\n",
    ],
)
def test_a_document_not_brought_by_the_subject_reports_nothing(sentence: str) -> None:
    assert said(sentence, "en") == []


def test_a_document_described_gives_no_second_finding() -> None:
    text = "Cllr Ann Roe described the motion calling on the council to resign as a stunt.\n"
    assert len(content_speaker_label(text, "en")) <= 1


def test_the_one_who_signed_the_petition_speaks() -> None:
    text = "Residents signed a petition calling on the government to scrap the law.\n"
    found = finding_holding(text, "scrap the law", "en")
    assert found.speaker == "Residents", found.speaker


def test_an_aside_in_brackets_before_who_leaves_the_name() -> None:
    text = "Liz Terry (Labour), who chairs the committee, said the budget was balanced.\n"
    found = finding_holding(text, "budget was balanced", "en")
    assert found.speaker == "Liz Terry", found.speaker
