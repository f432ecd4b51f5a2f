"""Bare descriptions for the resolver: « le ministre », « l'élue », "the billionaire" with no
complement take up the person the narration just showed (a subject of this sentence or of the
two before), unless an office, a trade or a discourse filler (« quant à lui ») says it is
someone else; a general word (« le magistrat ») takes up the latest holder of an office it
covers. ``described.Described`` builds on these. A bare description that took up no one near
it may still be the one person the article named (``only_named.only_person_named``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from quizapp.draft.anaphora.descriptions.person_heads import body_noun
from quizapp.draft.anaphora.descriptions.speaker_in_focus import person_heads, speaker_in_focus
from quizapp.draft.anaphora.pronouns import Pronouns
from quizapp.draft.names.naming.gender import (
    after_cue_nouns,
    first_name_gender,
    office_other_gender,
)
from quizapp.draft.names.naming.roles import bare_description
from quizapp.draft.names.titles.descriptions import content_words
from quizapp.draft.names.titles.open_nouns import head_key
from quizapp.draft.sources.reading import SourceReading, compatible
from quizapp.draft.speakers.entity import Entity, named_person
from quizapp.draft.speakers.epithets import epithet_head, modified_epithet
from quizapp.draft.text.segment import Span
from quizapp.draft.text.sentence.syntax import marks_another_speaker
from quizapp.draft.words.lexicon import Lexicon, built_once, fold

_EPITHET_REACH = 3  # sentences back where an epithet's person was heard or named


class BareDescriptions(Pronouns):
    """The narration and its pronouns, with whom a bare description of an office takes up."""

    def _described(
        self, words: list[str], reading: SourceReading, span: Span | None, inverted: bool
    ) -> Entity | None:
        """ "le ministre", "l'élue", "the billionaire" with no complement: the person who was
        the subject of this sentence or of the two before it (the description says who, the
        narration says which)."""
        epithet = epithet_head(reading.head, self.lex)  # "the 73-year-old", "the pensioner"
        bare = bare_description(words, self.lex)  # "the south Belfast politician": bare too
        placed = not bare and self._placed_trade(span)  # « l'agricultrice de Lunel »
        if not (bare or placed) and not (epithet and modified_epithet(words, self.lex)):
            return None
        if self._names_no_one_near(words, reading.head):
            return None
        nouns = after_cue_nouns(self.lex) if inverted else self.lex.word_set("person_descriptions")
        if reading.head not in nouns and not epithet:
            return self._wider_noun(reading, span)
        found = self._recent_subject(reading, span, placed, epithet)
        other = office_other_gender(reading.head, reading.gender, self.lex)  # « le maire »: Anne
        if found is None and other is not None:
            found = self._recent_subject(replace(reading, gender=other), span, placed, epithet)
            return found if found is not None and self._holds(found, reading.head) else None
        return found

    def _names_no_one_near(self, words: list[str], head: str) -> bool:
        """« l'avocat général » is not the last « avocat » (lexicon ``compound_offices``), and
        « X, pharmacienne…, et Y, pharmacienne… » introduced the noun with two people: the
        noun says neither."""
        written = " ".join(words).replace("’", "'")
        if any(office in written for office in self.lex.words("compound_offices")):
            return True
        return self._introduced_with(head)

    def _wider_noun(self, reading: SourceReading, span: Span | None) -> Entity | None:
        """A noun outside the person descriptions: the holder heard of an office it covers
        (« le magistrat »), else, for a title or trade of a person (anaphora35), the speaker
        still in focus, unless a filler sets it against the last speaker."""
        hyponym = self._hyponym_heard(reading.head, span)
        wider = reading.head in person_heads(self.lex) and not self._set_against_last(span)
        return hyponym or (speaker_in_focus(self, reading, span) if wider else None)

    def _recent_subject(
        self, reading: SourceReading, span: Span | None, placed: bool, epithet: bool
    ) -> Entity | None:
        """A person description: a recent subject that fits it, first of its very gender
        (« l'élue »: a woman subject first, then any subject; then, « écrit la journaliste »
        after « … de Mme X », the one person of that gender only mentioned); else an epithet's
        last person, or the speaker still in focus."""
        other = self._set_against_last(span)  # « estime quant à lui le maire »: not the last
        gendered = reading.gender in "mf"
        for exact, subjects in ((gendered, True), (False, True), (gendered, False)):
            found = self._recent_fitting(reading, span, other, exact, subjects, placed)
            if found is not None:
                return found
        if epithet:
            return self._epithet_of_last(reading, span)
        if other or placed:  # « l'éleveur de Lozère »: only a recent subject (mend33d)
            return None
        return speaker_in_focus(self, reading, span)

    def _placed_trade(self, span: Span | None) -> bool:
        """« l'agricultrice de Villers-le-Lac », « le boulanger de Lunel »: a trade (lexicon
        ``occupation_nouns``) whose complement is one capitalised word after « de », the place
        the person works or lives, says where, not whose: it takes up the person just shown as
        the bare trade does. Not when that word is a first name or the name of a person met
        (« la coiffeuse de Paul », « le fermier de Durand »), whose employee it describes, nor
        when the article does not mark it as a place (``_marked_place``): « le gérant de
        Carrefour », « le producteur de Stromae » say whose (mend33d)."""
        if span is None or self.lex.language != "fr":
            return False
        placed = _placed(self.lex).fullmatch(self.text, span[0], span[1])
        trades = self.lex.word_set("occupation_nouns")
        if placed is None or fold(placed.group(1)) not in trades:
            return False
        person = self.entities.get(fold(placed.group(2)))
        if first_name_gender(placed.group(2), self.lex) or (person is not None and person.person):
            return False
        return self._marked_place(placed.group(2), span[1])

    def _marked_place(self, word: str, end: int) -> bool:
        """The article writes ``word`` as a place: after a place's preposition somewhere
        (« à Lunel », « en Lozère ») or, where the description ends, before its département
        in brackets (« de Villers-le-Lac (Doubs) »). A capitalised word alone may be a
        company, a seat of power or a person (mend33d)."""
        prepositions = self.lex.one_of("place_prepositions")
        written = re.compile(rf"\b(?i:{prepositions})\s+{re.escape(word)}(?![\w-])")
        bracketed = re.match(r"\s*\([A-ZÀ-Ý]", self.text[end:])
        return bracketed is not None or written.search(self.text) is not None

    def _recent_fitting(
        self,
        reading: SourceReading,
        span: Span | None,
        other: str | None,
        exact: bool,
        subjects: bool,
        placed: bool = False,
    ) -> Entity | None:
        """The latest person met in this sentence or the two before (a subject when
        ``subjects``; of the description's very gender when ``exact``), met before the
        description, not ``other``, holding no other office, one person and not a group.
        A trade with its place (``placed``) takes up no one whose written titles all hold
        other nouns (« La députée X … l'agricultrice de Lunel » is someone else)."""
        for seen in reversed(self.seen):
            if seen.sentence < self.sentence - 2:
                break
            if other is not None and seen.key == other:
                continue
            entity = self.entities[seen.key]
            before = span is None or seen.offset < span[0]
            fits = entity.gender == reading.gender if exact else subjects
            fits = fits and compatible(entity.gender, reading.gender)
            fits = fits and not self._other_office(entity, reading.head)
            fits = fits and not self._described_otherwise(entity, reading.head)
            fits = fits and not (placed and self._titled_otherwise(entity, reading.head))
            fits = fits and (entity.label != "vague" or reading.gender == "p")  # one, no group
            if (seen.subject or not subjects) and before and entity.person and fits:
                return entity
        return None

    def _epithet_of_last(self, reading: SourceReading, span: Span | None) -> Entity | None:
        """An epithet no recent subject took: the person heard last when one spoke in this
        sentence or the three before ("…," he said. When asked…, the father-of-two said"),
        else the latest person named outside a complement in them ("Retired teacher Diane
        X, who has lived…, bought… . The 73-year-old said")."""
        key = self.last_speaker_key()
        heard = self.entities[key] if key is not None else None
        recent = heard is not None and self.spoke_in[key] >= self.sentence - _EPITHET_REACH
        if recent and self._one_named(heard, reading):
            return heard
        for seen in reversed(self.seen):
            if seen.sentence < self.sentence - _EPITHET_REACH:
                break
            before = span is None or seen.offset < span[0]
            if before and not seen.nested and self._one_named(self.entities[seen.key], reading):
                return self.entities[seen.key]
        return None

    def _one_named(self, entity: Entity, reading: SourceReading) -> bool:
        """A named person, one and not a group, of a gender the description allows."""
        fits = entity.gender != "p" and compatible(entity.gender, reading.gender)
        return named_person(entity) and fits

    def _introduced_with(self, head: str) -> bool:
        """A trade a person met was introduced with (« X, pharmacienne à Lunel »): the
        apposition says whom it takes up (``titles/open_nouns.person_by_head``)."""
        trade = head in self.lex.word_set("occupation_nouns")
        return trade and any(head_key(head, self.lex) in e.heads for e in self.entities.values())

    def _set_against_last(self, span: Span | None) -> str | None:
        """The last speaker's key when a discourse filler in the description's sentence
        (« quant à lui », « de son côté », « lui aussi ») sets its speaker against or beside
        the one heard before: the description then names someone else."""
        if span is None:
            return None
        end = re.search(r"[.!?\n]|$", self.text[span[1] : span[1] + 60]).start() + span[1]
        filler = marks_another_speaker(self.text, self.sentence_start, end, self.lex)
        return self.last_speaker_key() if filler else None

    def _other_office(self, entity: Entity, head: str) -> bool:
        """ "Le ministre X a parlé. Le président a répondu": a person whose written titles
        are all other offices is not the one this office describes."""
        offices = self.lex.word_set("named_institutions")
        if head not in offices or not entity.titles:
            return False
        return all(title[0] != head and title[0] in offices for title in entity.titles)

    def _described_otherwise(self, entity: Entity, head: str) -> bool:
        """« Le directeur de l'ARS a parlé. L'élu syndical répond »: a person met only as a
        description, every noun of which is another office (lexicon ``named_institutions``)
        or a body's or place's (« la ville »), is not whom a title or
        trade takes up: that description says someone else (descr50). A general noun
        (« l'homme », lexicon ``unnamed_person_nouns``) or a leader's word for a leader
        (« le patron » for « le directeur », ``leader_words``) may still take it up; a
        relational one (« l'épouse de X » for « l'actrice ») is no office and stays."""
        if not entity.key.startswith("d:") or not entity.roles:
            return False
        if head in self.lex.word_set("unnamed_person_nouns"):
            return False
        key, leaders = head_key(head, self.lex), self.lex.word_set("leader_words")
        offices = self.lex.word_set("named_institutions")
        return all(
            head_key(role, self.lex) != key
            and not (role in leaders and head in leaders)
            and (role in offices or self._place_or_body(role))
            for role in entity.roles
        )

    def _place_or_body(self, noun: str) -> bool:
        """A noun for a body or a place (« la ville », « la mairie »): no person's."""
        return body_noun(noun, self.lex) or noun in self.lex.word_set("place_kind_nouns")

    def _holds(self, entity: Entity, head: str) -> bool:
        """The article gave ``entity`` this office (« X, maire de Y », « X a été élue maire »)."""
        return any(head in (title[0], *title[1]) for title in entity.titles)

    def _titled_otherwise(self, entity: Entity, head: str) -> bool:
        """A person with written titles, none of them of this noun (« le maire X », « la
        députée Y » for « l'agricultrice »), in either gender's form (mend33d)."""
        key = head_key(head, self.lex)
        return bool(entity.titles) and all(
            head_key(title[0], self.lex) != key for title in entity.titles
        )

    def _titled_elsewhere(self, entity: Entity, head: str) -> bool:
        """ "X, curé de la paroisse … l'évêque Y … « … », ajoute le curé": the person going
        on has written titles of other heads while someone else met holds this head's; the
        description is that other person's, not a new word for the one going on."""
        if not entity.titles or any(title[0] == head for title in entity.titles):
            return False
        others = (e for e in self.entities.values() if e is not entity)
        return any(title[0] == head for other in others for title in other.titles)

    def _hyponym_heard(self, head: str, span: Span | None) -> Entity | None:
        """« le magistrat » after « L'avocat général a requis… »: a general word for an
        office (lexicon ``role_hypernyms``) takes up the latest person of the last three
        sentences whose name or title holds one of the offices it covers."""
        offices = [
            set(content_words(o, self.lex))
            for o in self.lex.raw.get("role_hypernyms", {}).get(head, [])
        ]
        met = sorted(self.seen + self.described, key=lambda seen: seen.offset, reverse=True)
        for seen in met:
            if seen.sentence < self.sentence - 3 or (span is not None and seen.offset >= span[0]):
                continue
            entity = self.entities[seen.key]
            words = set(content_words(entity.name, self.lex)).union(*(t[1] for t in entity.titles))
            if entity.person and any(office <= words for office in offices):
                return entity
        return None


@built_once
def _placed(lex: Lexicon) -> re.Pattern[str]:
    """A singular definite article, a noun, « de » or « d' » and one capitalised word (with
    its hyphens): « l'agricultrice de Lunel », « l'éleveur de Saint-Amour » (lexicon
    ``singular_definite_articles``, ``bare_complement_links``)."""
    articles = lex.one_of("singular_definite_articles")
    links = lex.one_of("bare_complement_links")
    name = r"[A-ZÀ-Ý][\w'’]*(?:-[\w'’]+)*"
    return re.compile(rf"(?i:{articles})\b\s*(\w+)\s+(?i:{links})\b\s*({name})")
