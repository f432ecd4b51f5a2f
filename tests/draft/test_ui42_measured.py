"""ui42 (round 41's walk): « Les chiffres de la fréquentation montrent… » made « La
fréquentation » a speaker and a wrong option of "who said this?". What figures count is no one:
the figures stay the source, and such a noun is no wrong option by any other way. Made-up
articles."""

from __future__ import annotations

import json
import re

from quizapp.draft import analyze
from quizapp.draft.drafting.questions import draft_questions
from quizapp.draft.drafting.unfit_options import unspeaking
from quizapp.draft.words.lexicon import load

_PISCINE = (
    "Vernac : la piscine municipale fermera en septembre\n\n"
    "La piscine municipale de Vernac fermera ses portes le 1er septembre.\n\n"
    "« Nous n'avons plus les moyens de chauffer les bassins », a déclaré le maire, Jean Roux.\n\n"
    "Les chiffres de la fréquentation montrent une baisse de 30 % en cinq ans.\n\n"
    "« C'est une catastrophe pour les enfants du quartier », a regretté Claire Moreau, une "
    "mère de famille.\n\n"
    "« Le club perdra la moitié de ses licenciés », a prévenu Paul Henriot, le président du "
    "club de natation.\n"
)


def _speakers(text: str) -> list[str]:
    analysis = analyze(text, "fr", headline=text.split("\n", 1)[0])
    return [found.speaker for found in analysis.attributions]


def test_figures_of_what_is_counted_stay_the_source() -> None:
    assert "Les chiffres de la fréquentation" in _speakers(_PISCINE)


def test_figures_of_an_author_still_speak_for_it() -> None:
    text = _PISCINE.replace("de la fréquentation", "de l'Insee")
    assert "Insee" in _speakers(text)


def test_figures_of_a_season_stay_the_source() -> None:
    text = _PISCINE.replace("de la fréquentation", "de cette rentrée")
    assert "Les chiffres de cette rentrée" in _speakers(text)


def test_what_is_counted_is_named_by_no_question() -> None:
    """Nor an option, nor a true/false's source (« la fréquentation est une source nommée »,
    « c'est la fréquentation qui affirme… »): only the figures are."""
    for text in (_PISCINE, _PISCINE.split("\n\n« Le club")[0] + "\n"):
        analysis = analyze(text, "fr", headline=text.split("\n", 1)[0])
        words = json.dumps(draft_questions(analysis), ensure_ascii=False).lower()
        assert "la fréquentation" in words
        assert not re.search(r"(?<!chiffres de )la fréquentation", words)


def test_a_measured_noun_is_unspeaking_a_body_is_not() -> None:
    lex = load("fr")
    assert unspeaking("la fréquentation", lex)
    assert unspeaking("La hausse des prix", lex)
    assert not unspeaking("la direction", lex)
    assert not unspeaking("la mairie", lex)
