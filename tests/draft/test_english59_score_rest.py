"""English small faults (english59): a score or a ratio written with a colon ("won 2:1",
"a 3:1 majority") read as a colon that ends a clause, and "Rest assured" read as a
speaker 'Rest' and a verb "assured". Made-up sentences; the guards keep a real colon before
a quotation and "assured" with a subject reporting as before."""

from __future__ import annotations

from quizapp.draft import analyze


def _found(text: str) -> list[tuple[str, str | None, str]]:
    """(content, speaker, kind) of every attribution of ``text``."""
    found = analyze(text, "en")
    return [(found.passage(a.content), a.speaker, a.kind) for a in found.attributions]


def test_a_ratio_before_the_verb_does_not_hide_its_clause() -> None:
    text = "The ratio was 3:1 and the parish council says it will not change."
    assert ("it will not change", "the parish council", "indirect") in _found(text)


def test_a_score_before_a_quotation_reads_as_a_hyphenated_one_does() -> None:
    colon = "Rovers beat City 2:1 “and it should have been more,” coach Tom Ellis said."
    hyphen = colon.replace("2:1", "2-1")
    assert _found(colon) == [
        ("Rovers beat City 2:1 “and it should have been more,", "Tom Ellis", "mixed")
    ]
    assert [kind for *_, kind in _found(hyphen)] == ["mixed"]


def test_rest_assured_is_no_speaker() -> None:
    text = "Rest assured that the bins will be emptied on Friday, the borough council said."
    assert _found(text) == [
        ("Rest assured that the bins will be emptied on Friday", "the borough council", "indirect")
    ]


def test_a_subject_that_assured_still_reports() -> None:
    text = "The mayor assured residents that the bins would be emptied on Friday."
    assert _found(text) == [("the bins would be emptied on Friday", "The mayor", "indirect")]


def test_a_colon_before_a_quotation_still_stops_the_narration() -> None:
    text = "The coach was blunt after the match: “We were poor all afternoon,” Tom Ellis said."
    assert [kind for *_, kind in _found(text)] == ["direct"]


def test_a_person_who_highlighted_that_reports_the_clause() -> None:
    text = "Cllr Robert Tait highlighted that the same issues need to be raised at the meeting."
    assert _found(text) == [
        ("the same issues need to be raised at the meeting", "Cllr Robert Tait", "indirect")
    ]


def test_a_thing_that_highlighted_that_still_reports_nothing() -> None:
    assert _found("The storm highlighted that the drains were not up to the job.") == []
    assert _found("The councillor highlighted the need for new drains.") == []
