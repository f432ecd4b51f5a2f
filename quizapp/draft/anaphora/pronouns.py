"""Pronouns and demonstratives resolved to what the reader met before them: « il », « elle »,
"they", « cette source », « ce dernier ». The record of who spoke last, which they read, is
``last_speaker`` (out of this module since tidy28); the people met before a pronoun that may
stand for it are looked up in ``persons_before`` (tidy39): this module says in what order.

The order of preference is the reader's: a speaker going on (« a-t-il ajouté »), the subject
of this sentence or the one before with the pronoun's gender, a person of that gender only
mentioned, a nameless described person, then the latest subject.
"""

from __future__ import annotations

import re

from quizapp.draft.anaphora.document_authors import document_author
from quizapp.draft.anaphora.last_speaker import Resolution, addressed_by_cue
from quizapp.draft.anaphora.members import (
    couple_before,
    heard_for_they,
    one_of_couple,
    one_of_pair_named,
    one_person,
    plural_described,
    stressed,
)
from quizapp.draft.anaphora.pairs import pair_taken_up
from quizapp.draft.anaphora.persons_before import PersonsBefore
from quizapp.draft.anaphora.plural_people import (
    collective_before,
    feminine_pointer,
    masculine_plural,
    opening_plural,
    plural_people_before,
    plural_people_spans,
)
from quizapp.draft.sources.reading import SourceReading, compatible, span_text
from quizapp.draft.speakers.bodies.body_subjects import body_over_a_thing
from quizapp.draft.speakers.bodies.spoken_bodies import body_taken_up
from quizapp.draft.speakers.entity import Entity
from quizapp.draft.text.segment import Span
from quizapp.draft.words.lexicon import fold

_INVERTED_PRONOUN = re.compile(r"-(?:t-)?(?:il|elle|on|he|she)s?\b", re.IGNORECASE)


class Pronouns(PersonsBefore):
    """The narration, with what pronouns and demonstratives resolve to and who spoke last."""

    def _pronoun(self, reading: SourceReading, at: int, span: Span | None) -> Resolution | None:
        """What a pronoun stands for: a group, a body (« it »), the sentence's own subject, the
        speaker going on; else the person before it (``_person_before``)."""
        if reading.gender == "p":
            return self._last_group(at, span)
        if reading.gender == "n":  # "it said": the latest organisation
            body = self._body_opening_before(at) or self._last_named_body(True)
            body = body or self._recent_body() or self._subject_before(at)
            if body is None:  # "The council wants… . It said": the body opening the sentence
                return self._body_subject(reading.gender, at, span)
            return self._speak(self.entities[body], span, 0.6)
        own = self._sentence_subject(at) if span is None and self._stand_in(at) else None
        if own is not None and own.person:  # « Lucie X en a profité pour qualifier Y de … »
            return self._speak(own, span, 0.6)
        going_on = self._going_on(reading, at) or self._spokesperson_on(reading, at)
        going_on = going_on or one_of_couple(self, reading.gender)
        going_on = going_on or one_of_pair_named(self, reading.head, reading.gender, at)
        going_on = (
            None if going_on and addressed_by_cue(self.text, at, going_on, self.lex) else going_on
        )
        if going_on is not None:  # « Il a ajouté » after X spoke: X goes on
            return self._speak(going_on, span, 0.7)
        return self._person_before(reading, at, span)

    def _person_before(
        self, reading: SourceReading, at: int, span: Span | None
    ) -> Resolution | None:
        """A pronoun no speaker going on takes: the described subject of its sentence, then
        the nearest person of its gender, a described one, one inside a nested phrase, a body
        opening the sentence, the latest subject, a person past an outlet, a person or body
        opening this sentence or the one before (speakers31), the last speaker; first found
        first taken, each with the confidence it earns."""
        found = self._subject_or_near(reading, at, span)
        return found if found is not None else self._seen_before(reading, at, span)

    def _subject_or_near(
        self, reading: SourceReading, at: int, span: Span | None
    ) -> Resolution | None:
        """The first readings, of the pronoun's own sentence and the person nearest it: the
        described subject, the nearest person, a described one, one in a nested phrase; apart
        from the later ones so that each list of steps reads as the order it is tried in."""
        subject = self._sentence_subject(at)  # "The woman, whose…, telling the council"
        described = subject is not None and subject.key == self.subjects.get(self.sentence)
        if subject is not None and described and compatible(subject.gender, reading.gender):
            return self._speak(subject, span, 0.6)
        subject = reading.head in self.lex.word_set("subject_pronouns")  # "he", not "him"
        near = self._near_person(reading.gender, at, nested=False, subject=subject)
        if near is not None:
            return self._speak(near, span, 0.7)
        described = self._described_near(reading.gender, at)
        if described is not None:  # « L'épouse du gérant a été entendue. Elle a affirmé… »
            return self._speak(described, span, 0.6)
        near = self._near_person(reading.gender, at, nested=True)
        if near is not None:  # « … réservée au groupe de Marine X. Elle s'est réjouie »
            return self._speak(near, span, 0.6)
        return None

    def _seen_before(self, reading: SourceReading, at: int, span: Span | None) -> Resolution | None:
        """The later readings, of what came before: a body opening the sentence, the latest
        subject, a person past an outlet, a person or body opening this sentence or the one
        before, the last speaker."""
        body = self._body_subject(reading.gender, at, span)
        if body is not None:  # « Le rectorat se refuse à commenter. Il juge… »
            return body
        seen = self._latest_person(reading.gender, at, subjects_only=True)
        if seen is not None:
            entity = self.entities[seen.key]
            return self._speak(entity, span, 0.7 if seen.sentence == self.sentence else 0.6)
        person = self._past_outlet(reading.gender, at)
        if person is not None:
            return self._speak(person, span, 0.4)
        found = self._someone_subject(reading.gender, at, span)
        if found is None and self._plural_last(reading.gender):
            found = self._singular_subject(reading.gender, at, span)
        return found or self._last_speaker(span, 0.4)

    def _plural_last(self, gender: str) -> bool:
        """« il » / « elle » (``gender``) with a plural heard last (« selon des sources
        policières »): a singular pronoun never takes that plural up. Over the corpus, the
        last speaker was right once and wrong ten times when it disagreed with the pronoun in
        gender or number (anaphora32)."""
        key = self.last_speaker_key()
        return gender in "mf" and key is not None and self.entities[key].gender == "p"

    def _singular_subject(self, gender: str, at: int, span: Span | None) -> Resolution | None:
        """The singular noun phrase opening this sentence or the one before, for a pronoun
        whose number rules the last speaker out (the resolver's, ``resolve.Registry``); none
        here."""
        return None

    def _someone_subject(self, gender: str, at: int, span: Span | None) -> Resolution | None:
        """The person or body opening this sentence or the one before, for a pronoun nothing
        else took up (the resolver's, ``resolve.Registry``); none here."""
        return None

    def _body_subject(self, gender: str, at: int, span: Span | None) -> Resolution | None:
        """A body opening this sentence or the one before as its subject (the resolver's,
        ``resolve.Registry``, which reads the body's phrase); none here."""
        return None

    def _stand_in(self, at: int) -> bool:
        """The pronoun is no word of the text but the one a participle or an infinitive of
        purpose carries (« affirmant », « pour qualifier »): the cue at ``at`` holds no
        inverted pronoun (« a-t-elle ajouté »), so its subject is the sentence's, any gender."""
        return _INVERTED_PRONOUN.search(" ".join(self.text[at : at + 40].split()[:3])) is None

    def _last_group(self, at: int, span: Span | None, feminine: bool = False) -> Resolution | None:
        """« ils »: the latest plural met before it, a nameless group that opened this sentence
        or one of the two before among them, or a couple named after that; « selon eux »
        right after a group or a body spoke, that one; for want of any, the group or body
        heard lately, else the last speaker (``members.heard_for_they``, speakers17). A
        ``feminine`` pointer (« celles-ci ») passes over the masculine plurals (mend42c)."""
        last = self.last_speaker_key()
        if last and stressed(self.text, span, self.lex) and not one_person(self.entities[last]):
            return self._speak(self.entities[last], span, 0.5)  # « Selon eux », after they spoke
        couple = couple_before(self, at)
        plural = [s for s in self.seen if s.offset < at and self.entities[s.key].gender == "p"]
        plural += [g for g in self.groups if g.offset < at and g.sentence >= self.sentence - 2]
        if feminine:
            plural = [
                s for s in plural if not masculine_plural(self.entities[s.key].name, self.lex)
            ]
        if plural:
            seen = max(plural, key=lambda s: s.offset)
            later = couple is not None and couple.mentions[0][0] > seen.offset
            return self._speak(couple if later else self.entities[seen.key], span, 0.5)
        written = None if self._continuing_cue(at) else self._people_written(at)
        heard = couple or written or heard_for_they(self)  # « ajoutent-ils »: who spoke
        if heard is not None and not (couple or written):  # not "the plan" (english40)
            heard = body_over_a_thing(self, heard, at) or heard
        if heard is not None and not couple and one_person(heard):
            heard = self._plural_opening(at) or heard  # never one person when a plural opened
        if heard is not None and feminine and masculine_plural(heard.name, self.lex):
            heard = None
        return self._speak(heard, span, 0.5 if couple else 0.3) if heard else None

    def _plural_opening(self, at: int) -> Entity | None:
        """A plural noun phrase opening this sentence or the one before (« Les dockers, venus
        de Rodez, ne comprennent pas. « … », soulignent-ils. »), whatever noun the lexicon
        knows: the subject a plural pronoun takes up rather than one named person (mend34c)."""
        found = opening_plural(self.words_now, at, self.lex)
        found = found or opening_plural(self.words_before, at, self.lex)
        return self._group_entity(self.text[found[0] : found[1]]) if found else None

    def _distributed(self, span: Span | None, at: int) -> Resolution | None:
        """A distributive subject (lexicon ``distributive_subjects``: « Tous s'inquiètent… »,
        « Tous expliquent… ») speaks for the plural of people written in this sentence or the
        one before (``_shared_among``: « 80 % des salariés étaient en grève. Tous… »), else
        for the collective named there (« le collectif »; met first here, a vague group of
        members), never for one person heard last; None when neither is written (« Mais tous
        d'assurer » after several people spoke: « tous » itself)."""
        found = self._shared_among(span, at)
        if found is not None:
            return self._speak(self._group_entity(self.text[found[0] : found[1]]), span, 0.5)
        found = collective_before(self.words_before + self.words_now, at, self.lex)
        if found is None:
            return None
        head = self.lex.words("collective_member_heads")[0]  # « membres »: unnamed, several
        members = SourceReading("description", "vague", "p", head)
        return self._speak(self._group_entity(span_text(self.text, found), members), span, 0.5)

    def _shared_among(self, span: Span | None, at: int) -> Span | None:
        """The plural a distributive subject shares out: the one opening the sentence before
        (its subject: « Les infirmières ont manifesté devant les médecins. Toutes… »), else
        the latest; a feminine one (lexicon ``feminine_distributive_subjects``: « Toutes »,
        « Chacune ») passes over a plural whose noun is masculine (« Les syndicats »), and
        with none left the word stays the speaker (mend58d)."""
        written = fold(span_text(self.text, span)) if span is not None else ""
        found = plural_people_spans(self.words_before + self.words_now, at, self.lex)
        if written in self.lex.word_set("feminine_distributive_subjects"):
            found = [f for f in found if not masculine_plural(self.text[f[0] : f[1]], self.lex)]
        opening = self.words_before[0][0].start if self.words_before else None
        subject = [f for f in found if f[0] == opening]
        return (subject or found[-1:] or [None])[0]

    def _people_written(self, at: int) -> Entity | None:
        """A nameless plural of people written in this sentence or the one before, out of
        quotations (« Face à la hausse, des parents ont lancé une pétition. Ils… »), its
        entity made as an opening group's is (``_group_entity``; ``plural_people``, pronouns29);
        a counted pair, « pour les deux amis », is the two people named together before it
        (``pairs.pair_taken_up``, speakers56)."""
        found = plural_people_before(self.words_before + self.words_now, at, self.lex)
        if found is None:
            return None
        phrase = self.text[found[0] : found[1]]
        return pair_taken_up(self, fold(phrase), found[0]) or self._group_entity(phrase)

    def _demonstrative(
        self, reading: SourceReading, at: int, span: Span | None
    ) -> Resolution | None:
        if reading.head in self.lex.word_set("latter_heads"):
            feminine = feminine_pointer(span_text(self.text, span), self.lex)  # « celles-ci »
            latest = self._latest_mentioned(reading.gender, at, feminine)  # « cette dernière »
            if reading.gender == "p":  # « de ses employés. … ces derniers »: that plural
                described = plural_described(self, at)
                masculine = described is not None and masculine_plural(described.name, self.lex)
                latest = latest if described is None or (feminine and masculine) else described
            if latest is not None:
                return self._speak(latest, span, 0.6)
            if reading.gender == "p":  # « Ces derniers » with no plural named: a group met
                return self._last_group(at, span, feminine)
        where = (self.sentence, self.sentence_start)
        author = document_author(self.text, self.seen, where, reading.head, self.lex)
        if author is not None:  # « X a pris un arrêté. Le texte dénonce… »: X's
            return self._speak(self.entities[author], span, 0.6)
        again = self._same_words(span)
        for key in reversed(self.speakers_order):
            entity = self.entities[key]
            if again is not None and key != again:
                continue
            if reading.head in entity.roles or entity.label == "anonymous":
                return self._speak(entity, span, 0.75)
        body = body_taken_up(self, reading.head, at)  # "The company says", after its CEO spoke
        return self._speak(body, span, 0.5) if body else self._last_speaker(span, 0.4)
