"""An English impersonal voice carries its own subject ("it was feared", "it is understood",
"concerns were raised about"): written after "and" or "but" inside a sentence, it is no
second verb of the main clause's subject. Made-up sentences."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_label


@pytest.mark.parametrize(
    "text",
    [
        "Greenvale Council cut the budget, and it was feared the library could close.",
        "The union met the bosses on Monday and it is understood a deal is near.",
        "The Oak Trust shut the gallery last year – and it is thought it will not reopen.",
    ],
)
def test_an_impersonal_voice_after_a_conjunction_is_vague(text: str) -> None:
    assert speaker_label(text, "en") == [("", "vague")]


def test_a_pronoun_subject_after_a_conjunction_is_still_the_body() -> None:
    """Counter-case: "it said" is the council speaking, not an impersonal voice."""
    text = "Greenvale Council met on Monday. The council cut the budget and it said jobs would go."
    assert [label for _, label in speaker_label(text, "en")] == ["named"]
