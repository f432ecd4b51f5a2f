"""French reporting verbs and locutions verbs9 added from a reference list of press usage
(benchmarks/verb_reference/fr.txt): each reports after a quotation with an inverted subject,
before « que » and before a colon, in several tenses; each also has a plain use in narration
(a noun, an object that is no speech), which must report nothing, since the verbs report only
in a speech shape (lexicon needs_speech_shape), their infinitive included."""

from __future__ import annotations

import pytest

from tests.draft.readings import said, speakers

QUOTE = "Nous n'avons plus rien à donner aux familles"
CLAIM = "les rayons resteront vides jusqu'au printemps"
NAMED = "Sylvie Marchal, présidente de l'association Lunel Solidaire"


@pytest.mark.parametrize(
    "verb",
    [
        "illustre",
        "a illustré",
        "illustrait",
        "avait illustré",
        "tempère",
        "a nuancé",
        "fustigeait",
        "rebondit",
        "a balayé",
        "rejette",
        "s'est émerveillée",
        "a contredit",
        "menaçait",
        "déplore",
        "grinçait",
        "a enfoncé le clou",
        "met l'accent",
        "s'est inscrite en faux",
        "se veut rassurante",
        "faisait savoir",
        "mettait en garde",
    ],
)
def test_quotation_then_inverted_cue(verb: str) -> None:
    text = f"« {QUOTE} », {verb} {NAMED}."
    assert said(text, "fr") == [(QUOTE, "Sylvie Marchal")]
    assert speakers(text) == ["Sylvie Marchal"]


@pytest.mark.parametrize(
    "verb",
    [
        "a argué",
        "prétend",
        "suppose",
        "insinuait",
        "avait allégué",
        "a stipulé",
        "a émis l'hypothèse",
    ],
)
def test_clause_after_que(verb: str) -> None:
    text = f"Sylvie Marchal {verb} que {CLAIM}."
    assert [content for content, _ in said(text, "fr")] == [CLAIM]
    assert speakers(text) == ["Sylvie Marchal"]


@pytest.mark.parametrize("verb", ["a détaillé", "vilipende", "s'est désolée", "a haussé le ton"])
def test_colon_then_quotation(verb: str) -> None:
    text = f"Sylvie Marchal {verb} : « {QUOTE}. »"
    assert said(text, "fr") == [(f"{QUOTE}.", "Sylvie Marchal")]


def test_inverted_pronoun_after_a_named_sentence() -> None:
    text = f"Sylvie Marchal a reçu des familles. « {QUOTE} », a-t-elle pondéré."
    assert speakers(text) == ["Sylvie Marchal"]


@pytest.mark.parametrize(
    "text",
    [
        # the verbs in narration: their object is no speech
        "Le laboratoire a développé un vaccin contre la grippe aviaire.",
        "La municipalité rejette ses eaux usées dans le fleuve depuis des années.",
        "Le vent a balayé la côte toute la nuit, sans faire de victimes.",
        "L'entraîneur a tenu à remercier les supporters du club mardi.",
        "Le tribunal a décidé de suspendre les débats et de renvoyer le dossier au parquet.",
        "Les pompiers ont écarté tout danger après l'incendie de l'entrepôt.",
        "Le maire a illustré son propos par une anecdote.",
        # the same words as nouns and adjectives
        "La menace d'une grève plane sur le réseau de bus.",
        "Un écrivain illustre a ouvert le festival du livre.",
        "L'attaque a fait trois blessés dans le centre-ville.",
        "La formule a séduit les abonnés du journal.",
    ],
)
def test_narration_reports_nothing(text: str) -> None:
    assert said(text, "fr") == []


def test_a_title_is_not_cut_at_a_noun_that_is_also_a_verb() -> None:
    text = f"« {QUOTE} », a déclaré l'attachée de presse de la mairie, Sylvie Marchal."
    assert speakers(text) == ["Sylvie Marchal"]


@pytest.mark.parametrize(
    "text",
    [
        "Le conseil a rejeté la proposition que le maire avait présentée.",
        "Le maire a remercié les bénévoles que la ville a recrutés.",
        "Le laboratoire a développé un outil que les habitants utilisent.",
        "La directrice illustrait son propos d'une anecdote que tout le monde connaissait.",
    ],
)
def test_an_object_before_que_is_a_relative(text: str) -> None:
    assert said(text, "fr") == []


@pytest.mark.parametrize(
    "text",
    [
        f"Le maire a averti les bénévoles que {CLAIM}.",
        f"Le maire a lancé aux bénévoles que {CLAIM}.",
        f"Le maire a martelé mardi que {CLAIM}.",
    ],
)
def test_a_hearer_or_a_setting_before_que_still_reports(text: str) -> None:
    assert said(text, "fr") == [(CLAIM, "Le maire")]
