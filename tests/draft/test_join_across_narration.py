"""A quotation, its cue, a sentence of narration, then another quotation (made-up sentences):
« « A », ajoute le maire. Le village a ensuite dû… « B » » is two statements, not one running
from the first mark to the last. « A », dit-il. « B » with nothing but the cue between stays one
(the annotation convention); a title's period in the cue (« M. Dupont. ») is no sentence."""

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
    ("text", "language"),
    [
        (
            "« Nous avons distribué de l'eau », a expliqué M. Dupont. "
            "« Puis nous avons rempli le réservoir. »",
            "fr",
        ),
        (
            "« Nous avons distribué de l'eau », dit-il. « Puis nous avons rempli le réservoir. »",
            "fr",
        ),
        ("“We handed out water,” Mr. Smith said. “Then we filled the tank.”", "en"),
    ],
)
def test_nothing_but_the_cue_between_still_joins(text: str, language: str) -> None:
    """Counter-case: the cue alone between the quotations, a title's period in it."""
    assert len(_contents(text, language)) == 1
