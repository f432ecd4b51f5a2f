"""A reporting verb after "would" (made-up sentences): "X would later say that…", "“…,” she
would add" tell of speech in the past like "said" (lexicon ``modal_verbs``); a negation inside
the verb ("would not say", "would never say", "has never claimed", "never said") reports
nothing (lexicon ``negation_words``), and "said it would report its findings" is one
statement, not two."""

from __future__ import annotations

import pytest

from tests.draft.readings import content_cue_label, said

CLAIM = "the ferry service would end in March"


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (f"Ana Lopes would say that {CLAIM}.", "Ana Lopes"),
        (f"Ana Lopes would later tell reporters that {CLAIM}.", "Ana Lopes"),
        (f"A port official would argue that {CLAIM}.", "A port official"),
        (f"The port authority would also warn {CLAIM}.", "The port authority"),
    ],
)
def test_a_verb_after_would_reports_its_clause(sentence: str, source: str) -> None:
    assert said(sentence) == [(CLAIM, source)]


def test_a_quotation_then_would_and_its_verb() -> None:
    text = "Ana Lopes runs the port. “Nobody told us anything,” she would later add."
    [(content, cue, label)] = content_cue_label(text)
    assert content.startswith("Nobody told us") and cue == "would later add"
    assert label == "named"


@pytest.mark.parametrize(
    "sentence",
    [
        f"Ana Lopes would not say whether {CLAIM}.",
        f"Ana Lopes wouldn't say that {CLAIM}.",
        f"Ana Lopes would never say that {CLAIM}.",
        f"Ana Lopes has never claimed that {CLAIM}.",
        f"Ana Lopes never said that {CLAIM}.",
    ],
)
def test_a_negated_verb_reports_nothing(sentence: str) -> None:
    assert said(sentence) == []


def test_a_future_act_inside_a_statement_is_no_second_statement() -> None:
    found = said("The port authority said it would report its findings in May.")
    assert found == [("it would report its findings in May", "The port authority")]
