"""mend54b, made-up articles: after a quotation left open, a paragraph in the outlet's own
voice (« nos questions », « cet article », « contactés par nos soins ») is the outlet's
narration, not the quotation's speaker going on, though it says « nous ». Each case fails
before mend54b; frag54's own cases (tests/draft/test_frag54_quotations.py) still hold."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze

_OPENED = (
    "Piscine : la fermeture votée\n\n"
    "Le conseil municipal a voté la fermeture de la piscine. « Nous avons tout essayé pour "
    "la sauver, a expliqué le maire, Paul Durand.\n\n"
)


def _holding(text: str, words: str) -> list[tuple[str, str]]:
    """The speaker and kind of each finding whose content holds ``words``."""
    found = analyze(text, "fr").attributions
    return [(a.speaker, a.kind) for a in found if words in text[a.content[0] : a.content[1]]]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Nous avons contacté la mairie de la commune voisine, qui n'a pas répondu à nos "
        "questions avant la publication de cet article.",
        "Contactés par nos soins, les services de la préfecture n'ont pas souhaité réagir à "
        "notre demande.",
        "Nous avons posé la question à la directrice de l'école, jointe par notre rédaction "
        "mardi, qui reste sans nouvelles.",
        "Comme nos confrères du journal voisin, nous attendons toujours le calendrier des "
        "travaux promis par la commune.",
    ],
)
def test_the_outlets_own_voice_after_an_open_quotation_is_narration(paragraph: str) -> None:
    text = f"{_OPENED}{paragraph}\n"
    assert _holding(text, paragraph[10:40]) == []


def test_the_speakers_own_we_after_an_open_quotation_still_goes_on() -> None:
    paragraph = "Nous avons rencontré les parents pour leur dire que le bassin fermera en juin."
    text = f"{_OPENED}{paragraph}\n"
    assert _holding(text, paragraph.rstrip(".")) == [("Paul Durand", "direct")]
