"""A verb of saying whose object is the subject's own stance (made-up sentences, objects35):
a possessive, a noun of stance and what the stance is about make the object a statement
(« a rappelé ses inquiétudes sur le financement »); « a rappelé son ambassadeur », « a
rappelé les faits » stay things. Such an object, or one before a participle that opens a
clause, ends before a participle cue of its own (« … demandant son abandon »)."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _found(text: str) -> list[tuple[str, str]]:
    analysis = analyze(text, "fr")
    return [(text[a.content[0] : a.content[1]], a.speaker) for a in analysis.attributions]


def test_a_recalled_stance_with_its_complement_is_a_statement() -> None:
    text = "Le maire a rappelé ses inquiétudes sur le financement du stade."
    assert _found(text) == [("ses inquiétudes sur le financement du stade", "Le maire")]


def test_an_expressed_stance_past_the_listed_heads_of_the_verb() -> None:
    text = "La ministre a exprimé son profond désaccord avec la réforme des retraites."
    assert _found(text) == [("son profond désaccord avec la réforme des retraites", "La ministre")]


def test_things_recalled_are_no_statement() -> None:
    assert _found("Le ministre a rappelé son ambassadeur à Paris.") == []
    assert _found("Le maire a rappelé les faits devant le conseil.") == []
    assert _found("Le juge a rappelé sa décision de la veille.") == []


def test_a_stance_ends_before_the_participle_of_the_next_act() -> None:
    text = "Les habitants ont exprimé leur opposition au projet demandant son abandon total."
    found = _found(text)
    assert found[0] == ("leur opposition au projet", "Les habitants")
    assert found[1][0] == "son abandon total"


def test_an_object_ends_before_a_participle_opening_a_clause() -> None:
    text = (
        "Le syndicat a dénoncé la « méthode brutale » de la direction estimant que "
        "les salariés n'avaient pas été consultés."
    )
    contents = [content for content, _ in _found(text)]
    assert contents == [
        "la « méthode brutale » de la direction",
        "les salariés n'avaient pas été consultés",
    ]


def test_a_participle_after_another_object_may_be_the_nouns() -> None:
    text = "La mairie a démenti le message publié par l'opposition évoquant une hausse des impôts."
    assert _found(text)[0][0] == (
        "le message publié par l'opposition évoquant une hausse des impôts"
    )


# mend35c (review35 items 4, 11, 15): made-up sentences the first rules read wrong.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le maire a dénoncé le rapport affirmant que la ville était endettée.",
            "le rapport affirmant que la ville était endettée",
        ),
        (
            "Le syndicat a démenti la rumeur indiquant que l'usine fermerait.",
            "la rumeur indiquant que l'usine fermerait",
        ),
        (
            "Le député a dénoncé l'article du journal expliquant que la ville était endettée.",
            "l'article du journal expliquant que la ville était endettée",
        ),
    ],
)
def test_a_document_keeps_the_participle_that_tells_what_it_says(text: str, expected: str) -> None:
    """A document or a rumour may say what its participle tells: the object keeps it."""
    assert _found(text)[0][0] == expected


def test_a_thing_that_cannot_speak_still_ends_before_the_participle() -> None:
    text = "Le préfet a confirmé la fermeture du site indiquant que la décision était définitive."
    assert _found(text)[0] == ("la fermeture du site", "Le préfet")


@pytest.mark.parametrize(
    "text",
    [
        "L'ambassade a rappelé ses réserves d'eau potable.",
        "Le maire a rappelé son engagement de campagne sur la piscine.",
    ],
)
def test_a_stance_noun_that_names_a_thing_is_no_stance(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le maire a réaffirmé son engagement de rouvrir la piscine.",
            "son engagement de rouvrir la piscine",
        ),
        (
            "Le maire a rappelé ses réserves sur le projet de tram.",
            "ses réserves sur le projet de tram",
        ),
        (
            "Le maire a rappelé son soutien aux commerçants du centre.",
            "son soutien aux commerçants du centre",
        ),
    ],
)
def test_a_noun_of_double_sense_before_an_infinitive_or_another_opener(
    text: str, expected: str
) -> None:
    assert _found(text) == [(expected, "Le maire")]
