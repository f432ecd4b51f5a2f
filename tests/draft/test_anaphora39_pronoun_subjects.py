"""An « il » or « elle » opening a sentence of narration keeps its sentence's subject for the
pronouns after it (anaphora39, made-up sentences): « Autre élue : Claire Vasseur. Présente
depuis 2010, elle remplace Agnès Moreau. « … », sourit-elle. » is Claire Vasseur's, not that of
Agnès Moreau, the last woman only mentioned."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze
from quizapp.draft.anaphora.pronoun_subjects import opening_pronoun
from quizapp.draft.text.segment import tokens
from quizapp.draft.words.lexicon import load
from tests.draft.readings import finding_holding


def _speaker_of(text: str, word: str) -> str:
    return finding_holding("Titre\n\n" + text, word).speaker


@pytest.mark.parametrize(
    "second",
    [
        "Présente depuis 2010 au conseil, elle remplace Agnès Moreau, adjointe historique.",
        "Elle remplace Agnès Moreau, adjointe historique.",
        "Mais elle remplace Agnès Moreau, adjointe historique.",
    ],
)
def test_the_opening_pronoun_keeps_the_topic(second: str) -> None:
    """The second sentence's « elle » is Claire Vasseur, so the cue's « elle » after it too."""
    text = (
        "Nouvelle élue au quartier nord : Claire Vasseur. " + second + " « Ce jour restera "
        "gravé pour toute l'équipe de la mairie », sourit-elle."
    )
    assert _speaker_of(text, "gravé") == "Claire Vasseur"


def test_a_chain_of_pronouns_keeps_the_named_subject() -> None:
    """« Le directeur, Paul Girard, … Il propose … Il justifie … »: Paul Girard, not the
    body named in between."""
    text = (
        "Le directeur, Paul Girard, défend une stratégie prudente. Il propose de confier "
        "la gestion au Syndicat Intercommunal dès janvier. Il justifie ce choix par la "
        "volonté de réduire les coûts de fonctionnement du service."
    )
    assert _speaker_of(text, "réduire") == "Paul Girard"


def test_an_impersonal_il_opens_no_subject() -> None:
    """« Il faut … » names nobody: no pronoun subject is read there."""
    lex = load("fr")
    text = "Il faut attendre la décision du conseil."
    toks = tokens(text, (0, len(text)), "fr")
    assert opening_pronoun(toks, [True] * len(toks), lex) is None


def test_analysis_runs_on_a_pronoun_inside_a_quotation() -> None:
    """An « elle » inside quotation marks is no subject of the narration."""
    text = "Titre\n\n« Elle viendra demain », a déclaré Marc Petit au conseil municipal."
    found = analyze(text, "fr", headline="Titre").attributions
    assert found and found[0].speaker == "Marc Petit"


def test_a_pronoun_after_according_to_opens_no_subject() -> None:
    """« Selon son avocat, il … »: the claim's « il », not the narration's subject."""
    lex = load("fr")
    text = "Selon son avocat, il ne s'est rien passé ce soir-là."
    toks = tokens(text, (0, len(text)), "fr")
    assert opening_pronoun(toks, [True] * len(toks), lex) is None
