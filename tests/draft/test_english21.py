"""english21: English attributions missed on unseen articles, each a shape counted over the
whole corpus first. Made-up sentences, several forms, and counter-cases."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _found(text: str) -> list[tuple[str, str]]:
    found = analyze(text, "en").attributions
    return [(a.speaker, text[a.content[0] : a.content[1]]) for a in found]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Councillor Ann Price, the borough's cabinet member for housing and planning, said "
         "rents in the town needed a cap.", "Ann Price", "rents in the town needed a cap"),
        ("Last week, council leader Tom Hale, whose group has cut a £2 million deficit, told "
         "his colleagues to “back me or sack me” over the rise.", "Tom Hale",
         "to “back me or sack me” over the rise"),
        ("Dr Ruth Kane, the trust's director of nursing and patient services, said wards in "
         "the north wing stayed open.", "Dr Ruth Kane", "wards in the north wing stayed open"),
    ],
)  # fmt: skip
def test_a_name_and_a_long_office_or_a_relative_aside_speak_the_clause_after(
    text: str, speaker: str, content: str
) -> None:
    assert _found(text) == [(speaker, content)]


def test_a_clause_before_a_final_cue_still_reports() -> None:
    text = "The plan was never costed, the council's head of finance said."
    assert _found(text) == [("the council's head of finance", "The plan was never costed")]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Mark Dean said he and his wife were at the pier when guards told them to leave the "
         "beach.", "Mark Dean",
         "he and his wife were at the pier when guards told them to leave the beach"),
        ("Sue Lam said she and her son had waited two hours before nurses told them to go "
         "home.", "Sue Lam",
         "she and her son had waited two hours before nurses told them to go home"),
        ("The guide said two hikers and a dog were lost for hours until rangers told them "
         "the way.", "The guide",
         "two hikers and a dog were lost for hours until rangers told them the way"),
    ],
)  # fmt: skip
def test_an_and_inside_the_reported_clause_does_not_end_it_before_a_later_verb(
    text: str, speaker: str, content: str
) -> None:
    assert _found(text)[0] == (speaker, content)


def test_an_and_that_opens_the_second_claim_still_ends_the_first() -> None:
    text = "The mayor said the road would close and added that buses would run."
    assert _found(text)[0] == ("The mayor", "the road would close")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("He said until the talks resumed, the hospital would continue to keep every ward open.",
         "until the talks resumed, the hospital would continue to keep every ward open"),
        ("She said though the result was expected, she felt a great deal of anger.",
         "though the result was expected, she felt a great deal of anger"),
        ("The coach said that once the season ended, the players believed the club would "
         "review its staff.",
         "once the season ended, the players believed the club would review its staff"),
    ],
)  # fmt: skip
def test_a_clause_set_in_front_of_the_reported_clause_does_not_end_it(
    text: str, content: str
) -> None:
    assert [c for _, c in _found(text)][:1] == [content]


def test_a_comma_before_a_later_claim_still_ends_the_first() -> None:
    text = "The mayor said the road would close, while officials said buses would run."
    assert [c for _, c in _found(text)][:1] == ["the road would close"]


@pytest.mark.parametrize(
    ("headline", "speaker", "content"),
    [
        ("Rail merger: unions fear hundreds of jobs will go", "unions",
         "hundreds of jobs will go"),
        ("Port strike: dockers warn the terminal will shut next week", "dockers",
         "the terminal will shut next week"),
        ("Harbour plan: residents say the new wall is too low", "residents",
         "the new wall is too low"),
    ],
)  # fmt: skip
def test_a_headline_verb_before_a_clause_reports_it(
    headline: str, speaker: str, content: str
) -> None:
    text = f"{headline}\n\nThe plan was published on Monday by the company.\n"
    assert _found(text) == [(speaker, content)]


def test_a_headline_verb_before_a_noun_phrase_is_the_outlet_s_wording() -> None:
    text = "Regulator warns doctors after deaths linked to liver drug\n\nThe drug was withdrawn.\n"
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ('The union has urged the minister to "stop the blame game" over the delays.',
         "The union", 'the minister to "stop the blame game" over the delays'),
        ("The mayor called on residents to “stay indoors” until the storm passed.",
         "The mayor", "residents to “stay indoors” until the storm passed"),
        ("Police asked drivers to ‘take extra care’ on the coast road.", "Police",
         "drivers to ‘take extra care’ on the coast road"),
    ],
)  # fmt: skip
def test_a_request_whose_infinitive_opens_a_quotation_reports_it(
    text: str, speaker: str, content: str
) -> None:
    assert _found(text) == [(speaker, content)]


def test_a_request_before_a_quoted_noun_is_no_request() -> None:
    assert _found('The board asked the firm to "the end" of its contract.') == []


@pytest.mark.parametrize(
    "text",
    [
        "The strike is over, as talks continue in London.",
        "Fans were angry, as the protests continued outside the ground.",
        "Trains are cancelled, as the dispute goes on into a third week.",
    ],
)
def test_continue_away_from_a_quotation_reports_nothing(text: str) -> None:
    assert _found(text) == []


def test_a_later_verb_after_continue_keeps_the_first_speaker() -> None:
    text = (
        "Ms Reed said talks with the firm and the unions would continue on Monday, but "
        'described the road to a deal as "very steep".'
    )
    assert {s for s, _ in _found(text)} == {"Ms Reed"}


@pytest.mark.parametrize(
    "text",
    [
        "She continued: “The road will stay shut until the spring.”",
        "“The road will stay shut,” he continued. “It is not safe.”",
    ],
)
def test_continue_before_or_after_a_quotation_still_reports(text: str) -> None:
    assert _found(text)


@pytest.mark.parametrize(
    ("text", "content", "voice"),
    [
        ("The offer made by the council is believed to include a new bus route to the port.",
         "The offer made by the council is believed to include a new bus route to the port",
         "is believed"),
        ("But the club is not believed to be ready to sell its young striker this summer.",
         "the club is not believed to be ready to sell its young striker this summer",
         "is believed"),
        ("Vitamin pills were thought to protect the heart against any kind of damage.",
         "Vitamin pills were thought to protect the heart against any kind of damage",
         "were thought"),
    ],
)  # fmt: skip
def test_a_passive_of_belief_before_an_infinitive_is_an_impersonal_voice(
    text: str, content: str, voice: str
) -> None:
    """The voice is the cue; it names nobody, so no speaker (english23)."""
    found = analyze(text, "en").attributions
    assert [(text[a.content[0] : a.content[1]], a.speaker, a.label) for a in found] == [
        (content, "", "vague")
    ]
    assert text[found[0].cue[0] : found[0].cue[1]] in voice


def test_a_forecast_or_a_belief_named_by_its_agent_is_no_impersonal_voice() -> None:
    assert _found("The injured woman is expected to survive her burns after the fire.") == []
    speakers = [s for s, _ in _found("The plan was believed by officials to be too costly.")]
    assert "was believed" not in speakers


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("He and other backers of the scheme say parents should choose their school.",
         "parents should choose their school"),
        ("The mayor and her deputy argue the bridge is too costly.",
         "the bridge is too costly"),
        ("But the coach and the club captain insist the team will stay up.",
         "the team will stay up"),
    ],
)  # fmt: skip
def test_two_noun_phrases_joined_by_and_take_the_plural_present(text: str, content: str) -> None:
    assert [c for _, c in _found(text)] == [content]


def test_a_say_after_a_determiner_stays_a_noun_after_a_joined_subject() -> None:
    assert _found("Staff and pupils at the school get a say in the new rules.") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Theresa May said the vote would go ahead.", "Theresa May"),
        ("Ms May told MPs the vote would go ahead.", "Ms May"),
        ("Acme Ltd is a builder. In May it said the depot would close.", "it"),
    ],
)  # fmt: skip
def test_a_capitalised_may_is_a_name_or_a_month_not_a_modal(text: str, speaker: str) -> None:
    found = analyze(text, "en").attributions
    assert [text[a.source[0] : a.source[1]] for a in found if a.source] == [speaker]


def test_a_modal_may_still_takes_the_verb_after_it() -> None:
    assert _found("Officials may say the depot will close.") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("She said that Cllr Ann Hope, for Leigh West, was the only member who called for a "
         "delay in the closures.",
         "Cllr Ann Hope, for Leigh West, was the only member who called for a delay in the "
         "closures"),
        ("The agency said the gauge, which shows whether the seat is fitted, may display the "
         "wrong colour.",
         "the gauge, which shows whether the seat is fitted, may display the wrong colour"),
        ("He said that the firm, which claimed it had paid, still owed the staff money.",
         "the firm, which claimed it had paid, still owed the staff money"),
    ],
)  # fmt: skip
def test_a_verb_after_a_subject_relative_does_not_end_the_reported_clause(
    text: str, content: str
) -> None:
    assert [c for _, c in _found(text)][:1] == [content]


def test_the_demand_of_a_subject_relative_is_reported_too() -> None:
    text = "She said Cllr Hope was the only member who called for a delay in the closures."
    assert "a delay in the closures" in [c for _, c in _found(text)]
