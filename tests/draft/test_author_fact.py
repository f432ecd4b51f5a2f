"""The author/fact border on unattributed clauses (DESIGN.md): the outlet's evaluative words,
feelings it ascribes, its inferences and emphasis make a clause ``author``; the same event in
neutral words stays ``fact``. Each kind has a counter-case that must stay a fact."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze

INTRO = "Titre du jour\n\n"  # a headline first, so the clauses below are body text


def label_of(text: str, language: str) -> str:
    """The label of the single body clause of ``text``."""
    intro = INTRO if language == "fr" else "Headline of the day\n\n"
    analysis = analyze(intro + text, language)
    (claim,) = [c for c in analysis.unattributed if c.span[0] >= len(intro)]
    return claim.label


@pytest.mark.parametrize(
    ("author", "fact"),
    [
        # an evaluative adjective or intensifier
        (
            "La commune a connu une saison touristique trop chargée cet été.",
            "La commune a connu une saison touristique chargée cet été.",
        ),
        (
            "Les pompiers ont mené une intervention difficile dans la vallée.",
            "Les pompiers ont mené une intervention dans la vallée.",
        ),
        # a feeling the outlet ascribes
        (
            "Les riverains du quartier sont désabusés par les travaux.",
            "Les riverains du quartier sont concernés par les travaux.",
        ),
        # the outlet's own inference or emphasis
        (
            "Les joueurs devront donc quitter le stade avant minuit.",
            "Les joueurs devront quitter le stade avant minuit.",
        ),
        (
            "C'est à Lyon que la nouvelle ligne de tramway ouvrira ses portes.",
            "La nouvelle ligne de tramway ouvrira ses portes à Lyon.",
        ),
        (
            "Bref, le conseil municipal a reporté le vote du budget.",
            "Le conseil municipal a reporté le vote du budget.",
        ),
    ],
)
def test_french_judgement_is_author_and_the_neutral_core_is_fact(author: str, fact: str) -> None:
    assert label_of(author, "fr") == "author"
    assert label_of(fact, "fr") == "fact"


@pytest.mark.parametrize(
    ("author", "fact"),
    [
        (
            "The council faces a precarious budget after the grant was cut.",
            "The council faces a smaller budget after the grant was cut.",
        ),
        (
            "Parents at the school are angry about the new timetable.",
            "Parents at the school received the new timetable on Monday.",
        ),
        (
            "In fact, the bridge had been closed to lorries for a decade.",
            "The bridge had been closed to lorries for a decade.",
        ),
    ],
)
def test_english_judgement_is_author_and_the_neutral_core_is_fact(author: str, fact: str) -> None:
    assert label_of(author, "en") == "author"
    assert label_of(fact, "en") == "fact"


def test_a_word_inside_another_word_is_no_remark() -> None:
    """« donc » or "hate" only as whole words: « Doncaster », "hatched" stay facts."""
    assert label_of("Le club a signé un joueur venu de Doncaster en juin.", "fr") == "fact"
    assert label_of("The eggs hatched at the zoo on Tuesday morning.", "en") == "fact"
