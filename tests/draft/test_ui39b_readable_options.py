"""ui39b: every option of a drafted question reads as a person, group or body.

ui39's walk met a match question offering « une manifestation en ville pour » as a source
(the analysis's speaker, cut where its clause went on), and « Nursing Wales », a piece of a
longer body's name. A speaker that ends on a function word, or that the article only writes
inside a longer name, is named by its fullest readable mention, or left out of the options.
Made-up articles only.
"""

from __future__ import annotations

from quizapp.draft import analyze
from quizapp.draft.drafting.questions import draft_questions
from quizapp.draft.drafting.speaker_names.standalone import cut_off
from quizapp.draft.words.lexicon import load

FRENCH = (
    "Les éleveurs en colère\n\n"
    "« Nous voulons vivre de notre travail », a déclaré Jean Morel, éleveur à Vire.\n\n"
    "« Les prix baissent depuis un an », a ajouté Claire Dubois, présidente de la coopérative.\n\n"
    "« La situation est grave », a estimé Luc Perrin, maire de la commune.\n\n"
    "D'autres éleveurs se sont réunis à Caen avec une manifestation en ville pour réclamer "
    "l'aide de l'Etat.\n\n"
    "« Nous ne lâcherons rien », a prévenu Anne Petit, une agricultrice."
)
ENGLISH = (
    "Nurses warn of winter pressure\n\n"
    '"We are exhausted," said Helen Price, a nurse in Cardiff.\n\n'
    '"Wards are full every night," added Tom Evans, a ward manager.\n\n'
    "The Royal College of Nursing Wales said staff numbers were too low.\n\n"
    '"It cannot go on," said Mark Jones, a union official.\n\n'
    '"We need more beds," said Sarah Hughes, a hospital director.'
)


def _options(text: str, language: str) -> set[str]:
    found: set[str] = set()
    for q in draft_questions(analyze(text, language)):
        found |= {o["text"] for o in q.get("options", [])}
        found |= {p["right"] for p in q.get("pairs", [])} | set(q.get("distractors") or [])
    return found


def test_a_speaker_cut_at_a_preposition_is_never_offered() -> None:
    options = _options(FRENCH, "fr")
    assert "Jean Morel" in options
    assert not [o for o in options if o.endswith(" pour")]


def test_a_piece_of_a_longer_name_is_offered_whole() -> None:
    options = _options(ENGLISH, "en")
    assert "Nursing Wales" not in options
    assert "The Royal College of Nursing Wales" in options


def test_readable_speakers_are_not_cut_off() -> None:
    fr, en = load("fr"), load("en")
    assert cut_off("une manifestation en ville pour", FRENCH, fr)
    assert cut_off("Nursing Wales", ENGLISH, en)
    assert not cut_off("Jean Morel", FRENCH, fr)
    assert not cut_off("la présidente de la coopérative", FRENCH, fr)
    assert not cut_off("The Royal College of Nursing Wales", ENGLISH, en)
    assert not cut_off("on", FRENCH, fr)
