"""A colon that opens a quotation ends the reported clause before it (made-up sentences,
precision18, detect/content_bounds): « X a indiqué que C : « Q » » is C, then Q as the same
speaker's own words, as the keys write it, when the words before the colon hold a verb or a
quotation of their own. A colon inside a quotation, or right after the cue, changes nothing."""

from __future__ import annotations

from tests.draft.readings import content_speaker_kind


def test_a_clause_then_a_colon_and_a_quotation_are_two_statements() -> None:
    text = (
        "Le ministère a indiqué qu'un accès frauduleux a été découvert mardi : « Le portail "
        "a été fermé aussitôt et une enquête est ouverte. »"
    )
    assert content_speaker_kind(text) == [
        ("un accès frauduleux a été découvert mardi", "Le ministère", "indirect"),
        ("Le portail a été fermé aussitôt et une enquête est ouverte.", "Le ministère", "direct"),
    ]


def test_a_verb_of_any_kind_before_the_colon_makes_a_clause() -> None:
    text = (
        "La directrice estime que l'installation d'une usine en appelle souvent d'autres : « Pas "
        "une semaine sans qu'un maire ne soit contacté par un promoteur. »"
    )
    assert [c for c, _, _ in content_speaker_kind(text)] == [
        "l'installation d'une usine en appelle souvent d'autres",
        "Pas une semaine sans qu'un maire ne soit contacté par un promoteur.",
    ]


def test_a_quotation_before_the_colon_ends_there_too() -> None:
    text = (
        "Les élus ont salué la décision du maire « de rejoindre le protocole contre la "
        "pollution » : « Il ne manque plus que le département ! »"
    )
    assert content_speaker_kind(text) == [
        (
            "la décision du maire « de rejoindre le protocole contre la pollution »",
            "Les élus",
            "mixed",
        ),
        ("Il ne manque plus que le département !", "Les élus", "direct"),
    ]


def test_a_colon_inside_the_quotation_or_after_the_cue_changes_nothing() -> None:
    """Counter-cases."""
    text = "Le syndicat a affirmé que « le constat est simple : rien ne va plus dans les écoles »."
    assert content_speaker_kind(text) == [
        ("le constat est simple : rien ne va plus dans les écoles", "Le syndicat", "direct")
    ]
    text = "Le maire a déclaré : « Nous allons rouvrir la piscine dès le mois de juin prochain. »"
    assert content_speaker_kind(text) == [
        ("Nous allons rouvrir la piscine dès le mois de juin prochain.", "Le maire", "direct")
    ]
