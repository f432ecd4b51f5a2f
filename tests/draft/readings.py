"""What the made-up-sentence tests read back from an analysis, in one place."""

from __future__ import annotations

from quizapp.draft import analyze
from quizapp.draft.drafting.questions import draft_questions
from quizapp.draft.findings import Analysis, Attribution


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


def sources(text: str, language: str = "en") -> list[str]:
    """The source of each attribution as the text writes it ("" when it has none), in order."""
    analysis = analyze(text, language)
    return [analysis.passage(a.source) if a.source else "" for a in analysis.attributions]


def speakers(text: str, language: str = "fr") -> list[str]:
    """The speaker of each attribution the analysis finds, in order."""
    return [a.speaker for a in analyze(text, language).attributions]


def speaker_label(text: str, language: str = "fr") -> list[tuple[str, str]]:
    """Each attribution as (its speaker, its label), in order (ten test files wrote this out
    as their own ``_said`` or ``_speakers``)."""
    return [(a.speaker, a.label) for a in analyze(text, language).attributions]


def speaker_content(text: str, language: str = "fr") -> list[tuple[str, str]]:
    """Each attribution as (its speaker, its content as the text writes it), in order (about
    seventy test files wrote this pair out as their own ``_found``; mend45a)."""
    analysis = analyze(text, language)
    return [(a.speaker, analysis.passage(a.content)) for a in analysis.attributions]


def speaker_of(text: str, content: str, language: str = "fr") -> str:
    """The speaker of the attribution whose content holds `content` ("" when none does); the
    text is read under the headline "Titre" its made-up articles open with."""
    start = text.index(content)
    for found in analyze(text, language, headline="Titre").attributions:
        if found.content[0] <= start < found.content[1]:
            return found.speaker
    return ""


def said_exactly(text: str, content: str, language: str = "fr") -> str:
    """The speaker of the finding whose content, as written, is exactly ``content`` ("" when
    none is): the reported speech nested in a quotation, not the quotation holding it; the text
    is read under the headline "Titre" (test_pronoun42's ``_said_by`` until mend42c)."""
    analysis = analyze(text, language, headline="Titre")
    found = [a.speaker for a in analysis.attributions if analysis.passage(a.content) == content]
    return found[0] if found else ""


def finding_holding(text: str, words: str, language: str = "fr") -> Attribution:
    """The first attribution whose content, as the text writes it, holds ``words``: the one
    finding a test reads the speaker or label of; it fails here, saying so, when none does
    (eight test files wrote this pick out, as a ``_speaker_of`` or inline, tidy31). Unlike
    ``speaker_of`` it reads the text as given, with no headline, and looks in each finding's
    words rather than at where ``words`` first stand in the text."""
    return finding_in(analyze(text, language), words)


def finding_in(analysis: Analysis, words: str) -> Attribution:
    """``finding_holding`` on an analysis a test already holds (to hand it on to the question
    builders as well): the first attribution whose content holds ``words``."""
    found = next((a for a in analysis.attributions if words in analysis.passage(a.content)), None)
    assert found is not None, f"no finding holds {words!r}"
    return found


def content_speaker_label(text: str, language: str = "fr") -> list[tuple[str, str, str]]:
    """Each attribution as (its content, its speaker, its label), as the text writes them."""
    analysis = analyze(text, language)
    return [(analysis.passage(a.content), a.speaker, a.label) for a in analysis.attributions]


def content_speaker_kind(text: str, language: str = "fr") -> list[tuple[str, str, str]]:
    """Each attribution as (its content, its speaker, its kind), as the text writes them."""
    analysis = analyze(text, language)
    return [(analysis.passage(a.content), a.speaker, a.kind) for a in analysis.attributions]


_AFTER_A_LEAD = "Titre\n\nLe conseil s'est réuni toute la matinée.\n\n{sentence}\n"


def said_after_a_lead(sentence: str) -> list[tuple[str, str]]:
    """Each attribution of a French ``sentence`` as (its content, its speaker), read as the
    third paragraph of an article whose headline and lead report nothing (recall22 and
    recall23s each wrote this frame out)."""
    found = content_speaker_kind(_AFTER_A_LEAD.format(sentence=sentence))
    return [(content, speaker) for content, speaker, _ in found]


def quoted_analysis(
    said: list[tuple[str, str, str]], language: str = "fr", confidence: float = 0.9
) -> Analysis:
    """A made-up analysis for tests of what is drafted from findings, not of finding them: one
    paragraph « quote », a dit SPEAKER. per (quote, speaker, label), each found as said."""
    text, found = "", []
    for quote, speaker, label in said:
        start = len(text) + 1
        text += f"«{quote}», a dit {speaker}.\n\n"
        content = (start, start + len(quote))
        found.append(
            Attribution(content, None, None, speaker, None, "direct", label, None, confidence)
        )
    return Analysis(language, text.strip(), tuple(found), (), ())


def speakers_and_drafted_words(text: str, language: str) -> tuple[set[str], list[str]]:
    """The speakers an article's analysis finds (its first line read as the headline) and the
    words its drafted questions put before a student: each option, each match's answer and each
    true/false statement (the English and French bare-quantifier tests both read these)."""
    analysis = analyze(text, language, headline=text.split("\n", 1)[0])
    words: list[str] = []
    for question in draft_questions(analysis):
        words += [option["text"] for option in question.get("options", [])]
        words += [pair["right"] for pair in question.get("pairs", [])]
        if question["type"] == "true_false":
            words.append(question["prompt"])
    return {found.speaker for found in analysis.attributions}, words


def made_finding(text: str, words: str, speaker: str, mention: str | None = None) -> Attribution:
    """A direct finding of ``words`` given to ``speaker``, its mention written as ``mention``:
    the input the speaker checks are called with when a test reaches them without the pipeline."""
    start = text.index(words)
    at = text.index(mention) if mention else -1
    written = (at, at + len(mention)) if mention else None
    content = (start, start + len(words))
    return Attribution(content, None, None, speaker, written, "direct", "named", None, 0.5)


def speaker_by_cue(text: str, cue: str, language: str = "fr") -> str | None:
    """The speaker of the attribution whose cue, as written, is ``cue`` (None when none is;
    test_speakers20 and test_speakers59_on_sides each wrote this out as ``_speaker_of``)."""
    found = analyze(text, language)
    return next(
        (a.speaker for a in found.attributions if a.cue and found.passage(a.cue) == cue), None
    )
