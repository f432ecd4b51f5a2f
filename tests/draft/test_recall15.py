"""recall15: French constructions the fourteenth round's unseen articles (blind14a, blind14b and
blind14d, now heldout) missed, each written out in made-up sentences over tenses, subject kinds
and word orders, with the counter-cases that must stay silent."""

from __future__ import annotations

import pytest

from tests.draft.readings import said

_BEFORE = "La ville manque d'eau. "  # the sentence is not the article's first: no opening rule


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Les caisses vont disparaître, a précisé Sébastien Busiris, qui dénonce « un plan "
            "drastique, scandaleux et profondément choquant ».",
            "« un plan drastique, scandaleux et profondément choquant »",
        ),
        (
            'Paul Durand, qui dénonçait "un projet absurde, coûteux et inutile", a quitté la '
            "salle.",
            '"un projet absurde, coûteux et inutile"',
        ),
        (
            "Le panneau est refusé, explique la riveraine, qui évoque « l'installation de "
            "trackers de 3,16 m de haut ».",
            "« l'installation de trackers de 3,16 m de haut »",
        ),
        (
            "Le conseil, invoquant des « fraudes massives, organisées et répétées », a invalidé "
            "le scrutin.",
            "des « fraudes massives, organisées et répétées »",
        ),
        (
            "La maire, dénonçant “un choix injuste, brutal”, s'est retirée des discussions.",
            "“un choix injuste, brutal”",
        ),
    ],
)
def test_a_quoted_object_in_a_relative_or_an_apposition_runs_past_its_inner_commas(
    text: str, content: str
) -> None:
    """What a relative's or an apposed participle's verb reports ends at the next comma, but a
    comma inside its quotation (a list of adjectives, a decimal) is the speaker's own."""
    assert content in [c for c, _ in said(_BEFORE + text, "fr")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Les caisses vont disparaître, a précisé Sébastien Busiris, qui dénonce un plan "
            "drastique, scandaleux et choquant.",
            "un plan drastique",
        ),
        (
            "Le conseil, invoquant des fraudes massives, a invalidé le scrutin.",
            "des fraudes massives",
        ),
    ],
)
def test_an_unquoted_object_in_a_relative_or_an_apposition_still_ends_at_its_comma(
    text: str, content: str
) -> None:
    """Counter-case: with no quotation, the comma still closes the relative or apposition."""
    assert content in [c for c, _ in said(_BEFORE + text, "fr")]
