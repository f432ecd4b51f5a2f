"""ui46: a drafted explanation quoted a one-word cue, “told”: the source is Jane Hale…, which
shows a student no words of who speaks (790 of 10,777 English corpus explanations quoted one
word, 440 of them “said”). A subject pronoun beside the cue, or a name right after the
quotation, is now quoted with it."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze
from quizapp.draft.drafting.draft_set import draft_set_data
from quizapp.draft.drafting.wording.explanation_words import with_pronoun
from quizapp.draft.words.lexicon import load

ENGLISH = load("en")


def _cue(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


@pytest.mark.parametrize(
    ("text", "cue", "quoted"),
    [
        ("“We kept seven,” she told the meeting.", "told", "she told"),
        ("“We kept seven,” he said.", "said", "he said"),
        ("“We kept seven,” said she.", "said", "said she"),
        ("“We kept seven,” Duncan said.", "said", "Duncan said"),
        ("“We kept seven,” Ms. Swanson said. “Not eight.”", "said", "Ms. Swanson said"),
        ("“We kept seven,” said Mr. Kirlew. “Not eight.”", "said", "said Mr. Kirlew"),
    ],
)
def test_a_one_word_cue_takes_its_pronoun(text: str, cue: str, quoted: str) -> None:
    start, end = with_pronoun(text, _cue(text, cue), ENGLISH)
    assert text[start:end] == quoted


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Its coach, Daniel Reyes, said he feared the worst.", "said"),  # the clause's subject
        ("The mayor said it would close.", "said"),
        ("“We kept seven,” the leader said.", "leader said"),  # two words already
        ("“We kept seven,” resident Tim Hale told KCPQ, the Fox station.", "told"),  # whom to
        ("In March said the mayor that it would close.", "said"),  # no quotation before
        ("“We kept seven,” said Dr. Mary Bassett, the director.", "said"),  # a title's dot
        ("Hale backed it, telling Kent Radio.", "telling"),  # whom to, no quotation before
    ],
)
def test_no_pronoun_of_the_reported_clause_is_taken(text: str, cue: str) -> None:
    assert with_pronoun(text, _cue(text, cue), ENGLISH) == _cue(text, cue)


def test_the_drafted_explanation_quotes_the_pronoun_with_the_cue() -> None:
    text = (
        "Library hours cut from March\n\n"
        "Councillor Jane Hale, who leads on culture, said the plan had not been taken lightly. "
        "“We have protected the children’s hours,” she told the meeting. “Safety comes "
        "first.”\n\n"
        "The library opened in 1962."
    )
    data = draft_set_data(text, "en", title="Library hours", analysis=analyze(text, "en"))
    explanations = [q.get("explanation", "") for q in data["questions"]]
    explanations += [i["explanation"] for q in data["questions"] for i in q.get("items", [])]
    told = [e for e in explanations if "told”" in e]
    assert told and all("“she told”:" in e for e in told), explanations
