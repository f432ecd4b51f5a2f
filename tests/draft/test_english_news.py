"""English news writing, one general construction per test (made-up sentences)."""

from __future__ import annotations

import pytest

from quizapp.draft import Analysis, Attribution, analyze


def only(analysis: Analysis) -> Attribution:
    assert len(analysis.attributions) == 1, [
        analysis.passage(a.content) for a in analysis.attributions
    ]
    return analysis.attributions[0]


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("The minister stresses that the reforms are necessary.", "stresses"),
        ("Residents complain that the noise has gone on for weeks.", "complain"),
        ("The governor underlined that the budget was balanced.", "underlined"),
        ("The study highlights that emissions rose sharply.", "highlights"),
        ("The senator reiterated that she would vote against the bill.", "reiterated"),
        ("The prosecutor disclosed that three suspects had been questioned.", "disclosed"),
        ("Investors fear that the merger will fail.", "fear"),
    ],
)
def test_regular_verb_forms_are_cues(sentence: str, cue: str) -> None:
    """-es after a sibilant, the base form after a plural subject, verbs of emphasis."""
    analysis = analyze(sentence, "en")
    found = only(analysis)
    assert analysis.passage(found.cue) == cue
    assert found.kind == "indirect"


def test_a_question_asked_in_quotes() -> None:
    analysis = analyze("Jane Moss runs the shelter.\n“Why now?” she asked.", "en")
    found = only(analysis)
    assert analysis.passage(found.content) == "Why now?"
    assert found.speaker == "Jane Moss"


@pytest.mark.parametrize(
    "sentence",
    [
        "Orders will fall next year, the chief executive, Jane Doe, told Reuters.",
        "Orders will fall next year, Jane Doe, the firm's chief executive, said on Monday.",
    ],
)
def test_final_cue_after_a_name_and_its_description(sentence: str) -> None:
    """ "…, ROLE, NAME, said." : the subject is set off by commas before the final verb."""
    analysis = analyze(sentence, "en")
    found = only(analysis)
    assert analysis.passage(found.content) == "Orders will fall next year"
    assert (found.speaker, found.label) == ("Jane Doe", "named")


def test_the_subject_of_a_subordinate_clause_stops_at_its_conjunction() -> None:
    """ "Shares fell after the company warned…": the company warned, not the whole clause."""
    analysis = analyze("Shares fell sharply after the bank warned that losses would grow.", "en")
    found = only(analysis)
    assert analysis.passage(found.source) == "the bank"
    assert analysis.passage(found.content) == "losses would grow"


def test_a_name_in_apposition_after_a_role_is_the_sentence_subject() -> None:
    """ "The firm's founder, Jane Doe, resigned. She said…": she is Jane Doe."""
    text = "The firm’s founder, Elena Rossi, resigned on Friday. She said she was proud."
    assert only(analyze(text, "en")).speaker == "Elena Rossi"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Dr Emily Carter, who led the study, said the results were encouraging.", "Carter"),
        ("The view is shared by Sarah Lee, a professor at Yale, who says it has failed.", "Lee"),
    ],
)
def test_a_relative_clause_speaks_for_the_whole_name(sentence: str, speaker: str) -> None:
    found = only(analyze(sentence, "en"))
    assert found.speaker.endswith(speaker)
    assert len(found.speaker.split()) >= 2
    assert found.label == "named"


def test_a_participle_phrase_after_the_subject_is_not_the_source() -> None:
    analysis = analyze(
        "The report, published on Monday, found that one child in five is poor.", "en"
    )
    assert analysis.passage(only(analysis).source) == "The report"


@pytest.mark.parametrize(
    "sentence",
    [
        "The state news agency quoted the minister as saying the border would stay closed.",
        "The minister was quoted by state media as saying the border would stay closed.",
    ],
)
def test_quoted_as_saying_is_the_one_quoted(sentence: str) -> None:
    analysis = analyze(sentence, "en")
    found = only(analysis)
    assert analysis.passage(found.source).lower() == "the minister"
    assert analysis.passage(found.content) == "the border would stay closed"


def test_a_participle_cue_shares_the_sentence_subject() -> None:
    """ "The minister apologized…, saying…": no name needed for the subject to speak."""
    analysis = analyze("The minister apologized for the remarks, saying they were clumsy.", "en")
    assert analysis.passage(only(analysis).source) == "The minister"


def test_called_with_a_quotation_after_its_object_is_a_statement() -> None:
    analysis = analyze("Mayor Linda Park called the decision “a betrayal of our town”.", "en")
    found = only(analysis)
    assert (found.kind, found.speaker) == ("mixed", "Linda Park")


@pytest.mark.parametrize(
    "sentence",
    [
        "A film called “Heat” opened on Friday.",
        "Residents called the police at 9pm.",
        "Files labeled “Secret” were found in the office.",
        "They campaign against what they call a “culture of greed”.",
    ],
)
def test_calling_names_or_acts_are_no_statement(sentence: str) -> None:
    assert analyze(sentence, "en").attributions == ()


def test_a_bare_group_after_a_preposition_is_the_relative_antecedent() -> None:
    text = "The move drew criticism from rights groups, who said it set a dangerous precedent."
    analysis = analyze(text, "en")
    found = only(analysis)
    assert analysis.passage(found.source) == "rights groups"
    assert found.label == "vague"


def test_a_bare_spokesperson_speaks_for_a_body_and_is_named() -> None:
    text = "The ministry said it was monitoring the case. A spokeswoman said tests were planned."
    assert [a.label for a in analyze(text, "en").attributions] == ["named", "named"]


def test_a_police_rank_before_a_name_is_taken_up_by_the_description() -> None:
    text = (
        "Detective Inspector Sarah Moore said the suspect was known to police. "
        "“We are appealing for witnesses,” the detective said."
    )
    assert [a.speaker for a in analyze(text, "en").attributions] == ["Sarah Moore"] * 2


@pytest.mark.parametrize(
    "text",
    [
        "Asked about the strike, a government spokesman said: “The public will not understand.”",
        "Asked whether he would resign, the minister said he had done nothing wrong.",
    ],
)
def test_an_opening_asked_is_no_cue_of_its_own(text: str) -> None:
    """ "Asked about…, X said": X speaks; the passive participle only sets the scene."""
    analysis = analyze(text, "en")
    found = only(analysis)
    assert analysis.passage(found.cue) == "said"
    assert analysis.passage(found.source) in {"a government spokesman", "the minister"}


def test_british_single_quotation_marks_are_quotations() -> None:
    text = "‘We are devastated,’ said Mrs Jones. ‘It’s the residents’ homes that flooded.’"
    analysis = analyze(text, "en")
    [found] = analysis.attributions  # one quotation cut by its cue (test_english_quotations)
    assert analysis.passage(found.content) == (
        "We are devastated,’ said Mrs Jones. ‘It’s the residents’ homes that flooded."
    )
    assert (found.kind, found.speaker) == ("direct", "Mrs Jones")
    assert analysis.text == text  # offsets into the article as written


def test_apostrophes_alone_make_no_quotation() -> None:
    text = "The council’s plan, which residents’ groups opposed, was dropped in the ‘90s."
    assert analyze(text, "en").attributions == ()


@pytest.mark.parametrize(
    "text",
    [
        "“We are devastated,” said Mrs Jones, who lives on the estate.",
        "“No comment,” he said, before leaving the court.",
    ],
)
def test_a_short_quotation_with_its_comma_inside_is_what_was_said(text: str) -> None:
    """English puts the comma inside the marks: a short quotation then its cue is speech."""
    analysis = analyze(text, "en")
    found = only(analysis)
    assert found.kind == "direct"
    assert analysis.passage(found.content).endswith(",")


@pytest.mark.parametrize(
    "sentence", ["Doctors say patients wait too long.", "Nurses warned that wards were full."]
)
def test_a_sentence_initial_plural_of_people_is_a_vague_group(sentence: str) -> None:
    assert only(analyze(sentence, "en")).label == "vague"


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Investors are worried that the merger could collapse.", "are worried"),
        ("Experts have raised concerns that the scheme could be abused.", "have raised concerns"),
        ("The minister made the case that taxes must rise.", "made the case"),
    ],
)
def test_stances_and_concerns_before_that_are_cues(sentence: str, cue: str) -> None:
    analysis = analyze(sentence, "en")
    assert analysis.passage(only(analysis).cue) == cue


def test_a_state_of_mind_without_that_reports_nothing() -> None:
    assert analyze("Parents are worried about the new timetable.", "en").attributions == ()


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("“We will appeal,” he told Reuters in an interview on Tuesday.", "he"),
        ("“No comment,” the spokesman said.", "the spokesman"),
    ],
)
def test_a_short_quotation_then_its_subject_and_cue(text: str, source: str) -> None:
    analysis = analyze(text, "en")
    found = only(analysis)
    assert found.kind == "direct"
    assert analysis.passage(found.source) == source


def test_a_month_after_a_preposition_is_no_one() -> None:
    """ "in March" is a date: "the company" must not be taken to mean it."""
    text = "The plant will close in March, according to a statement from the company."
    assert only(analyze(text, "en")).speaker != "March"


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Acme said on Monday it would cut 300 jobs.", "it would cut 300 jobs"),
        ("He told reporters on Friday the plan was dead.", "the plan was dead"),
    ],
)
def test_time_words_after_the_cue_are_not_said(sentence: str, content: str) -> None:
    analysis = analyze(sentence, "en")
    assert analysis.passage(only(analysis).content) == content


def test_a_gendered_english_noun_is_not_a_person_of_the_other_gender() -> None:
    text = "Tom Reed runs the port. The woman said the noise had lasted for months."
    assert only(analyze(text, "en")).speaker == "The woman"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Inflation rose to 3 percent, the Office for National Statistics said.", "Statistics"),
        ("According to the Bank of England, inflation rose.", "Bank of England"),
    ],
)
def test_a_body_keeps_its_complement_in_its_name(sentence: str, speaker: str) -> None:
    found = only(analyze(sentence, "en"))
    assert found.speaker.endswith(speaker)
    assert found.speaker.split()[0] in {"Office", "Bank"}


def test_a_plural_subject_before_its_relative_clause_takes_a_base_form() -> None:
    text = "Nurses, who are due to strike next month, say staff are exhausted."
    analysis = analyze(text, "en")
    found = only(analysis)
    assert (analysis.passage(found.source), found.label) == ("Nurses", "vague")


def test_a_colon_after_a_later_participle_is_that_participle_s() -> None:
    text = "Ms Ardern said she had “no regrets”, adding: “I gave it everything.”"
    analysis = analyze(text, "en")
    said, adding = analysis.attributions
    assert analysis.passage(said.content) == "she had “no regrets”"
    assert analysis.passage(adding.content) == "I gave it everything."


def test_a_bare_institution_in_a_headline_is_named() -> None:
    text = "Rail strike to go ahead, union says\n\nThe union said talks had broken down."
    assert [a.label for a in analyze(text, "en").attributions] == ["named", "named"]


def test_a_name_apposed_to_an_inverted_description_speaks() -> None:
    text = "“We are going to win this,” said one of the co-leads of the project, Amina Yusuf."
    found = only(analyze(text, "en"))
    assert (found.speaker, found.label) == ("Amina Yusuf", "named")


def test_a_short_quotation_paragraph_goes_on_with_the_speaker_before() -> None:
    text = (
        "Sarah Jones leads the union.\n\n“It is an insult to our members,” she said.\n\n"
        "“They deserve better.”"
    )
    second = analyze(text, "en").attributions[-1]
    assert (second.kind, second.speaker) == ("direct", "Sarah Jones")


def test_a_social_platform_is_a_channel_not_the_body_speaking() -> None:
    text = (
        "Leeds United sacked its manager on Monday. "
        "In a post on Facebook, the club said the decision had been mutual."
    )
    found = only(analyze(text, "en"))
    assert (found.speaker, found.via) == ("Leeds United", "Facebook")


def test_a_participle_shares_a_subject_that_has_a_relative_clause() -> None:
    text = "Six scientists who led past talks released a report, saying targets would be missed."
    analysis = analyze(text, "en")
    assert analysis.passage(only(analysis).source) == "Six scientists"


def test_any_adverb_between_being_and_the_participle_keeps_a_passive_a_passive() -> None:
    """ "was also reported by" is no speaker "The plan was" saying "by the Financial Times",
    and "was repeatedly criticised by" is the unions' criticism as "was widely criticised"."""
    reported = analyze("The plan was also reported by the Financial Times on Monday.", "en")
    criticised = analyze("The closure was repeatedly criticised by unions.", "en")
    assert [a.speaker for a in reported.attributions] == []
    assert [a.speaker for a in criticised.attributions] == ["unions"]
