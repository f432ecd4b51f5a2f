"""An absolute participial clause after the main one (made-up sentences): « X a annoncé Y,
le PDG de la société, Paul Z, regrettant que … » — the noun phrase and its apposed name set
off by commas before the participle are its own subject, not the main clause's subject. A
participle with no such phrase before it (« …, estimant que ») keeps the sentence's subject."""

from __future__ import annotations

from quizapp.draft import analyze


def _last_speaker(text: str) -> str:
    return analyze(text, "fr").attributions[-1].speaker


def test_the_apposed_name_before_the_participle_says_it() -> None:
    text = (
        "Air Vallée avait déploré dès vendredi la poursuite de la grève, le PDG de la "
        "compagnie, Frédéric Gaudin, regrettant que les propositions soient restées sans réponse."
    )
    assert _last_speaker(text) == "Frédéric Gaudin"
    text = (
        "La mairie a annoncé la fermeture de la piscine, le maire, Paul Arnaud, "
        "estimant que les travaux étaient urgents."
    )
    assert _last_speaker(text) == "Paul Arnaud"
    text = (
        "Le club confirme le départ de l'entraîneur, son président, Marc Olivier, "
        "assurant que la décision avait été prise en commun."
    )
    assert _last_speaker(text) == "Marc Olivier"


def test_a_participle_with_no_such_phrase_keeps_the_subject() -> None:
    text = (
        "La mairie a annoncé la fermeture de la piscine, estimant que les travaux étaient urgents."
    )
    assert _last_speaker(text) == "La mairie"
