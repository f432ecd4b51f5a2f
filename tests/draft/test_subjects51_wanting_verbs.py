"""vouloir, entendre, envisager (de) and aspirer (à) tell an intent as souhaiter does
(subjects51, made-up sentences): after the same person's speech in the paragraph or the one
before, « Il veut aussi rénover le gymnase », « entend rester », « envisage de créer »,
« aspire à un second mandat » are read as said. Counter-cases stay unfound: a body's plan the
outlet tells, a headline aim, an intent whose subject says nothing nearby, another person's
intent after someone else's quotation, a negated wish, a verb left out of the list (« compte »)."""

from __future__ import annotations

from quizapp.draft import analyze

SAID = "Au conseil\n\nLe maire Jean Martin a déclaré que la piscine fermera."


def _found(text: str) -> list[tuple[str, str]]:
    found = analyze(text, "fr").attributions
    return [(text[a.content[0] : a.content[1]], a.speaker) for a in found]


def test_vouloir_after_the_same_speakers_saying_is_said() -> None:
    text = SAID + " Il veut aussi rénover le gymnase."
    assert _found(text)[1] == ("rénover le gymnase", "Jean Martin")


def test_entendre_with_an_infinitive_is_said() -> None:
    text = SAID + "\n\nJean Martin entend rester maire jusqu'en 2032."
    assert _found(text)[1] == ("rester maire jusqu'en 2032", "Jean Martin")


def test_envisager_reads_past_its_de() -> None:
    text = SAID + " Il envisage de créer un marché couvert."
    assert _found(text)[1] == ("créer un marché couvert", "Jean Martin")


def test_aspirer_reads_a_noun_phrase_past_its_a() -> None:
    text = SAID + " Il aspire désormais à un second mandat."
    assert _found(text)[1] == ("un second mandat", "Jean Martin")


def test_a_bodys_plan_stays_unfound() -> None:
    text = "Écoles\n\nLa commune envisage de fermer l'école du bourg en 2027."
    assert _found(text) == []


def test_a_headline_aim_stays_unfound() -> None:
    text = "Jean Martin veut rénover la piscine\n\nLe maire a déclaré que la piscine fermera."
    assert [f[0] for f in _found(text)] == ["la piscine fermera"]


def test_an_intent_with_no_speech_of_its_subject_stays_unfound() -> None:
    text = "Municipales\n\nPaul Roux veut rénover la piscine. Il aspire à un second mandat."
    assert _found(text) == []


def test_another_persons_intent_after_a_quotation_stays_unfound() -> None:
    text = SAID + " Paul Roux veut rénover le gymnase."
    assert [f[0] for f in _found(text)] == ["la piscine fermera"]


def test_a_negated_intent_and_an_unlisted_verb_stay_unfound() -> None:
    text = SAID + " Il ne veut pas rénover le gymnase. Il compte créer un marché."
    assert [f[0] for f in _found(text)] == ["la piscine fermera"]
