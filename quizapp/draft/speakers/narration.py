"""Reading the narration for the resolver: the names of each sentence, the titles and
genders written next to them, acronyms, and who is the subject of each sentence (the subjects
no name gives, a title met before or a nameless description, are read by its base,
``sentence_openings.SentenceOpenings``, out of this module since tidy29).

The resolver (``quizapp.draft.pipeline.resolve``) builds on this: what the reader has met so far, in
order, is what a later "il", "le ministre" or "cette source" can refer to.
"""

from __future__ import annotations

from quizapp.draft.names.naming.around_name import gender_near, inverted_after_que, starts_clause
from quizapp.draft.names.naming.gender import first_name_gender
from quizapp.draft.names.naming.name_roles import roles_near, titled_adjective
from quizapp.draft.names.naming.names import name_span_of, proper_names, title_then_name
from quizapp.draft.names.naming.roles import without_role_words
from quizapp.draft.names.naming.speaking_names import speaking_name
from quizapp.draft.names.titles.beside_name import in_complement
from quizapp.draft.names.titles.descriptions import description_of
from quizapp.draft.names.titles.met import add_title
from quizapp.draft.names.titles.open_nouns import note_open_title
from quizapp.draft.sources.reading import is_outlet, outlet_mentions
from quizapp.draft.speakers.acronyms.spelled import acronym_entity
from quizapp.draft.speakers.entity import Entity
from quizapp.draft.speakers.met import Seen, recent
from quizapp.draft.speakers.name_leads import of_kind, subject_leads
from quizapp.draft.speakers.namesakes import described_as_person, name_entity
from quizapp.draft.speakers.opening_groups import opening_group
from quizapp.draft.speakers.sentence_openings import SentenceOpenings
from quizapp.draft.speakers.untitled_names import ends_complement, told_after_cue
from quizapp.draft.text.segment import Span, Token
from quizapp.draft.words.lexicon import fold, third_person_possessives


class Narration(SentenceOpenings):
    """Entities met so far, and the order in which the reader met them: each sentence's
    names, their titles and genders, and whether one of them is the sentence's subject."""

    def observe(self, tokens: list[Token], outside: list[bool]) -> None:
        """Record the proper names of a new sentence; its first person is its subject."""
        self._start_sentence(tokens, outside)
        subject_taken = self._titled_subject(tokens)
        self._described_subject(tokens, subject_taken)
        self._opening_group(tokens)
        self._observe_names(tokens, outside, subject_taken)

    def _start_sentence(self, tokens: list[Token], outside: list[bool]) -> None:
        """Step to a new sentence: its number, where it and the one before start, the words
        of both (later rules look one sentence back), and the outlets it names."""
        self.sentence += 1
        self.previous_start = self.sentence_start
        self.sentence_start = tokens[0].start if tokens else 0
        self.words_before, self.words_now = self.words_now, list(zip(tokens, outside, strict=True))
        if tokens:
            for found in outlet_mentions(self.text, (tokens[0].start, tokens[-1].end), self.lex):
                self._outlet(self.text[found[0] : found[1]]).mentions.append(found)

    def _opening_group(self, tokens: list[Token]) -> None:
        """« Des dizaines d'éleveurs ont manifesté… »: a group opening the sentence, met for a
        later « ils »."""
        group = opening_group(tokens, self.lex)
        if group is not None:
            first, end = tokens[group[0]].start, tokens[group[1] - 1].end
            self._group(self.text[first:end], first)

    def _observe_names(self, tokens: list[Token], outside: list[bool], subject_taken: bool) -> None:
        """Each proper name of the sentence, met in order; the first person opening a clause
        outside quotations is its subject, unless ``subject_taken`` already."""
        for found in proper_names(tokens, self.lex):
            run = without_role_words(tokens, found, self.lex)
            if run is None or self._ends_with_role(tokens, run):
                continue
            span = name_span_of(tokens, run)
            if is_outlet(self.text[span[0] : span[1]], self.lex):
                continue
            entity = self._mentioned(tokens, run, span)
            if outside[run[0]]:
                before_title = self._before_title(tokens, run)  # "Acme Ltd owner Jo Roe"
                taken = self._note_seen(tokens, run, span, entity, subject_taken or before_title)
                subject_taken = subject_taken if before_title else taken

    def _mentioned(self, tokens: list[Token], run: tuple[int, int], span: Span) -> Entity:
        """The entity a name in the narration stands for, with this mention, the roles and
        title written next to it and the gender they (or a first name) give."""
        phrase = self.text[span[0] : span[1]]
        entity = acronym_entity(self.entities, self.renamed, self.text, tokens, run, self.lex)
        entity = entity or name_entity(
            self.entities, phrase, run[1] - run[0], self.lex, self._rename
        )
        entity.mentions.append(span)
        if len(entity.mentions) == 1 and self._unlisted_person(tokens, run, phrase):
            entity.person = True  # « …, confie Doudou, un habitant »: a first name unlisted
        if self.text[span[1] : span[1] + 1] == "*":  # « Clara* »: a name changed, anonymous
            entity.label = "anonymous"
        article = run[0] and fold(tokens[run[0] - 1].text) in self.lex.word_set("definite_articles")
        if len(entity.mentions) == 1 and article and not title_then_name(tokens, run[0], self.lex):
            entity.person = False  # "the Harbor Commission"; "the Rev. X" is a person
        if of_kind(tokens, run[0], self.lex):
            entity.person = False  # « la société RP Global », « l'association Terre Vive »
        if not self._channel(tokens, run, entity.person):
            entity.roles |= roles_near(tokens, run, self.lex)
            piece = ends_complement(tokens, run, entity.person, self.lex)  # « du comité de X »
            add_title(entity, self.text, tokens, run, self.lex, after_only=piece)
            note_open_title(entity, tokens, run, self.lex)  # « X, pharmacienne à Lunel, »
        if entity.person and entity.gender == "x":
            entity.gender = gender_near(tokens, run, self.lex)
        if entity.person and entity.gender == "x":  # "Thierry Martin", « Mgr Olivier X »
            titles = self.lex.raw_set("titles")
            names = [w for w in entity.name.split() if w not in titles] or entity.name.split()
            entity.gender = first_name_gender(names[0], self.lex) or "x"
        return entity

    def _unlisted_person(self, tokens: list[Token], run: tuple[int, int], phrase: str) -> bool:
        """A name the first-name lists do not make a person that is one all the same: the
        subject of a reporting verb (« …, confie Doudou, un habitant »), or a name on a head
        shared with surnames set off by a person's apposition ("Grace Hall, the head
        teacher, wrote…", mend47b)."""
        return speaking_name(tokens, run, self.lex) or described_as_person(
            tokens, run, phrase, self.lex
        )

    def _channel(self, tokens: list[Token], run: tuple[int, int], person: bool) -> bool:
        """A name a statement came through (« a annoncé sur sa page Facebook la mairie ») or
        was made to (« a confié à Radio X le maire »): the description beside it is the
        speaker, no title of that name (of no person's)."""
        before = fold(tokens[run[0] - 1].text) if run[0] else ""
        medium = before in {"sur", "via"} and not person  # « une enquête sur X, ministre »
        medium = medium or before in self.lex.word_set("channel_nouns")
        return medium or told_after_cue(tokens, run, self.lex)

    def _note_seen(
        self, tokens: list[Token], run: tuple[int, int], span: Span, entity: Entity, taken: bool
    ) -> bool:
        """Record a name met outside quotations; the first person opening a clause is the
        sentence's subject (unless ``taken``). Whether the subject is now taken."""
        opens = self._opens(tokens, run[0]) or starts_clause(tokens, run, self.lex)
        opens = opens or inverted_after_que(tokens, run[0], self.lex)
        subject = entity.person and not taken and opens
        taken = taken or subject
        if subject and len(entity.mentions) == 1 and not entity.titles:
            self._named_later(entity)
        nested = in_complement(tokens, run, self.lex)
        self.seen.append(Seen(span[0], entity.key, subject, self.sentence, nested))
        return taken

    def _ends_with_role(self, tokens: list[Token], run: tuple[int, int]) -> bool:
        """ "the Massachusetts Democrat", "the Nebraska Republican": a place and a role,
        capitalised, describe someone; they name no one."""
        last = fold(tokens[run[1] - 1].text)
        return run[1] - run[0] >= 2 and last in self.lex.word_set("anonymous_heads")

    def _before_title(self, tokens: list[Token], run: tuple[int, int]) -> bool:
        """ "Wimborne Interiors owner Vicky Spooner", "Labour Strathmore councillor Hugh
        Anderson": capitals right before a lower-case word for a person's role (lexicon
        ``person_descriptions``) and a name are the body, party or ward that role belongs to,
        never the sentence's subject; the name after the role is (english54)."""
        role, name = run[1], run[1] + 1
        if name >= len(tokens) or not tokens[role].text[:1].islower():
            return False
        offices = self.lex.word_set("person_descriptions")
        return fold(tokens[role].text) in offices and tokens[name].text[:1].isupper()

    def _named_later(self, person: Entity) -> None:
        """ "Le ministre de la Pêche a démenti… . Face à la presse, Oumar Guèye a saisi…":
        an office that spoke as the last sentence's subject, followed by a name met for the
        first time as this sentence's subject, is that person; the office becomes the
        person's title and its statements the person's."""
        offices = self.lex.word_set("person_descriptions")
        possessives = third_person_possessives(self.lex) | self.lex.word_set("plural_possessives")
        for seen in recent(self.seen, self.sentence):
            earlier = self.entities[seen.key]
            if seen.sentence != self.sentence - 1 or not seen.subject or seen.pronoun:
                continue
            opener = fold(earlier.name).split()[0]  # « son porte-parole. X »: X is whose, not who
            if opener in possessives or opener in self.lex.word_set("indefinite_articles"):
                continue  # "A spokesperson said … . Jane X said": someone new, not Jane X
            title = description_of(earlier.name, self.lex) if seen.key.startswith("d:") else None
            if title is None or title[0] not in offices or earlier.label != "named":
                return
            person.titles.append(title)
            self.renamed[earlier.name] = person.key
            self.entities[seen.key] = person
            return

    def _sentence_subject(self, at: int) -> Entity | None:
        for seen in reversed(self.seen):  # this sentence's mentions are the last ones
            if seen.sentence < self.sentence:
                break
            if seen.subject and seen.offset < at:
                return self.entities[seen.key]
        key = self.subjects.get(self.sentence)
        return self.entities[key] if key else None

    def _opens(self, tokens: list[Token], start: int) -> bool:
        """A name can be its sentence's subject only if nothing but titles, articles and
        commas stand before it ("the administration of President Obama" is no subject)."""
        allowed = subject_leads(self.lex)  # "The founder, Jane Doe, said"
        for index, token in enumerate(tokens[:start]):
            word = fold(token.text)
            if not (token.text[:1].isupper() or word in allowed or not word.isalpha()):
                return index == start - 1 and titled_adjective(tokens, index, self.lex)
        return True

    def _outlet(self, phrase: str) -> Entity:
        key = "o:" + fold(phrase).removeprefix("l'").removeprefix("the ")
        if key not in self.entities:
            self.entities[key] = Entity(key, phrase, "named", person=False)
        self.last_outlet = key
        return self.entities[key]

    def note_subject(self, key: str, offset: int) -> None:
        """A resolved pronoun or source is its sentence's subject from here on."""
        self.seen.append(Seen(offset, key, True, self.sentence))

    def heard_last(self, key: str) -> None:
        """The entity at ``key`` becomes the speaker the reader heard last."""
        if key in self.speakers_order:
            self.speakers_order.remove(key)
        self.speakers_order.append(key)

    def _spoken(self) -> list[Entity]:
        """Speakers, latest first."""
        return [self.entities[key] for key in reversed(self.speakers_order)]

    def _rename(self, entity: Entity, phrase: str) -> None:
        """The speaker is written as its fullest mention, and as names are written rather than
        as a shouted headline wrote it (« OUMAR NDIAYE », then « Oumar Ndiayé », mend59d; an
        acronym stays: « l'ONU », then « l'Onu »)."""
        written = entity.name.isupper() and " " in entity.name and not phrase.isupper()
        if len(phrase) > len(entity.name) or (written and len(phrase) == len(entity.name)):
            self.renamed[entity.name] = entity.key
            entity.name = phrase
