"""read54's last read of round 54's mends, made-up articles: the speaker's own « nous avons
été contactés / joints par … » after a quotation left open is still the speaker going on
(mend54b's bare participles took it for the outlet), « notre édition » is the outlet's; and a
name opened by a contrasting adverb (« En revanche / Pourtant / Cependant, Paul X… ») is not the
description before it (mend54d's leads lacked them). Each case fails before this change."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze

_OPENED = (
    "Usine : la grève continue\n\n"
    "Les salariés de l'usine ont voté la poursuite de la grève. « Nous ne lâcherons rien, "
    "a prévenu la déléguée syndicale, Anne Morel.\n\n"
)
_MAYOR = (
    "Le maire de Lunel a estimé mardi soir que le projet était nécessaire pour la commune."
    "\n\n« Nous n'avons pas d'autre choix si nous voulons garder nos marchés. »\n\n"
)


def _holding(text: str, words: str) -> list[tuple[str, str]]:
    """The speaker and kind of each finding whose content holds ``words``."""
    found = analyze(text, "fr").attributions
    return [(a.speaker, a.kind) for a in found if words in text[a.content[0] : a.content[1]]]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Nous avons été contactés par la direction hier soir pour une nouvelle réunion.",
        "Nous avons été joints par le ministère ce matin, sans réponse concrète.",
    ],
)
def test_the_speakers_own_we_contacted_goes_on(paragraph: str) -> None:
    text = f"{_OPENED}{paragraph}\n"
    assert _holding(text, paragraph[10:40]) == [("Anne Morel", "direct")]


def test_our_edition_is_the_outlets_voice() -> None:
    paragraph = "Nous reviendrons sur ce dossier dans notre édition de demain, avec les chiffres."
    text = f"{_OPENED}{paragraph}\n"
    assert _holding(text, paragraph[10:40]) == []


@pytest.mark.parametrize("lead", ["En revanche,", "Pourtant,", "Cependant,", "Toutefois,"])
def test_a_contrasting_adverb_before_the_name(lead: str) -> None:
    """The mayor's two findings stay the mayor's when the next sentence opposes him."""
    text = _MAYOR + f"{lead} Paul Martin réclame un référendum.\n"
    speakers = [found.speaker for found in analyze(text, "fr").attributions]
    assert speakers[:2] == ["Le maire de Lunel", "Le maire de Lunel"]
