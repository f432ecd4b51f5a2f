"""english36: a verb of demanding or proposing with a clause in the subjunctive and no "that"
reports that clause ("recommended the wall be rebuilt"); a plain noun object does not.
Made-up sentences."""

from __future__ import annotations

import pytest

from tests.draft.readings import content_cue_label, speaker_label


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Mrs Ada Pike recommended the old pavilion be rebuilt before the summer.",
            "the old pavilion be rebuilt before the summer",
            ("Mrs Ada Pike", "named"),
        ),
        (
            "Shopkeepers have demanded a public meeting be held on the new car park.",
            "a public meeting be held on the new car park",
            ("Shopkeepers", "vague"),
        ),
        (
            "Dan Okoro has demanded the trust refund the fees paid by families.",
            "the trust refund the fees paid by families",
            ("Dan Okoro", "named"),
        ),
        (
            "The watchdog is now suggesting the Government restore the grant for bus routes.",
            "the Government restore the grant for bus routes",
            ("The watchdog", "named"),
        ),
        (
            "Cllr Rhys Bowen proposed there should be a vote in every ward.",
            "there should be a vote in every ward",
            ("Cllr Rhys Bowen", "named"),
        ),
    ],
)
def test_subjunctive_clause_is_reported(text: str, content: str, speaker: tuple) -> None:
    assert [c for c, _, _ in content_cue_label(text)] == [content]
    assert speaker_label(text, "en") == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "The bakery proposed a new menu for the winter season.",
        "The company has proposed plans to reopen the old mill.",
        "Statements from the board suggest the shop has a future.",
    ],
)
def test_plain_objects_report_nothing(text: str) -> None:
    assert content_cue_label(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # mend36a: an -ing form after a noun is a participle, no demand (review36 item 2)
        "A petition urging the board scrap the fees was handed in on Tuesday.",
        "A motion proposing the library be closed was voted down.",
        "A memo recommending the club sell its ground was found on Friday.",
        # a clause word, a name after "a" or an inverted condition ends the noun object (7)
        "The auditor recommended a review because the trust must save money.",
        "The auditor recommended a review as the trust should save money.",
        "The firm proposed a Leeds depot the board had turned down.",
        "He would recommend the scheme should the board approve it.",
        "The critic recommended the song Let It Be to every listener.",
    ],
)
def test_mend36a_noun_objects_report_nothing(text: str) -> None:
    assert content_cue_label(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # mend36a: a verb that took a clause before keeps it past a noun of intention (5)
        (
            "The governor is suggesting plans to sell the depot were never approved.",
            "plans to sell the depot were never approved",
        ),
        (
            "The union demanded the decision to shut the clinic be reversed.",
            "the decision to shut the clinic be reversed",
        ),
        # "the plans be…" is a clause like any other noun phrase (8)
        (
            "The ward councillor demanded the plans be shown to residents.",
            "the plans be shown to residents",
        ),
        # an -ing form after its auxiliary still reports (2)
        ("The mayor is urging the board scrap the fees.", "the board scrap the fees"),
    ],
)
def test_mend36a_clauses_still_reported(text: str, content: str) -> None:
    assert [c for c, _, _ in content_cue_label(text)] == [content]
