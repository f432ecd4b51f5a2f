"""A relative set off by commas between an English subject and its verb, whose own clause
words ("that", "when") would cut the subject walk short inside it (made-up sentences): the
subject before the relative speaks, never the relative's own subject ("John, who asked that
his name be withheld, said" is John, not "his name be withheld"). A comma that closes a
setting, not a relative, keeps the subject after it."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze
from tests.draft.readings import sources

CLAIM = "the ferry service will end in March"


def _sources(text: str) -> list[str]:
    return sources(text, "en")


@pytest.mark.parametrize(
    "aside",
    [
        "who asked that his surname be withheld",
        "who has said for years that the port is failing",
        "whose family left when the mill closed",
        "who was elected when the council collapsed",
    ],
)
@pytest.mark.parametrize("verb", ["said", "has told reporters", "warned that"])
def test_a_named_subject_before_the_relative_speaks(aside: str, verb: str) -> None:
    sources = _sources(f"Mark Odell, {aside}, {verb} {CLAIM}.")
    assert sources[-1] == "Mark Odell"


def test_a_relative_of_place_after_an_apposition() -> None:
    text = (
        "Lena Ruiz, a spokeswoman for the hospital in Dover, where a strike was held last "
        f"week, said {CLAIM}."
    )
    analysis = analyze(text, "en")
    assert [a.speaker for a in analysis.attributions] == ["Lena Ruiz"]
    assert [a.label for a in analysis.attributions] == ["named"]


def test_a_described_subject_before_a_relative_of_time() -> None:
    text = f"The harbour master, who took office when the port was sold, said {CLAIM}."
    assert _sources(text) == ["The harbour master"]


def test_a_setting_then_a_subject_after_its_comma_is_kept() -> None:
    """Counter-case: the comma before the verb's subject closes a setting with a relative
    of place; no comma stands before the verb, so the subject after it speaks."""
    text = f"In Dover, where the talks were held, officials said {CLAIM}."
    assert _sources(text) == ["officials"]


def test_a_quotation_inside_the_aside_is_left_alone() -> None:
    """Counter-case: a quotation between the opening comma and the verb is no plain relative."""
    text = f'Mark Odell, who wrote that the port "is failing", said {CLAIM}.'
    assert "his" not in " ".join(_sources(text))
