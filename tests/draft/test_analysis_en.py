"""The English analysis on short hand-made cases, one construction each."""

from __future__ import annotations

from quizapp.draft import Analysis, Attribution, analyze


def only(analysis: Analysis) -> Attribution:
    assert len(analysis.attributions) == 1, [
        analysis.passage(a.content) for a in analysis.attributions
    ]
    return analysis.attributions[0]


def test_quote_then_subject_then_said() -> None:
    text = "Jane Smith leads the agency.\n“We will not back down,” she said on Monday."
    analysis = analyze(text, "en")
    found = only(analysis)
    assert analysis.passage(found.content) == "We will not back down,"
    assert (found.kind, found.label, found.speaker) == ("direct", "named", "Jane Smith")


def test_quote_then_said_then_name() -> None:
    text = '"The plan is dead," said John Miller, the committee chairman.'
    found = only(analyze(text, "en"))
    assert (found.speaker, found.label) == ("John Miller", "named")


def test_reported_speech_with_that() -> None:
    text = "A senior official said that the talks had stalled."
    analysis = analyze(text, "en")
    found = only(analysis)
    assert analysis.passage(found.content) == "the talks had stalled"
    assert (found.kind, found.label) == ("indirect", "anonymous")


def test_according_to_and_relay() -> None:
    text = "The deal will be signed on Friday, according to two people familiar with the matter."
    analysis = analyze(text, "en")
    found = only(analysis)
    assert analysis.passage(found.content) == "The deal will be signed on Friday"
    assert (found.kind, found.label) == ("according_to", "anonymous")


def test_told_an_outlet_is_a_relay() -> None:
    text = "Three people familiar with the matter told CNN that the raid was planned for weeks."
    found = only(analyze(text, "en"))
    assert (found.label, found.via) == ("anonymous", "CNN")


def test_clause_then_subject_said() -> None:
    text = "The US could announce new assistance as soon as Sunday, a US official said."
    analysis = analyze(text, "en")
    found = only(analysis)
    assert (
        analysis.passage(found.content) == "The US could announce new assistance as soon as Sunday"
    )
    assert found.label == "anonymous"


def test_the_official_resolves_to_the_earlier_official() -> None:
    text = (
        "A senior defense official said the briefing was routine. "
        "“Nothing has changed,” the official said."
    )
    analysis = analyze(text, "en")
    first, second = analysis.attributions
    assert second.speaker == first.speaker
    assert second.label == "anonymous"


def test_critics_are_vague() -> None:
    found = only(analyze("Critics say the law goes too far.", "en"))
    assert found.label == "vague"


def test_loaded_words_are_author() -> None:
    analysis = analyze(
        "The meeting took place in Geneva.\nIt was a stunning defeat for the mayor.", "en"
    )
    labels = {analysis.passage(c.span): c.label for c in analysis.unattributed}
    assert labels["The meeting took place in Geneva."] == "fact"
    assert labels["It was a stunning defeat for the mayor."] == "author"


def test_said_then_comma_then_quote() -> None:
    text = 'Jim Jordan left early. Asked about the aide, he said, "We are talking to the staff."'
    analysis = analyze(text, "en")
    found = only(analysis)
    assert analysis.passage(found.content) == "We are talking to the staff."
    assert found.speaker == "Jim Jordan"


def test_name_and_apposition_before_said() -> None:
    text = "Later, Brian Straessle, a spokesman for the panel, said the email was not authorized."
    analysis = analyze(text, "en")
    found = only(analysis)
    assert (found.speaker, found.label) == ("Brian Straessle", "named")
    assert analysis.passage(found.content) == "the email was not authorized"


def test_a_closing_mark_typed_as_an_opening_one_still_opens_a_quote() -> None:
    text = "”They took the wrong path,” Dennis Hastert told reporters."
    found = only(analyze(text, "en"))
    assert (found.kind, found.speaker) == ("direct", "Dennis Hastert")


def test_nouns_that_look_like_verbs_are_not_cues() -> None:
    text = "He refused to comment on reports that the deal had collapsed, citing a vow of silence."
    assert all(a.kind != "direct" for a in analyze(text, "en").attributions)
    assert analyze("The senator urged caution and careful deliberation.", "en").attributions == ()
