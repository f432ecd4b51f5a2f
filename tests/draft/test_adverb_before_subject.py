"""A short adverbial of repetition or place between an opening setting and the subject
(« Concernant le budget, là aussi la ministre répond : … ») belongs to neither: the speaker is
the subject after it, never the setting before the comma. The eleventh round's noun-phrase check
rightly refused « là aussi X » as a mention and then fell back on the setting; the adverbials
are now opening connectives (lexicon ``opening_connectives``) cut before the check, and the
setting's first words (« Concernant », « Quant ») open no mention (``non_noun_openers``).
"""

from __future__ import annotations

import pytest

from tests.draft.readings import speakers

_QUOTE = "« Nous irons vite. »"


@pytest.mark.parametrize("lead", ["là aussi", "ici aussi", "ici encore", "à son tour",
                                  "une nouvelle fois", "encore une fois"])  # fmt: skip
@pytest.mark.parametrize(
    ("setting", "subject", "verb", "speaker"),
    [
        ("Concernant le calendrier", "Mathias Reynard", "répond sans détour :", "Mathias Reynard"),
        ("Sur ce point", "la ministre de la Santé", "a assuré :", "la ministre de la Santé"),
        ("Pour le budget", "le maire", "tranche :", "le maire"),
    ],
)
def test_the_subject_after_the_adverbial_speaks(
    lead: str, setting: str, subject: str, verb: str, speaker: str
) -> None:
    text = f"{setting}, {lead} {subject} {verb} {_QUOTE}"
    assert speakers(text) == [speaker]


@pytest.mark.parametrize("lead", ["là aussi", "à son tour"])
def test_reported_speech_after_the_adverbial(lead: str) -> None:
    text = f"Sur ce dossier, {lead} la présidente de la région a affirmé que rien ne changerait."
    assert speakers(text) == ["la présidente de la région"]


def test_an_adverbial_after_the_subject_leaves_it_whole() -> None:
    text = "Le préfet, à son tour, a affirmé que la route rouvrirait lundi."
    assert speakers(text) == ["Le préfet"]


@pytest.mark.parametrize("setting", ["Concernant le calendrier", "Quant au budget"])
def test_a_setting_is_never_the_speaker(setting: str) -> None:
    text = f"{setting}, là aussi, rien ne bouge, « nous attendons », a-t-on appris."
    assert not any(s and s.startswith(setting.split()[0]) for s in speakers(text))
