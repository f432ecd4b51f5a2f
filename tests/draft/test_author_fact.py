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


def test_suspension_points_close_the_outlets_hint() -> None:
    """« Il n'est pas le seul… »: trailing off is the outlet hinting; « […] » is an elision."""
    assert label_of("Le maire de la commune voisine n'est pas le seul…", "fr") == "author"
    assert label_of("Le maire de la commune voisine a signé le texte.", "fr") == "fact"
    assert label_of("Le texte adopté [...] entre en vigueur en mai.", "fr") == "fact"


def test_a_figurative_idiom_or_an_outlets_prediction_is_author() -> None:
    assert label_of("Les élus de la majorité ont travaillé d'arrache-pied tout l'été.", "fr") == (
        "author"
    )
    assert label_of("Les élus de la majorité ont travaillé tout l'été.", "fr") == "fact"
    assert label_of("Cette décision du conseil risque de diviser la majorité.", "fr") == "author"
    assert label_of("Cette décision du conseil divise la majorité.", "fr") == "fact"
    assert label_of("The mayor came under fire for the new parking charges.", "en") == "author"
    assert label_of("The mayor announced the new parking charges.", "en") == "fact"


def _clauses_of(text: str, language: str) -> list[str]:
    analysis = analyze("Headline of the day\n\n" + text, language)
    return [analysis.passage(c.span) for c in analysis.unattributed][1:]


def test_a_participle_clause_after_a_comma_is_judged_apart() -> None:
    """ ", putting the plan in doubt": the outlet's comment on the event, cut from it."""
    clauses = _clauses_of("The council voted on Monday, putting the plan in doubt.", "en")
    assert clauses == ["The council voted on Monday", "putting the plan in doubt."]
    fr = _clauses_of("Le conseil a voté lundi, conduisant la mairie à revoir son plan.", "fr")
    assert fr == ["Le conseil a voté lundi", "conduisant la mairie à revoir son plan."]


def test_a_word_in_ing_or_ant_that_is_no_participle_does_not_cut() -> None:
    text = "The council met on Monday, during the holidays, in the town hall."
    assert len(_clauses_of(text, "en")) == 1
    assert (
        len(_clauses_of("Le conseil s'est réuni lundi, pendant les vacances, à la mairie.", "fr"))
        == 1
    )
