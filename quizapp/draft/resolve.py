"""Who a source is: named people gathered by surname, descriptions by their words, and
pronouns or demonstratives ("il", "cette source", "ce dernier", "the official") resolved to the
nearest compatible earlier mention.

The resolver reads the article sentence by sentence, in order, so that "earlier" means what
the reader has seen so far. Mentions inside quotations are recorded (they are mentions of the
speaker) but never taken as antecedents: "il" after a quotation refers to the narration.
"""

from __future__ import annotations

from quizapp.draft.anaphora.described import Described
from quizapp.draft.anaphora.documents import document_issuer, unissued_label
from quizapp.draft.anaphora.heard_last import body_going_on, heard_after_cue, person_pointed_at
from quizapp.draft.anaphora.just_named import heard_in_its_words
from quizapp.draft.anaphora.last_speaker import Resolution
from quizapp.draft.anaphora.members import group_of_member, pair_taken_up, partner_in_couple
from quizapp.draft.anaphora.named_groups import outlets_together
from quizapp.draft.bodies.body_subjects import body_before
from quizapp.draft.bodies.institutions import outlet_of_kind
from quizapp.draft.lexicon import Lexicon, fold
from quizapp.draft.naming.gender import first_name_gender
from quizapp.draft.naming.name_roles import head_after, written_as_title
from quizapp.draft.naming.periphrasis import periphrasis_gender
from quizapp.draft.naming.roles import body_of_a_place, office_of_a_place
from quizapp.draft.offices.leaders import leader_of_body, maker_of_brand
from quizapp.draft.offices.named_later import office_just_heard
from quizapp.draft.segment import Span
from quizapp.draft.sources.outlets import staff_outlet, writes_its_name
from quizapp.draft.sources.reading import (
    SourceReading,
    description_shapes,
    joins_two,
    normalised_key,
    read_source,
)
from quizapp.draft.speaker_phrases.source_names import (
    apposition_head,
    closing_name,
    inhabitant_gender,
    introduced,
    qualified_name,
)
from quizapp.draft.speakers.acronyms import spelled_by
from quizapp.draft.speakers.entity import Entity
from quizapp.draft.speakers.met import MentionStarts
from quizapp.draft.speakers.subjects import camp_before
from quizapp.draft.titles.descriptions import description_of
from quizapp.draft.titles.open_nouns import opens_description, person_by_head


class Registry(Described):
    """What the narration met, and the speakers each source phrase resolves to."""

    def __init__(self, text: str, lex: Lexicon) -> None:
        super().__init__(text, lex)
        self._starts = MentionStarts()  # the mentions within a source, by where they start

    # ----- resolving a source -----
    def resolve(
        self, phrase: str, span: Span | None, reading: SourceReading, at: int
    ) -> Resolution | None:
        """The entity a source phrase stands for; None when nothing fits. A phrase with no
        words of its own is the sentence's speaker; then, first found first taken, an
        impersonal voice's side or body, a periphrasis, a voice already met; then the
        reading of the phrase's form (a description, a pronoun, a name)."""
        alone = fold(phrase) in self.lex.word_set("first_person_subjects")  # a quotation's « Je »
        if alone or not any(c.isalnum() for c in phrase):  # "…, telling the council", a stray « :
            return self._sentence_speaker(span, at)
        impersonal = self._impersonal(span, at) if reading.form == "impersonal" else None
        taken = impersonal or self._periphrasis(phrase, span, at)
        known = taken or self._known_voice(phrase, span, reading)
        if known is not None:
            return known
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
            reading = SourceReading("description", reading.label, reading.gender, reading.head)
        if reading.form == "name" and span is not None:
            return self._named(phrase, span)
        return self._described_source(phrase, span, reading, at)

    def _body_subject(self, gender: str, at: int, span: Span | None) -> Resolution | None:
        """« il » / « elle » after « Le syndicat se refuse à commenter. »: that body, its
        phrase read as a source of its own (``bodies/body_subjects.py``)."""
        found = body_before(self, gender, at)
        if found is None:
            return None
        phrase = self.text[found[0] : found[1]]
        body = self.resolve(phrase, found, read_source(phrase, self.lex, False), found[0])
        return self._speak(self.entities[body.key], span, 0.6) if body else None

    def _sentence_speaker(self, span: Span | None, at: int) -> Resolution | None:
        """A source with no words of its own: this sentence's subject, else the last speaker."""
        subject = self._sentence_subject(at)
        if subject is not None:
            return self._speak(subject, span, 0.5)
        return self._last_speaker(span, 0.4)

    def _known_voice(
        self, phrase: str, span: Span | None, reading: SourceReading
    ) -> Resolution | None:
        """A phrase that stands for an entity already met: an acronym spelled out, "le
        quotidien" (the last outlet), an outlet's staff, a document's issuer, a group's member."""
        folded = fold(phrase).strip()
        surname = self._surname_met(phrase) if reading.form == "description" else None
        if surname is not None:  # "…, Chancellor said" after "Aubrey Chancellor"
            return self._speak(surname, span, 0.75)
        spelled = spelled_by(self.entities, phrase) if reading.form == "description" else None
        if spelled is not None:
            self._rename(spelled, phrase)
            return self._speak(spelled, span, 0.8)
        outlet = self._described_outlet(phrase, folded)
        if outlet is not None:  # "le quotidien" after L'Opinion
            return self._speak(self.entities[outlet], span, 0.7)
        staff = self._outlet_staff(folded, span)
        if staff is not None:  # "nos confrères du Monde" is Le Monde
            return self._speak(staff, span, 0.8)
        issuer = self._issuer(phrase, folded, reading.form, span)
        if issuer is not None:  # "a statement said", "one of the officials said": who spoke
            return self._speak(issuer, span, 0.6)
        return None

    def _described_outlet(self, phrase: str, folded: str) -> str | None:
        """The key of the outlet a description of one (lexicon ``outlet_descriptions``, « le
        quotidien ») that writes no name stands for: the body named with its noun, one of its
        kind that spoke, the last outlet met, or (the bare description) the last named body."""
        descriptions = self.lex.words("outlet_descriptions")
        if not any(folded == d or folded.startswith(d + " ") for d in descriptions):
            return None
        if writes_its_name(phrase):
            return None
        bare = folded in self.lex.word_set("outlet_descriptions")
        outlet = self._body_named_with(folded.split()[-1]) if bare else None
        kind = outlet_of_kind(folded, self._spoken(), self.text)  # « le journal X » spoke
        outlet = outlet or (kind.key if kind else None) or self.last_outlet
        return outlet or (self._last_named_body() if bare else None)

    def _issuer(self, phrase: str, folded: str, form: str, span: Span | None) -> Entity | None:
        """Who a phrase naming no one of its own stands for: a document's issuer, a member's
        group, a partner in a couple, a body's leader, a brand's maker, a pair met before
        ("Both men"), or outlets named together."""
        issuer = document_issuer(self, folded, form, span) or group_of_member(self, folded)
        issuer = issuer or partner_in_couple(self, folded) or leader_of_body(self, phrase)
        issuer = issuer or maker_of_brand(self, phrase)  # "the maker of Norton software"
        issuer = issuer or (pair_taken_up(self, folded, span[0]) if span else None)
        return issuer or outlets_together(self.entities, self.text, folded, span, self.lex)

    def _surname_met(self, phrase: str) -> Entity | None:
        """A lone capitalised word read as a title ("Chancellor", "Judge", "Bishop") that
        is the surname of a person already named, or that person's name after an indefinite
        article with how they seemed: that person, not an unnamed holder."""
        qualified = qualified_name(phrase, self.lex)  # "a low-key Ball", « un Macron offensif »
        word = qualified or phrase.strip()
        if (" " in word and qualified is None) or not word[:1].isupper():
            return None
        people = (e for e in self.entities.values() if e.person and " " in e.name)
        return next((e for e in people if word in (e.name, e.name.split()[-1])), None)

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

    def _described_source(
        self, phrase: str, span: Span | None, reading: SourceReading, at: int
    ) -> Resolution | None:
        """A description; after its cue, "le psychanalyste de X" may be the person going on."""
        inverted = span is not None and span[0] > at
        described, pointed = description_shapes(self.lex)
        someone = described.match(phrase) and self._maybe_someone(reading.head)
        going_on = self._going_on(reading, at) if inverted and someone else None
        if going_on is not None and self._titled_elsewhere(going_on, reading.head):
            going_on = None  # « …, ajoute le curé » after the bishop spoke: the priest
        going_on = going_on or (self._heard_as(reading, phrase, inverted) if someone else None)
        pointing = pointed.match(phrase) and (not inverted or self._according_at(at))
        going_on = going_on or (person_pointed_at(self, reading) if pointing else None)
        body = inverted and someone and self._continuing_cue(at)  # « a poursuivi l'appareil… »
        going_on = going_on or (body_going_on(self, reading, phrase) if body else None)
        if going_on is not None:  # « …, a encore expliqué le psychanalyste de X »
            self.taken_as[normalised_key(phrase)] = going_on.key  # a later « l'avocate… » too
            return self._speak(going_on, span, 0.7)
        return self._description(phrase, span, reading, inverted=inverted)

    def _according_at(self, at: int) -> bool:
        """The cue at ``at`` is « selon », « d'après »…: its source comes after it, yet
        points back like a subject (« Selon cette mère de famille »); an inverted subject
        after a plain verb (« raconte ce jeune homme ») brings a new person."""
        folded = fold(self.text[at : at + 20])
        return any(folded.startswith(w + " ") for w in self.lex.words("according_to"))

    def _heard_as(self, reading: SourceReading, phrase: str, inverted: bool) -> Entity | None:
        """The person heard in this sentence or the three before, when the description's
        narrowing words were written in their title (« menace l'éducateur du club » after
        « X, président du club »: ``just_named.heard_in_its_words``)."""
        key = self.last_speaker_key()
        if key is None or key[:2] == "o:":
            return None
        entity, since = self.entities[key], self.sentence - self.spoke_in[key]
        about = (reading.head, reading.gender)
        fits = since <= 3 and key[:2] != "d:"
        fits = fits and heard_in_its_words(entity, self.text, about, phrase, self.lex)
        if inverted and not fits and since <= 4:  # « …, a affirmé le jeune éleveur »
            fits = heard_after_cue(entity, reading, phrase, self.lex)
            fits = fits and not self._titled_elsewhere(entity, reading.head)
        return entity if fits and not self._other_office(entity, reading.head) else None

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
        """« celui que le Temps a surnommé… » (a relative maybe cut off after the span): a
        pronoun of the periphrasis' gender; nobody before it, the phrase is a speaker itself."""
        tail = self.text[span[1] : span[1] + 80] if span else ""
        gender = periphrasis_gender(phrase + tail, self.lex)
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
        phrase, span = apposition_head(self.text, phrase, span, self.lex)
        best, scope = None, closing_name(self.text, span)
        for entity in self.entities.values():
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
        if best is None or body_of_a_place(phrase, self.lex):  # « la sous-préfecture de X »
            return self._description(phrase, span, SourceReading("description", "named", "x", ""))
        entity, mention, _ = best
        titled = written_as_title(phrase, self.lex) and not joins_two(self.lex).search(phrase)
        if titled and not entity.person and normalised_key(phrase) != normalised_key(entity.name):
            self._rename(entity, phrase.strip())  # "La Lettre du continent", not "Lettre"
        office = None if introduced(self.text, phrase, mention) else self._office_heard(entity)
        if office is not None:  # the office that just spoke, named at last
            self.renamed[office.name] = entity.key
            entity.titles.append(description_of(office.name, self.lex) or ("", frozenset()))
        return self._speak(entity, mention, 0.9)

    def _office_heard(self, entity: Entity) -> Entity | None:
        return office_just_heard(self.entities, self.spoke_in, self.sentence, entity, self.lex)

    def _outlet_staff(self, folded: str, span: Span | None) -> Entity | None:
        words = folded.replace("'", "' ").split()
        if span is None or not set(words) & self.lex.word_set("outlet_staff_words"):
            return None
        name = staff_outlet(self.text, span, self.lex)  # "du Monde" -> Le Monde
        if name == "":  # « selon nos confrères »: the outlet quoted last
            return self.entities.get(self.last_outlet or "")
        return self._outlet(name) if name else None

    def entity(self, key: str) -> Entity:
        return self.entities[key]
