"""A relative « qui » with an object clitic before its verb (speakers31, made-up sentences):
« une plainte déposée par des voisins qui les accusent… », « une habitante qui nous confie
que… »: the relative's antecedent speaks, as it does with no clitic; the clitic is no part
of the subject, and the sentence's opening noun phrase or the person heard last is not it."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_of

_BEFORE = (
    "Titre\n\nLe maire Paul Verdier a défendu le projet. « C'est une chance pour la ville », "
    "a-t-il déclaré.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        ("La plainte a été déposée par des voisins qui les accusent d'avoir menti.",
         "d'avoir menti", "des voisins"),
        ("La réunion a rassemblé des parents qui leur reprochent d'avoir fermé la classe.",
         "d'avoir fermé la classe", "des parents"),
        ("Nous avons croisé une voisine qui nous assure que le bruit est insupportable.",
         "le bruit est insupportable", "une voisine"),
        ("Il a rencontré des agriculteurs qui lui expliquent que les prix sont trop bas.",
         "les prix sont trop bas", "des agriculteurs"),
        ("J'ai interrogé une commerçante qui m'affirme que la rue est déserte.",
         "la rue est déserte", "une commerçante"),
    ],
)  # fmt: skip
def test_the_antecedent_of_qui_speaks_past_a_clitic(
    sentence: str, content: str, speaker: str
) -> None:
    assert speaker_of(_BEFORE + sentence, content) == speaker


def test_with_no_clitic_the_antecedent_speaks_as_before() -> None:
    """Counter-case, the same on both codes."""
    text = _BEFORE + "La plainte a été déposée par des voisins qui accusent la mairie de mentir."
    assert speaker_of(text, "la mairie de mentir") == "des voisins"
