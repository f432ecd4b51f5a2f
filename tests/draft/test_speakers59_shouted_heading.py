"""speakers59: a headline or subhead written all in capitals (« PROJET DE TERRITOIRE : TOUT
POUR ARJUZANX ») shouts its words: its capitals name no one (the person it names is named again,
written as names are, in the text below it); a surname in capitals in ordinary text (« Marine LE
PEN ») and a short title in capitals stay names. Made-up texts."""

from __future__ import annotations

from quizapp.draft import analyze
from quizapp.draft.names.naming.names import proper_names
from quizapp.draft.text.segment import tokens
from quizapp.draft.words.lexicon import load


def _names(text: str) -> list[str]:
    """The name runs of ``text`` read as one sentence, as written."""
    found = tokens(text, (0, len(text)), "fr")
    return [text[found[a].start : found[b - 1].end] for a, b in proper_names(found, load("fr"))]


def test_a_shouted_headline_names_no_one() -> None:
    assert _names("BUDGET COMMUNAL : TOUT POUR VALDREMONT, JUSQU'AU BOUT ?") == []


def test_a_shouted_person_is_named_below_as_written_there() -> None:
    """A guard: the name in the shouted headline and the same name below are one person,
    written as below (it held before speakers59 too; mend59d keeps it now that a shouted
    first name and surname are a name again)."""
    headline = "OUMAR NDIAYE SE LAVE A GRANDE EAU"
    text = (
        f"{headline}\n\nLe ministre de la Pêche, Oumar Ndiayé, a démenti mardi les accusations "
        "portées contre lui.\n\n« Ces informations sont fausses », a souligné le ministre."
    )
    speakers = {a.speaker for a in analyze(text, "fr", headline=headline).attributions}
    assert speakers == {"Oumar Ndiayé"}


def test_a_short_headline_in_capitals_keeps_its_acronyms() -> None:
    """Counter-case: three words are too few to call a line shouted."""
    assert any("CGT" in name for name in _names("LA CGT REFUSE"))


def test_surnames_in_capitals_in_ordinary_text_stay_whole() -> None:
    names = _names("Marine LE PEN et Charles DE GAULLE sont cités dans le discours.")
    assert names == ["Marine LE PEN", "Charles DE GAULLE"]


def test_the_mayor_is_not_the_shouted_headline() -> None:
    """The shouted headline was a named speaker whose surname was the town: « Le Maire » and
    every « Valdremont » of the article were taken as its mentions."""
    headline = "BUDGET COMMUNAL : TOUT POUR VALDREMONT, JUSQU'AU BOUT ?"
    text = (
        f"{headline}\n\nLe conseil municipal s'est réuni jeudi à Valdremont.\n\n"
        "Le Maire explique ensuite tout l'intérêt de créer des logements sociaux pour attirer "
        "les jeunes ménages."
    )
    speakers = [a.speaker for a in analyze(text, "fr", headline=headline).attributions]
    assert speakers == ["Le Maire"]
