"""A subject with a relative clause set off by commas (« S, qui R, V que C ») keeps the whole
subject and its label, never a noun inside it (« des nageurs ») nor one inside the clause;
two relatives in a row are stepped over together. Counter-cases: after a verb, the relative
stands for the object (« a reçu des parents, qui ont assuré »), and « des » after a verb
stays a determiner. Made-up sentences."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze

CLAIM = "la piscine rouvrira en juin"


def speaker_and_label(text: str) -> tuple[str, str]:
    (found,) = analyze(text, "fr").attributions
    return found.speaker, found.label


@pytest.mark.parametrize(
    ("subject", "speaker", "label"),
    [
        ("Le syndicat des maîtres nageurs", "Le syndicat des maîtres nageurs", "named"),
        ("L'association des riverains du bassin", "L'association des riverains du bassin", "named"),
        ("Nadia Ferrand, présidente du club des nageurs", "Nadia Ferrand", "named"),
        ("Une monitrice qui a requis l'anonymat", "Une monitrice", "anonymous"),
        ("Les riverains du bassin", "Les riverains du bassin", "vague"),
    ],
)
@pytest.mark.parametrize("verb", ["assure", "a assuré", "avait à plusieurs reprises assuré"])
def test_a_set_off_relative_keeps_the_whole_subject(
    subject: str, speaker: str, label: str, verb: str
) -> None:
    text = f"{subject}, qui suit le chantier, {verb} que {CLAIM}."
    assert speaker_and_label(text) == (speaker, label)


def test_two_relatives_in_a_row_keep_the_subject_before_them() -> None:
    text = (
        f"La directrice du centre, qui a lu le rapport, qui suit le chantier, a assuré que {CLAIM}."
    )
    assert speaker_and_label(text) == ("La directrice du centre", "named")


def test_a_relative_after_an_object_stands_for_the_object() -> None:
    text = f"Le maire a reçu des parents, qui ont assuré que {CLAIM}."
    assert speaker_and_label(text)[0] == "des parents"


def test_a_relative_after_an_object_with_a_complement_keeps_it_whole() -> None:
    text = f"Le maire a reçu la fédération des nageurs, qui assure que {CLAIM}."
    assert speaker_and_label(text)[0] == "la fédération des nageurs"
