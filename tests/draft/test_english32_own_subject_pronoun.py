""" "Cllr Wal Shaw described a mixed feeling, as he remembered…": in English a "he" after the
sentence's own subject is that subject's, even when no listed first name tells the
subject's sex and a man whose first name is listed spoke just before. Made-up sentences."""

from __future__ import annotations

from tests.draft.readings import speaker_label

_ARTICLE = """Tom Hale wins the Ashby seat

Group leader Cllr Wal Shaw let out a cheer.

Tom Hale said he was delighted with his victory.

"We will work hard for everyone," he said.

Cllr Shaw described a mixed feeling, as he remembered his friend Cllr Ray Moss.

"We are happy and sad at once," he said."""


def test_the_pronoun_after_the_subject_is_the_subjects() -> None:
    found = speaker_label(_ARTICLE, "en")
    assert found[-1] == ("Cllr Wal Shaw", "named")


def test_a_pronoun_with_no_subject_before_it_keeps_the_last_speaker() -> None:
    """Counter-case: the quotation's "he" in the paragraph after Tom Hale's is his."""
    found = speaker_label(_ARTICLE, "en")
    assert found[1] == ("Tom Hale", "named")
