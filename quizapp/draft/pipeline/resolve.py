"""Who a source is: named people gathered by surname, descriptions by their words, and
pronouns or demonstratives ("il", "cette source", "ce dernier", "the official") resolved to the
nearest compatible earlier mention.

The resolver reads the article sentence by sentence, in order, so that "earlier" means what
the reader has seen so far. Mentions inside quotations are recorded (they are mentions of the
speaker) but never taken as antecedents: "il" after a quotation refers to the narration.

What it asks first, a voice already met (``anaphora/descriptions/known_voices.py``), and how
it reads a description after its cue (``anaphora/descriptions/going_on_descriptions.py``) are
the layers below it.
"""

from __future__ import annotations

from collections.abc import Iterable

from quizapp.draft.anaphora.descriptions.going_on_descriptions import DescriptionsGoingOn
from quizapp.draft.anaphora.documents import unissued_label
from quizapp.draft.anaphora.last_speaker import Resolution
from quizapp.draft.anaphora.offices.named_later import office_just_heard
from quizapp.draft.anaphora.offices.opposed_name import opposed
from quizapp.draft.anaphora.pronoun_subjects import opening_pronoun
from quizapp.draft.names.naming.gender import first_name_gender
from quizapp.draft.names.naming.name_roles import head_after, written_as_title
from quizapp.draft.names.naming.periphrasis import periphrasis_gender
from quizapp.draft.names.naming.place_complements import (
    body_of_a_place,
    office_of_a_place,
    office_of_a_site,
)
from quizapp.draft.names.titles.descriptions import description_of
from quizapp.draft.names.titles.open_nouns import (
    opens_description,
    person_by_head,
    role_behind_title,
)
from quizapp.draft.sources.reading import (
    SourceReading,
    joins_two,
    normalised_key,
    read_source,
)
from quizapp.draft.sources.speaker_phrases.source_names import (
    apposition_head,
    closing_name,
    inhabitant_gender,
    introduced,
)
from quizapp.draft.speakers.bodies.body_subjects import body_before, singular_before, someone_before
from quizapp.draft.speakers.entity import Entity
from quizapp.draft.speakers.met import MentionStarts, Seen
from quizapp.draft.speakers.registry import Registry as Entities
from quizapp.draft.speakers.subjects import camp_before
from quizapp.draft.text.segment import Span, Token
from quizapp.draft.words.lexicon import Lexicon, fold


class Registry(DescriptionsGoingOn):
    """What the narration met, and the speakers each source phrase resolves to."""

    def __init__(self, text: str, lex: Lexicon) -> None:
        super().__init__(text, lex)
        self._starts = MentionStarts()  # the mentions within a source, by where they start

    def observe(self, tokens: list[Token], outside: list[bool]) -> None:
        """Record the sentence's names, and the person its opening « il » / « elle » takes
        up as its subject (``anaphora/pronoun_subjects.py``)."""
        super().observe(tokens, outside)
        pronoun = opening_pronoun(tokens, outside, self.lex) if tokens else None
        if pronoun is None:
            return
        gender = self.lex.raw["pronouns"][fold(pronoun.text)]
        entity = self._near_person(gender, pronoun.start, nested=False)
        if entity is not None:
            self.seen.append(Seen(pronoun.start, entity.key, True, self.sentence, pronoun=True))

    # ----- resolving a source -----
    def resolve(
        self, phrase: str, span: Span | None, reading: SourceReading, at: int
    ) -> Resolution | None:
        """The entity a source phrase stands for (« M. le maire » read as « le maire »); None
        when nothing fits. A phrase with no words of its own is the sentence's speaker; then,
        first found first taken, an impersonal voice's side or body, the group a « Tous »
        shares out, a periphrasis, a voice already met; then the reading of the phrase's form
        (``_by_form``: a description, a pronoun, a name)."""
        role = role_behind_title(phrase, self.lex)  # « M. le maire »: the mayor met before
        if role is not None and self._holder_met(read_source(role, self.lex, False)):
            phrase, reading = role, read_source(role, self.lex, False)
        alone = fold(phrase) in self.lex.word_set("first_person_subjects")  # a quotation's « Je »
        if alone or not any(c.isalnum() for c in phrase):  # "…, telling the council", a stray « :
            return self._sentence_speaker(span, at)
        impersonal = self._impersonal(span, at) if reading.form == "impersonal" else None
        shared = fold(phrase) in self.lex.word_set("distributive_subjects")  # « Tous »
        taken = impersonal or (self._distributed(span, at) if shared else None)
        taken = taken or self._periphrasis(phrase, span, at)
        return (
            taken
            or self._known_voice(phrase, span, reading)
            or self._by_form(phrase, span, reading, at)
        )

    def _by_form(
        self, phrase: str, span: Span | None, reading: SourceReading, at: int
    ) -> Resolution | None:
        """A phrase no voice met takes: a description of someone just described, an
        inhabitant, a pronoun, a name (an office of a place's closing name is a description:
        ``office_of_a_place``; of a plant or a site, a nameless one, mend58d), a description."""
        if opens_description(phrase, self.lex):  # « la pharmacienne » after « X, pharmacienne, »
            recent = [self.entities[key] for key in self._recent(span[1] if span else None)]
            described = person_by_head(reading.head, reading.gender, recent, self.lex)
            if described is not None:
                return self._speak(described, span, 0.75)
        inhabitant = self._inhabitant(phrase, span, at) if span is not None else None
        if inhabitant is not None:  # « …, sourit la Mayennaise », « …, indique ce Lyonnais »
            return self._speak(inhabitant, span, 0.6)
        if reading.form in ("pronoun", "demonstrative"):
            return self._referring(phrase, span, reading, at)
        if reading.form == "name" and office_of_a_place(phrase, reading.head, self.lex):
            label = "anonymous" if office_of_a_site(phrase, self.lex) else reading.label
            reading = SourceReading("description", label, reading.gender, reading.head)
        if reading.form == "name" and span is not None:
            return self._named(phrase, span)
        return self._described_source(phrase, span, reading, at)

    def _holder_met(self, role: SourceReading) -> bool:
        """Someone met holds the office « M. le maire » is read as (its head among their roles):
        with no one, the speaker stays written with its title (mend57g's « a déclaré M. le
        maire »)."""
        return any(
            role.head in (entity.roles | set(entity.heads))
            for entity in (self.entities[key] for key in self._recent())
        )

    def _body_subject(self, gender: str, at: int, span: Span | None) -> Resolution | None:
        """« il » / « elle » after « Le syndicat se refuse à commenter. »: that body."""
        return self._opening_phrase(body_before(self, gender, at), span, 0.6)

    def _someone_subject(self, gender: str, at: int, span: Span | None) -> Resolution | None:
        """« il » / « elle » nothing took up: the person or body opening its sentence or the
        one before."""
        return self._opening_phrase(someone_before(self, gender, at), span, 0.4)

    def _singular_subject(self, gender: str, at: int, span: Span | None) -> Resolution | None:
        """« il » / « elle » after a plural spoke last: the singular noun phrase opening its
        sentence or the one before, when its noun names people."""
        return self._opening_phrase(singular_before(self, gender, at), span, 0.4)

    def _opening_phrase(
        self, found: Span | None, span: Span | None, confidence: float
    ) -> Resolution | None:
        """The person or body a pronoun takes up, found opening a sentence
        (``bodies/body_subjects.py``): its phrase read as a source of its own, speaking with
        ``confidence``; None when nothing was found or the phrase names no one."""
        if found is None:
            return None
        phrase = self.text[found[0] : found[1]]
        who = self.resolve(phrase, found, read_source(phrase, self.lex, False), found[0])
        return self._speak(self.entities[who.key], span, confidence) if who else None

    def _sentence_speaker(self, span: Span | None, at: int) -> Resolution | None:
        """A source with no words of its own: this sentence's subject, else a person named
        since the last speaker was heard, else the last speaker."""
        subject = self._sentence_subject(at)
        if subject is not None:
            return self._speak(subject, span, 0.5)
        named = self._named_since_last(at)
        if named is not None:
            return self._speak(named, span, 0.4)
        return self._last_speaker(span, 0.4)

    def _referring(
        self, phrase: str, span: Span | None, reading: SourceReading, at: int
    ) -> Resolution | None:
        """A pronoun or a demonstrative: the earlier mention it points back to."""
        if reading.form == "pronoun":
            return self._pronoun(reading, at, span)
        found = self._demonstrative(reading, at, span)
        if found is None:  # "cette source" with nobody before it: a source of its own
            label = "vague" if reading.gender == "p" else unissued_label(reading.head, self.lex)
            alone = SourceReading("description", label, reading.gender, reading.head)
            found = self._description(phrase, span, alone)
        return found

    def _impersonal(self, span: Span | None, at: int) -> Resolution | None:
        """An impersonal voice speaks for the side the sentence names (« Du côté de la police,
        on met en avant… »: vague) or for the body going on (« L'Élysée a indiqué… « … »,
        a-t-on encore fait valoir »)."""
        camp = camp_before(self.text, self.sentence_start, at, self.lex)
        if camp is None:
            body = self._body_going_on(at)
            return self._speak(body, span, 0.6) if body is not None else None
        key = "c:" + normalised_key(camp)
        if key not in self.entities:
            self.entities[key] = Entity(key, camp, "vague", person=False)
        return self._speak(self.entities[key], span, 0.7)

    def _periphrasis(self, phrase: str, span: Span | None, at: int) -> Resolution | None:
        """« celui que le Temps a surnommé… » (a relative maybe cut off after the span), or
        « Celui qui… » opening its sentence: a pronoun of the periphrasis' gender; nobody
        before it, the phrase is a speaker itself."""
        tail = self.text[span[1] : span[1] + 80] if span else ""
        opening = span is not None and span[0] == self.sentence_start  # « Celui qui… » (noone53)
        gender = periphrasis_gender(phrase + tail, self.lex, opening)
        reading = SourceReading("pronoun", None, gender, "il")
        return self._pronoun(reading, at, span) if gender else None

    def _inhabitant(self, phrase: str, span: Span, at: int) -> Entity | None:
        """A person named by where they live, after the cue, is the person just heard."""
        gender = inhabitant_gender(phrase, span, at, self.lex)
        if gender is None:
            return None
        reading = SourceReading("description", "anonymous", gender, "habitant")
        return self._described(["le", "habitant"], reading, span, inverted=True)

    def _named(self, phrase: str, span: Span) -> Resolution | None:
        """A named source: the entity whose mention closes its span (a person first, a
        first name first), renamed to its title as written; when an office just spoke, the
        name is that office at last, unless introduced or set against it (reply55)."""
        phrase, span = apposition_head(self.text, phrase, span, self.lex)
        best = self._best_mention(closing_name(self.text, span))
        if best is None or body_of_a_place(phrase, self.lex):  # « la sous-préfecture de X »
            return self._description(phrase, span, SourceReading("description", "named", "x", ""))
        entity, mention, _ = best
        titled = written_as_title(phrase, self.lex) and not joins_two(self.lex).search(phrase)
        if titled and not entity.person and normalised_key(phrase) != normalised_key(entity.name):
            self._rename(entity, phrase.strip())  # "La Lettre du continent", not "Lettre"
        set_apart = introduced(self.text, phrase, mention) or self._set_against(mention)
        office = None if set_apart else self._office_heard(entity)
        if office is not None:  # the office that just spoke, named at last
            self.renamed[office.name] = entity.key
            entity.titles.append(description_of(office.name, self.lex) or ("", frozenset()))
        return self._speak(entity, mention, 0.9)

    def _best_mention(self, scope: Span) -> tuple[Entity, Span, tuple] | None:
        """The entity mentioned within ``scope``: a person before a body, a known first name
        before none, then the earliest, unless a later head names the same one better."""
        best = None
        for entity in self._mentioned_within(scope):
            for mention in self._starts.within(entity.mentions, scope):
                first = self.text[mention[0] : mention[1]].split()[0]
                named = bool(first_name_gender(first, self.lex))
                rank = (not entity.person, not named, mention[0])  # "… du Cinéma Alain X"
                if (
                    best is None
                    or rank < best[2]
                    or head_after(self.text, self.lex, best[1:], (mention, rank))
                ):
                    best = (entity, mention, rank)
        return best

    def _mentioned_within(self, scope: Span) -> Iterable[Entity]:
        """The entities that may be mentioned within ``scope``, in the entities' order: the
        registry's index of mentions by start (tidy58: « first names alone » read every
        entity's for each source), else all of them."""
        entities = self.entities
        return (
            entities.mentioned_within(scope)
            if isinstance(entities, Entities)
            else entities.values()
        )

    def _set_against(self, name: Span) -> bool:
        """« Paul X a répliqué que… », « Mais Paul X réclame… » after an office spoke: a name
        that opens its sentence to answer or oppose is someone else (mend54d's reading of
        the name's sentence; reply55). Words before the name inside a quotation (« « Mais
        … », a déclaré Paul X ») are the quotation's, not the narration's: not read."""
        lead = self.text[self.sentence_start : name[0]]
        if any(mark in lead for mark in '«»"“”'):
            return False
        end = self.words_now[-1][0].end if self.words_now else name[1]
        return opposed(self.text, self.sentence_start, name, end, self.lex)

    def _office_heard(self, entity: Entity) -> Entity | None:
        return office_just_heard(self.entities, self.spoke_in, self.sentence, entity, self.lex)

    def entity(self, key: str) -> Entity:
        return self.entities[key]
