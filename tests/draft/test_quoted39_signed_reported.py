"""A quotation signed after a dash that holds speech its signer reports (quoted39, made-up
sentences): the whole quotation is the signer's, whatever cue the reader found inside the
marks, and the speech reported inside keeps its own speaker."""

from __future__ import annotations

from quizapp.draft import analyze

_TEXT = (
    "Titre court\n\nLe conseil municipal s’est réuni lundi soir.\n\n"
    "« Dès que nous avons voté contre le budget, monsieur Roux s’est fâché. Il a dit qu’il "
    "irait jusqu’au tribunal avec cette affaire. Depuis, nous gardons le silence. » — Lucie "
    "Marchand\n"
)


def _holding(words: str) -> list[tuple[str, str]]:
    """(speaker, content) of the findings whose content holds ``words``."""
    analysis = analyze(_TEXT, "fr")
    passages = [(a.speaker, analysis.passage(a.content)) for a in analysis.attributions]
    return [(speaker, passage) for speaker, passage in passages if words in passage]


def test_the_whole_signed_quotation_is_the_signers() -> None:
    """The finding that holds the quotation from its first word goes to the signer."""
    whole = _holding("Dès que nous avons voté")
    assert [speaker for speaker, _ in whole] == ["Lucie Marchand"]
    assert "nous gardons le silence" in whole[0][1]


def test_the_speech_reported_inside_keeps_its_speaker() -> None:
    """« Il a dit qu'il irait… » inside the marks is still reported by the man it names."""
    nested = [s for s, passage in _holding("irait jusqu’au tribunal") if passage.startswith("il")]
    assert nested == ["Roux"]
