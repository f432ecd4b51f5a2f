"""speakers59: an impersonal « on » speaks for the side or the body the sentence names, also
when a connective opens the sentence before the side (« Mais du côté de la mairie, on
assure… ») and when an adverb stands between an inverted « -t-on » and the body it was heard
at, or the body is written as its acronym (« indique-t-on toutefois au Kremlin », « rappelle-t-on
au SNPQ »). Made-up texts, with counter-cases that keep « on » an impersonal voice."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_by_cue as _speaker_of


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Les riverains craignent des travaux rapides. Mais du côté de la mairie, on assure "
            "que le chantier ne commencera pas avant l'été.",
            "la mairie",
        ),
        (
            "Le club dément toute vente. Autant dire que du côté de l'entraîneur, on assure que "
            "le joueur restera jusqu'en juin.",
            "l'entraîneur",
        ),
        (
            "La rumeur enfle depuis lundi. Pourtant, chez les pompiers, on assure que le feu est "
            "maîtrisé.",
            "les pompiers",
        ),
    ],
)
def test_a_connective_before_the_side_keeps_the_side(text: str, speaker: str) -> None:
    """The connective opening the sentence stood between its start and « du côté de »: the
    side was not read, and « on » spoke as an impersonal voice of its own."""
    assert _speaker_of(text, "assure") == speaker


def test_a_connective_with_no_side_leaves_on_impersonal() -> None:
    """Counter-case: « Mais on assure… » names no side; « on » stays itself."""
    text = "Les riverains craignent des travaux. Mais on assure que le chantier attendra l'été."
    assert _speaker_of(text, "assure") in {"on", "On"}


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        (
            "« Nous ne fermerons aucune classe », précise-t-on cependant au SNPQ.",
            "précise-t-on",
            "SNPQ",
        ),
        (
            "« La récolte est perdue à moitié », rappelle-t-on à la FDSEA.",
            "rappelle-t-on",
            "FDSEA",
        ),
        (
            "« Aucune décision n'est prise », indique-t-on toutefois au Kremlin.",
            "indique-t-on",
            "Kremlin",
        ),
    ],
)
def test_the_body_after_an_inverted_on_speaks(text: str, cue: str, speaker: str) -> None:
    """« rappelle-t-on au CIVB »: an acronym after « à » names a body as a seat of power's
    name does; an adverb after « -t-on » no longer hides either."""
    assert speaker in (_speaker_of(text, cue) or "")


def test_a_town_after_an_inverted_on_is_no_speaker() -> None:
    """Counter-case: a town in ordinary capitals is where it was heard, not who spoke."""
    text = "« Le pont rouvrira lundi », assure-t-on toutefois à Marseille."
    assert "Marseille" not in (_speaker_of(text, "assure-t-on") or "")
