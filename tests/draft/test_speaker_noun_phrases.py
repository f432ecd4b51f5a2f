"""A speaker's mention is a noun phrase (noun_phrases/noun_phrase.py): never a verb phrase
(« brigue un 6e mandat »), a clause (« ce dernier a refusé de nous parler », « nous écrivons
ces lignes »), nor a phrase behind a preposition (« à son arrivée la ministre »). Made-up
sentences in several forms, counter-cases that keep their speaker, and the corpus held to it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from quizapp.draft import analyze
from quizapp.draft.clause.noun_phrases.noun_phrase import (
    holds_finite_verb,
    inverted_noun_phrase,
    noun_phrase,
    opens_noun_phrase,
)
from quizapp.draft.words.lexicon import load

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from draft_eval import corpus


def _mentions(text: str, language: str = "fr") -> list[tuple[str, str]]:
    """Each attribution as (its speaker, its mention as written)."""
    found = analyze(text, language)
    return [
        (a.speaker, found.passage(a.speaker_mention) if a.speaker_mention else "")
        for a in found.attributions
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Le maire a désigné son adjoint, Paul Martin. Joint par nos soins, ce dernier a "
            "refusé de nous parler, se contentant de déclarer qu'il s'agissait d'une affaire "
            "privée.",
            "Paul Martin",
        ),
        (
            "La directrice a reçu son adjointe, Julie Roy. Contactée, cette dernière a décliné, "
            "se bornant à affirmer que le dossier était clos.",
            "Julie Roy",
        ),
        (
            "« Je n'ai rien à dire », a laissé tomber à son arrivée la ministre de la Culture, "
            "Anne Roy.",
            "Anne Roy",
        ),
        (
            "Paul Martin, toujours maire au moment où nous écrivons ces lignes, a affirmé qu'il "
            "se représenterait.",
            "Paul Martin",
        ),
        (
            "Anne Roy, encore ministre à l'heure où nous bouclons cette édition, estime que la "
            "réforme passera.",
            "Anne Roy",
        ),
    ],
)
def test_a_clause_or_a_setting_is_no_speaker(text: str, speaker: str) -> None:
    assert [s for s, _ in _mentions(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # an unknown verb inverted after a quotation, its subject the antecedent of « qui »
            "« Ça m'étonnerait », temporise un autre qui explique que « rien ne presse ».",
            "un autre",
        ),
        (
            "Plusieurs ONG et la mairie de Lorient, inquiète pour la pêche locale, ont annoncé "
            "qu'elles déposeraient un recours.",
            "Plusieurs ONG et la mairie de Lorient",
        ),
        (
            "Le texte, rédigé par les syndicats du président, qui, depuis mardi, réclame une "
            "hausse, demande aux élus de revoir leur copie.",
            "les syndicats du président",
        ),
        (
            "Mais de plus en plus de bénévoles se plaignent d'être chassés.",
            "de plus en plus de bénévoles",
        ),
    ],
)
def test_a_predicate_between_commas_is_stepped_over(text: str, speaker: str) -> None:
    assert speaker in [s for s, _ in _mentions(text)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The disclosures have some U.S. lawmakers calling for the extradition of the "
            "contractor.",
            "some U.S. lawmakers",
        ),
        (
            "The bins were previously outside a block of flats and resident Blair Rennie said "
            "homeowners are unhappy.",
            "Blair Rennie",
        ),
        (
            "This came during a hearing, where investigators revealed that the plug was missing.",
            "investigators",
        ),
    ],
)
def test_english_clauses_give_their_own_subject(text: str, speaker: str) -> None:
    assert [m for _, m in _mentions(text, "en")] == [speaker]


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [  # counter-cases: a bare noun, a pronoun with an adverb, a relative's verb stay
        ("Réunis au sein du réseau, associations et collectifs s'inquiètent de la loi.", "fr",
         "associations et collectifs"),
        ("Certains pensent que la lune est un astéroïde, tandis que d'autres pensent qu'elle "
         "vient d'un impact.", "fr", "d'autres"),
        ("Ms Walker said ground staff promised Qantas would text each passenger.", "en",
         "ground staff"),
        ("Acme said its revenue rose. But it also said that the outlook was weak.", "en", "it"),
    ],
)  # fmt: skip
def test_counter_cases_keep_their_speaker(text: str, language: str, speaker: str) -> None:
    assert speaker in [m for _, m in _mentions(text, language)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Il l'assure : la réforme passera.",
        "Il n'exclut pas que la réforme échoue.",
        "Il ne nie pas que la réforme a échoué.",
        "Il le dit : la réforme passera.",
    ],
)
def test_a_pronoun_with_its_clitics_is_the_subject(sentence: str) -> None:
    """« Il l' », « Il n' » before the cue: clitics of the cue's verb, not a clause."""
    assert [s for s, _ in _mentions("Paul Martin est maire. " + sentence)] == ["Paul Martin"]


def test_a_share_is_no_date_cut_from_the_source() -> None:
    """« 60% des personnes interrogées »: the number belongs to the source (not « a
    affirmé le 9 novembre le maire », whose date goes)."""
    poll = "60% des personnes interrogées se disaient hostiles au texte."
    assert _mentions(poll) == [("60% des personnes interrogées", "60% des personnes interrogées")]
    dated = "« Non », a affirmé le 9 novembre le maire de Lyon."
    assert _mentions(dated) == [("le maire de Lyon", "le maire de Lyon")]


@pytest.mark.parametrize(
    ("phrase", "language", "expected"),
    [
        ("ce dernier a catégoriquement refusé de nous parler", "fr", "ce dernier"),
        ("les élus sont convaincus", "fr", "les élus"),
        ("Nous avons", "fr", None),
        ("nous écrivons ces lignes", "fr", None),
        ("brigue un 6e mandat", "fr", None),
        ("de lancer le parc éolien en mer", "fr", None),
        ("ne pas se reconnaître", "fr", None),
        ("inquiète pour la pêche locale", "fr", None),
        ("d'ordinaire très patients", "fr", None),
        ("le gouverneur de Labé en ajoutant que", "fr", "le gouverneur de Labé"),
        ("les responsables que France Bleu a interrogés", "fr",
         "les responsables que France Bleu a interrogés"),
        ("sources proches de l'enquête", "fr", "sources proches de l'enquête"),
        ("tech companies have laid off a collective 148", "en", "tech companies"),
        ("it was brought up by a viewer", "en", None),
        ("has amplified", "en", None),
        ("or the equivalent", "en", None),
        ("union leaders", "en", "union leaders"),
    ],
)  # fmt: skip
def test_noun_phrase_of_a_subject(phrase: str, language: str, expected: str | None) -> None:
    found = noun_phrase(phrase, (0, len(phrase)), load(language))
    assert (phrase[found[0] : found[1]] if found else None) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("à son arrivée la ministre de la Culture", "la ministre de la Culture"),
        ("côté des équipes de secours", "des équipes de secours"),
        ("jaune l'un d'eux", "l'un d'eux"),
        ("par courriel le député Paul Martin", "le député Paul Martin"),
        ("au micro Pampi Roy", "Pampi Roy"),
        ("à ce que", None),
        ("la porte-parole du ministère", "la porte-parole du ministère"),
    ],
)
def test_an_inverted_subject_past_an_unknown_setting(phrase: str, expected: str | None) -> None:
    found = inverted_noun_phrase(phrase, (0, len(phrase)), load("fr"))
    assert (phrase[found[0] : found[1]] if found else None) == expected


@pytest.mark.parametrize(
    ("phrase", "language", "verb"),
    [
        ("sa dernière analyse", "fr", False),  # a reporting verb's form as a noun
        ("la note du ministère", "fr", False),
        ("le gouverneur de l'est du pays", "fr", False),
        ("Ford said the premiers", "en", True),
        ("a draft reported by several outlets", "en", False),  # a participle
        ("the latest report", "en", False),
        ("les banques sont pointées du doigt", "fr", True),
    ],
)
def test_finite_verbs_and_their_lookalikes(phrase: str, language: str, verb: bool) -> None:
    assert holds_finite_verb(phrase, (0, len(phrase)), load(language)) is verb


def test_no_speaker_mention_in_the_corpus_holds_a_finite_verb() -> None:
    """The invariant over every article: a clause as a speaker cannot come back silently."""
    clauses = []
    for article in corpus():
        found, lex = analyze(article.text, article.language), load(article.language)
        for attribution in found.attributions:
            mention = attribution.speaker_mention
            if mention and holds_finite_verb(found.text, mention, lex):
                clauses.append((article.name, found.passage(mention)))
    assert clauses == []


def test_a_lower_case_mention_opens_as_a_noun_phrase() -> None:
    lex = load("fr")
    for phrase, opens in (("plusieurs sources", True), ("venus de loin", True),
                          ("informée de la décision", False), ("Et", False)):  # fmt: skip
        assert opens_noun_phrase(phrase, (0, len(phrase)), lex) is opens
