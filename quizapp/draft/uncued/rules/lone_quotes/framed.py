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
length there (ennat50: five words, keyed 9 times in 12 over the English corpus)."""

from __future__ import annotations

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
            if words_in(text, said) < least or _covered(said, found + added):
                continue
            guess = _speaker(found, text, said, para[1], registry)
            added += [] if guess is None else [_guessed(said, *guess)]
    return sorted(found + added, key=lambda a: a.content[0]) if added else found


def _speaker(
    found: list[Attribution], text: str, said: Span, end: int, registry: Registry
) -> tuple[str, str] | None:
    """The name and label of the finding below that quotes the words again (a pull quote),
    else of the person named nearest to them anywhere in the article: a headline stands above
    every paragraph, so the paragraph reach of lone quotations (mend36d) does not apply."""
    again = quoting_again(found, text, said, end, False)
    if again is not None and again.speaker is not None:
        return again.speaker, again.label
    return nearest_named(said, registry, (0, len(text)))


def _least_words(registry: Registry) -> int:
    """The fewest words a framed quotation needs: the language's own (English, shorter
    headline sentences) or ``LONG``, the body's, which French keeps (recall43's counts)."""
    return int(registry.lex.raw.get("framed_quote_words", LONG))


def _guessed(said: Span, name: str, label: str) -> Attribution:
    return Attribution(said, None, None, name, None, "direct", label, None, CONFIDENCE)


def _covered(said: Span, found: list[Attribution]) -> bool:
    return any(overlap(said, a.content) for a in found)
