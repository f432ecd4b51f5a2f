"""English voices the drafter reads (made-up sentences): progressive reporting verbs, the
impersonal "it is understood", and quotations whose marks are mixed."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze
from tests.draft.readings import content_cue_label as _found


@pytest.mark.parametrize(
    ("sentence", "content", "cue"),
    [
        (
            "The agency is arguing that the new scheme will cut emissions.",
            "the new scheme will cut emissions",
            "is arguing",
        ),
        (
            "Rents will double within five years, housing charities are warning.",
            "Rents will double within five years",
            "are warning",
        ),
        (
            "Unions have long been saying the pension reform is unfair.",
            "the pension reform is unfair",
            "have long been saying",
        ),
    ],
)
def test_a_progressive_reporting_verb_is_active(sentence: str, content: str, cue: str) -> None:
    """A form of *be* before the -ing form of a reporting verb is its progressive, not a
    passive: the subject before it speaks."""
    [(said, found_cue, _label)] = _found(sentence)
    assert (said, found_cue) == (content, cue)


def test_a_passive_is_still_no_cue() -> None:
    """Counter-case: "was reported by" stays a passive, read by its own rule; "is planning"
    and "is reporting record profits" are no statements."""
    assert _found("The company is planning to leave the city next year.") == []
    assert _found("The firm is reporting record profits this year.") == []


@pytest.mark.parametrize(
    ("sentence", "content", "cue"),
    [
        (
            "It is understood two guards were injured during the escape.",
            "two guards were injured during the escape",
            "It is understood",
        ),
        (
            "It is believed that the fire started in the kitchen.",
            "the fire started in the kitchen",
            "It is believed",
        ),
    ],
)
def test_an_impersonal_voice_reports(sentence: str, content: str, cue: str) -> None:
    """ "It is understood / believed (that)…": nobody is named; the voice is vague."""
    assert _found(sentence) == [(content, cue, "vague")]


def test_it_is_understood_without_a_clause_reports_nothing() -> None:
    """Counter-case: "It is understood by everyone" reports no statement."""
    assert _found("It is understood by everyone in the room.") == []


@pytest.mark.parametrize(
    "text",
    [
        '"Letting them pollute is no solution,” said Ana Ruiz, a lawyer for the group.',
        '“Letting them pollute is no solution," said Ana Ruiz, a lawyer for the group.',
    ],
)
def test_a_quotation_with_mixed_marks(text: str) -> None:
    """A straight mark closed by a curly one (or the reverse) is one quotation."""
    analysis = analyze(text, "en")
    [found] = analysis.attributions
    assert analysis.passage(found.content) == "Letting them pollute is no solution,"
    assert (found.speaker, found.kind) == ("Ana Ruiz", "direct")


def test_a_straight_quotation_keeps_its_own_closing_mark() -> None:
    """Counter-case: with a straight closing mark, a curly one later is not the end."""
    text = '"We will appeal," she said of the “unfair” ruling, Ana Ruiz added.'
    analysis = analyze(text, "en")
    assert "We will appeal," in [analysis.passage(a.content) for a in analysis.attributions]


def test_a_setting_before_the_subject_is_neither_said_nor_a_name() -> None:
    """ "In a statement, the company said…": the opening phrase is where, not what, is said;
    "In Paris, officials said…": "In Paris" names no one (it was the speaker "Paris")."""
    assert _found("In a statement, the company said demand had collapsed.") == [
        ("demand had collapsed", "said", "anonymous")
    ]
    analysis = analyze("In Paris, officials said the deal was off.", "en")
    [found] = analysis.attributions
    assert (analysis.passage(found.source), found.label) == ("officials", "vague")


def test_a_clause_before_a_final_cue_is_still_said() -> None:
    """Counter-case: an opening phrase followed by a clause with its verb is what was said."""
    said = [content for content, _, _ in _found("In the end, the deal collapsed, an aide said.")]
    assert said == ["In the end, the deal collapsed"]
