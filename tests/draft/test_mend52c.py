"""mend52c (review52, F-questions52): "should" only where "to" opens an infinitive whose
subject is the object before it. After a cue of asking, "to" before a noun or an adjective is
a preposition ("called for an end to speculation", "demanded an apology to local families"),
and an infinitive may complete a noun ("a right to reply", "more time to consider"): the
question keeps the words as written, never "an end should speculation"."""

from quizapp.draft import analyze
from quizapp.draft.drafting.wording.object_infinitive import with_should
from quizapp.draft.drafting.wording.phrasing import Phrasing
from quizapp.draft.drafting.wording.speaker_openings import opening_words
from quizapp.draft.words.lexicon import load

_ENDS = (
    "Parents want answers over school closure\n\n"
    "Headteacher Anna Price called for an end to speculation about the school's future.\n\n"
    "Parent Lucy Hart urged the governors to publish the report before the holidays.\n\n"
    'A council spokesman said: "We are talking to both sides."'
)


def _prompts(text: str) -> list[str]:
    analysis = analyze(text, "en")
    phrasing = Phrasing(analysis, load("en").raw["wording"])
    return [phrasing.said(found, "who_prompt", 120) for found in analysis.attributions]


def test_a_preposition_to_keeps_its_words() -> None:
    prompts = " ".join(_prompts(_ENDS))
    assert "should speculation" not in prompts, prompts
    assert "the governors should publish the report" in prompts, prompts


def test_no_should_before_a_noun_or_an_adjective() -> None:
    lowered = opening_words().lowered_openers
    for words in (
        "an apology to local families",
        "a return to normal lessons",
        "changes to parking rules",
        "the council to the meeting",
        "Jo Smith to Leeds",
    ):
        assert with_should(words, "called for", "en", lowered) is None, words


def test_no_should_for_a_noun_the_infinitive_completes() -> None:
    lowered = opening_words().lowered_openers
    for words in (
        "a right to reply",
        "more time to consider the plans",
        "a decision to close the school",
        "funding to repair the roads",
        "a legal obligation for doctors to be honest",
        "her to provide more officers",
    ):
        assert with_should(words, "demanded", "en", lowered) is None, words
    should = with_should("the minister to resign", "called for", "en", lowered)
    assert should == "the minister should resign"


def test_french_wish_is_not_read_with_should() -> None:
    lowered = opening_words().lowered_openers
    assert with_should("le conseil à rouvrir la bibliothèque", "appelle", "fr", lowered) is None
    text = (
        "Fermeture de la bibliothèque\n\n"
        "Anne Martin, présidente de l'association, a appelé à la fin des rumeurs sur l'école.\n\n"
        "« Nous voulons des réponses », a-t-elle ajouté."
    )
    analysis = analyze(text, "fr")
    phrasing = Phrasing(analysis, load("fr").raw["wording"])
    prompts = " ".join(phrasing.said(f, "who_prompt", 120) for f in analysis.attributions)
    assert "should" not in prompts, prompts
