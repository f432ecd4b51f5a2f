"""« Pour certains, … » gives the view of a part of the people the article speaks of (recall29,
made-up sentences): « pour » and a group pronoun (lexicon ``pour_group_pronouns``) or one of
``vague_determiners`` with a people noun, then a comma, is an according-to source, vague, as
« Pour lui, … » is a named one. « Pour » before a time or a reason names no one and stays
as it was."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "La nouvelle halle a ouvert lundi. Pour certains, la rénovation arrive bien trop tard.",
            "la rénovation arrive bien trop tard",
            "certains",
        ),
        (
            "La nouvelle halle a ouvert lundi. Pour la plupart, le loyer des stands reste trop"
            " élevé.",
            "le loyer des stands reste trop élevé",
            "la plupart",
        ),
        (
            "La nouvelle halle a ouvert lundi. Alors forcément, pour beaucoup, ce marché couvert"
            " change tout.",
            "ce marché couvert change tout",
            "beaucoup",
        ),
        (
            "La nouvelle halle a ouvert lundi. Pour de nombreuses familles, la sortie du samedi"
            " devient plus simple.",
            "la sortie du samedi devient plus simple",
            "de nombreuses familles",
        ),
    ],
)
def test_pour_and_a_part_of_the_people_gives_their_view(
    text: str, content: str, speaker: str
) -> None:
    found = analyze(text, "fr").attributions
    assert [(text[a.content[0] : a.content[1]], a.speaker, a.kind, a.label) for a in found] == [
        (content, speaker, "according_to", "vague")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "La nouvelle halle a ouvert lundi. Pour quelques jours, la rue du marché reste fermée.",
        "La nouvelle halle a ouvert lundi. Pour des raisons de sécurité, la rue reste fermée.",
        "La nouvelle halle a ouvert lundi. Pour plusieurs semaines, la rue du marché est barrée.",
    ],
)
def test_pour_before_a_time_or_a_reason_names_no_one(text: str) -> None:
    assert analyze(text, "fr").attributions == ()
