"""An intent told beside its speaker's own speech is read as said (intent50, made-up
sentences): « Il souhaite aussi rénover le gymnase » after the same mayor's declaration in the
paragraph or the one before, a named subject's wish after his quotation. Counter-cases stay
unfound: an intent with no speech of its subject nearby, an outlet's account of a body's plan, a
headline aim, a negated wish; and the pronoun chain after a dropped intent is as before."""

from __future__ import annotations

from quizapp.draft import analyze

SAID = "Au conseil\n\nLe maire a déclaré que la piscine fermera."


def _found(text: str) -> list[tuple[str, str, str]]:
    found = analyze(text, "fr").attributions
    return [(text[a.content[0] : a.content[1]], a.speaker, a.kind) for a in found]


def test_a_wish_after_the_same_speakers_saying_is_said() -> None:
    text = SAID + " Il souhaite aussi rénover le gymnase."
    assert _found(text)[1] == ("rénover le gymnase", "Le maire", "indirect")


def test_a_wish_in_the_paragraph_after_the_speech_is_said() -> None:
    text = SAID + "\n\nIl souhaite la gratuité des bus."
    assert _found(text)[1] == ("la gratuité des bus", "Le maire", "indirect")


def test_a_named_subject_after_his_quotation_is_said() -> None:
    text = "Débat\n\n« Nous gagnerons », a lancé Jean Dupont. Jean Dupont souhaite créer un marché."
    assert _found(text)[1] == ("créer un marché", "Jean Dupont", "indirect")


def test_a_wish_with_no_speech_of_its_subject_nearby_stays_unfound() -> None:
    text = SAID + "\n\nLa séance a duré deux heures.\n\nIl souhaite aussi rénover le gymnase."
    assert [f[0] for f in _found(text)] == ["la piscine fermera"]


def test_an_outlets_account_of_a_bodys_plan_stays_unfound() -> None:
    assert _found("Travaux\n\nLa mairie souhaite rénover l'école en 2026.") == []


def test_a_headline_aim_stays_unfound() -> None:
    text = "Le maire souhaite rénover le gymnase\n\nLe maire a déclaré que la piscine fermera."
    assert [f[0] for f in _found(text)] == ["la piscine fermera"]


def test_a_negated_wish_stays_unfound() -> None:
    text = SAID + " Il ne souhaite pas rénover le gymnase."
    assert [f[0] for f in _found(text)] == ["la piscine fermera"]


def test_a_dropped_intent_leaves_the_pronoun_chain_as_before() -> None:
    text = (
        "Au conseil\n\nLa préfète Marie Roux a déclaré que la piscine fermera.\n\nLa séance a "
        "duré deux heures.\n\nLe maire Jean Martin souhaite rester en poste. Elle a ajouté que "
        "le budget suivra."
    )
    assert [f[:2] for f in _found(text)] == [
        ("la piscine fermera", "Marie Roux"),
        ("le budget suivra", "Marie Roux"),
    ]
