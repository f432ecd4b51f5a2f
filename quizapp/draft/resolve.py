"""Who a source is: named people gathered by surname, descriptions by their words, and
pronouns or demonstratives ("il", "cette source", "ce dernier", "the official") resolved to the
nearest compatible earlier mention.

The resolver reads the article sentence by sentence, in order, so that "earlier" means what
the reader has seen so far. Mentions inside quotations are recorded (they are mentions of the
speaker) but never taken as antecedents: "il" after a quotation refers to the narration.
"""

from __future__ import annotations

from dataclasses import dataclass

from quizapp.draft.lexicon import Lexicon, fold
from quizapp.draft.rules.roles import role_words, without_role_words
from quizapp.draft.segment import Span, Token
from quizapp.draft.sources import (
    SourceReading,
    compatible,
    is_outlet,
    name_span_of,
    normalised_key,
    outlet_mentions,
    proper_names,
    read_source,
)
from quizapp.draft.speakers.acronyms import acronym_entity, spelled_by
from quizapp.draft.speakers.entity import Entity
from quizapp.draft.speakers.subjects import opening_description, opening_title, organisation
from quizapp.draft.speakers.titles import (
    add_title,
    after_preposition,
    by_title,
    content_words,
    gender_near,
    starts_clause,
    title_after,
)


@dataclass(frozen=True)
class Resolution:
    key: str
    speaker: str
    label: str
    mention: Span | None
    confidence: float


@dataclass(frozen=True)
class _Seen:
    offset: int
    key: str
    subject: bool
    sentence: int


class Registry:
    """Entities met so far, and the order in which the reader met them."""

    def __init__(self, text: str, lex: Lexicon) -> None:
        self.text = text
        self.lex = lex
        self.entities: dict[str, Entity] = {}
        self.seen: list[_Seen] = []
        self.speakers_order: list[str] = []
        self.sentence = -1
        self.last_outlet: str | None = None
        self.renamed: dict[str, str] = {}  # an earlier name -> the key of its entity
        self.subjects: dict[int, str] = {}  # sentence -> its nameless description subject

    # ----- reading the narration -----
    def observe(self, tokens: list[Token], outside: list[bool]) -> None:
        """Record the proper names of a new sentence; its first person is its subject."""
        self.sentence += 1
        if tokens:
            for found in outlet_mentions(self.text, (tokens[0].start, tokens[-1].end), self.lex):
                self._outlet(self.text[found[0] : found[1]]).mentions.append(found)
        subject_taken = self._titled_subject(tokens)
        self._described_subject(tokens)
        for found in proper_names(tokens, self.lex):
            run = without_role_words(tokens, found, self.lex)
            if run is None:
                continue
            span = name_span_of(tokens, run)
            phrase = self.text[span[0] : span[1]]
            if is_outlet(phrase, self.lex):
                continue
            entity = acronym_entity(self.entities, self.renamed, self.text, tokens, run)
            entity = entity or self._name_entity(phrase, run[1] - run[0])
            entity.mentions.append(span)
            if len(entity.mentions) == 1 and run[0] and fold(tokens[run[0] - 1].text) in _ARTICLES:
                entity.person = False  # "l'Olympique Lyonnais", "the Harbor Commission"
            entity.roles |= self._roles_near(tokens, run)
            add_title(entity, self.text, tokens, run, self.lex)
            if entity.person and entity.gender == "x":
                entity.gender = gender_near(tokens, run, self.lex)
            if outside[run[0]]:
                opens = self._opens(tokens, run[0]) or starts_clause(tokens, run, self.lex)
                subject = entity.person and not subject_taken and opens
                subject_taken = subject_taken or subject
                self.seen.append(_Seen(span[0], entity.key, subject, self.sentence))

    def _titled_subject(self, tokens: list[Token]) -> bool:
        """ "Le ministre, également maire de X, s'est adressé…" after "le ministre de la
        Justice, Y": a sentence opening with a title met before, or with "ce dernier",
        has that person as its subject (for a later "il")."""
        phrase = opening_title(tokens, self.lex)
        if phrase is None:
            return False
        if phrase in _LATTER:
            found = next((s.key for s in reversed(self.seen) if self.entities[s.key].person), None)
            entity = self.entities[found] if found else None
        else:
            entity = by_title(phrase, [self.entities[k] for k in self._recent()], self.lex)
        if entity is None:
            return False
        self.seen.append(_Seen(tokens[0].start, entity.key, True, self.sentence))
        return True

    def _described_subject(self, tokens: list[Token]) -> None:
        """A nameless description opening the sentence ("The woman, whose…") is its
        subject, for a participial cue later in it ("…, telling the council")."""
        found = opening_description(tokens, self.lex)
        if found is None:
            return
        phrase = self.text[tokens[found[0]].start : tokens[found[1] - 1].end]
        key = "d:" + normalised_key(phrase)
        if key not in self.entities:
            label = read_source(phrase, self.lex, False).label or "anonymous"
            self.entities[key] = Entity(key, phrase, label, person=True)
        self.subjects[self.sentence] = key

    def _sentence_subject(self, at: int) -> Entity | None:
        for seen in reversed(self.seen):
            if seen.sentence == self.sentence and seen.subject and seen.offset < at:
                return self.entities[seen.key]
        key = self.subjects.get(self.sentence)
        return self.entities[key] if key else None

    def _opens(self, tokens: list[Token], start: int) -> bool:
        """A name can be its sentence's subject only if nothing but titles, articles and
        commas stand before it ("the administration of President Obama" is no subject)."""
        allowed = self.lex.word_set("anonymous_heads") | self.lex.word_set("named_institutions")
        allowed |= _SUBJECT_LEAD
        for token in tokens[:start]:
            word = fold(token.text)
            if not (token.text[:1].isupper() or word in allowed or not word.isalpha()):
                return False
        return True

    def _outlet(self, phrase: str) -> Entity:
        key = "o:" + fold(phrase).removeprefix("l'").removeprefix("the ")
        if key not in self.entities:
            self.entities[key] = Entity(key, phrase, "named", person=False)
        self.last_outlet = key
        return self.entities[key]

    def note_subject(self, key: str, offset: int) -> None:
        """A resolved pronoun or source is its sentence's subject from here on."""
        self.seen.append(_Seen(offset, key, True, self.sentence))

    def _spoken(self) -> list[Entity]:
        """Speakers, latest first."""
        return [self.entities[key] for key in reversed(self.speakers_order)]

    def _recent(self) -> list[str]:
        """Entity keys, latest met first."""
        return list(dict.fromkeys(seen.key for seen in reversed(self.seen)))

    def _rename(self, entity: Entity, phrase: str) -> None:
        """The speaker is written as its fullest mention."""
        if len(phrase) > len(entity.name):
            self.renamed[entity.name] = entity.key
            entity.name = phrase

    def _name_entity(self, phrase: str, length: int) -> Entity:
        parts = phrase.replace("’", "'").split()
        surname, first = fold(parts[-1]), fold(parts[0])
        if length >= 2 and self._namesake(surname, first):
            surname = surname + "|" + first  # Brigitte Macron is not Emmanuel Macron
        for key in (surname, first) if length == 1 else (surname,):
            entity = self.entities.get(key) or (self._by_first_name(key) if length == 1 else None)
            if entity is not None:
                if surname == entity.key:
                    self._rename(entity, phrase)
                entity.person = entity.person or (length >= 2 and not self._org(parts))
                return entity
        entity = Entity(surname, phrase, "named", person=length >= 2 and not self._org(parts))
        self.entities[surname] = entity
        return entity

    def _namesake(self, surname: str, first: str) -> bool:
        """Someone else met before with the same surname and another first name."""
        known = self.entities.get(surname)
        if known is None or not known.person or len(known.name.split()) < 2:
            return False
        titles = {fold(t).rstrip(".") for t in self.lex.raw.get("titles", [])}
        if first.rstrip(".") in titles | {"mr", "mrs", "ms", "dr", "sen", "rep", "gen"}:
            return False  # "Mme Gueroui" after "Nadia Gueroui"
        known_first = fold(known.name.replace("’", "'").split()[0]).rstrip(".")
        return known_first not in titles and known_first != first

    def _org(self, parts: list[str]) -> bool:
        """A name whose words say it is an organisation ("Republican Study Committee")."""
        roles = self.lex.word_set("anonymous_heads") | self.lex.word_set("named_institutions")
        titled = [i for i, p in enumerate(parts[:-1]) if fold(p) in roles]
        if titled and len(parts) - titled[-1] > 2:  # "Prime Minister Benjamin Netanyahu"
            parts = parts[titled[-1] + 1 :]
        words = {fold(p) for p in parts}
        places = self.lex.word_set("place_name_words")  # "United States", "South Korea"
        return bool(words & (self.lex.word_set("named_institutions") | _ORG_WORDS | places))

    def _by_first_name(self, word: str) -> Entity | None:
        for entity in self.entities.values():
            if entity.person and entity.name.split() and fold(entity.name.split()[0]) == word:
                return entity
        return None

    def _roles_near(self, tokens: list[Token], run: tuple[int, int]) -> set[str]:
        roles = self.lex.word_set("named_institutions") | role_words(self.lex)
        after = title_after(tokens, run[1], self.lex)  # "X, porte-parole du Kremlin,"
        title = [] if after_preposition(tokens, run[0]) else self._title_before(tokens, run[0])
        window = title + after  # "le chef de l'Etat": the State is no chief
        indefinite = self.lex.word_set("anonymous_determiners") | self.lex.word_set(
            "vague_determiners"
        )
        found = set()
        for index, token in enumerate(window):  # "une source diplomatique" is someone else
            before = fold(window[index - 1].text) if index else ""
            if fold(token.text) in roles and before not in indefinite:
                found.add(fold(token.text))
        return found

    def _title_before(self, tokens: list[Token], start: int) -> list[Token]:
        """The words just before a name that can be its title ("l'ambassadeur du Koweït à
        l'ONU, Mansour al-Otaibi", "spokesman John Kirby"): back to the first other word."""
        linking = {"de", "du", "des", "d'", "à", "au", "aux", "l'", "le", "la", "les", "of", "the",
                   "for", "in", ",", "-"}  # fmt: skip
        roles = self.lex.word_set("named_institutions") | self.lex.word_set("anonymous_heads")
        index = start
        while index > max(0, start - 8):
            word = fold(tokens[index - 1].text)
            if (
                word not in linking
                and word not in roles
                and not tokens[index - 1].text[:1].isupper()
            ):
                break
            index -= 1
        return tokens[index:start]

    # ----- resolving a source -----
    def resolve(
        self, phrase: str, span: Span | None, reading: SourceReading, at: int
    ) -> Resolution | None:
        """The entity a source phrase stands for; None when nothing fits."""
        if not phrase.strip():  # "…, telling the council": this sentence's subject
            subject = self._sentence_subject(at)
            if subject is not None:
                return self._speak(subject, span, 0.5)
            return self._last_speaker(span, 0.4)
        folded = fold(phrase).strip()
        spelled = spelled_by(self.entities, phrase) if reading.form == "description" else None
        if spelled is not None:
            self._rename(spelled, phrase)
            return self._speak(spelled, span, 0.8)
        if any(
            folded == d or folded.startswith(d + " ") for d in self.lex.words("outlet_descriptions")
        ):
            bare = folded in self.lex.word_set("outlet_descriptions")
            outlet = self.last_outlet or (self._last_named_body() if bare else None)
            if outlet is not None:  # "le quotidien" after L'Opinion
                return self._speak(self.entities[outlet], span, 0.7)
        staff = self._outlet_staff(folded, span)
        if staff is not None:  # "nos confrères du Monde" is Le Monde
            return self._speak(staff, span, 0.8)
        if reading.form == "pronoun":
            return self._pronoun(reading, at, span)
        if reading.form == "demonstrative":
            found = self._demonstrative(reading, at, span)
            if found is None:  # "cette source" with nobody before it: a source of its own
                label = "vague" if reading.gender == "p" else "anonymous"
                alone = SourceReading("description", label, reading.gender, reading.head)
                found = self._description(phrase, span, alone)
            return found
        if reading.form == "name" and span is not None:
            return self._named(phrase, span)
        return self._description(phrase, span, reading)

    def _named(self, phrase: str, span: Span) -> Resolution | None:
        tokens = [Token(w, 0, 0) for w in phrase.split()]
        best = None
        for entity in self.entities.values():
            for mention in entity.mentions:
                inside = span[0] <= mention[0] and mention[1] <= span[1]
                rank = (not entity.person, mention[0])
                if inside and (best is None or rank < best[2]):
                    best = (entity, mention, rank)
        if best is None:
            return self._description(phrase, span, SourceReading("description", "named", "x", ""))
        entity, mention, _ = best
        del tokens
        return self._speak(entity, mention, 0.9)

    def _description(self, phrase: str, span: Span | None, reading: SourceReading) -> Resolution:
        words = fold(phrase).split()
        definite = bool(words) and (words[0] in {"le", "la", "the"} or words[0].startswith("l'"))
        if definite and reading.head:
            recent = [self.entities[key] for key in self._recent()]
            earlier = (
                organisation(words, reading.head, recent + self._spoken(), self.lex)
                or by_title(phrase, recent, self.lex)
                or self._with_role(reading.head, phrase)
                or self._described(words, reading, span)
            )
            if earlier is not None:
                return self._speak(earlier, span, 0.75)
        key = "d:" + normalised_key(phrase)
        entity = self.entities.get(key)
        if entity is None:
            label = reading.label or "anonymous"
            entity = Entity(key, _trim_description(phrase), label, person=reading.gender != "p")
            entity.gender = reading.gender
            entity.roles.add(reading.head)
            self.entities[key] = entity
        return self._speak(entity, span, 0.8)

    def _described(
        self, words: list[str], reading: SourceReading, span: Span | None
    ) -> Entity | None:
        """ "le ministre", "l'élue", "the billionaire" with no complement: the person who was
        the subject of this sentence or of the two before it (the description says who, the
        narration says which)."""
        if len(words) > 3 or set(words) & {"de", "du", "des", "d'", "of"}:
            return None
        if reading.head not in self.lex.word_set("person_descriptions"):
            return None
        for seen in reversed(self.seen):
            if seen.sentence < self.sentence - 2:
                break
            entity = self.entities[seen.key]
            before = span is None or seen.offset < span[0]
            if (
                seen.subject
                and before
                and entity.person
                and compatible(entity.gender, reading.gender)
            ):
                return entity
        return None

    def _with_role(self, head: str, phrase: str) -> Entity | None:
        wanted = set(content_words(phrase, self.lex))
        for seen in reversed(self.seen):
            entity = self.entities[seen.key]
            if head not in entity.roles:
                continue
            if entity.key.startswith("d:") and not wanted <= set(
                content_words(entity.name, self.lex)
            ):
                continue  # "le parquet néerlandais" is not "le parquet fédéral belge"
            return entity
        return None

    def _pronoun(self, reading: SourceReading, at: int, span: Span | None) -> Resolution | None:
        if reading.gender == "p":
            return self._last_group(at, span)
        if reading.gender == "n":  # "it said": the latest organisation
            body = self._last_named_body()
            return self._speak(self.entities[body], span, 0.6) if body else None
        subject = self._sentence_subject(at)  # "The woman, whose…, telling the council"
        described = subject is not None and subject.key == self.subjects.get(self.sentence)
        if subject is not None and described and compatible(subject.gender, reading.gender):
            return self._speak(subject, span, 0.6)
        for seen in reversed(self.seen):  # "elle" after "la députée X": the one woman near
            entity = self.entities[seen.key]
            if seen.sentence < self.sentence - 1 or seen.offset >= at:
                continue
            if entity.person and reading.gender in "mf" and entity.gender == reading.gender:
                return self._speak(entity, span, 0.7)
        for seen in reversed(self.seen):
            if seen.offset >= at or not seen.subject:
                continue
            entity = self.entities[seen.key]
            if entity.person and compatible(entity.gender, reading.gender):
                return self._speak(entity, span, 0.7 if seen.sentence == self.sentence else 0.6)
        return self._last_speaker(span, 0.4)

    def _last_group(self, at: int, span: Span | None) -> Resolution | None:
        for seen in reversed(self.seen):
            entity = self.entities[seen.key]
            if seen.offset < at and entity.gender == "p":
                return self._speak(entity, span, 0.5)
        return self._last_speaker(span, 0.3)

    def _demonstrative(
        self, reading: SourceReading, at: int, span: Span | None
    ) -> Resolution | None:
        if reading.head in {"dernier", "dernière", "latter", "ci", "celui-ci", "celle-ci"}:
            for seen in reversed(self.seen):
                if seen.offset < at and self.entities[seen.key].person:
                    return self._speak(self.entities[seen.key], span, 0.6)
        for key in reversed(self.speakers_order):
            entity = self.entities[key]
            if reading.head in entity.roles or entity.label == "anonymous":
                return self._speak(entity, span, 0.75)
        return self._last_speaker(span, 0.4)

    def _outlet_staff(self, folded: str, span: Span | None) -> Entity | None:
        words = folded.replace("'", "' ").split()
        if span is None or not set(words) & self.lex.word_set("outlet_staff_words"):
            return None
        found = outlet_mentions(self.text, span, self.lex)
        if not found:
            return None
        bare = self.text[found[0][0] : found[0][1]]
        full = [o for o in self.lex.raw["outlets"] if o.endswith(" " + bare) and o[:1].isupper()]
        return self._outlet(full[0] if full else bare)  # "du Monde" -> Le Monde

    def _last_named_body(self) -> str | None:
        """The latest named speaker that is not a person (an outlet the lexicon does not list)."""
        for key in reversed(self.speakers_order):
            entity = self.entities[key]
            if entity.label == "named" and not entity.person:
                return key
        return None

    def _last_speaker(self, span: Span | None, confidence: float) -> Resolution | None:
        if not self.speakers_order:
            return None
        return self._speak(self.entities[self.speakers_order[-1]], span, confidence)

    def _speak(self, entity: Entity, mention: Span | None, confidence: float) -> Resolution:
        if mention is not None and mention not in entity.mentions:
            entity.mentions.append(mention)
        if entity.key in self.speakers_order:
            self.speakers_order.remove(entity.key)
        self.speakers_order.append(entity.key)
        return Resolution(entity.key, entity.name, entity.label, mention, confidence)

    def final_name(self, name: str) -> str:
        """The fullest mention of the speaker once called ``name``."""
        seen: set[str] = set()
        while name in self.renamed and name not in seen:
            seen.add(name)
            name = self.entities[self.renamed[name]].name
        return name

    def last_speaker_key(self) -> str | None:
        return self.speakers_order[-1] if self.speakers_order else None

    def entity(self, key: str) -> Entity:
        return self.entities[key]


_LATTER = {"ce dernier", "cette dernière", "celui-ci", "celle-ci", "the latter"}
_ARTICLES = {"le", "la", "l'", "les", "the"}
_SUBJECT_LEAD = {"le", "la", "les", "l'", "de", "du", "des", "d'", "un", "une", "the", "of", "a",
                 "an", "à", "au", "ce", "cette", "matin", "soir", "hier", "on", "and", "et",
                 "prime", "former", "ancien", "ancienne", "premier", "première"}  # fmt: skip
_ORG_WORDS = {"committee", "department", "house", "party", "ministry", "commission", "council",
              "agency", "office", "court", "union", "association", "group", "inc", "corp", "news",
              "times", "post", "direction", "service", "parquet", "conseil", "comité"}  # fmt: skip


def _trim_description(phrase: str) -> str:
    """A description without its trailing relative clause ("un élu qui s'est confié...")."""
    for marker in (" qui ", " who ", " , ", ", qui", ", who"):
        at = phrase.find(marker)
        if at > 0:
            phrase = phrase[:at]
    return phrase.strip(" ,")
