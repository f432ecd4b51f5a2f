"""A setting that opens the sentence (« Auprès de X, », « Interrogé par X, », « Au micro de X, »,
« Sur X, », « Lors de X, », « Face à X, ») is never the speaker, whatever kind of subject
follows it; when it names an outlet, listed or known by its name (« Radio Lunel »), the
outlet is the relay (``via``), also after a long subject. Counter-cases: a journalist after
« au micro de » is no outlet, and a name opening the sentence with its apposition still
speaks. Made-up sentences."""

from __future__ import annotations

import pytest

from quizapp.draft import Attribution, analyze

CLAIM = "la piscine rouvrira en juin"
BEFORE = "Nadia Ferrand dirige le club de natation. "


def the_one(text: str) -> Attribution:
    (found,) = [a for a in analyze(text, "fr").attributions if CLAIM in text[slice(*a.content)]]
    return found


@pytest.mark.parametrize(
    "opening",
    [
        "Auprès de Radio Cévennes, ",
        "Auprès du Courrier de Sète, ",
        "Interrogée par Télé Garrigue, ",
        "Au micro de Radio Cévennes, ",
        "Sur France Inter, ",
        "Lors de la Fête de l'Eau, ",
        "Face à Paul Grangier, ",
    ],
)
@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("l'association des nageurs", "l'association des nageurs"),
        ("une monitrice de Sète", "une monitrice de Sète"),
        ("elle", "Nadia Ferrand"),
        ("Nadia Ferrand", "Nadia Ferrand"),
        ("les riverains", "les riverains"),
    ],
)
def test_an_opening_setting_is_never_the_speaker(opening: str, subject: str, speaker: str) -> None:
    found = the_one(f"{BEFORE}{opening}{subject} a assuré que {CLAIM}.")
    assert found.speaker.lower() == speaker.lower()


@pytest.mark.parametrize(
    ("opening", "outlet"),
    [
        ("Auprès de Radio Cévennes, ", "Radio Cévennes"),
        ("Au micro de Télé Garrigue, ", "Télé Garrigue"),
        ("Interrogée par Radio Cévennes, ", "Radio Cévennes"),
        ("Auprès du Parisien, ", "Parisien"),
    ],
)
def test_an_outlet_in_the_opening_setting_is_the_relay(opening: str, outlet: str) -> None:
    subject = "la présidente de l'association des nageurs du bassin de Thau"
    found = the_one(f"{opening}{subject} a longuement assuré que {CLAIM}.")
    assert (found.speaker, found.via) == (subject, outlet)


def test_a_journalist_after_au_micro_de_is_no_relay() -> None:
    found = the_one(f"Au micro de Paul Grangier, Nadia Ferrand a assuré que {CLAIM}.")
    assert (found.speaker, found.via) == ("Nadia Ferrand", None)


def test_a_name_with_its_apposition_still_speaks() -> None:
    found = the_one(f"Nadia Ferrand, monitrice, a assuré que {CLAIM}.")
    assert found.speaker == "Nadia Ferrand"
