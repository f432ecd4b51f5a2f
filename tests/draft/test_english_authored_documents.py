"""An English document whose author is written in the source phrase speaks for that author
(made-up sentences; lexicon authored_documents, owned_documents, named_documents): "a news
release from the county health agency said…", "an alert from the Ministry of Public Safety
told residents…", "according to a CNA/NNU news release": the author speaks, named. A study
or an analysis "of" something names what it is about, not its author."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze

CLAIM = "five people were ill"


@pytest.mark.parametrize(
    "document", ["a news release", "a press release", "an alert", "an email", "a court filing"]
)
@pytest.mark.parametrize(
    ("author", "speaker"),
    [
        ("the Orange County Health Care Agency", "Orange County Health Care Agency"),
        ("Acme Corp", "Acme Corp"),
    ],
)
@pytest.mark.parametrize(
    "sentence",
    [
        "{Source} said {claim}.",
        "{Source} has warned that {claim}.",
        "{Claim}, {source} said.",
        "{Claim}, according to {source}.",
    ],
)
def test_the_author_after_the_document_speaks(
    document: str, author: str, speaker: str, sentence: str
) -> None:
    source = f"{document} from {author}"
    text = sentence.format(
        source=source,
        Source=source[0].upper() + source[1:],
        claim=CLAIM,
        Claim=CLAIM[0].upper() + CLAIM[1:],
    )
    found = analyze(text, "en").attributions
    assert [(a.speaker, a.label) for a in found] == [(speaker, "named")]


@pytest.mark.parametrize("document", ["news release", "announcement", "alert"])
def test_a_name_written_before_the_document_speaks(document: str) -> None:
    found = analyze(f"Five people were ill, according to an Acme {document}.", "en").attributions
    assert [(a.speaker, a.label) for a in found] == [("Acme", "named")]


@pytest.mark.parametrize(
    "document", ["An analysis of existing research", "A survey of older voters"]
)
def test_what_a_study_is_about_is_not_its_author(document: str) -> None:
    """Counter-case: "of" after a study or an analysis names its subject."""
    found = analyze(f"{document} found that {CLAIM}.", "en").attributions
    assert [a.speaker for a in found] == [document]


def test_an_outlet_named_post_stays_an_outlet() -> None:
    """Counter-case: "The Washington Post" is no post written by Washington."""
    found = analyze(f"The Washington Post reported that {CLAIM}.", "en").attributions
    assert [a.speaker for a in found] == ["The Washington Post"]
