"""mend45d: ui45's bare quantifiers in French. A speaker the article names only by « Certains »,
« D'autres », « Plusieurs »… is no option of a drafted question and no statement's subject:
standing alone, « Certains » names no one (round 45's review: « Certains ont affirmé que… »
gave the option « Certains » in four drafted questions). Made-up article and mentions only."""

from __future__ import annotations

import pytest

from quizapp.draft.drafting.speaker_names.standalone import points_back
from quizapp.draft.words.lexicon import load
from tests.draft.readings import speakers_and_drafted_words

MEDIATHEQUE = (
    "La médiathèque de Valbonne fermera deux jours par semaine\n\n"
    "Les habitants de Valbonne perdront deux jours d'ouverture de la médiathèque dès mars, "
    "après le vote d'un plan d'économies par le conseil municipal mardi soir.\n\n"
    "« Nous gardons les portes ouvertes cinq jours sur sept », a déclaré la maire, Hélène "
    "Garnier.\n\n"
    "Le club de lecture, qui s'y réunit chaque lundi depuis 1998, devra trouver un autre lieu, "
    "a indiqué sa présidente, Sophie Lemaire.\n\n"
    "Selon la police, une vingtaine de manifestants se sont rassemblés devant la mairie avant "
    "le vote.\n\n"
    "Les élus de l'opposition estiment que ces économies auraient pu être trouvées ailleurs. "
    "Certains ont affirmé que la commune avait dépensé davantage en consultants l'an dernier "
    "que le budget entier de la médiathèque."
)


def _options_and_statements(text: str) -> list[str]:
    found, words = speakers_and_drafted_words(text, "fr")
    assert "Certains" in found
    return words


def test_certains_is_no_option_nor_statement_subject() -> None:
    drafted = _options_and_statements(MEDIATHEQUE)
    assert "Hélène Garnier" in drafted  # the named speakers are still asked about
    assert "Certains" not in drafted
    assert not [w for w in drafted if "certains sont" in w or "certains qui" in w]


@pytest.mark.parametrize(
    ("mention", "back"),
    [
        ("Certains", True),
        ("Certaines", True),
        ("D'autres", True),
        ("D’autres", True),  # the typographic apostrophe reads the same
        ("Plusieurs", True),
        ("Beaucoup", True),
        ("La plupart", True),
        ("Un autre", True),
        ("Une autre", True),
        ("L'un d'eux", True),
        ("L’une d’elles", True),
        ("certains habitants", False),  # a noun after it: a vague group, asked as such
        ("plusieurs élus", False),
        ("un autre commerçant", False),
        ("la plupart des riverains", False),
    ],
)
def test_a_bare_french_quantifier_points_back(mention: str, back: bool) -> None:
    assert points_back(mention, load("fr")) is back
