"""questions52: English drafted questions a teacher accepts, on made-up texts.

(a) A lede's run of capitals ("AN angry resident claims…", "A TOWN council's plans…", the
house style of many British weeklies) is written in sentence case where a question names
the speaker or reports the sentence; an acronym keeps its capitals.
(b) A match names its speakers as a who-said-this's options do: with a capital, and without
the title the options leave out ("a council spokesman" stood in lower case beside "Mary
Jones", "Coun Jane Hill" in the match and "Jane Hill" in the who-said-this).
(c) Reported words that are an object and an infinitive after a cue of asking ("called for
the council to reopen the library") read "should": "claims that the council should reopen…".
"""

from quizapp.draft import analyze
from quizapp.draft.drafting.questions import draft_questions
from quizapp.draft.drafting.wording.object_infinitive import with_should
from quizapp.draft.drafting.wording.phrasing import Phrasing
from quizapp.draft.drafting.wording.sentence_case import CommonWords, lede_cased
from quizapp.draft.drafting.wording.speaker_openings import opening_words
from quizapp.draft.words.lexicon import load

_LEDE = (
    "Parking charges anger residents\n\n"
    "AN angry resident claims the new parking charges will drive shoppers away from the town.\n\n"
    "A TOWN council's plans to close the library should be dropped, according to a campaigner.\n\n"
    'Mary Jones, of Mill Lane, said: "Nobody asked us before the charges came in."\n\n'
    '"We will keep fighting until the council listens," she added.\n\n'
    'Coun Tom Baker said: "The charges pay for the repairs the roads need."\n\n'
    '"We looked at every other option first," he said.\n\n'
    'A council spokesman said: "The library will stay open until the summer."'
)


def _questions(text: str) -> list[dict]:
    return draft_questions(analyze(text, "en"))


def _options(questions: list[dict]) -> set[str]:
    return {o["text"] for q in questions if q["type"] == "single_choice" for o in q["options"]}


def _prompts(questions: list[dict]) -> str:
    return "\n".join(q.get("prompt", "") for q in questions)


def test_a_lede_speaker_in_capitals_reads_in_sentence_case() -> None:
    options = _options(_questions(_LEDE))
    assert "An angry resident" in options, options
    assert not any(o.startswith("AN ") for o in options), options


def test_a_lede_sentence_reported_loses_its_capitals() -> None:
    prompts = _prompts(_questions(_LEDE))
    assert "that a town council's plans" in prompts, prompts
    assert "TOWN" not in prompts, prompts


def test_an_acronym_keeps_its_capitals() -> None:
    openers, common = opening_words().lede_openers, CommonWords("en")
    assert lede_cased("NHS staff said", "staff", openers, common) == "NHS staff said"
    assert lede_cased("US officials said", "us", openers, common) == "US officials said"
    assert lede_cased("THE council said", "the council", openers, common) == "The council said"
    article = "La SNCF de Lyon a répondu. Selon la SNCF, le sncf.fr est à jour."
    assert lede_cased("SNCF de Lyon", article, openers, common) == "SNCF de Lyon"


def test_a_match_names_every_speaker_with_a_capital() -> None:
    match = next(q for q in _questions(_LEDE) if q["type"] == "match")
    names = [p["right"] for p in match["pairs"]] + match.get("distractors", [])
    assert "A council spokesman" in names, names
    assert all(name[:1].isupper() for name in names), names


def test_a_match_names_a_speaker_as_the_options_do() -> None:
    questions = _questions(_LEDE)
    match = next(q for q in questions if q["type"] == "match")
    names = {p["right"] for p in match["pairs"]} | set(match.get("distractors", []))
    assert "Coun Tom Baker" not in names, names
    assert "Tom Baker" in names and "Tom Baker" in _options(questions), names


_CALL = (
    "Library closure opposed\n\n"
    "Ann Webb, of Mill Lane, is calling for the council to reopen the library this winter.\n\n"
    'She said: "Children have nowhere else to read after school."\n\n'
    'Tom Baker, the council leader, said: "The decision was not taken lightly."'
)


def test_an_object_and_infinitive_read_should() -> None:
    analysis = analyze(_CALL, "en")
    found = next(a for a in analysis.attributions if "reopen" in analysis.passage(a.content))
    prompt = Phrasing(analysis, load("en").raw["wording"]).said(found, "who_prompt", 120)
    assert "that the council should reopen the library" in prompt, prompt


def test_should_only_after_an_asking_cue_and_before_a_verb() -> None:
    lowered = opening_words().lowered_openers
    assert with_should("the road to the town was closed", "called for", "en", lowered) is None
    assert with_should("residents to write to the council", "said", "en", lowered) is None
    assert with_should("the parts closest to them taken", "asked", "en", lowered) is None
    should = with_should("residents to write to the council", "urged", "en", lowered)
    assert should == "residents should write to the council"
    assert with_should("an end to speculation", "called for", "en", lowered) is None  # a noun
    assert with_should("access to public records", "asked for", "en", lowered) is None
