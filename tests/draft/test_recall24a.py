"""recall24a: French statements whose cue comes after them, in made-up sentences over word
orders and source kinds, with the counter-cases that must stay as they were."""

from __future__ import annotations

import pytest

from tests.draft.readings import said_after_a_lead

_NAMED = "Marie Dupont tient la boulangerie du village depuis vingt ans. "


# ----- an inverted cue carrying its pronoun with no comma before it -----
@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            _NAMED + "Elle a fermé la boutique deux jours pour voir venir assure-t-elle.",
            "Elle a fermé la boutique deux jours pour voir venir",
        ),
        (
            _NAMED
            + "Le four ne chauffe plus depuis lundi explique-t-elle, « et personne ne vient ».",
            "Le four ne chauffe plus depuis lundi",
        ),
        (
            _NAMED + "Une décision profondément injuste pour le quartier estime-t-elle.",
            "Une décision profondément injuste pour le quartier",
        ),
        (
            _NAMED + "La mairie a refusé de prolonger le bail a-t-elle raconté.",
            "La mairie a refusé de prolonger le bail",
        ),
    ],
)
def test_inverted_pronoun_cue_with_no_comma_reports_the_clause_before(
    sentence: str, content: str
) -> None:
    assert said_after_a_lead(sentence) == [(content, "Marie Dupont")]


def test_a_clause_ending_on_a_quotation_it_does_not_open() -> None:
    """The quotation ends the clause, a word of it quoted: the clause is still reported."""
    sentence = (
        "Les facteurs ont débrayé. Ces horaires, que la direction veut « imposer » "
        "disent-ils, changent toute leur journée."
    )
    found = said_after_a_lead(sentence)
    assert [content for content, _ in found] == ["Ces horaires, que la direction veut « imposer »"]


@pytest.mark.parametrize(
    ("sentence", "before"),
    [
        (
            _NAMED + "La boutique de la place fermera-t-elle avant la fin de l'année ?",
            "La boutique de la place",
        ),
        (
            _NAMED + "Le conseil municipal de la ville annonce-t-il la fermeture ?",
            "Le conseil municipal de la ville",
        ),
    ],
)
def test_the_words_before_an_inverted_question_are_not_reported(sentence: str, before: str) -> None:
    """In a question the words before the inverted verb are its subject, nothing said."""
    assert before not in [content for content, _ in said_after_a_lead(sentence)]


def test_a_narrative_infinitive_is_no_inverted_pronoun() -> None:
    """« et de reprendre » carries the last speaker but no pronoun written with a hyphen:
    a clause before it with no comma is no statement (it was not before either)."""
    sentence = (
        "Deux mois plus tard, une pharmacienne manifeste son intention de venir "
        "et de reprendre la boutique."
    )
    assert said_after_a_lead(sentence) == []


# ----- a gerund after the subject of a cue inserted in a quotation -----
@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "« On ferme à midi, annonce Marie Dupont en baissant le rideau. Revenez demain ! »",
            "Marie Dupont",
        ),
        (
            "« Viens, on y va, lance la boulangère en souriant. Le pain sort du four. »",
            "la boulangère",
        ),
        (
            "« Tout est prêt, assure Paul Martin en tant que président. La fête aura lieu. »",
            "Paul Martin",
        ),
    ],
)
def test_a_gerund_after_an_inserted_cue_belongs_to_the_reporting_clause(
    paragraph: str, speaker: str
) -> None:
    """As after a cue outside quotation marks: one quotation, its speaker the subject."""
    quoted = paragraph[2:-2]
    assert said_after_a_lead(paragraph) == [(quoted, speaker)]


def test_a_verb_that_reports_nothing_before_a_gerund_cuts_no_quotation() -> None:
    """« part Marie Dupont en courant » is no reporting clause: nothing is read as said."""
    paragraph = "« On ferme à midi, part Marie Dupont en courant. Revenez demain ! »"
    assert said_after_a_lead(paragraph) == []


# ----- a subject set off by its apposition before a cue whose object opens a colon -----
@pytest.mark.parametrize(
    "sentence",
    [
        "Le maire, Paul Durand, a annoncé mardi la date : le marché rouvrira en juin.",
        "Paul Durand, le maire, a précisé la date : le marché rouvrira en juin.",
        "La présidente du club, Marie Roy, a détaillé le programme : le marché rouvrira en juin.",
    ],
)
def test_an_apposed_subject_before_the_cue_is_no_statement(sentence: str) -> None:
    """The name and its apposition before the verb are its subject, not what was said."""
    found = said_after_a_lead(sentence)
    assert found and all("rouvrira en juin" in content for content, _ in found)


def test_a_clause_before_an_inverted_cue_and_a_colon_is_still_said() -> None:
    """« Ce fut dur, estime X, président de Y : … »: the clause before the comma is said."""
    sentence = "Ce fut dur, estime Paul Durand, président du club : « On a tout donné »."
    assert ("Ce fut dur", "Paul Durand") in said_after_a_lead(sentence)
