"""verbs51: single verbs and constructions of reported speech the drafter missed on the keys
made under today's conventions (blind42-49), each on a short made-up sentence."""

from __future__ import annotations

from tests.draft.readings import content_cue_label


def test_adding_again_that_reports_the_clause() -> None:
    """« rajouter » is « ajouter » in speech: its « que » clause is said."""
    text = "L'adjointe rajoute que la piscine rouvrira au printemps."
    assert content_cue_label(text, "fr") == [
        ("la piscine rouvrira au printemps", "rajoute", "named")
    ]


def test_adding_a_thing_reports_nothing() -> None:
    """Its plain object is something added, not said (« rajoute des normes »)."""
    for text in (
        "Cette réforme rajoute encore des normes aux commerçants.",
        "Le maire n'a plus rien à rajouter sur ce dossier.",
    ):
        assert content_cue_label(text, "fr") == []


def test_saying_oneself_one_adjective_is_said() -> None:
    """« X se dit sereine »: a reflexive « se dire » gives its subject's own state, one
    adjective (with a degree adverb or not) enough."""
    for text, state, cue in (
        ("Gaëlle Martin se dit sereine.", "sereine", "se dit"),
        ("En sortant du tribunal, le maire s'est dit soulagé.", "soulagé", "s'est dit"),
        ("Le maire se disait plutôt inquiet.", "plutôt inquiet", "se disait"),
    ):
        assert content_cue_label(text, "fr") == [(state, cue, "named")]


def test_said_of_a_word_is_no_state() -> None:
    """« se dit » as a passive of a word said (« Cela se dit souvent ») names no state."""
    for text in ("Cela se dit souvent.", "Ce mot se dit rarement en Bretagne."):
        assert content_cue_label(text, "fr") == []


def test_words_said_to_each_other_are_no_state() -> None:
    """A reciprocal « se dire » with the words exchanged (« se disant bonjour ») names no
    state of its subject."""
    for text in (
        "Les deux maires se sont dit adieu.",
        "Chaque matin, les deux voisins se disent bonjour.",
    ):
        assert content_cue_label(text, "fr") == []
