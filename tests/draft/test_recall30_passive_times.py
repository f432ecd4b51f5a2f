"""A time written between a passive reporting participle and its agent (recall30, made-up
sentences): « dénoncées le 3 mars par », « soulignée d'emblée par », « contestée depuis des
années par » (lexicon ``agent_time_leads``, ``agent_time_words``, ``agent_time_nouns``,
``agent_time_adverbs``) no longer hides the agent, who speaks as with a weekday there. Words
after the lead that write no time (« en tant que telle ») stay no agent's setting; the
participle of « reprendre » is no passive cue (« le mouvement a été repris par le syndicat »);
a relative after a copula (« X est un sujet qui est évoqué par ») gives no subject opening on
« est »."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _found(text: str) -> list[tuple[str, str | None]]:
    analysis = analyze(text, "fr")
    return [(text[a.content[0] : a.content[1]], a.speaker) for a in analysis.attributions]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "La cantine a fermé. Des « pratiques douteuses » dénoncées le 3 mars par la"
            " présidente du comité.",
            "pratiques douteuses",
            "la présidente du comité",
        ),
        (
            "Le jugement est tombé. L'erreur de procédure avait été soulignée d'emblée par les"
            " avocats de la défense.",
            "L'erreur de procédure",
            "les avocats de la défense",
        ),
        (
            "Le chantier reprend. La hausse des loyers a été annoncée début octobre par la"
            " direction du bailleur.",
            "La hausse des loyers",
            "la direction du bailleur",
        ),
        (
            "Le chantier reprend. La hausse des loyers a été annoncée le 12 octobre dernier par"
            " la direction du bailleur.",
            "La hausse des loyers",
            "la direction du bailleur",
        ),
        (
            "Le chantier reprend. La hausse des loyers a été annoncée depuis plusieurs mois par"
            " la direction du bailleur.",
            "La hausse des loyers",
            "la direction du bailleur",
        ),
    ],
)
def test_a_time_before_the_agent(text: str, content: str, speaker: str) -> None:
    assert (content, speaker) in _found(text)


def test_words_that_write_no_time_are_no_setting() -> None:
    text = "Le chantier reprend. La hausse a été annoncée en tant que telle par la direction."
    assert all(speaker != "la direction" for _, speaker in _found(text))


def test_a_strike_taken_up_is_nobody_s_words() -> None:
    text = "La grève a cessé lundi. Mais le mouvement a été repris mardi par le syndicat."
    assert _found(text) == []


def test_a_relative_after_a_copula_gives_no_subject_opening_on_est() -> None:
    text = (
        "La fermeture des classes, décidée l'an passé, est un sujet qui est évoqué par les parents."
    )
    assert all(not content.startswith("est ") for content, _ in _found(text))
