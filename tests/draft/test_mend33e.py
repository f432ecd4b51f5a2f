"""mend33e, after round 33's review: bystanders sharing only a surname and its particle are
two people (« Charles de Gaulle », « Philippe de Gaulle »); a negated denial reads its words
folded once, typographic apostrophe or not. Made-up sentences only."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze
from quizapp.draft.drafting.draft_base import DraftBase
from quizapp.draft.drafting.wording.reported_words import contested as is_contested
from quizapp.draft.words.lexicon import load


def _base(text: str, language: str) -> DraftBase:
    analysis = analyze(text, language, headline=text.split("\n", 1)[0])
    return DraftBase(analysis, load(language).raw["wording"])


@pytest.mark.parametrize(
    ("text", "language", "people"),
    [
        (
            "La foire aux vins\n\nRaymond de Villiers et Gaston de Villiers ont ouvert la foire. "
            "« Les caves étaient pleines », a déclaré l'organisatrice, Odile Lemaire.",
            "fr",
            ["Raymond de Villiers", "Gaston de Villiers"],
        ),
        (
            "Harbour fête\n\nMaria da Costa and Carlos da Costa missed the parade. "
            '"The boats looked splendid," said organiser Nina Walsh.',
            "en",
            ["Maria da Costa", "Carlos da Costa"],
        ),
    ],
)
def test_a_shared_surname_and_particle_are_two_people(
    text: str, language: str, people: list[str]
) -> None:
    assert _base(text, language).bystanders == people


def test_one_first_name_and_a_misspelt_surname_are_still_one_person() -> None:
    text = (
        "La foire aux vins\n\nRaymond Paul Villiers a ouvert la foire. Raymond Paul Vilier est "
        "reparti tôt. « Les caves étaient pleines », a déclaré l'organisatrice, Odile Lemaire."
    )
    assert _base(text, "fr").bystanders == ["Raymond Paul Villiers"]


def test_two_compound_first_names_of_one_surname_are_two_people() -> None:
    text = (
        "La foire aux vins\n\nJean-Pierre Villiers et Jean-Marc Villiers ont ouvert la foire. "
        "« Les caves étaient pleines », a déclaré l'organisatrice, Odile Lemaire."
    )
    assert _base(text, "fr").bystanders == ["Jean-Pierre Villiers", "Jean-Marc Villiers"]


@pytest.mark.parametrize(
    ("text", "contested"),
    [
        ("Le maire n’a pas contesté que la piscine fermerait.", False),
        ("Le maire n'a jamais nié que la piscine fermerait.", False),
        ("Le maire a démenti que la piscine fermerait.", True),
    ],
)
def test_a_negated_denial_reads_any_apostrophe(text: str, contested: bool) -> None:
    base = _base(text, "fr")
    found = base.analysis.attributions
    assert [is_contested(base.analysis, f, base.lex) for f in found] == [contested]
