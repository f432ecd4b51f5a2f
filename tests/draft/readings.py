"""What the made-up-sentence tests read back from an analysis, in one place."""

from __future__ import annotations

from quizapp.draft import analyze


def content_cue_label(text: str, language: str = "en") -> list[tuple[str, str, str]]:
    """Each attribution as (its content, its cue or "", its label), as the text writes them."""
    analysis = analyze(text, language)
    return [
        (analysis.passage(a.content), analysis.passage(a.cue) if a.cue else "", a.label)
        for a in analysis.attributions
    ]


def said(text: str, language: str = "en") -> list[tuple[str, str]]:
    """Each attribution as (its content, its source or ""), as the text writes them."""
    analysis = analyze(text, language)
    return [
        (analysis.passage(a.content), analysis.passage(a.source) if a.source else "")
        for a in analysis.attributions
    ]


def speakers(text: str, language: str = "fr") -> list[str]:
    """The speaker of each attribution the analysis finds, in order."""
    return [a.speaker for a in analyze(text, language).attributions]


def speaker_of(text: str, content: str, language: str = "fr") -> str:
    """The speaker of the attribution whose content holds `content` ("" when none does); the
    text is read under the headline "Titre" its made-up articles open with."""
    start = text.index(content)
    for found in analyze(text, language, headline="Titre").attributions:
        if found.content[0] <= start < found.content[1]:
            return found.speaker
    return ""


def content_speaker_label(text: str, language: str = "fr") -> list[tuple[str, str, str]]:
    """Each attribution as (its content, its speaker, its label), as the text writes them."""
    analysis = analyze(text, language)
    return [(analysis.passage(a.content), a.speaker, a.label) for a in analysis.attributions]


def content_speaker_kind(text: str, language: str = "fr") -> list[tuple[str, str, str]]:
    """Each attribution as (its content, its speaker, its kind), as the text writes them."""
    analysis = analyze(text, language)
    return [(analysis.passage(a.content), a.speaker, a.kind) for a in analysis.attributions]
