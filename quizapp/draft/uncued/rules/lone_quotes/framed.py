"""Long quotations in a headline or a subhead that no rule gave a speaker (headlines36).

A framing line is the outlet's, and its quotations are read only in a few shapes (a name and
a colon before them, a quoted subhead the body quotes again: ``pull_quotes``). A quotation
of seven words or more there (``unheard.LONG``; eight until recall43) is rarely a title or a
scare quote: it is someone's sentence set out as the line (« Fermeture : « Nous ne pouvons
plus payer les factures » »). Counted by released36 and headlines36 at eight words: keyed as
someone's words 13 times in 19 over the corpus, 8 times in 8 on blind27-34. Each is given
to the speaker of a finding below that quotes its words again, else to the named person
whose mention lies nearest, as a guess. English headlines set out shorter sentences as the
line ("Councillor: 'We may have an exodus'"): the lexicon's ``framed_quote_words`` lowers the
length there (ennat50: five words, keyed 9 times in 12 over the English corpus). A quotation
under ``LONG`` read so must be a clause someone said (mend50b): a word of lexicon
``framed_clause_words`` (a first or second person, a finite auxiliary, a negation) or a
sentence-final mark, not a title or a slogan in Title Case ("Save Our Green Belt Now"), not a
noun phrase ("once in a generation opportunity"), not one a possessive gives ("Mayor's \"…\"").
Over the English corpus it keeps 9 of ennat50's 12, 8 of them keyed."""

from __future__ import annotations

import re

from quizapp.draft.findings import Attribution
from quizapp.draft.pipeline.resolve import Registry
from quizapp.draft.shapes.colons.colon_quotation import inner
from quizapp.draft.shapes.detect.view import overlap
from quizapp.draft.text.segment import Span, words_in
from quizapp.draft.uncued.rules.lone_quotes.unheard import CONFIDENCE, LONG, nearest_named
from quizapp.draft.uncued.rules.pull_quotes import quoting_again


def framed_quotes(
    found: list[Attribution], text: str, framing: list[Span], registry: Registry
) -> list[Attribution]:
    """``found`` with each long quotation of a ``framing`` paragraph that no finding covers
    given a speaker at low confidence, in text order."""
    added, least = [], _least_words(registry)
    for para in framing:
        for quote in registry.quotes.within(para[0], para[1]):
            said = inner(text, quote) if quote[0] >= para[0] else (0, 0)
            count = words_in(text, said)
            if count < least or _covered(said, found + added):
                continue
            if count < LONG and not _said_clause(text, said, registry):
                continue
            guess = _guessed_speaker(found, text, said, para[1], registry)
            added += [] if guess is None else [guessed(said, *guess)]
    return sorted(found + added, key=lambda a: a.content[0]) if added else found


def _guessed_speaker(
    found: list[Attribution], text: str, said: Span, end: int, registry: Registry
) -> tuple[str, str] | None:
    """The name and label of the finding below that quotes the words again (a pull quote),
    else of the person named nearest to them anywhere in the article: a headline stands above
    every paragraph, so the paragraph reach of lone quotations (mend36d) does not apply (the
    body's long standing quotations, ``left_long``, weigh a narrower reach: cueless51
    measured 10 right of 18 anywhere, 9 of 17 within 600 characters of the paragraph, none of
    4 more from the last speaker)."""
    again = speaker_again(found, text, said, end)
    return again or nearest_named(said, registry, (0, len(text)))


def speaker_again(
    found: list[Attribution], text: str, said: Span, end: int
) -> tuple[str, str] | None:
    """The name and label of the finding below ``end`` that quotes the words of ``said`` again
    (a pull quote: ``quoting_again``), the first guess for a long quotation no rule gave, in a
    headline or in the body (``left_long``); None when none does or it has no speaker."""
    again = quoting_again(found, text, said, end, False)
    if again is None or again.speaker is None:
        return None
    return again.speaker, again.label


def _least_words(registry: Registry) -> int:
    """The fewest words a framed quotation needs: the language's own (English, shorter
    headline sentences) or ``LONG``, the body's, which French keeps (recall43's counts)."""
    return int(registry.lex.raw.get("framed_quote_words", LONG))


_WORD = re.compile(r"[^\W\d_]+")
_POSSESSED = re.compile(r"\w['’]s\s*\W?\s*$")  # Mayor's "…"
_FINAL_MARK = re.compile(r"[.!?…]\W*$")


def _said_clause(text: str, said: Span, registry: Registry) -> bool:
    """Whether a short framed quotation reads as a sentence someone said: it holds a word of
    lexicon ``framed_clause_words`` ("we", "is", "can't") or ends a sentence, and is neither
    in Title Case (a title of a work, a slogan) nor owned by a possessive (a scare quote)."""
    words = _WORD.findall(text[said[0] : said[1]])
    if _title_case(words) or _POSSESSED.search(text[max(0, said[0] - 12) : said[0]]):
        return False
    clause_words = registry.lex.word_set("framed_clause_words")
    held = any(word.lower() in clause_words for word in words)
    return held or bool(_FINAL_MARK.search(text[said[0] : said[1]]))


def _title_case(words: list[str]) -> bool:
    """Every word of four letters or more capitalised, the line not all in capitals."""
    long = [word for word in words if len(word) >= 4]
    shouted = all(word.isupper() for word in words)
    return len(long) >= 2 and not shouted and all(word[0].isupper() for word in long)


def guessed(said: Span, name: str, label: str) -> Attribution:
    """A direct quotation given to ``name`` as a guess (``CONFIDENCE``: a draft "to check");
    ``left_long`` gives the body's the same way."""
    return Attribution(said, None, None, name, None, "direct", label, None, CONFIDENCE)


def _covered(said: Span, found: list[Attribution]) -> bool:
    return any(overlap(said, a.content) for a in found)
