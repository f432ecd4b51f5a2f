"""English speakers (made-up sentences): a focus adverb before the subject ("Even experts say…",
"Even the mayor said…") is no part of it; a document described ("a new study", "the report")
is no person, so a later "she" or "he" takes up the person met before, while "it" still takes
up the document."""

from __future__ import annotations

import pytest

from tests.draft.readings import content_speaker_label, said


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Even experts say consumers are right to doubt some research.", "experts"),
        ("Even the mayor said the plan was flawed.", "the mayor"),
        ("Even so, officials said the road would reopen in May.", "officials"),
    ],
)
def test_even_before_the_subject_is_no_part_of_it(sentence: str, source: str) -> None:
    [(_content, written)] = said(sentence)
    assert written == source


def test_she_after_a_study_takes_up_the_woman_met_before() -> None:
    text = (
        "Fay Hart has eaten eggs all her life. Even though a new study says yolks may be bad, "
        "she says the study makes no sense to her."
    )
    speakers = [speaker for _c, speaker, _l in content_speaker_label(text, "en")]
    assert speakers == ["a new study", "Fay Hart"]


def test_it_after_a_report_still_takes_up_the_report() -> None:
    """Counter-case: a document is no person, but "it" speaks for it."""
    text = "A new report says the river is polluted. It says the council must act at once."
    speakers = [speaker for _c, speaker, _l in content_speaker_label(text, "en")]
    assert speakers == ["A new report", "A new report"]


def test_coun_is_a_title_before_a_surname() -> None:
    """ "Coun Lewis" (a councillor, British press) is James Lewis met before."""
    text = (
        "Council leader James Lewis presented the budget on Monday. "
        "Coun Lewis said the burden had shifted to local government."
    )
    [(_content, speaker, label)] = content_speaker_label(text, "en")
    assert (speaker, label) == ("James Lewis", "named")


def test_coun_before_another_surname_is_someone_else() -> None:
    """Counter-case: the title joins no other surname."""
    text = (
        "Council leader James Lewis presented the budget on Monday. "
        "Coun Alan Lamb said the cuts were a choice."
    )
    [(_content, speaker, _label)] = content_speaker_label(text, "en")
    assert speaker != "James Lewis"
