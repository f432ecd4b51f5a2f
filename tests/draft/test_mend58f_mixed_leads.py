"""mend58f (made-up sentences), review58a of misses58: a short lead before a quotation and a
final cue makes the quotation mixed only when it opens the quoted clause. A colon inside a time
or a score is no sentence's colon to start after; a time word or a sentence adverb with no comma
sets the scene; a name or a group that the cue's pronoun stands for is the speaker, whose own
words the quotation then is. Each of these stays direct."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def found(text: str) -> list[tuple[str, str, str]]:
    """(content, speaker, kind) of every attribution of a French text."""
    analysis = analyze(text, "fr")
    return [(analysis.passage(a.content), a.speaker, a.kind) for a in analysis.attributions]


def quoted(text: str) -> str:
    """The words between the sentence's French marks."""
    return text.split("« ")[1].split(" »")[0]


@pytest.mark.parametrize(
    "text",
    [
        "Dès 18:30 la salle « était pleine à craquer », raconte Paul Durand.",
        "Vers 7:45 le quai « débordait de voyageurs pressés », observe la cheffe de gare.",
    ],
)
def test_a_colon_inside_a_time_opens_no_paraphrase(text: str) -> None:
    assert [(c, k) for c, _, k in found(text)] == [(quoted(text), "direct")]


@pytest.mark.parametrize(
    "text",
    [
        "Bien sûr « nous allons faire appel de ce jugement », assure l'avocate Claire Benoît.",
        "Sans doute « la plus belle saison de notre histoire », estime l'entraîneur du club.",
        "Mardi soir « la salle des fêtes était pleine à craquer », raconte Paul Durand.",
        "Hier matin « le pont restait fermé aux voitures », constate la maire.",
    ],
)
def test_a_setting_or_an_adverb_with_no_comma_leaves_the_quotation_direct(text: str) -> None:
    assert [(c, k) for c, _, k in found(text)] == [(quoted(text), "direct")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Les élus « refusent de voter ce budget en l'état », indiquent-ils.", "Les élus"),
        ("Louise Marchal « regrette vivement ce choix du conseil », dit-elle.", "Louise Marchal"),
    ],
)
def test_a_lead_the_cues_pronoun_stands_for_is_the_speaker(text: str, speaker: str) -> None:
    assert found(text) == [(quoted(text), speaker, "direct")]


def test_a_lead_the_pronoun_does_not_stand_for_stays_mixed() -> None:
    text = "Le chantier « a pris trois mois de retard », regrette-t-il."
    assert [(c, k) for c, _, k in found(text)] == [
        ("Le chantier « a pris trois mois de retard", "mixed")
    ]
