"""Who speaks when the speaker is written inside another phrase (made-up sentences, english9
pass): a document the sentence's named subject sends ("responded with a letter saying"), a
named office holder after "whose" ("Acme, whose CEO Jo Li said"), a surname that is also a
title ("…, Chancellor said" after "Aubrey Chancellor"), and a participle after "there were
no N" that nobody says. Counter-cases: a document with no named subject keeps the last
speaker, "whose" with no name goes back to its antecedent, a title with no such surname met
stays a description, a finite verb after "there were…, and" still reports."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze
from tests.draft.readings import said


def _speakers(text: str) -> list[str]:
    return [a.speaker for a in analyze(text, "en").attributions]


_BEFORE = "Minister Tom Hale wrote to the union on Friday. "


@pytest.mark.parametrize(
    "sentence",
    [
        "But the union's leader Ann Kerr swiftly responded with a letter saying she would stay.",
        "Ann Kerr responded with a statement saying she would stay.",
        "Ann Kerr has replied with a letter saying that members would stay away.",
        "Later, Ann Kerr answered in a statement saying that members would stay away.",
    ],
)
def test_a_document_the_subject_sends_is_the_subject_s(sentence: str) -> None:
    assert _speakers(_BEFORE + sentence)[-1] == "Ann Kerr"


def test_counter_a_document_with_no_named_subject_keeps_the_last_speaker() -> None:
    text = _BEFORE + "The news came with a statement saying members would stay away."
    assert _speakers(text)[-1] == "Tom Hale"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The fault came from Acme, whose CEO Jo Li said that it was a bad update.", "Jo Li"),
        ("The firm hired Acme, whose chief executive Jo Li has claimed the deal is fair.", "Jo Li"),
        ("Acme, whose founder Jo Li says the deal is fair, has grown fast.", "Jo Li"),
    ],
)
def test_a_named_holder_after_whose_speaks(sentence: str, speaker: str) -> None:
    assert _speakers(sentence)[:1] == [speaker]


def test_counter_whose_with_no_name_goes_back_to_its_antecedent() -> None:
    assert _speakers("Acme, whose shares fell, said the update was fixed quickly.") == ["Acme"]


@pytest.mark.parametrize("surname", ["Chancellor", "Bishop"])
def test_a_surname_that_is_also_a_title(surname: str) -> None:
    text = f"Spokeswoman Aubrey {surname} said the district was reviewing books. "
    text += f"The review will take a month, {surname} said."
    assert _speakers(text) == [f"Aubrey {surname}"] * 2


def test_counter_a_title_with_no_such_surname_met() -> None:
    text = "Jo Smith opened the meeting. The budget is tight, a bishop said."
    found = analyze(text, "en").attributions
    assert [(a.speaker, a.label) for a in found] == [("a bishop", "anonymous")]


@pytest.mark.parametrize(
    "sentence",
    [
        "There have been no cases reported in the county since May.",
        "There were two deaths reported by the hospital on Monday.",
        "There is no damage reported at the plant.",
    ],
)
def test_a_participle_after_there_is_nobody_s_words(sentence: str) -> None:
    assert said(sentence) == []


def test_a_said_clause_holding_there_were_reported() -> None:
    text = (
        "Jo Li said there were no faults reported in the plants after the storm, "
        "but warned residents to prepare for more rain."
    )
    assert _speakers(text) == ["Jo Li", "Jo Li"]


def test_counter_a_finite_verb_after_there_were_still_reports() -> None:
    found = said("Officials said there were problems, and reported that the plant was safe.")
    assert [content for content, _ in found] == ["there were problems", "the plant was safe"]


@pytest.mark.parametrize(
    "description",
    [
        "The maker of Norton anti-virus software",
        "The world's largest maker of Zest phones",
        "The parent company of Saks",
        "The developer of Fortnite",
    ],
)
def test_the_maker_of_a_brand_is_the_firm_that_spoke(description: str) -> None:
    text = "Acme Corp said on Monday that sales fell in the spring. "
    text += f"{description} said the issue was not related to security."
    assert _speakers(text) == ["Acme Corp", "Acme Corp"]


def test_counter_the_maker_of_a_brand_with_no_firm_before() -> None:
    text = "The maker of Norton anti-virus software said the issue was not security-related."
    assert _speakers(text) != ["Acme Corp"]
    assert len(_speakers(text)) == 1


def test_counter_the_maker_of_a_common_noun_is_no_firm_met() -> None:
    text = "Acme Corp said prices would rise. The maker of the drug said supplies were short."
    assert _speakers(text) == ["Acme Corp", "The maker of the drug"]
