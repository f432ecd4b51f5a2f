"""English object relatives of expectation: "well below the 13 percent analysts had
expected", "short of the increase to 7% that economists had forecast". The verb has no object
of its own after it; what was expected is the noun phrase before its subject (with or without
"that"), and that subject said so (english22)."""

from __future__ import annotations

import re
from dataclasses import replace

from quizapp.draft.reporting.cues import Cue
from quizapp.draft.reporting.english_cue_forms.english_subjects import no_verb
from quizapp.draft.shapes.detect.clauses import reported
from quizapp.draft.shapes.detect.view import Draft, SentenceView
from quizapp.draft.text.segment import Span
from quizapp.draft.words.lexicon import fold


def expected_object(view: SentenceView, cue: Cue, used: set[Span]) -> Draft | None:
    """The noun phrase a verb of lexicon ``expectation_forms`` takes as its object before
    its subject, when nothing but a mark follows the verb."""
    lex, tokens = view.lex, view.tokens
    if lex.language != "en" or fold(tokens[cue.last].text) not in lex.word_set("expectation_forms"):
        return None
    if not _NOTHING_AFTER.match(view.text, cue.span[1], view.span[1]):
        return None  # "analysts expected a rise": the object follows, another shape
    subject = _subject_tokens(view, cue.first)
    if subject is None:
        return None
    relative = fold(tokens[subject[0] - 1].text) in lex.word_set("expectation_relatives")
    start = subject[0] - relative
    phrase = _object_phrase(view, start)
    if phrase is None:
        return None
    content = (tokens[phrase].start, tokens[start - 1].end)
    draft = reported(view, cue, content, confidence=0.6)
    return replace(draft, source=(tokens[subject[0]].start, tokens[subject[1]].end), pronoun=None)


# only a mark that closes the clause (or the sentence's end) after the verb
_NOTHING_AFTER = re.compile(r"\s*(?:[,;:.!?)—–”\"]|$)")


def _subject_tokens(view: SentenceView, first: int) -> tuple[int, int] | None:
    """The subject right before the verb: a name of capitalised words, with "the" before it
    ("the Bank of England"), or one plural noun ("analysts", "economists"); the words before
    it belong to what was expected ("the 13 percent")."""
    tokens, at = view.tokens, first - 1
    if at < 1:
        return None
    if tokens[at].text[:1].isupper():
        while at > 0 and (tokens[at - 1].text[:1].isupper() or _joins_name(view, at - 1)):
            at -= 1
        at -= fold(tokens[at - 1].text) in view.lex.word_set("definite_articles")
        return at, first - 1
    word = fold(tokens[at].text)
    plural = word.isalpha() and word.endswith("s") and no_verb(view.lex, [word])
    return (at, at) if plural and word not in view.lex.word_set("subject_pronouns") else None


def _joins_name(view: SentenceView, at: int) -> bool:
    """ "of" or "and" between two capitalised words of one name ("Bank of England"; lexicon
    ``expectation_name_links``, as written: "Of" opens no link)."""
    tokens, links = view.tokens, view.lex.raw_set("expectation_name_links")
    return at > 0 and tokens[at].text in links and tokens[at - 1].text[:1].isupper()


def _object_phrase(view: SentenceView, end: int) -> int | None:
    """The token opening the noun phrase that ends before ``end``: a determiner at most eight
    tokens back ("4.8%" is four), with no mark, verb or cue between ("the increase to 7%")."""
    lex, tokens = view.lex, view.tokens
    for at in range(end - 1, max(-1, end - 9), -1):
        word = fold(tokens[at].text)
        if word in lex.word_set("expectation_object_articles"):
            return at if at < end - 1 else None
        if word in {",", ";", ":", "(", ")"} or word in lex.finite or not no_verb(lex, [word]):
            return None
    return None
