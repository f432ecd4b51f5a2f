"""mend56f: a participle opening on an elided clitic (« s'inquiétant », « n'ayant ») is no
finite verb after a speaker's name. tidy56 read any word on « n' », « s' », « m' », « t' » as
one, so such a description was taken for the speaker's own clause and quoted as her words.
Now the clitic counts there only before a finite form (« l'a », « n'a », « s'inquiètent »).
Made-up sentences."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze
from quizapp.draft.drafting.questions import draft_questions
from quizapp.draft.drafting.wording.clauses import clause_endings, finite_word
from quizapp.draft.drafting.wording.speaker_description import describes
from quizapp.draft.words.lexicon import load


@pytest.mark.parametrize(
    ("piece", "expected"),
    [
        ("une habitante n'ayant jamais voté", True),
        ("mère de trois enfants s'occupant seule de la maison", True),
        ("retraitée m'expliquant la situation", True),
        ("une voisine l'a vu partir", False),
        ("une voisine n'a rien vu", False),
        ("des habitants s'inquiètent pour leur quartier", False),
    ],
)
def test_a_clitic_participle_describes_the_speaker(piece: str, expected: bool) -> None:
    assert describes(piece, load("fr")) is expected


def test_a_clitic_is_finite_for_questions_and_before_a_finite_form_after_a_name() -> None:
    french = load("fr")
    endings = clause_endings(french)
    assert finite_word("s'inquiétant", french)  # a question's wording reads it as before
    assert not finite_word("s'inquiétant", french, endings)
    assert finite_word("s'inquiètent", french, endings)
    assert finite_word("n'a", french, endings)


def test_a_clitic_participle_is_not_quoted_as_her_words() -> None:
    text = (
        "Grève à l'école\n\n« Ça m'énerve, soupire Josiane Martin, une habitante s'inquiétant"
        " pour son quartier. Je soutiens le combat, mais pas comme ça. »"
    )
    questions = draft_questions(analyze(text, "fr"))
    asked = " ".join(str(q.get("prompt", "")) for q in questions)  # not the evidence
    assert "Je soutiens le combat" in asked
    assert "s'inquiétant" not in asked
