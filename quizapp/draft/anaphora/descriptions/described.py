"""Descriptions of people and bodies for the resolver: « le ministre », "the billionaire",
« son porte-parole », « sa dernière note ». A description finds the person the narration
met (a subject near, a title, a role) or stays a speaker of its own; a document given by a
possessive speaks for its owner. ``Described._description`` is where the resolver
(``quizapp.draft.pipeline.resolve``) hands any description: all of them are read here;
whether a description's head names a person, a body or a thing is ``person_heads`` (tidy43).
"""

from __future__ import annotations

import re

from quizapp.draft.anaphora.descriptions.bare_descriptions import BareDescriptions
from quizapp.draft.anaphora.descriptions.just_named import view_of_named
from quizapp.draft.anaphora.descriptions.named_near import person_named_near
from quizapp.draft.anaphora.descriptions.only_named import only_person_named
from quizapp.draft.anaphora.descriptions.paragraph_people import person_of_paragraph
from quizapp.draft.anaphora.descriptions.partisans import partisan
from quizapp.draft.anaphora.descriptions.person_heads import body_noun, no_person_noun
from quizapp.draft.anaphora.document_authors import authors_of_document
from quizapp.draft.anaphora.documents import possessed_document_owner
from quizapp.draft.anaphora.last_speaker import Resolution
from quizapp.draft.names.naming.place_complements import body_of_a_place
from quizapp.draft.names.titles.descriptions import (
    by_title,
    content_words,
    person_office,
    placed_word,
)
from quizapp.draft.sources.reading import SourceReading, normalised_key
from quizapp.draft.sources.speaker_phrases.phrase import trimmed_description
from quizapp.draft.speakers.bodies.institutions import body_by_stem, body_met, body_of_kind
from quizapp.draft.speakers.bodies.written_bodies import written_body
from quizapp.draft.speakers.entity import Entity
from quizapp.draft.speakers.redescribed import named_person_described
from quizapp.draft.speakers.subjects import organisation
from quizapp.draft.text.segment import Span
from quizapp.draft.words.lexicon import Lexicon, fold, third_person_possessives


class Described(BareDescriptions):
    """The narration and its pronouns, with what descriptions of people resolve to."""

    def __init__(self, text: str, lex: Lexicon) -> None:
        super().__init__(text, lex)
        self.taken_as: dict[str, str] = {}  # a definite description -> whom it meant last

    def _description(
        self,
        phrase: str,
        span: Span | None,
        reading: SourceReading,
        inverted: bool = False,
        answered: str | None = None,
    ) -> Resolution:
        """A description as a source: a definite one takes up the body or person met before
        it (or the one it meant last time); else a possessed document speaks for its owner,
        and what is left becomes a speaker of its own, named by its fullest wording. It never
        takes up ``answered``, whose question it answers (``LastSpeaker.answered_at``)."""
        words = fold(phrase).split()
        earlier = self._definite_taken_up(phrase, words, span, reading, inverted)
        if earlier is not None and earlier.key != answered:
            self.taken_as[normalised_key(phrase)] = earlier.key
            return self._speak(earlier, span, 0.75)
        owned = self._owned_source(phrase, words, span, reading)
        if owned is not None:
            return owned
        named = self._named_described(phrase, span, reading)
        if named is None and self._set_against_last(span) is None:  # « quant à lui »: new
            named = person_of_paragraph(self, phrase, span, (reading.head, reading.gender))
        if named is None and self._set_against_last(span) is None:  # names53: a title repeated
            named = person_named_near(self, phrase, span, reading)
        if named is not None and named.key != answered:
            self.taken_as[normalised_key(phrase)] = named.key
            return self._speak(named, span, 0.7)
        return self._speak(self._own_description(phrase, span, reading), span, 0.8)

    def _definite_taken_up(
        self,
        phrase: str,
        words: list[str],
        span: Span | None,
        reading: SourceReading,
        inverted: bool,
    ) -> Entity | None:
        """Whom a definite description with a head (« le ministre », "the official") takes up."""
        articles = self.lex.word_set("description_articles")
        definite = bool(words) and (words[0] in articles or words[0].startswith("l'"))
        if not definite or not reading.head:
            return None
        return self._taken_up(phrase, span, reading, inverted)

    def _owned_source(
        self, phrase: str, words: list[str], span: Span | None, reading: SourceReading
    ) -> Resolution | None:
        """A description owned by someone: a possessed document speaks for its owner (« …,
        selon sa dernière note »: the body that opened the sentence), « son porte-parole »
        is the one met before, now written in full (« le porte-parole de M. X »)."""
        owner = possessed_document_owner(self, words, span) or self._document_writers(words, span)
        if owner is not None:
            return self._speak(owner, span, 0.7)
        possessed = self._possessed_before(words, reading.head, span)
        if possessed is not None:
            self._rename(possessed, trimmed_description(phrase))
            return self._speak(possessed, span, 0.75)
        return None

    def _named_described(
        self, phrase: str, span: Span | None, reading: SourceReading
    ) -> Entity | None:
        """« Étienne X trie… Ce responsable de coopérative constate »: the person named that
        the description describes (``« quant à lui »``: not the last speaker)."""
        if span is None:
            return None
        where = (span[0], self._set_against_last(span))
        return named_person_described(self, phrase, where, (reading.head, reading.gender))

    def _taken_up(
        self, phrase: str, span: Span | None, reading: SourceReading, inverted: bool
    ) -> Entity | None:
        """Whom a definite description takes up: one met before it, else (a guess a title written
        later may undo) one the narration just showed, else whom it meant last time."""
        words = fold(phrase).split()
        earlier = self._met_before(phrase, words, reading, span)
        if earlier is None and span is not None:
            earlier = self._described(words, reading, span, inverted)
            where = (self.sentence, self.sentence_start, span[0])
            about = (reading.head, reading.gender)
            earlier = earlier or view_of_named(
                self.seen, self.entities, self.text, where, about, phrase, self.lex
            )  # « … rassurer Nicolas X. Pour le vice-président du département, … »
            self.guessed[span] = phrase
        earlier = earlier or self.entities.get(self.taken_as.get(normalised_key(phrase), ""))
        start = None if earlier or not span or self._set_against_last(span) else self.sentence_start
        return earlier or only_person_named(self, start, reading, words)

    def _met_before(
        self, phrase: str, words: list[str], reading: SourceReading, span: Span | None
    ) -> Entity | None:
        """The body or person a definite description names again: a body written with its kind,
        of that kind, sharing its stem or met; an organisation; a title; a party's; a role."""
        before = span[1] if span is not None else None
        recent, head = [self.entities[key] for key in self._recent(before)], reading.head
        return (
            written_body(self.entities, self.text, words, head, before, self.lex)
            or body_of_kind(words, head, recent + self._spoken(), self.text, self.lex)
            or body_by_stem(words, head, self._spoken(), self.lex)
            or body_met(self, phrase, head, before)
            or organisation(words, head, recent + self._spoken(), self.lex, self.text)
            or by_title(phrase, recent, self.lex, self.text)
            or self._partisan(phrase, reading, span)
            or self._with_role(head, phrase, before)
        )

    def _own_description(self, phrase: str, span: Span | None, reading: SourceReading) -> Entity:
        """A description taking up no one speaks as itself: a possessed one is the sentence
        subject's, a fuller wording renames it ("de source judiciaire", "Une source…")."""
        words, key = fold(phrase).split(), "d:" + normalised_key(phrase)
        entity = self.entities.get(key)
        possessed = bool(words) and words[0] in third_person_possessives(self.lex)
        if entity is None and possessed and span is not None:
            subject = self._sentence_subject(span[0]) or self._last_subject_person(span[0])
            entity = self._new_description(key, phrase, reading)
            entity.possessor = subject.key if subject is not None else None
        if entity is None:
            entity = self._new_description(key, phrase, reading)
            self._owned_as_written(entity, words, span)
        else:
            self._rename(entity, trimmed_description(phrase))
        return entity

    def _owned_as_written(self, entity: Entity, words: list[str], span: Span | None) -> None:
        """« Un des avocats de Dominique X dénonce… Il compte…, ont annoncé ses avocats »: a
        plural possessive (lexicon ``plural_possessives``: « ses », « leurs ») whose owner,
        the sentence's subject, the article wrote after the same noun (« avocats de
        Dominique X ») is written so: « les avocats de Dominique X »."""
        plural = len(words) == 2 and words[0] in self.lex.word_set("plural_possessives")
        if span is None or not plural:
            return
        owner = self._sentence_subject(span[0]) or self._last_subject_person(span[0])
        if owner is None or not owner.name[:1].isupper():
            return
        written = rf"\b{re.escape(words[1])}\s+(?:de\s+|d['’]\s*){re.escape(owner.name)}\b"
        if re.search(written, self.text[: span[0]], re.IGNORECASE):
            self._rename(entity, f"les {words[1]} de {owner.name}")

    def _partisan(self, phrase: str, reading: SourceReading, span: Span | None) -> Entity | None:
        """« Le libéral » after « X (Open Vld) »: the one person of that party's family."""
        people = [e for k, e in self.entities.items() if not k.startswith("d:")]
        about = (reading.head, reading.gender)
        return partisan(phrase, about, span, people, self.text, self.lex)

    def _new_description(self, key: str, phrase: str, reading: SourceReading) -> Entity:
        label = reading.label or "anonymous"
        person = reading.gender != "p" and not body_noun(reading.head, self.lex)
        person = person and not body_of_a_place(phrase, self.lex)  # « la station de X »
        person = person and not no_person_noun(phrase, reading.head, self.lex)  # « le tract »
        entity = Entity(key, trimmed_description(phrase), label, person=person)
        entity.gender = reading.gender
        entity.roles.add(reading.head)
        self.entities[key] = entity
        return entity

    def _document_writers(self, words: list[str], span: Span | None) -> Entity | None:
        """« Dans un rapport de la Cour des comptes, … Pour ses auteurs, … »: the issuer."""
        where = (self.sentence, self.sentence_start)
        key = authors_of_document(self.text, self.seen, where, words, self.lex) if span else None
        return self.entities[key] if key is not None else None

    def _last_subject_person(self, at: int) -> Entity | None:
        for seen in reversed(self.seen):
            if seen.offset < at and seen.subject and self.entities[seen.key].person:
                return self.entities[seen.key]
        return None

    def _possessed_before(self, words: list[str], head: str, span: Span | None) -> Entity | None:
        """ "selon son porte-parole" (the possessive standing for X), then "le porte-parole
        de M. X": the same person, now written in full."""
        if span is None or not words or words[0] not in self.lex.word_set("description_articles"):
            return None
        named = {
            entity.key
            for entity in self.entities.values()
            if any(span[0] <= m[0] and m[1] <= span[1] for m in entity.mentions)
        }
        for entity in self.entities.values():
            if entity.possessor in named and head in entity.roles:
                return entity
        return None

    def _maybe_someone(self, head: str) -> bool:
        """A description's head that can be a person: not a document (« le message »), an
        outlet (« le quotidien ») or a body (« la police »)."""
        things = self.lex.word_sets("possessed_documents", "outlet_descriptions")
        return head not in things and not body_noun(head, self.lex)

    def _with_role(self, head: str, phrase: str, before: int | None) -> Entity | None:
        wanted = set(content_words(phrase, self.lex))
        for seen in reversed(self.seen):
            if before is not None and seen.offset >= before:
                continue  # met after the description: no antecedent
            entity = self.entities[seen.key]
            if head not in entity.roles or (entity.person and body_noun(head, self.lex)):
                continue  # « la préfecture » is not « le directeur de cabinet de la préfecture »
            if placed_word(entity, self.text, self.lex) and person_office(head, self.lex):
                continue  # « l'élue » is not the party of « ancienne élue République en marche »
            if entity.key.startswith("d:") and not wanted <= set(
                content_words(entity.name, self.lex)
            ):
                continue  # "le parquet néerlandais" is not "le parquet fédéral belge"
            return entity
        return None
