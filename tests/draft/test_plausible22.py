"""plausible22: every finding's speaker must be someone who can speak; one that cannot (a
word cut out of the sentence, « même », « sa formule », "is thought") is replaced by the next
reading that can, else by none (French: the finding goes). Made-up sentences in several forms,
and counter-cases whose speakers stay."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze
from quizapp.draft.speakers.speaker_checks.can_speak import can_speak
from quizapp.draft.words.lexicon import load


def _speakers(text: str, language: str = "fr") -> list[tuple[str, str]]:
    """(cue, speaker) of every attribution of ``text``."""
    found = analyze(text, language)
    return [(found.passage(a.cue) if a.cue else "", a.speaker) for a in found.attributions]


@pytest.mark.parametrize(
    ("phrase", "language", "speaks"),
    [
        ("le maire", "fr", True),
        ("Les secouristes", "fr", True),  # a person by the noun's ending
        ("le régisseur", "fr", True),
        ("l'une d'elles", "fr", True),
        ("d'autres", "fr", True),
        ("on", "fr", True),
        ("Paul Girard", "fr", True),
        ("la CGT", "fr", True),
        ("même", "fr", False),
        ("sa formule", "fr", False),
        ("du mal à passer", "fr", False),
        ("impossible", "fr", False),
        ("des", "fr", False),
        ("ses dires", "fr", False),
        ("la cellule de crise", "fr", True),  # a noun no list holds, after an article
        ("a commuter", "en", True),
        ("rail bosses", "en", True),
        ("families", "en", True),
        ("others", "en", True),
        ("targets", "en", False),
        ("scathing about the impact of", "en", False),
        ("the", "en", False),
    ],
)
def test_can_speak(phrase: str, language: str, speaks: bool) -> None:
    assert can_speak(phrase, load(language)) is speaks


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Le syndicat Sud (proche de la gauche, même s'il le conteste) dénonce une "
            "réforme injuste.",
            "Sud",
        ),
        ("Le club Avenir (relégué, même s'il le conteste) dénonce un arbitrage honteux.", "Avenir"),
        (
            "À 10 h, le maire Paul Girard défendra ce budget visant, selon sa formule, à remettre "
            "la ville debout.",
            "Paul Girard",
        ),
    ],
)
def test_the_sentence_first_name(text: str, speaker: str) -> None:
    """Reading 3: the first name of the sentence before the cue speaks."""
    found = _speakers(text)
    assert found and found[-1][1] == speaker


def test_the_name_after_a_cut_inverted_subject() -> None:
    """Reading 2: « écrivaient début mars …, Jean Dupont » spoke as « début mars »."""
    text = (
        "« La ligne doit passer par nos communes », écrivaient début mars dans un courrier "
        "commun, Jean Dupont, maire de Vars, et Luc Petit, maire de Tende."
    )
    assert _speakers(text) == [("écrivaient", "Jean Dupont")]


def test_the_paragraph_name_before() -> None:
    """Reading 4: « explique celle qui… » takes the name of the sentence before."""
    text = (
        "Marie Lenoir raconte la matinée du drame. \"Je n'ai pu sauver qu'un sac\" explique "
        "celle qui vit désormais dans une cabane."
    )
    assert _speakers(text)[-1] == ("explique", "Marie Lenoir")


@pytest.mark.parametrize(
    "text",
    [
        "Sa décision souligne que le club est en faillite.",
        "Leur formule rappelle que la forêt brûle chaque été.",
    ],
)
def test_nobody_who_can_speak_french(text: str) -> None:
    """Nothing that can speak in the sentence nor before: the French finding goes."""
    assert _speakers(text) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Le régisseur assure que tout sera prêt.", "fr", [("assure", "Le régisseur")]),
        (
            "Plusieurs riverains affirment que le bruit est insupportable.",
            "fr",
            [("affirment", "Plusieurs riverains")],
        ),
        ("On estime à la mairie que la piscine coûte trop cher.", "fr", [("estime", "On")]),
        ("Selon l'une d'elles, la grève durera.", "fr", [("Selon", "l'une d'elles")]),
        ("A commuter said the trains were always late.", "en", [("said", "A commuter")]),
        ("Some say the bridge will never reopen.", "en", [("say", "Some")]),
        ("One of them said the bridge would reopen.", "en", [("said", "One of them")]),
        (
            "Marc Keller a été entendu.\n\n« C'est fini », a témoigné celui qui a découvert "
            "le corps.",
            "fr",
            [("a témoigné", "celui")],
        ),
    ],
)
def test_speakers_that_can_speak_stay(text: str, language: str, expected: list) -> None:
    assert _speakers(text, language) == expected
