"""english22: English attributions and speakers missed on unseen articles, each a shape
counted over the whole corpus first. Made-up sentences, several forms, and counter-cases."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _found(text: str) -> list[tuple[str | None, str]]:
    found = analyze(text, "en").attributions
    return [(a.speaker, text[a.content[0] : a.content[1]]) for a in found]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Some 4,100 pupils missed more than ten days of school last term, new figures show.",
         "new figures", "Some 4,100 pupils missed more than ten days of school last term"),
        ("Council statistics show that rents rose by a fifth in two years.",
         "Council statistics", "rents rose by a fifth in two years"),
        ("Official records show that the bridge was last inspected in 2009.",
         "Official records", "the bridge was last inspected in 2009"),
    ],
)  # fmt: skip
def test_figures_show_in_the_plural_present_report_a_clause(
    text: str, speaker: str, content: str
) -> None:
    assert _found(text) == [(speaker, content)]


def test_figures_that_show_after_an_inserted_cue_keep_their_own_clause() -> None:
    text = (
        "Waits must come down, the health minister has said, as new figures show that "
        "9,000 people wait over a year."
    )
    assert _found(text) == [
        ("the health minister", "Waits must come down"),
        ("new figures", "9,000 people wait over a year"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The theatres show three films a night in the summer.",
        "Both galleries show the work of local painters.",
    ],
)
def test_show_with_a_plain_object_reports_nothing(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("The road will stay shut until Monday, a North Yorkshire Fire and Rescue Service "
         "spokeswoman said.", "North Yorkshire Fire and Rescue Service",
         "The road will stay shut until Monday"),
        ("Two wards were closed to visitors, a Royal Devon and Exeter NHS Foundation Trust "
         "spokesman said.", "Royal Devon and Exeter NHS Foundation Trust",
         "Two wards were closed to visitors"),
        ("“The council has run out of money,” Friends of Dunmore Park Trust chairman Paul "
         "Green said.", "Paul Green", "The council has run out of money,"),
    ],
)  # fmt: skip
def test_a_long_name_counts_as_one_word_in_a_subject_before_its_cue(
    text: str, speaker: str, content: str
) -> None:
    assert _found(text) == [(speaker, content)]


def test_a_long_lower_case_clause_before_a_final_cue_is_no_subject() -> None:
    text = "The road will stay shut, and the buses that run past the old mill on Sundays said."
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Scottish Fire and Rescue Service (SFRS) sent six crews. An SFRS spokesman said "
         "the blaze was under control by midnight.", "An SFRS spokesman"),
        ("The Royal College of Midwives (RCM) balloted its members. An RCM spokeswoman said "
         "the vote closed on Friday.", "An RCM spokeswoman"),
    ],
)  # fmt: skip
def test_a_spokesperson_written_with_the_bodys_acronym_speaks_as_the_spokesperson(
    text: str, speaker: str
) -> None:
    assert _found(text)[-1][0] == speaker


def test_a_description_spelling_an_acronym_out_is_still_the_body() -> None:
    text = (
        "The RCM balloted its members on Monday. The Royal College of Midwives said the vote "
        "closed on Friday."
    )
    assert _found(text)[-1][0] == "The Royal College of Midwives"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("At the meeting, Mayor Ann Cole was critical of the effect of continuing County "
         "cuts on the library, but stressed the town would keep it open.", "Ann Cole"),
        ("Three nurses who were on shift that night were at the hearing on Monday, saying "
         "that the ward had been short of staff.", "Three nurses"),
    ],
)  # fmt: skip
def test_a_form_of_be_ends_the_subject_a_later_verb_shares(text: str, speaker: str) -> None:
    assert _found(text)[0][0] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Parents were furious as the school board pledged to close the library.",
         "the school board"),
        ("The budget was passed after a long meeting in which several members spoke of "
         "the need for more buses.", "several members"),
        ("The plans were criticised at a meeting where the mayor spoke of the need for "
         "homes.", "the mayor"),
    ],
)  # fmt: skip
def test_the_subject_after_as_or_where_speaks_not_the_main_clauses(text: str, speaker: str) -> None:
    assert _found(text)[0][0] == speaker


def test_as_before_a_role_set_off_by_commas_leaves_the_name_speaking() -> None:
    text = (
        "Mr Dale, sworn in last year as head of the Harbour Board, said he was "
        "“co-operating fully” with the inquiry."
    )
    assert _found(text)[0][0] == "Mr Dale"


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("There have been reports of shops in the town running out of bread by noon.",
         "reports", "shops in the town running out of bread by noon"),
        ("Last month, rumours surfaced that the club could be sold to a US investor.",
         "rumours", "the club could be sold to a US investor"),
        ("There were also claims that the vote had been rigged in two wards.",
         "claims", "the vote had been rigged in two wards"),
    ],
)  # fmt: skip
def test_an_unowned_noun_of_speech_brought_in_by_there_is_or_surfacing_is_the_source(
    text: str, speaker: str, content: str
) -> None:
    assert _found(text) == [(speaker, content)]


@pytest.mark.parametrize(
    "text",
    [
        "Ministers have dismissed reports of a rift as gossip from the opposition benches.",
        "There have been no reports of anyone being hurt in the blast.",
    ],
)
def test_an_unowned_noun_of_speech_as_an_object_or_denied_is_no_source(text: str) -> None:
    assert all(speaker != "reports" for speaker, _ in _found(text))


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Sales rose 4 percent, short of the 6 percent traders had expected.", "traders",
         "the 6 percent"),
        ("The jobless rate hit 5%, above the rise to 4.8% that economists had forecast.",
         "economists", "the rise to 4.8%"),
        ("Prices climbed 3%, more than the 2% the Bank of England had predicted.",
         "Bank of England", "the 2%"),
    ],
)  # fmt: skip
def test_what_a_subject_expected_stands_before_it_in_an_object_relative(
    text: str, speaker: str, content: str
) -> None:
    assert _found(text) == [(speaker, content)]


@pytest.mark.parametrize(
    "text",
    [
        "Sales fell, as analysts had predicted.",
        "Profits were lower than analysts expected.",
        "It marked the end of the era the town had expected.",
    ],
)
def test_an_expectation_with_no_noun_phrase_of_its_own_reports_nothing_new(text: str) -> None:
    assert all(content not in {"the era", "the end of the era"} for _, content in _found(text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Earlier in the week the health secretary insisted the strike must be settled "
         "between the union and hospital bosses.", "the health secretary"),
        ("Later on Friday the club chairman said the deal would be signed by local "
         "investors.", "the club chairman"),
    ],
)  # fmt: skip
def test_a_setting_after_an_opening_time_is_no_part_of_the_subject(text: str, speaker: str) -> None:
    assert _found(text)[0][0] == speaker


def test_a_station_in_capitals_with_a_hyphen_opening_the_sentence_is_a_name() -> None:
    text = "WXYZ-TV reported on Monday that the county had found nine new cases."
    found = analyze(text, "en").attributions
    assert [(a.speaker, a.label) for a in found] == [("WXYZ-TV", "named")]


def test_a_shouted_first_word_is_still_no_name() -> None:
    text = "FURIOUS parents said the school had let them down."
    assert [a.label for a in analyze(text, "en").attributions] == ["vague"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The plan was believed by officials to be too costly.", "officials"),
        ("The bridge was thought by engineers to have been unsafe for years.", "engineers"),
    ],
)
def test_a_passive_of_belief_with_its_agent_speaks_as_the_agent(text: str, speaker: str) -> None:
    assert _found(text) == [(speaker, text.rstrip("."))]


def test_a_passive_of_belief_with_no_agent_stays_an_impersonal_voice() -> None:
    text = "The concession is believed to include a new motion for MPs."
    assert _found(text) == [("", text.rstrip("."))]  # a voice that names nobody (english23)
