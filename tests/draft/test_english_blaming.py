"""English verbs of blame and allegation in -ing (made-up sentences): the progressive ("is
blaming Health NZ for…", "are criticising the council for…") and a participle set off after
the subject's first statement (", alleging he lacked…") report their object like "blamed"
(lexicon statement_object_verbs); a noun in -ing after a determiner reports nothing."""

from __future__ import annotations

import pytest

from tests.draft.readings import said


@pytest.mark.parametrize(
    ("sentence", "content", "source"),
    [
        (
            "However, the nurses' union is blaming the health board for rejecting the plan.",
            "the health board for rejecting the plan",
            "the nurses' union",
        ),
        (
            "Parents are criticising the council for the closure of the pool.",
            "the council for the closure of the pool",
            "Parents",
        ),
        (
            "Former staff called for the director's removal, alleging he ignored their work.",
            "he ignored their work",
            "Former staff",
        ),
    ],
)
def test_a_form_in_ing_reports_its_object(sentence: str, content: str, source: str) -> None:
    assert (content, source) in said(sentence)


def test_a_noun_in_ing_reports_nothing() -> None:
    assert said("The blaming of junior staff for the failure must stop, the report found.") == [
        ("The blaming of junior staff for the failure must stop", "the report")
    ]
