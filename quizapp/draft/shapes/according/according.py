"""The "selon / d'après / pour / according to / citing X" shape: who X is and which side of
the sentence X's words are on. Where the source's words end is according_phrase.py, which
side holds the claim according_claim.py (split out by structure18); this module tries the
shapes in turn, « selon lequel », « À ses yeux », « pas question pour X de » and the plain
phrase."""

from __future__ import annotations

import re

from quizapp.draft.reporting.cue_forms.verbless import judgement_start
from quizapp.draft.reporting.cues import Cue
from quizapp.draft.shapes.according.according_claim import reported_part
from quizapp.draft.shapes.according.according_phrase import source_phrase
from quizapp.draft.shapes.according.according_source import (
    introduces_no_source,
    names_a_source,
    selon_lequel,
)
from quizapp.draft.shapes.according.speaker_relative import speaker_relative, subject_relative
from quizapp.draft.shapes.detect.content_bounds import content_end_text
from quizapp.draft.shapes.detect.view import Draft, SentenceView, has_quote, strip_span
from quizapp.draft.speakers.subjects import side_before
from quizapp.draft.text.segment import Span, words_in
from quizapp.draft.text.sentence.sentence_parts import between_participle_and_agent
from quizapp.draft.words.lexicon import Lexicon, built_once, fold

_AGENT_BEFORE_OF = re.compile(r"\s*((?:[\w'’.-]+\s+){0,5}?[\w'’.-]+)\s+(?=d['’]|de\s)")


def according_draft(view: SentenceView, cue: Cue) -> Draft | None:
    """The attribution an "according to" cue opens: its source phrase and the side of the
    sentence (before or after the phrase) that holds what the source says."""
    if cue.pronoun is not None and not cue.participle:  # "À ses yeux", not "citing"
        return _possessive_draft(view, cue)
    if fold(view.text[cue.span[0] : cue.span[1]]).startswith(_refusals(view.lex)):
        return _refusal_draft(view, cue)
    relative = _source_relative(view, cue)  # « un rapport d'expert selon lequel… »
    if relative is not None:
        return relative
    if subject_relative(view, cue):  # « …, poursuit X, pour qui « … » »
        return speaker_relative(view, cue)
    if introduces_no_source(view, cue):
        return None
    inserted = between_participle_and_agent(view, cue)  # « justifiée selon X par … »
    if inserted is not None:
        words = view.text[inserted[1][0] : inserted[1][1]]
        return Draft(inserted[0], cue.span, inserted[1], "according_to", None, 0.85, words)
    return _phrase_draft(view, cue)


def _phrase_draft(view: SentenceView, cue: Cue) -> Draft | None:
    """The plain phrase (« selon X, … », "… , according to X"): the side of the sentence
    ``reported_part`` chooses, or the verbless judgement a « pour » closes, cut before a colon
    opening a quotation; kept when it holds two words or a figure (one word alone is no
    claim) and the phrase names a source (« pour X » attributes only when X is a person)."""
    phrase = source_phrase(view, cue)
    if phrase is None:
        return None
    content, source = reported_part(view, cue, phrase)
    judged = judgement_before(view, cue)  # « « Une honte » pour le maire »
    if judged is not None:  # « « Une honte » pour la présidente ? »: not « la présidente ? »
        content, source = judged, _without_closing_marks(view.text, source)
    content = _before_colon_quote(view.text, content)
    if words_in(view.text, content) < 2 and not _figure(view.text, content):
        return None
    words = view.text[source[0] : source[1]]
    if not names_a_source(view, cue, words):
        return None
    source = _with_cue_noun(view, cue, source)
    return Draft(content, cue.span, source, "according_to", None, 0.85, words)


def judgement_before(view: SentenceView, cue: Cue) -> Span | None:
    """The judgement with no verb a « pour » cue closes (« « Une honte » pour le maire »,
    cue_forms/verbless.py), as a span of the text, or None: what the person after it holds."""
    words = view.folded_tokens
    if words[cue.first] != "pour":
        return None
    written = [t.text for t in view.tokens]
    start = judgement_start(words, written, cue.first, view.lex)
    if start is None:
        return None
    return view.tokens[start].start, view.tokens[cue.first - 1].end


def _without_closing_marks(text: str, source: Span) -> Span:
    """The source without the sentence's closing marks a phrase running to its end keeps."""
    start, end = strip_span(text, source)
    while end > start and (text[end - 1].isspace() or text[end - 1] in "?!…"):
        end -= 1
    return start, end


def _figure(text: str, content: Span) -> bool:
    """« 8 % selon le ministère, 33 % selon le syndicat »: a figure alone is a claim."""
    return any(char.isdigit() for char in text[content[0] : content[1]])


def _with_cue_noun(view: SentenceView, cue: Cue, source: Span) -> Span:
    """« de source policière », « de sources proches de l'enquête »: the cue ends on the
    source's own noun (lexicon ``according_noun_cues``), which the speaker keeps (it spoke as
    « policière »)."""
    cue_words = view.text[cue.span[0] : cue.span[1]]
    if fold(cue_words) not in view.lex.word_set("according_noun_cues"):
        return source
    noun = cue.span[0] + len(cue_words) - len(cue_words.split()[-1])
    return (noun, source[1]) if noun < source[0] else source


_COLON_QUOTE = re.compile(r"\s*:\s*[«“\"]")


def _before_colon_quote(text: str, content: Span) -> Span:
    """« Selon X, tout n'est pas aussi simple : « … » »: the claim ends at the colon; the
    quotation it opens is X's words on their own (going_on/quoted_on.quotation_after_colon). A
    stance of two words (« Pour X, aucun doute : « … » ») introduces the quotation instead."""
    colon = _COLON_QUOTE.search(text, content[0], content[1])
    if colon is None or words_in(text, (content[0], colon.start())) < 3:
        return content
    return content[0], colon.start()


def _source_relative(view: SentenceView, cue: Cue) -> Draft | None:
    """« un rapport d'expert selon lequel la copropriété « menace de s'effondrer » »: after a
    noun of a document or an explanation (lexicon according_relative_heads) and its
    complement in « de » that says whose it is, « selon lequel » opens what that noun phrase
    says, to the sentence's end (« une étude selon laquelle… », whose nobody says: nothing)."""
    text = view.text
    relative = selon_lequel(view.lex).match(text, cue.span[1], view.span[1])
    if relative is None or cue.first == 0:
        return None
    heads, determiners = (
        view.lex.word_set("according_relative_heads"),
        view.lex.word_set("determiners"),
    )
    first, marks = max(0, cue.first - 6), view.lex.word_set("complement_marks")  # « de »
    for at in range(cue.first - 1, first, -1):
        word, before = fold(view.tokens[at].text), fold(view.tokens[at - 1].text)
        if not view.outside[at] or word in {",", ";", ":"}:
            return None
        owned = at + 1 < cue.first and fold(view.tokens[at + 1].text) in marks
        if word in heads and before in determiners and owned:
            source = (view.tokens[at - 1].start, view.tokens[cue.first - 1].end)
            content = strip_span(text, (relative.end(), view.span[1]))
            if words_in(text, content) < 3:
                return None
            kind = "mixed" if has_quote(view, content) else "indirect"
            return Draft(content, cue.span, source, kind, None, 0.7, text[source[0] : source[1]])
    return None


def _possessive_draft(view: SentenceView, cue: Cue) -> Draft | None:
    """ "À ses yeux, la réforme est indispensable" / "…, in her view.": the claim is the
    rest of the sentence; the possessive is resolved like a pronoun."""
    text, (s_start, s_end) = view.text, view.span
    before = strip_span(text, (s_start, cue.span[0]))
    after = strip_span(text, (cue.span[1], s_end))
    content = after if words_in(text, after) >= words_in(text, before) else before
    if words_in(text, content) < 3:
        return None
    kind = "mixed" if has_quote(view, content) else "according_to"
    return Draft(content, cue.span, None, kind, cue.pronoun, 0.6, "")


def _refusal_draft(view: SentenceView, cue: Cue) -> Draft | None:
    """ "pas question pour Paris de « commenter les rumeurs »": Paris refuses; the whole
    phrase is what it says. « pour l'heure » (lexicon ``refusal_times``) is a time, not who
    refuses: the side the sentence names before (« du côté de l'exécutif, ») does."""
    text = view.text
    agent = _AGENT_BEFORE_OF.match(text[cue.span[1] :])
    if agent is None:
        return None
    source = (cue.span[1] + agent.start(1), cue.span[1] + agent.end(1))
    end = source[1]
    if fold(text[source[0] : source[1]]) in view.lex.word_set("refusal_times"):
        source = side_before(text, (view.span[0], cue.span[0]), view.lex)  # « pour l'heure »
        if source is None:
            return None
    content = strip_span(text, (cue.span[0], content_end_text(view, end)))
    if words_in(text, content) < 5:
        return None
    kind = "mixed" if has_quote(view, content) else "according_to"
    return Draft(content, cue.span, source, kind, None, 0.6, "")


@built_once
def _refusals(lex: Lexicon) -> tuple[str, ...]:
    """The phrases a refusal cue opens on (lexicon ``refusal_leads``: « pas question pour X
    de »), whose whole phrase is what the source says."""
    return tuple(" ".join(phrase) for phrase in lex.phrases("refusal_leads"))
