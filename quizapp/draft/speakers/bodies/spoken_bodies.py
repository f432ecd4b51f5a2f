"""Who of the speakers met so far a description or "it" takes up when it names no person:
the latest named body, a document or described body that spoke just now, a body whose name
holds the description's head, or the description whose words it repeats. Split out of
anaphora/pronouns (review21): these read only the narration's record of who spoke, and the
pronouns and the source phrases of resolve.py both ask them. "The company says" after its CEO
spoke (``body_taken_up``, which the pronouns' demonstratives ask) came from
anaphora/heard_last in tidy31."""

from __future__ import annotations

import re
from typing import Protocol

from quizapp.draft.names.naming.gender import person_nouns
from quizapp.draft.names.titles.descriptions import content_words
from quizapp.draft.speakers.bodies.body_kinds import kind_fits
from quizapp.draft.speakers.bodies.institutions import maybe_a_body
from quizapp.draft.speakers.entity import Entity
from quizapp.draft.speakers.met import Seen, recent
from quizapp.draft.speakers.narration import Narration
from quizapp.draft.text.segment import Span
from quizapp.draft.words.lexicon import Lexicon, fold


class SpokenBodies(Narration):
    """The narration, with the speakers that are no person a later phrase may take up."""

    def _same_words(self, span: Span | None) -> str | None:
        """« la source proche de l'enquête » after « une source proche de l'enquête » and a
        later « une source policière »: the description whose words it repeats, not the
        latest source; None when it repeats only a head (« la source », « cette source »)."""
        wanted = set(content_words(self.text[span[0] : span[1]], self.lex)) if span else set()
        for key in reversed(self.speakers_order if len(wanted) > 1 else []):
            if key[:2] == "d:" and wanted <= set(content_words(self.entities[key].name, self.lex)):
                return key
        return None

    def _last_named_body(self, unsure: bool = False) -> str | None:
        """The latest named speaker that is not a person (an outlet the lexicon does not list).
        ``unsure`` (for "it", which a person never is): also a name read as a person's, of no
        known gender, that spoke in this sentence or the two before and ``maybe_a_body``
        ('National Express', 'Network Rail': no first name nor title opens it; english25)."""
        for key in reversed(self.speakers_order):
            entity = self.entities[key]
            if entity.label == "named" and not entity.person:
                return key
            recent = self.spoke_in.get(key, -9) >= self.sentence - 2
            if unsure and recent and entity.gender == "x" and maybe_a_body(entity, self.lex):
                return key
        return None

    def _recent_body(self) -> str | None:
        """ "“…,” the draft states. It adds that…": with no named body, "it" takes up the
        latest speaker that is no person (a document, a described body) if it spoke in this
        sentence or the two before."""
        for key in reversed(self.speakers_order):
            entity = self.entities[key]
            if self.spoke_in.get(key, -9) < self.sentence - 2:
                return None
            if entity.gender != "p" and (not entity.person or self._thing_described(key)):
                return key
        return None

    def _thing_described(self, key: str) -> bool:
        """A description whose head names no person ("the draft", "the letter")."""
        head = key[2:].split()[-1] if key.startswith("d:") and key[2:].split() else ""
        return bool(head) and head not in person_nouns(self.lex)

    def _body_named_with(self, head: str) -> str | None:
        """The latest named body that spoke whose own name holds the description's head
        ("the agency" after "Anadolu Agency" spoke, not an outlet the lexicon lists)."""
        for key in reversed(self.speakers_order):
            entity = self.entities[key]
            proper = {fold(w) for w in entity.name.split() if w[:1].isupper()}
            if entity.label == "named" and not entity.person and head in proper:
                return key  # "Anadolu Agency", not an earlier bare "agency"
        return None

    def _body_opening_before(self, at: int) -> str | None:
        """english33: "Acme Council wants to shut the school. It said…": a named body opening
        the sentence before (or this one, before "it") is what "it" takes up, before any
        body that spoke further back; English only, for the French « il » has rules of its
        own (``body_subjects``)."""
        if self.lex.language != "en":
            return None
        for seen in recent(self.seen, self.sentence, at):
            entity = self.entities[seen.key]
            body = entity.label == "named" and not entity.person and seen.key[:2] not in NOT_NAMED
            if body and " " in entity.name and _opens_sentence(self.text, seen):
                return seen.key
        return None

    def _subject_before(self, at: int) -> str | None:
        """ "National Express urged customers… . It expected to…": with no body among the
        speakers, "it" takes up the subject that opened the sentence before (or this one,
        before it), when that is no person whose gender is known and no group."""
        for seen in recent(self.seen, self.sentence, at):
            entity = self.entities[seen.key]
            person = entity.person and entity.gender in ("m", "f")
            if seen.subject and not person and entity.gender != "p":
                return seen.key
        return None


NOT_NAMED = ("d:", "o:", "c:", "g:")  # key prefixes: descriptions, outlets, camps, groups


class _Reader(Protocol):
    lex: Lexicon
    entities: dict[str, Entity]
    seen: list[Seen]  # the narration's mentions, in order
    speakers_order: list[str]
    text: str

    def last_speaker_key(self) -> str | None: ...


def body_taken_up(reader: _Reader, head: str, at: int) -> Entity | None:
    """ "The company says…" (a definite word for a body, lexicon ``body_demonstrative_heads``)
    that no speaker's role holds, when the one who spoke last is no named body (the firm's
    CEO, a described thing, "the cuts"): the named body met before it whose name holds that
    word ("the agency" after the Environmental Protection Agency), else the latest named body
    that spoke or that the narration had as a subject ("Crowdstrike is a global cybersecurity
    firm"); a place named in passing is neither, nor a body whose name shows a kind the word
    does not cover (english26). None otherwise: the last speaker is taken as before (a named
    body that spoke last is the one it takes up)."""
    if head not in reader.lex.word_set("body_demonstrative_heads"):
        return None
    last = reader.last_speaker_key()
    if last is not None and _body_of_kind(reader, last, head):
        return None
    met = [s for s in reader.seen if s.offset < at and _body_of_kind(reader, s.key, head)]
    named = [(s.offset, s.key) for s in met if head in fold(reader.entities[s.key].name).split()]
    heard = [  # a named body's latest mention, when it spoke
        (max(m[0] for m in reader.entities[key].mentions if m[0] < at), key)
        for key in reader.speakers_order
        if _body_of_kind(reader, key, head)
        and any(m[0] < at for m in reader.entities[key].mentions)
    ]
    subjects = [(s.offset, s.key) for s in met if s.subject or _opens_sentence(reader.text, s)]
    found = max(named or heard + subjects, default=None)
    return reader.entities[found[1]] if found else None


def _body_of_kind(reader: _Reader, key: str, head: str) -> bool:
    """A named body that "the ``head``" may take up: not one whose name shows another kind
    ("The company admitted…" after "The Environment Agency said…": bodies/body_kinds)."""
    entity = reader.entities.get(key)
    if entity is None or not kind_fits(head, entity, reader.text, reader.lex):
        return False
    english = reader.lex.language == "en"  # "Anglian Water", a body's name read as a person's
    return _named_body(reader, key) or (english and maybe_a_body(entity, reader.lex))


def _named_body(reader: _Reader, key: str) -> bool:
    """A body the article names: no person, description, outlet, camp or group."""
    entity = reader.entities[key]
    return key[:2] not in NOT_NAMED and not entity.person and entity.label == "named"


def _opens_sentence(text: str, seen: Seen) -> bool:
    """A name that opens its sentence, perhaps after "The" ("Crowdstrike is a global firm"):
    the narration's subject, where a place is mostly named in passing ("in Lexington")."""
    before = text[max(0, seen.offset - 6) : seen.offset]
    return re.search(r"(?:^|[.!?\n]\s*|[.!?\n]\s*The\s)$", before) is not None or seen.offset == 0
