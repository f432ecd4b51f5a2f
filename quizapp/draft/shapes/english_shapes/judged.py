"""English judgements: "Richards viewed those as the rough and tumble of politics", "grounds
Coad regards as insufficient", "what some observers view as a sign of changing times". The
cue is the verb of judging (cue_forms/english_cues.judging_as); what is said is the object
with its "as" and the judgement, or the judgement alone when the object stands before the
subject (a relative with or without its pronoun, "what")."""

from __future__ import annotations

import re
from dataclasses import replace

from quizapp.draft.clause.subjects.main_subject import opening_subject
from quizapp.draft.reporting.cues import Cue
from quizapp.draft.reporting.english_cue_forms.english_cues import judged_as_at
from quizapp.draft.shapes.detect.clauses import reported
from quizapp.draft.shapes.detect.view import Draft, SentenceView, strip_span
from quizapp.draft.text.segment import Span
from quizapp.draft.words.lexicon import fold


def judged_as(view: SentenceView, cue: Cue, used: set[Span]) -> Draft | None:
    """The judgement a verb of judging reports, up to the next mark that closes a clause."""
    if view.lex.language != "en" or cue.first != cue.last:
        return None
    if fold(view.tokens[cue.first].text) not in view.lex.word_set("judging_as_verbs"):
        return None  # most cues: checked before the sentence's words are folded
    words = view.folded_tokens
    at = judged_as_at(words, cue.first + 1, view.lex)
    if at is None:
        return None
    start = view.tokens[at + 1].start if at == cue.first + 1 else view.tokens[cue.first + 1].start
    stop = _CLAUSE_MARK.search(view.text, view.tokens[at].end, view.span[1])
    content = strip_span(view.text, (start, stop.start() if stop else view.span[1]))
    if content[1] <= content[0]:
        return None
    draft = reported(view, cue, content, confidence=0.6)
    if at > cue.first + 1:
        return draft
    subject = _subject_just_before(view, cue.first)  # "grounds Coad regards as…"
    if subject is not None:
        return replace(draft, source=subject, pronoun=None)
    return draft if draft.source and draft.source[1] <= cue.span[0] else None


def _subject_just_before(view: SentenceView, index: int) -> Span | None:
    """The subject of a verb whose object stands before it: a name, a pronoun, or a noun
    phrase from its determiner, the words right before the verb ("grounds Coad regards as",
    "a plan the mayor regarded as")."""
    tokens, lex = view.tokens, view.lex
    at = index - 1
    if at < 0 or not tokens[at].text[:1].isalnum():
        return None
    if at > 0 and fold(tokens[at - 1].text) in lex.word_set("free_relative_pronouns"):
        pronoun = fold(tokens[at].text) in lex.word_set("subject_pronouns")
        opening = opening_subject(view, tokens[at - 1].start) if pronoun else None
        if opening is not None:  # "X made what it described as…": X
            return opening
    if fold(tokens[at].text) in lex.raw["pronouns"] or tokens[at].text[:1].isupper():
        while at > 0 and tokens[at - 1].text[:1].isupper() and tokens[at].text[:1].isupper():
            at -= 1
        return tokens[at].start, tokens[index - 1].end
    openers = lex.word_sets("determiners", "vague_determiners")
    free = lex.word_set("free_relative_pronouns")  # "what critics view as": after "what"
    for back in range(at, max(-1, at - 4), -1):
        if fold(tokens[back].text) in openers:
            return tokens[back].start, tokens[index - 1].end
        if fold(tokens[back].text) in free and back < at:
            return tokens[back + 1].start, tokens[index - 1].end
    return None


_CLAUSE_MARK = re.compile(r"[,;:()—–]|\s-\s|[.!?](?:\s|$)")
