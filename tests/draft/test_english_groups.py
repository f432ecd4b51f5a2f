"""Groups in English news writing (made-up sentences): a plural subject and its verb with an
adverb between ("Other analysts also think…"), and a member of a counted group that spoke
before ("…, one of the officials said") speaking for that group."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _found(text: str, language: str = "en") -> list[tuple[str, str, str]]:
    analysis = analyze(text, language)
    return [
        (analysis.passage(a.content), analysis.passage(a.source) if a.source else "", a.speaker)
        for a in analysis.attributions
    ]


@pytest.mark.parametrize(
    ("sentence", "content", "source"),
    [
        (
            "Other investors also think the merger puts too much debt on the group.",
            "the merger puts too much debt on the group",
            "Other investors",
        ),
        (
            "Many economists still believe the downturn will be short.",
            "the downturn will be short",
            "Many economists",
        ),
        ("Critics often say the new law is too harsh.", "the new law is too harsh", "Critics"),
    ],
)
def test_an_adverb_between_a_plural_subject_and_its_verb(
    sentence: str, content: str, source: str
) -> None:
    """The base form is a verb after a plural subject and an adverb; the adverb is not part
    of the source."""
    [(said, written, _speaker)] = _found(sentence)
    assert (said, written) == (content, source)


def test_an_adverb_before_a_verb_that_reports_nothing_makes_no_cue() -> None:
    """Counter-case: "what the workers also say about it" reports no statement."""
    assert _found("The report rarely mentions what the workers also say about it.") == []


def test_a_member_of_a_counted_group_speaks_for_it() -> None:
    text = (
        "Two senior officials said the talks had stalled. "
        "The deal, one of the officials said, was all but dead."
    )
    speakers = [speaker for _, _, speaker in _found(text)]
    assert speakers == ["Two senior officials", "Two senior officials"]


def test_a_member_of_another_group_is_its_own_source() -> None:
    """Counter-case: "one of the diplomats" after "two officials" is not one of them."""
    text = (
        "Two senior officials said the talks had stalled. "
        "One of the diplomats said the deal was dead."
    )
    assert [speaker for _, _, speaker in _found(text)][1] == "One of the diplomats"


def test_l_un_des_elus_speaks_for_the_group() -> None:
    text = (
        "Trois élus ont dénoncé la décision du maire. L'un des élus affirme que le projet est mort."
    )
    assert [speaker for _, _, speaker in _found(text, "fr")][-1] == "Trois élus"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Ruiz left the company in May, saying the board had failed.",
        "Ruiz won the seat in 2019, saying voters wanted change.",
    ],
)
def test_a_participle_after_an_irregular_past_shares_its_subject(sentence: str) -> None:
    """ "left", "won": an irregular past ends the subject as "-ed" does (it was the whole
    clause "Ana Ruiz left the company in May")."""
    [(_said, source, _speaker)] = _found(sentence)
    assert source in {"Ana Ruiz", "Ruiz"}


def test_a_subject_with_a_that_relative_speaks_whole() -> None:
    """ "The team that won the title said…": *that* after a noun and before a verb opens a
    relative clause of the subject (the source was "won the title")."""
    [(_said, source, _speaker)] = _found("The club that won the cup said the coach deserved it.")
    assert source == "The club"


def test_said_that_is_no_relative() -> None:
    """Counter-case: *that* after the verb introduces what is said."""
    [(said, source, _speaker)] = _found("Officials said that crowds that gathered had left.")
    assert (said, source) == ("crowds that gathered had left", "Officials")
