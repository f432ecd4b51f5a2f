"""An intent told beside its subject's own speech is kept (why50, made-up sentences): « Il
souhaite aussi rénover le gymnase » after the same mayor's declaration in the paragraph; the
same intent alone in its paragraph, or another speaker's, still reports nothing."""

from __future__ import annotations

from quizapp.draft import analyze


def _found(text: str) -> list[str]:
    return [text[a.content[0] : a.content[1]] for a in analyze(text, "fr").attributions]


def test_an_intent_beside_the_same_speakers_saying_is_kept() -> None:
    text = "Le maire a déclaré que la piscine fermera. Il souhaite aussi rénover le gymnase."
    assert _found(text) == ["la piscine fermera", "rénover le gymnase"]


def test_an_intent_in_a_paragraph_of_its_own_reports_nothing() -> None:
    text = "Le maire a déclaré que la piscine fermera.\n\nIl souhaite aussi rénover le gymnase."
    assert _found(text) == ["la piscine fermera"]
