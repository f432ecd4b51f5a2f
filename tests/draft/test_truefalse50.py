"""truefalse50: true/false statements and who-said-this a student can read alone, on made-up
texts.

(a) The article's own sentence opening on a pronoun or a demonstrative is never given falsely
to a speaker (« c'est X qui affirme qu'il n'a pas survécu » read the pronoun as X): it waits
for a true place, where it stands quoted as the article's own.
(b) Demonstratives open words that stand for nothing out of the article (« cela », « ce
dernier », "this was"), as the personal pronouns do; "this year" is no pronoun.
(c) A connective tying a sentence to the one before (« Pourtant, », « Mais », "However,") is
left out when a question shows the sentence alone; a speaker's quotation keeps its words.
"""

from quizapp.draft import analyze
from quizapp.draft.drafting.questions import _Builder, draft_questions
from quizapp.draft.drafting.wording.pronouns import pronoun_first
from quizapp.draft.drafting.wording.sentence_case import past_connective
from quizapp.draft.drafting.wording.speaker_openings import opening_words
from quizapp.draft.findings import Analysis, Claim
from quizapp.draft.words.lexicon import load
from tests.draft.readings import finding_in

_HUNT = (
    "Accident de chasse dans le Pas-de-Calais\n\n"
    "Un chasseur de 62 ans a été touché par une balle dimanche matin à Licques. "
    "Il n'a pas survécu à ses blessures.\n\n"
    "« C'est un drame pour toute la fédération », a déclaré Willy Schraen, président de la "
    "Fédération nationale des chasseurs.\n\n"
    "Le maire, Paul Leroy, estime que la battue était mal organisée.\n\n"
    "Les gendarmes ont ouvert une enquête."
)


def _builder(analysis: Analysis) -> _Builder:
    return _Builder(analysis, load(analysis.language).raw["wording"])


def _claim(analysis: Analysis, words: str) -> Claim:
    return next(c for c in analysis.unattributed if words in analysis.passage(c.span))


def test_a_sentence_opening_on_a_pronoun_is_led_by_it() -> None:
    analysis = analyze(_HUNT, "fr")
    assert _builder(analysis).pronoun_led(_claim(analysis, "Il n'a pas survécu"))
    assert not _builder(analysis).pronoun_led(_claim(analysis, "Les gendarmes"))


def test_no_false_statement_gives_a_pronoun_sentence_to_a_speaker() -> None:
    questions = draft_questions(analyze(_HUNT, "fr"))
    false = [q["prompt"] for q in questions if q["type"] == "true_false" and not q["answer"]]
    assert not [p for p in false if "pas survécu" in p], false


def test_a_sentence_after_a_coordinator_is_read_past_it() -> None:
    text = (
        "Course cycliste\n\nIls étaient 182 sur la ligne de départ. Mais ils sont seulement 52 "
        "à avoir franchi l'arrivée.\n\n« C'est une honte », a déclaré Alvaro Marza."
    )
    analysis = analyze(text, "fr")
    assert _builder(analysis).pronoun_led(_claim(analysis, "seulement 52"))


def test_demonstratives_stand_for_nothing_alone() -> None:
    text = "Le budget\n\nCela va coûter cher. Ce dernier a refusé. Ceux-ci protestent."
    analysis = analyze(text, "fr")
    for words in ("Cela va", "Ce dernier", "Ceux-ci"):
        start = text.index(words)
        assert pronoun_first(analysis, (start, start + 20)), words


def test_an_english_demonstrative_is_one_only_before_a_verb() -> None:
    text = "Strike\n\nThis was the second strike. This year the council paid more."
    analysis = analyze(text, "en")
    first, second = text.index("This was"), text.index("This year")
    assert pronoun_first(analysis, (first, first + 20))
    assert not pronoun_first(analysis, (second, second + 20))


def test_an_opening_connective_and_its_comma_are_passed_over() -> None:
    words = opening_words()
    connectives, dropped = words.dropped_connectives, words.dropped_openers
    assert past_connective("Pourtant, le chantier avance.", connectives) == len("Pourtant, ")
    assert past_connective("Pour sa part, le maire se tait.", connectives) == len("Pour sa part, ")
    assert past_connective("However, some residents object.", connectives) == len("However, ")
    assert past_connective("Mais le chantier avance.", connectives, dropped) == len("Mais ")
    assert past_connective("Pourtant le chantier avance.", connectives) == 0
    assert past_connective("Paris, la ville lumière.", connectives) == 0


def test_a_quoted_unsourced_sentence_drops_its_connective() -> None:
    text = (
        "Le chantier de la gare\n\nLe chantier de la gare devait durer deux ans. Pourtant, les "
        "travaux ont pris un an de retard.\n\n« Nous tiendrons les délais », a assuré Paul "
        "Leroy, le maire."
    )
    analysis = analyze(text, "fr")
    builder = _builder(analysis)
    prompt, _, evidence = builder._claim_statement(_claim(analysis, "un an de retard"), True)
    assert "« les travaux ont pris" in prompt, prompt
    assert evidence.startswith("Pourtant, les travaux")  # the evidence stays verbatim


def test_reported_words_drop_a_connective_with_its_comma() -> None:
    text = (
        "Le chantier\n\nLe maire, Paul Leroy, a expliqué que, pourtant, les travaux avaient "
        "commencé.\n\nLa préfète a affirmé que cependant, le budget était tenu."
    )
    analysis = analyze(text, "fr")
    builder = _builder(analysis)
    reported = builder.reported(analysis.passage(finding_in(analysis, "le budget").content))
    assert reported.startswith("que le budget"), reported


def test_a_quotation_keeps_its_opening_connective() -> None:
    text = (
        "Le chantier\n\n« Mais nous ne reculerons pas sur le calendrier », a déclaré Paul Leroy."
        "\n\n« Les familles attendent », a affirmé Jeanne Morel."
    )
    questions = draft_questions(analyze(text, "fr"))
    assert "« Mais nous ne reculerons pas" in repr(questions)


def test_mend50b_a_noun_coordinated_at_the_opening_is_kept() -> None:
    """« Or et argent ont… »: « Or » followed by « et » is gold, not « or » the connective
    (review50 F8); « Or les élus… » still drops it."""
    words = opening_words()
    text = "Or et argent ont atteint des records."
    assert past_connective(text, words.dropped_connectives, words.dropped_openers) == 0
    text = "Or les élus ont voté contre."
    assert past_connective(text, words.dropped_connectives, words.dropped_openers) == 3
