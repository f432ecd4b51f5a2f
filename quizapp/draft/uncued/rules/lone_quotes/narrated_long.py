"""Long partial quotations inside the outlet's narration, with no cue in their sentence and
no finding over them (mixed37): « Le projet doit permettre de « redonner vie au centre-ville
d'ici dix ans » ». No rule of the narration (``rules/narrated``, whose subject must be a
person or a body written before the quotation) took them, yet mixed36 counted such quotations
keyed as someone's words three times in four at seven words or more (two or three words: once
in three, scare quotes and names). Each is given, at low confidence, the speaker in focus:
when no person is the subject of the quotation's sentence: the one person its narration names
(mend37d), else the last speaker when heard close by and written as a name or a description,
else the person named nearest (``unheard.nearest_named``, once the article is read)."""

from __future__ import annotations

from quizapp.draft.findings import Attribution, Span
from quizapp.draft.pipeline.resolve import Registry
from quizapp.draft.shapes.colons.colon_quotation import inner
from quizapp.draft.shapes.detect.view import SentenceView, overlap
from quizapp.draft.text.segment import words_in
from quizapp.draft.uncued.rules.inside_quotes.told_inside import holding_last
from quizapp.draft.uncued.rules.lone_quotes.alone import names_a_charge
from quizapp.draft.uncued.rules.lone_quotes.continuation import own_lead, own_subject
from quizapp.draft.uncued.rules.lone_quotes.named_before import one_named_in
from quizapp.draft.uncued.rules.lone_quotes.unheard import CONFIDENCE
from quizapp.draft.words.folding import folded_words

LEAST = 7  # words inside the marks (mixed36's count: 75 % keyed from seven words on)
NEAR = 600  # characters: how far back the last speaker may have been heard


def narrated_quotes(
    view: SentenceView, new: list[Attribution], earlier: list[Attribution]
) -> list[Span]:
    """The contents of the sentence's quotations of seven words or more that open after
    narration, when the sentence has no cue and nothing was found in it; never one right
    after a determiner, or a determiner and a noun (``_after_determiner``), nor one naming a
    charge. French only: in English the shape added two findings, one right (mixed37)."""
    if view.lex.language != "fr" or view.cues or new:
        return []
    taken = [a.content for a in earlier]
    return [
        inner(view.text, q)
        for q in view.quotes
        if q[0] > view.span[0]
        and view.text[view.span[0] : q[0]].strip()
        and words_in(view.text, q) >= LEAST
        and not _after_determiner(view, q)
        and not names_a_charge(view, q)
        and not any(overlap(q, s) for s in taken)
    ]


def in_focus(view: SentenceView, earlier: list[Attribution], content: Span) -> Attribution | None:
    """``content`` given to the last speaker heard within ``NEAR`` characters; None when
    nobody was, or when that speaker is no name nor description (a lone letter left of
    « E.Leclerc », a bare pronoun: review37), and the nearest name decides once the article
    is read. A subject before a noun phrase does not own the words after it (« X a découvert
    sur sa porte un mot « … » »: review33)."""
    if not earlier:
        return None
    last = holding_last(earlier)
    if last.speaker is None or view.span[0] - last.content[1] > NEAR:
        return None
    if not _a_name(view, last.speaker):
        return None
    return _guessed(content, last.speaker, last.label)


def _a_name(view: SentenceView, speaker: str) -> bool:
    """Whether ``speaker`` can be written as a name or a description: two letters at least,
    and not a lone subject pronoun."""
    words = folded_words(speaker)
    pronoun = len(words) == 1 and words[0] in view.lex.word_set("subject_pronouns")
    return sum(c.isalpha() for c in speaker) > 1 and not pronoun


def _named(registry: Registry, key: str | None, content: Span) -> Attribution | None:
    """``content`` given to the person its own sentence names, when it names one."""
    if key is None:
        return None
    person = registry.entity(key)
    return _guessed(content, person.name, person.label)


def _guessed(content: Span, name: str, label: str) -> Attribution:
    return Attribution(content, None, None, name, None, "direct", label, None, CONFIDENCE)


def _after_determiner(view: SentenceView, quote: Span) -> bool:
    """A determiner right before the opening mark, or before the one noun there: « la
    « commission d'enquête sur … » » is a quoted name, « un mot « partez d'ici … » » the
    words of the thing the noun names (review33), nobody's saying to guess."""
    before = folded_words(view.text[view.span[0] : quote[0]])[-1:]
    return any(word in view.lex.word_set("determiners") for word in before)


def set_aside(
    view: SentenceView, registry: Registry, new: list[Attribution], earlier: list[Attribution]
) -> tuple[list[Attribution], list[Span]]:
    """The sentence's long narrated quotations given the last speaker, and those left for the
    nearest name (which waits for the article's end), unless a person is the sentence's
    subject: ``rules/narrated`` left the words to nobody there (« Paul X a découvert sur sa
    porte un mot « … » », review33), and that person would be the nearest name; nor the last
    speaker either, since the sentence has a speaker of its own (review37 item 3). Else the
    one person the sentence's narration names (« alors que X vient d'annoncer vouloir « … » »)
    comes before the last speaker. Kept out of the findings while the article is read, so
    that no later rule takes a guess for the last speaker's words."""
    lead = own_lead(view)
    if own_subject(registry, lead, -1) is not None:
        return [], []
    given, left = [], []
    named = one_named_in(view, registry, lead, -1)
    for content in narrated_quotes(view, new, earlier):
        found = _named(registry, named, content) or in_focus(view, earlier, content)
        given += [] if found is None else [found]
        left += [content] if found is None else []
    return given, left


def joined(found: list[Attribution], aside: list[Attribution]) -> list[Attribution]:
    """``found`` with each guess set aside that no finding covers after all, in text order."""
    added = [a for a in aside if not any(overlap(a.content, f.content) for f in found)]
    return sorted(found + added, key=lambda a: a.content[0]) if added else found
