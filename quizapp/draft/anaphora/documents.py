"""A document standing for whoever issued it: "…, a statement said", « précise un
communiqué ». When the document's author is not written, news writing means the one who
has just spoken: "Pakistan's Foreign Ministry announced the visit. The minister will meet…, a
statement said." A later "the statement" is that speaker again.

Only the issued documents the lexicon lists (``issued_documents``) are read so, only a named
speaker of this sentence or the two before it can have issued one (an outlet reports, it does
not issue the statement it reports), and a document with its author written ("a statement
from the ministry") is read by the analysis before it comes here.
"""

from __future__ import annotations

import re

from quizapp.draft.anaphora.document_authors import document_author
from quizapp.draft.anaphora.reader import NarrationReader
from quizapp.draft.sources.reading import is_outlet
from quizapp.draft.speakers.entity import Entity
from quizapp.draft.speakers.met import recent
from quizapp.draft.text.segment import Span
from quizapp.draft.words.lexicon import (
    Lexicon,
    alternation,
    built_once,
    finite_or_auxiliary,
    fold,
    third_person_possessives,
)

_RECENT = 2  # sentences back


def document_issuer(
    reader: NarrationReader, phrase: str, form: str, span: Span | None = None
) -> Entity | None:
    """The speaker an unsigned document (``phrase``, folded, read as a description or a
    demonstrative: ``form``, written at ``span``) stands for, or None."""
    if form not in {"description", "demonstrative"}:
        return None
    noun = _document_noun(phrase, reader.lex)
    if noun is None:
        return None
    issuer = _introduced_before(reader, noun) if _definite(phrase) else None
    issuer = issuer or (_issued_before(reader, noun) if _definite(phrase) else None)
    issuer = issuer or _subject_sends(reader, span)  # "X responded with a letter saying"
    issuer = issuer or _recent_named_speaker(reader) or _last_named_subject(reader, span)
    if issuer is not None:
        issuer.roles.add(noun)  # "the statement said" later is the same speaker
    return issuer


def unissued_label(head: str, lex: Lexicon) -> str:
    """The label of "the report" or "the study" when no one is found to have issued it: the
    lexicon's ``definite_document_label`` (English: named, an identified text, as the keys
    hold it), else anonymous like any unresolved « cette source »."""
    if head in lex.word_set("possessed_documents"):
        return lex.raw.get("definite_document_label", "anonymous")
    return "anonymous"


def _document_noun(phrase: str, lex: Lexicon) -> str | None:
    if not lex.words("issued_documents"):
        return None
    found = _issued_document(lex).fullmatch(phrase.strip())
    return found.group("noun") if found else None


@built_once
def _issued_document(lex: Lexicon) -> re.Pattern[str]:
    """ "the statement", « le communiqué »: a determiner, an adjective maybe, the noun."""
    nouns = alternation(lex.words("issued_documents"))
    determiners = alternation(lex.words("document_determiners"))
    return re.compile(rf"(?:{determiners})\s+(?:[a-zà-ÿ-]+\s+)?(?P<noun>{nouns})")


def _definite(phrase: str) -> bool:
    return not re.match(r"(?:a|an|un|une)\s", phrase)


def _introduced_before(reader: NarrationReader, noun: str) -> Entity | None:
    """« X a publié un communiqué. Le communiqué dénonce… »: the one the sentence before
    showed issuing it (anaphora/document_authors.py), before any earlier speaker."""
    where = (reader.sentence, reader.sentence_start)
    key = document_author(reader.text, reader.seen, where, noun, reader.lex)
    return reader.entities[key] if key is not None else None


def _issued_before(reader: NarrationReader, noun: str) -> Entity | None:
    for key in reversed(reader.speakers_order):
        entity = reader.entities[key]
        if noun in entity.roles and noun not in fold(entity.name):  # not "a statement" itself
            return entity
    return None


def _subject_sends(reader: NarrationReader, span: Span | None) -> Entity | None:
    """ "But Pat Cullen responded with a letter saying…", "Acme replied in a statement
    saying…": a document the sentence's subject sends or speaks in (after "with" / "in") is
    that subject's, not the last speaker's; None when no named subject opens the sentence."""
    if span is None or not _SENT_WITH.search(reader.text, max(0, span[0] - 12), span[0]):
        return None
    subjects = []
    for seen in reversed(reader.seen):
        if seen.sentence < reader.sentence:
            break
        if seen.offset < span[0] and seen.subject and _may_issue(reader, seen.key):
            subjects.append(seen)
    return reader.entities[subjects[-1].key] if subjects else None


_SENT_WITH = re.compile(r"\b(?:with|in)\s+$")


def _recent_named_speaker(reader: NarrationReader) -> Entity | None:
    for key in reversed(reader.speakers_order):
        if reader.spoke_in.get(key, -9) < reader.sentence - _RECENT:
            return None
        if _may_issue(reader, key):
            return reader.entities[key]
    return None


def _last_named_subject(reader: NarrationReader, span: Span | None) -> Entity | None:
    """ "Acme announced the merger on Monday. …, a statement said.": nobody spoke yet, the
    named subject of this sentence or the one before issued it."""
    nearby = recent(reader.seen, reader.sentence, span[0] if span else None)
    for seen in sorted(nearby, key=lambda s: (not s.subject, -s.sentence, s.offset)):
        body = not reader.entities[seen.key].person and _body_name(reader, seen.offset)
        if (seen.subject or body) and _may_issue(reader, seen.key):
            return reader.entities[seen.key]
    return None


def _body_name(reader: NarrationReader, offset: int) -> bool:
    """A body's name, not a capitalised word opening a sentence ("Heavy rain fell"): two
    words, or inside its sentence, or followed by a verb of the lexicon ("Tesco announced")."""
    before = reader.text[max(0, offset - 2) : offset]
    following = reader.text[offset:].split(maxsplit=2)[:2]
    if len(following) < 2 or not (offset == 0 or before.endswith(("\n", ". "))):
        return True
    lex = reader.lex
    verb = fold(following[1].strip(",.")) in finite_or_auxiliary(lex)
    return verb or following[1][:1].isupper()


def _may_issue(reader: NarrationReader, key: str) -> bool:
    """A named speaker that is no outlet (an outlet reports a statement, it does not issue it)."""
    entity = reader.entities[key]
    outlet = key.startswith("o:") or is_outlet(entity.name, reader.lex)
    return entity.label == "named" and not outlet


def possessed_document_owner(
    reader: NarrationReader, words: list[str], span: Span | None
) -> Entity | None:
    """ "selon sa dernière note", "according to its latest report": the document speaks
    for the one the possessive stands for, the first named in this sentence before it (moved
    here from anaphora/described, now descriptions/described, by structure18)."""
    documents = reader.lex.word_set("possessed_documents")
    if span is None or not words or words[0] not in third_person_possessives(reader.lex):
        return None
    if not documents & {w.strip('«»“”"') for w in words[1:4]}:
        return None
    here = [s for s in reader.seen if s.sentence == reader.sentence and s.offset < span[0]]
    named = [reader.entities[s.key] for s in here]
    named = [e for e in named if not _ELIDED_WORD.fullmatch(e.name)]  # "L'Institut" alone
    return named[0] if named else _owner_just_before(reader)


def _owner_just_before(reader: NarrationReader) -> Entity | None:
    """ "X a mesuré les prix. Selon sa dernière analyse, …": with no one named before the
    possessive in its sentence, the one named in the sentence before (its subject, else
    the latest named), when only one name there could own it."""
    before = [s for s in reader.seen if s.sentence == reader.sentence - 1]
    named = {s.key: reader.entities[s.key] for s in before}
    named = {k: e for k, e in named.items() if not _ELIDED_WORD.fullmatch(e.name)}
    return next(iter(named.values())) if len(named) == 1 else None


_ELIDED_WORD = re.compile(r"[LlDd]['’]\w+")
