"""The turn to speak given with « à » at a sentence's start, « Et » before it or not (made-up
sentences): « Et à son adjoint de répondre : « … » », « Au préfet de conclure que… ». One
reading (cue_forms/narrative.dative_turn) makes the cue and gives the speaker's span; an
idiom of everyone's turn (« Et à chacun de juger », « Et à vous de voir ») and a turn that
announces no words (« Et à l'État de dire si… ») are no cue, with « Et » as without it."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze

_BEFORE = "Le maire a présenté le projet du stade mardi soir. "


@pytest.mark.parametrize(
    ("turn", "source", "said"),
    [
        ("Et à son adjoint de répondre : « Le stade sera prêt en mai. »", "son adjoint",
         "Le stade sera prêt en mai."),
        ("À la ministre d'ajouter : « Le stade sera prêt en mai. »", "la ministre",
         "Le stade sera prêt en mai."),
        ("Au préfet de conclure que le stade sera prêt en mai.", "préfet",
         "le stade sera prêt en mai"),
        ("Et aux riverains de rappeler que le chantier a pris du retard.", "riverains",
         "le chantier a pris du retard"),
    ],
)  # fmt: skip
def test_the_noun_phrase_given_the_turn_speaks(turn: str, source: str, said: str) -> None:
    text = _BEFORE + turn
    found = analyze(text, "fr").attributions
    assert [
        (text[a.source[0] : a.source[1]], text[a.content[0] : a.content[1]])
        for a in found
        if a.source
    ] == [(source, said)]


@pytest.mark.parametrize(
    "turn",
    [
        "Et à chacun de juger : « Le stade sera prêt en mai. »",
        "Et à vous de voir si le stade sera prêt en mai.",
        "Et à l'État de dire si le stade sera prêt en mai.",
        "À l'État de dire si le stade sera prêt en mai.",
    ],
)
def test_everyone_s_turn_or_a_turn_announcing_nothing_is_no_cue(turn: str) -> None:
    text = _BEFORE + turn
    analysis = analyze(text, "fr")
    cues = [analysis.passage(a.cue) for a in analysis.attributions if a.cue]
    assert not any(cue.startswith(("de ", "d'")) for cue in cues)
