"""A quotation, its cue, a sentence of narration, then another quotation (made-up sentences):
« « A », ajoute le maire. Le village a ensuite dû… « B » » is two statements, not one running
from the first mark to the last. "A," he said. "B." with nothing but the cue between stays one
in English, and « A », dit-il. « B » is two in French (each language's annotation convention); a
title's period in the cue ("Mr. Smith") is no sentence."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _contents(text: str, language: str = "fr") -> list[str]:
    analysis = analyze(text, language)
    return [analysis.passage(a.content) for a in analysis.attributions]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "« Nous avons distribué de l'eau », ajoute le maire. Le village a ensuite acheminé "
            "de l'eau des communes voisines. « Puis nous avons rempli le réservoir. »",
            "fr",
        ),
        (
            '"Nous avons distribué de l\'eau", a expliqué Marc Dupin. La préfecture a envoyé '
            'des camions. "Puis nous avons rempli le réservoir."',
            "fr",
        ),
        (
            "« Nous avons distribué de l'eau », racontait-elle. Elle s'est tue. "
            "« Puis nous avons rempli le réservoir. »",
            "fr",
        ),
        (
            "“We handed out water,” the mayor said. The village then trucked water in. "
            "“Then we filled the tank.”",
            "en",
        ),
    ],
)
def test_a_sentence_of_narration_between_keeps_two_statements(text: str, language: str) -> None:
    contents = _contents(text, language)
    assert len(contents) == 2
    assert all("réservoir" not in c and "tank" not in c for c in contents[:1])


@pytest.mark.parametrize(
    "text",
    [
        "“We handed out water,” Mr. Smith said. “Then we filled the tank.”",
        '"We handed out water," said Jane Doe, the mayor. "Then we filled the tank."',
    ],
)
def test_english_nothing_but_the_cue_between_still_joins(text: str) -> None:
    """Counter-case: the cue alone between the quotations, a title's period in it."""
    assert len(_contents(text, "en")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "« Nous avons distribué de l'eau », a expliqué M. Dupont. "
        "« Puis nous avons rempli le réservoir. »",
        "« Nous avons distribué de l'eau », dit-il. « Puis nous avons rempli le réservoir. »",
        '"Nous avons distribué de l\'eau", affirme Paul Martin, maire du village. '
        '"Puis nous avons rempli le réservoir."',
        "“Nous avons distribué de l'eau”, précise la préfète. “Puis nous avons rempli le "
        "réservoir.”",
    ],
)
def test_french_new_sentence_after_the_cue_is_a_new_statement(text: str) -> None:
    """« A », dit X. « B »: the French keys count two statements of one speaker."""
    analysis = analyze(text, "fr")
    contents = [analysis.passage(a.content) for a in analysis.attributions]
    assert contents == ["Nous avons distribué de l'eau", "Puis nous avons rempli le réservoir."]
    assert len({a.speaker for a in analysis.attributions}) == 1


def test_french_cue_inside_the_sentence_still_one() -> None:
    """Counter-case: « A », dit-il, « B »: the cue cuts one sentence, one statement."""
    text = "« Nous avons distribué de l'eau », dit-il, « puis nous avons rempli le réservoir. »"
    assert len(_contents(text)) == 1
