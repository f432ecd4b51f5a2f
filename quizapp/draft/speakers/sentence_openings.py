"""Who opens each sentence of the narration, when no name does: a title met before or « ce
dernier » (« Le ministre, également maire de X, s'est adressé… »), a nameless description
(« L'épouse du gérant »), a trade taking up the one person named just before (« L'éleveur a
perdu… »), a nameless plural group (« Des dizaines d'éleveurs ont manifesté… »). The base of
``narration.Narration``, which reads the names; it holds what the reader has met so far.
Out of ``narration.py`` since tidy29.
"""

from __future__ import annotations

from itertools import takewhile

from quizapp.draft.anaphora.descriptions.just_named import opening_occupation, subject_just_named
from quizapp.draft.names.naming.gender import first_name_gender
from quizapp.draft.names.titles.descriptions import by_title
from quizapp.draft.names.titles.met import taken_up
from quizapp.draft.sources.reading import SourceReading, normalised_key, read_source
from quizapp.draft.speakers.entity import Entity
from quizapp.draft.speakers.met import Met, Seen
from quizapp.draft.speakers.registry import Registry
from quizapp.draft.speakers.subjects import described_subject, opening_title
from quizapp.draft.text.segment import Overlaps, Token
from quizapp.draft.words.lexicon import Lexicon, fold


class SentenceOpenings:
    """Entities met so far, in reading order, and the nameless subjects opening sentences."""

    def __init__(self, text: str, lex: Lexicon) -> None:
        self.text = text
        self.lex = lex
        self.entities: dict[str, Entity] = Registry()  # indexed as it grows (hostile57)
        self.seen = Met()
        self.speakers_order: list[str] = []
        self.sentence = -1
        self.last_outlet: str | None = None
        self.renamed: dict[str, str] = {}  # an earlier name -> the key of its entity
        self.sentence_start = 0
        self.previous_start = 0  # where the sentence before this one starts
        # the tokens of the sentence before and of this one, each with whether it stands out of
        # quotations as the sentence view read it (``quotation_marks``)
        self.words_before: list[tuple[Token, bool]] = []
        self.words_now: list[tuple[Token, bool]] = []
        self.quotes = Overlaps([])  # the article's quotations, once ``analyze`` has read them
        self.subjects: dict[int, str] = {}  # sentence -> its nameless description subject
        self.guessed: dict[tuple[int, int], str] = {}  # a source span -> its description
        self.described: list[Seen] = []  # nameless descriptions that opened a sentence
        self.groups: list[Seen] = []  # nameless plural groups of people that opened one
        self.spoke_in: dict[str, int] = {}  # speaker key -> the sentence it last spoke in
        self.unanswered: dict[str, int] = {}  # a pronoun with no one before it -> where

    def _titled_subject(self, tokens: list[Token]) -> bool:
        """ "Le ministre, également maire de X, s'est adressé…" after "le ministre de la
        Justice, Y": a sentence opening with a title met before, or with "ce dernier",
        has that person as its subject (for a later "il")."""
        if self._demonstrative_subject(tokens):
            return True
        phrase = opening_title(tokens, self.lex)
        if phrase is None:
            return False
        if self.lex.is_phrase("latter_pronouns", fold(phrase)):  # met last in the text, not heard
            people = [s for s in self.seen if self.entities[s.key].person]
            found = max(people, key=lambda s: s.offset).key if people else None
            entity = self.entities[found] if found else None
        else:
            entity = by_title(
                phrase, [self.entities[k] for k in self._recent()], self.lex, self.text
            )
        if entity is None:
            return False
        self.seen.append(Seen(tokens[0].start, entity.key, True, self.sentence))
        return True

    def _demonstrative_subject(self, tokens: list[Token]) -> bool:
        """« Frédéric X est candidat. Celui qui est déjà l'adjoint du maire, Paul Y, aspire… »:
        a demonstrative opening a relative (lexicon ``topic_demonstratives``, with its gender)
        takes up the subject of the sentences just before, a person whose first name has its
        gender (not « la Ville de X » before « Celle qui, dans un an, battra son plein », a
        campaign), not a name its relative writes; a later « il » is hers or his (speakers57).
        A relative opening on an object pronoun (« Celui qui l'a agressé, Marc X, ») takes that
        person up as its object: the demonstrative is someone else (mend57f)."""
        opening = " ".join(fold(t.text) for t in tokens[:2])
        gender = self.lex.raw.get("topic_demonstratives", {}).get(opening)
        if gender is None or _object_relative(tokens, self.lex):
            return False
        for seen in reversed(self.seen):
            if seen.sentence < self.sentence - 3:
                break
            entity = self.entities[seen.key]
            first = entity.name.split()[0] if entity.name.split() else ""
            if seen.subject and entity.person and first_name_gender(first, self.lex) == gender:
                self.seen.append(Seen(tokens[0].start, entity.key, True, self.sentence))
                return True
        return False

    def _described_subject(self, tokens: list[Token], taken: bool) -> None:
        """A nameless description opening the sentence ("The woman, whose…", « L'épouse du
        gérant ») is its subject: for a participial cue later in it ("…, telling the
        council"), and for a later « elle » when nobody else is the subject."""
        found = described_subject(tokens, self.lex)
        if found is None:
            self._occupation_subject(tokens)
            return
        phrase = self.text[tokens[found[0]].start : tokens[found[1] - 1].end]
        key = "d:" + normalised_key(phrase)
        reading = read_source(phrase, self.lex, False)
        met = [self.entities[k] for k in self._recent_descriptions()]
        earlier = key not in self.entities and taken_up(phrase, reading.head, met, self.lex)
        if earlier:  # "A senior official said… The official was asked…": one person
            key = earlier.key
        elif key not in self.entities and self._just_named(
            tokens, (reading.head, reading.gender), phrase
        ):
            return  # « …, a tweeté Jean X. Le sénateur s'est félicité » (speakers23)
        elif key not in self.entities:
            entity = Entity(key, phrase, reading.label or "anonymous", person=True)
            entity.gender = reading.gender if reading.gender in "mf" else "x"
            entity.roles.add(reading.head)
            self.entities[key] = entity
        self.subjects[self.sentence] = key
        if not taken:  # for « elle » when no named subject near has her gender
            self.described.append(Seen(tokens[found[0]].start, key, True, self.sentence))

    def _occupation_subject(self, tokens: list[Token]) -> None:
        """« Ces images hantent Laurent X. L'éleveur a perdu… »: a trade opening the sentence
        describes the one person the sentence before named (anaphora/descriptions/just_named.py)."""
        about = opening_occupation(tokens, self.lex)  # the trade and its gender
        if about is not None:
            self._just_named(tokens, about, about[0])

    def _just_named(self, tokens: list[Token], about: tuple[str, str], phrase: str) -> bool:
        """The description opening the sentence (``about``: its head and gender) takes up the
        one person the sentence before named, then the subject (for a later « il »)."""
        where, opening = (self.sentence, tokens[0].start), [t.text for t in tokens[:4]]
        read = (self.text, where, about, phrase, opening, self.lex)
        found = subject_just_named(self.seen, self.entities, *read)
        if found is not None:
            self.subjects[self.sentence] = found.key
            self.seen.append(Seen(tokens[0].start, found.key, True, self.sentence))
        return found is not None

    def _group(self, phrase: str, offset: int) -> None:
        reading = read_source(phrase, self.lex, False)
        key = "d:" + normalised_key(phrase)
        if reading.gender in "px" and key not in self.entities:  # « Trois infirmières »: x
            group = self._group_entity(phrase, reading)
            group.roles.add(reading.head)  # « L'un des élus » after « Trois élus »
        if key in self.entities:
            self.groups.append(Seen(offset, key, True, self.sentence))

    def _group_entity(self, phrase: str, reading: SourceReading | None = None) -> Entity:
        """The nameless plural of people ``phrase`` writes, as one entity kept under its key
        (made the first time, with the label its reading gives): a group opening a sentence
        and the people a plural « ils » takes up (``anaphora/plural_people``) are made so."""
        key = "d:" + normalised_key(phrase)
        if key not in self.entities:
            reading = reading or read_source(phrase, self.lex, False)
            group = self.entities[key] = Entity(key, phrase, reading.label or "vague", person=True)
            group.gender = "p"
        return self.entities[key]

    def _recent_descriptions(self, sentences: int = 10) -> list[str]:
        """Keys of the descriptions met in the last sentences, latest first: those that
        spoke and those that only opened a sentence (« Le maire de la commune n'hésite pas… »,
        then « Le maire craint… »: the same man, not the one the sentence before named)."""
        first = self.sentence - sentences
        recent = [*takewhile(lambda s: s.sentence >= first, reversed(self.seen))]
        recent += takewhile(lambda s: s.sentence >= first, reversed(self.described))
        recent.sort(key=lambda seen: seen.offset, reverse=True)
        return list(dict.fromkeys(s.key for s in recent if s.key.startswith("d:")))

    def _recent(self, before: int | None = None) -> list[str]:
        """Entity keys, latest met first; only those met before ``before`` when given
        (« Selon le parti, le Conseil fédéral veut… »: the council is no antecedent)."""
        return self.seen.latest_first(before)


def _object_relative(tokens: list[Token], lex: Lexicon) -> bool:
    """The relative after « Celui qui » opens on an object pronoun (lexicon
    ``object_clitics``: « qui l'a agressé », « qui la soutient »)."""
    return len(tokens) > 2 and fold(tokens[2].text) in lex.word_set("object_clitics")
