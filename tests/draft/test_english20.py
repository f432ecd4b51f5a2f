"""english20: plain bugs of English attributions seen on unseen articles. Made-up sentences,
several forms, and counter-cases."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze
from quizapp.draft.names.naming.names import proper_names
from quizapp.draft.text.segment import tokens
from quizapp.draft.text.sentence.single_quotes import as_double_quotes
from quizapp.draft.words.lexicon import load


def _found(text: str) -> list[tuple[str, str]]:
    found = analyze(text, "en").attributions
    return [(a.speaker, text[a.content[0] : a.content[1]]) for a in found]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("A driver we spoke to said the new junction was dangerous.", "A driver",
         "the new junction was dangerous"),
        ("One parent I talked to told us the school gates open too late.", "One parent",
         "the school gates open too late"),
        ("A nurse they listened to says the ward is short of beds.", "A nurse",
         "the ward is short of beds"),
    ],
)  # fmt: skip
def test_a_past_form_after_a_stranded_to_is_the_main_verb(
    text: str, speaker: str, content: str
) -> None:
    assert _found(text) == [(speaker, content)]


def test_a_to_before_a_noun_or_an_infinitive_still_opens_no_cue() -> None:
    assert _found("Thanks to reported savings, the budget grew by 3%.") == []
    assert _found("She went to the market to buy some bread.") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ann Lowe, from the builder, Hillside Homes Ltd, told the council the plan was safe.",
         "Ann Lowe"),
        ("But Tom Hart, of the operator, Northline Rail, said the trains would run.",
         "Tom Hart"),
        ("Priya Shah, a spokeswoman for the landlord, Greenway Estates, said rents would rise.",
         "Priya Shah"),
    ],
)  # fmt: skip
def test_a_name_before_an_apposition_and_the_body_it_names_speaks(text: str, speaker: str) -> None:
    assert [s for s, _ in _found(text)] == [speaker]


def test_a_body_named_after_a_setting_still_speaks() -> None:
    text = "At the meeting, the developer, Hillside Homes Ltd, said the plan was safe."
    assert [s for s, _ in _found(text)] == ["Hillside Homes Ltd"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Parents said the bus was late and also claimed there was a lack of drivers.",
         "Parents"),
        ("The union met the managers and later warned there would be a strike.", "The union"),
        ("Neighbours signed a petition and repeatedly complained that the noise was unbearable.",
         "Neighbours"),
    ],
)  # fmt: skip
def test_a_verb_after_and_and_an_adverb_shares_the_first_subject(text: str, speaker: str) -> None:
    assert {s for s, _ in _found(text)} == {speaker}


def test_a_verb_right_after_and_still_shares_it() -> None:
    text = "The union met the managers and warned there would be a strike."
    assert _found(text) == [("The union", "there would be a strike")]


@pytest.mark.parametrize(
    "text",
    [
        "Parents at the school gate said the road was busy. "
        "One of the 40 parents objecting to the plan said: “We need a crossing.”",
        "Drivers at the depot said the rota was unfair. "
        "One of the 12 drivers said the pay offer was too low.",
    ],
)
def test_a_member_of_a_newly_counted_group_speaks_for_itself(text: str) -> None:
    assert [s for s, _ in _found(text)][1].startswith("One of the")


def test_a_member_of_the_counted_group_that_spoke_still_speaks_for_it() -> None:
    text = (
        "Two officials said the talks had stalled. "
        "One of the officials said the next round was in May."
    )
    assert [s for s, _ in _found(text)] == ["Two officials", "Two officials"]


@pytest.mark.parametrize(
    "text",
    [
        "The council approved forty homes in Millbrook. The developer said the site was safe.",
        "The council approved forty homes in Millbrook, Westshire. "
        "The developer said the site was safe.",
    ],
)
def test_a_place_is_no_body_a_company_noun_takes_up(text: str) -> None:
    assert [s for s, _ in _found(text)][-1] == "The developer"


@pytest.mark.parametrize(
    "text",
    [
        "Nurses in Wales will strike on 6 June and 12 July. The union said the vote was clear.",
        "The nurses will strike in Wales on 6 June and 12 July. The union said the vote was clear.",
    ],
)
def test_a_month_is_no_body_either(text: str) -> None:
    assert [s for s, _ in _found(text)] == ["The union"]


def test_a_body_named_after_a_setting_is_still_taken_up() -> None:
    text = (
        "In Millbrook, Hartley Homes Ltd said the site was safe. The developer said it was pleased."
    )
    assert [s for s, _ in _found(text)] == ["Hartley Homes Ltd", "Hartley Homes Ltd"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("We broke the news that the Harbour Safety Board have met the ferry operators. "
         "They said the old rules were “far too weak”.", "Harbour Safety Board"),
        ("The Northfield Parish Council met on Monday. They said the bridge would stay shut.",
         "Northfield Parish Council"),
    ],
)  # fmt: skip
def test_they_with_nobody_heard_takes_up_a_body_just_named(text: str, speaker: str) -> None:
    assert [s for s, _ in _found(text)] == [speaker]


def test_they_after_a_one_word_capital_takes_up_nothing() -> None:
    text = "Staff are angry because they say the rota changed without notice."
    assert [s for s, _ in _found(text)] == ["they"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“The buses are always late” said a shopper “and nobody ever tells us why.”",
         "a shopper"),
        ('"We waited an hour" says Ms Green "and then the train was cancelled."', "Ms Green"),
    ],
)  # fmt: skip
def test_a_quotation_going_on_in_lower_case_after_the_cue_is_one(text: str, speaker: str) -> None:
    found = _found(text)
    assert len(found) == 1 and found[0][0] == speaker
    assert found[0][1].endswith(("why.", "cancelled."))


def test_a_new_quotation_in_capitals_after_the_cue_is_not_joined_without_a_comma() -> None:
    text = "“The buses are late” said a shopper “Nobody tells us why.”"
    assert all(not c.endswith("why.") or c.startswith("Nobody") for _, c in _found(text))


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Nurses are facing what their union describes as an unprecedented threat, as wards "
         "close.", "their union", "an unprecedented threat"),
        ("Critics view the plan as an unprecedented threat.", "Critics",
         "the plan as an unprecedented threat"),
        ("The council made what it described as its “best and final” offer to staff.",
         "The council", "its “best and final” offer to staff"),
        ("Two years ago, the board made what it described as a fair offer.", "the board",
         "a fair offer"),
    ],
)  # fmt: skip
def test_what_a_subject_describes_as_is_its_judgement(
    text: str, speaker: str, content: str
) -> None:
    assert _found(text) == [(speaker, content)]


def test_describing_something_as_soon_as_is_no_judgement() -> None:
    text = "The manager described the scene to reporters as soon as she arrived."
    assert _found(text) == [("The manager", "the scene to reporters as soon as she arrived")]


def _names(text: str) -> list[str]:
    words = tokens(text, (0, len(text)), "en")
    return [" ".join(t.text for t in words[a:b]) for a, b in proper_names(words, load("en"))]


def test_a_month_after_a_range_of_days_is_no_name() -> None:
    assert "July" not in _names("Staff will walk out on 6-7 June and 12-13 July.")
    assert "June" not in _names("Staff will walk out on 6-7 June and 12-13 July.")
    assert "Unite" in _names("Staff will walk out on 12-13 July with Unite.")


@pytest.mark.parametrize(
    "last",
    [
        "‘That is why the work must go on.",
        "  ‘That is why the work must go on.\n",
        "'That is why the work must go on.",
    ],
)
def test_a_single_quotation_left_open_in_the_last_paragraph_is_read(last: str) -> None:
    text = (
        "The regulator fined the firm on Monday.\n\n"
        "Jane Ross, its director, said: ‘These are serious breaches.\n\n"
        "‘We expect better.\n\n" + last
    )
    speaker, content = _found(text)[-1]
    assert speaker == "Jane Ross" and content.startswith("That is why the work must go on")


def test_only_a_mark_opening_the_last_paragraph_is_read_as_left_open() -> None:
    opened = "The firm was fined.\n\n‘We expect better."
    inside = "The firm was fined.\n\nThe boss said ‘harsh things about it."
    assert as_double_quotes(opened) == "The firm was fined.\n\n“We expect better."
    assert as_double_quotes(inside) == inside
