"""Subjects of a spoken intent beyond a pronoun or a name right before the verb (subjects51).

intent51 found that on today's keys (blind42-49) the intent verbs' keyed occurrences are mostly
stopped by the subject: « Le candidat du RN, Geoffrey Mourey, veut … », « La maire de Fécamp veut
… », « Alde Harmand mise sur son bilan et entend … ». These readers take such a subject with
what the drafter already reads elsewhere, no parser of their own: the apposition test the
detectors run before a cue (``apposed_names.apposed_subject_before``), the titles the resolver
gave each person (``Entity.titles``, read with ``description_of``), and, for a second verb joined
by « et », the subject opening the sentence read by the same readers. The speaker is still one
with another finding beside the intent (``spoken_intents``)."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import replace

from quizapp.draft.findings import Attribution, Span
from quizapp.draft.names.titles.descriptions import description_of
from quizapp.draft.names.titles.descriptions import verb_forms as finite_forms
from quizapp.draft.names.titles.open_nouns import opens_description
from quizapp.draft.speakers.entity import Entity, named_person
from quizapp.draft.text.sentence.apposed_names import FULL_NAME, apposed_subject_before
from quizapp.draft.words.folding import fold, folded_words
from quizapp.draft.words.lexicon import Lexicon

Beside = tuple[Attribution, Span]
_NAMES = re.compile(FULL_NAME)
_LAST_NAME = re.compile(rf"(?:^|[\s,])(?:{FULL_NAME})\s+$")
_JOINED = re.compile(r"\s(?:et)\s+$")
WIDENINGS = frozenset(filter(None, os.environ.get("SUBJECTS51", "").split(",")))


def named_in(near: list[Attribution], phrase: str) -> Attribution | None:
    """The finding near whose speaker's name ends on the last word of a name of ``phrase``."""
    for name in reversed(list(_NAMES.finditer(phrase))):
        tail = fold(name.group().split()[-1])
        same = [a for a in near if tail in folded_words(a.speaker)]
        if same:
            return same[0]
    return None


def apposed(near: list[Attribution], before: str, at: int, lex: Lexicon) -> Beside | None:
    """« Le candidat du RN, Geoffrey Mourey, veut », « Geoffrey Mourey, candidat, veut »: the
    words before the verb are a subject and its apposed name; the speaker is that name's."""
    if "appos" not in WIDENINGS or not apposed_subject_before(before, lex):
        return None
    said = named_in(near, before)
    return None if said is None else (said, _span(before, at))


def described(
    near: list[Attribution], before: str, at: int, lex: Lexicon, people: list[Entity]
) -> Beside | None:
    """« La maire de Fécamp veut »: a definite description whose head and words are a title
    the resolver gave exactly one speaker found near."""
    phrase = before.strip()
    if "descr" not in WIDENINGS or "," in phrase or not opens_description(phrase, lex):
        return None
    if any(fold(w) in finite_forms(lex) for w in phrase.split()[1:]):
        return None  # a clause, not a noun phrase
    found = description_of(phrase, lex)
    if found is None:
        return None
    fits = {a.speaker: a for a in near if _titled(a.speaker, found, people)}
    return (next(iter(fits.values())), _span(before, at)) if len(fits) == 1 else None


def joined(
    before: str, at: int, lex: Lexicon, read: Callable[[str, int], Beside | None]
) -> Beside | None:
    """« Alde Harmand mise sur son bilan et entend »: the subject of the sentence's first verb,
    read by ``read`` on the words before that verb, when only that clause and « et » stand
    between it and the intent verb."""
    if "et" not in WIDENINGS or (tail := _JOINED.search(before)) is None:
        return None
    first = before[: tail.start()]
    if re.search(r"[;:«»\"]|\bqu[e'’i]|\bdont\b|\boù\b", first, re.IGNORECASE):
        return None  # a subordinate clause or a quotation: whose verb « et » joins is unclear
    comma = first.rfind(",") + 1  # « Pour se maintenir …, Alde Harmand mise … et entend »
    piece = _subject_piece(first[comma:], lex)
    return read(piece, at + comma) if piece.strip() else None


def _subject_piece(clause: str, lex: Lexicon) -> str:
    """The words of ``clause`` before its first verb, with their spacing: the name or the
    word opening it (« Alde Harmand », « Il »), else the words up to its first finite form
    (a description: « La maire de Fécamp défend »)."""
    first = re.match(r"\s*(\S+)\s", clause)
    if first is not None and fold(first.group(1)) in lex.raw["pronouns"]:
        return clause[: first.end()]
    if (name := _NAMES.match(clause, len(clause) - len(clause.lstrip()))) is not None:
        return clause[: name.end()] + " "
    words = list(re.finditer(r"\S+", clause))
    forms = finite_forms(lex)
    for index, word in enumerate(words[1:], start=1):
        if fold(word.group()) in forms:
            return clause[: words[index].start()]
    return ""


def unguarded(
    found: list[Attribution], para: Span, before: str, at: int, lex: Lexicon, people: list[Entity]
) -> Beside | None:
    """A named subject (a person the resolver met in ``before``) with no finding of its own
    near, in a paragraph that quotes anyone: measured only (``noguard``), why50's CAMPAIGN."""
    if "noguard" not in WIDENINGS or not _named_subject(before, lex):
        return None
    quoted = [a for a in found if para[0] <= a.content[0] < para[1] and a.kind != "indirect"]
    stretch = (at, at + len(before))
    named = [
        e
        for e in people
        if named_person(e) and any(stretch[0] <= m[0] < stretch[1] for m in e.mentions)
    ]
    quoted = [a for a in quoted if a.kind != "according_to"]  # a quotation: direct or mixed
    if not quoted or len(named) != 1:
        return None
    said = replace(quoted[0], speaker=named[0].name, label="named")
    return said, _span(before, at)


def _named_subject(before: str, lex: Lexicon) -> bool:
    """``before`` ends with a name as the verb's subject: the name right before the verb, a
    name and its apposition, or a name opening a clause joined by « et »."""
    if _LAST_NAME.search(before) or apposed_subject_before(before, lex):
        return True
    tail = _JOINED.search(before)
    first = before[: tail.start()] if tail else ""
    piece = first[first.rfind(",") + 1 :]
    return tail is not None and _NAMES.match(piece, len(piece) - len(piece.lstrip())) is not None


def _titled(speaker: str, found: tuple[str, frozenset[str]], people: list[Entity]) -> bool:
    """``speaker``'s entity holds a title of ``found``'s head whose words include all of
    ``found``'s (« le candidat » fits « candidat du RN »)."""
    head, words = found
    for entity in people:
        if fold(entity.name) != fold(speaker):
            continue
        for title, title_words in entity.titles:
            if title == head and words <= title_words | {head}:
                return True
    return False


def _span(before: str, at: int) -> Span:
    """The subject's span: ``before`` from its first word to its last, commas left out."""
    start = len(before) - len(before.lstrip())
    return (at + start, at + len(before.rstrip(" ,")))
