"""Who spoke last and who goes on: the resolution a speaker is given (``Resolution``), the
record each one updates (``_speak``), and a cue of going on (« a-t-il ajouté », « poursuit-elle »,
"he added") that lets the person, or the body, that spoke just before speak again. Out of
``pronouns`` (tidy28), which had reached 286 lines: the pronouns, the descriptions and the
resolver all speak through this record, and read it. Whether the one who spoke last is only
the one a cue is said to (``addressed_by_cue``) came from heard_last in tidy31.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizapp.draft.sources.reading import SourceReading
from quizapp.draft.speakers.bodies.spoken_bodies import SpokenBodies
from quizapp.draft.speakers.entity import Entity, named_person
from quizapp.draft.speakers.met import recent
from quizapp.draft.text.segment import Span
from quizapp.draft.words.lexicon import Lexicon, built_once, fold

_WORD_AT_END = re.compile(r"[\w’'-]*\s*$")


@dataclass(frozen=True)
class Resolution:
    key: str
    speaker: str
    label: str
    mention: Span | None
    confidence: float


class LastSpeaker(SpokenBodies):
    """The narration, with who spoke last and who goes on."""

    def __init__(self, text: str, lex: Lexicon) -> None:
        super().__init__(text, lex)
        self.asked: dict[str, bool] = {}  # a speaker -> whether their last finding asked

    def _last_speaker(self, span: Span | None, confidence: float) -> Resolution | None:
        if not self.speakers_order:
            return None
        return self._speak(self.entities[self.speakers_order[-1]], span, confidence)

    def _named_since_last(self, at: int) -> Entity | None:
        """The person named in this sentence before ``at`` or in the one before, outside a
        complement, after the last speaker was last mentioned: « Stéphane X est le président
        du groupe. Lui assure que… », a cue whose subject nothing read. The narration brought
        that person in since the last speaker was heard; over the corpus the last speaker was
        wrong 8 times in 9 when someone was named between (anaphora32). A stressed pronoun
        at ``at`` (« Lui », « Elle ») takes only a person of its gender (mend32b)."""
        key = self.last_speaker_key()
        if key is None:
            return None
        gender = self._stressed_gender(at)
        last = max((m[0] for m in self.entities[key].mentions if m[0] < at), default=-1)
        for seen in recent(self.seen, self.sentence, at):
            if seen.offset <= last:
                return None
            entity = self.entities[seen.key]
            if seen.key != key and not seen.nested and named_person(entity):
                fits = entity.gender in ("m", "f") and gender in ("", entity.gender)
                return entity if fits else None
        return None

    def _stressed_gender(self, at: int) -> str:
        """The gender of the stressed pronoun right before the cue at ``at`` (lexicon
        ``stressed_pronouns``, their genders in ``pronouns``: « lui » "m", « elle » "f",
        « eux » "p"), "" when no such pronoun is there."""
        word = fold(_WORD_AT_END.search(self.text[max(0, at - 30) : at]).group(0).strip())
        if word not in self.lex.word_set("stressed_pronouns"):
            return ""
        return self.lex.raw.get("pronouns", {}).get(word, "x")

    def _speak(self, entity: Entity, mention: Span | None, confidence: float) -> Resolution:
        if mention is not None and mention not in entity.mentions:
            entity.mentions.append(mention)
        self.heard_last(entity.key)
        self.spoke_in[entity.key] = self.sentence
        return Resolution(entity.key, entity.name, entity.label, mention, confidence)

    def last_speaker_key(self) -> str | None:
        return self.speakers_order[-1] if self.speakers_order else None

    def _going_on(self, reading: SourceReading, at: int) -> Entity | None:
        """A cue that continues (« a-t-il ajouté », « poursuit-elle », "he added") with a
        pronoun: the person who spoke in this sentence or the two before goes on, even when
        someone else was the subject in between (« Le préfet X a reçu la lettre »)."""
        if not self._continuing_cue(at):
            return None
        key = self.last_speaker_key()
        if key is None or self.spoke_in.get(key, -9) < self.sentence - 2:
            return None
        entity = self.entities[key]
        fits = entity.person and reading.gender in "mf" and entity.gender == reading.gender
        return entity if fits else None

    def _body_going_on(self, at: int) -> Entity | None:
        """« L'Élysée a indiqué que… « … », a-t-on encore fait valoir »: an impersonal
        « on » with a cue that goes on speaks for the body (no person) that spoke in this
        sentence or the one before; a plain « dit-on » stays a vague voice."""
        key = self.last_speaker_key()
        if key is None or not self._continuing_cue(at):
            return None
        entity = self.entities[key]
        recent = self.spoke_in.get(key, -9) >= self.sentence - 1
        return entity if recent and not entity.person and entity.label == "named" else None

    def _spokesperson_on(self, reading: SourceReading, at: int) -> Entity | None:
        """ "A Tendring Council spokesman said … . He said: « … »": the body a spokesperson
        spoke for in this sentence or the one before (its last mention before ``at`` beside a
        noun of lexicon ``spokesperson_nouns``, "Acme spokesman", "a spokeswoman for Acme"),
        when the pronoun's gender fits that noun and nobody was named since: the spokesperson
        goes on, recorded as the body as before (english54; English only)."""
        key = self.last_speaker_key()
        if self.lex.language != "en" or key is None or reading.gender not in ("m", "f"):
            return None
        entity = self.entities[key]
        if entity.person or self.spoke_in.get(key, -9) < self.sentence - 1:
            return None
        last = max((m for m in entity.mentions if m[1] <= at), default=None)
        noun = self._spokesperson_beside(last) if last is not None else None
        other = {"m": "feminine_person_nouns", "f": "masculine_person_nouns"}[reading.gender]
        if noun is None or noun in self.lex.word_set(other) or self._named_since_last(at):
            return None
        return entity

    def _spokesperson_beside(self, mention: Span) -> str | None:
        """The spokesperson noun right after a body's mention ("Acme spokesman") or before it
        with its link ("spokeswoman for the Acme council"), None when there is none."""
        nouns = self.lex.word_set("spokesperson_nouns")
        after = re.match(r"(?:['’]s)?\s+([\w-]+)", self.text[mention[1] : mention[1] + 30])
        before = _spokesperson_link(self.lex).search(self.text[: mention[0]])
        found = [fold(m.group(1)) for m in (after, before) if m is not None]
        return next((word for word in found if word in nouns), None)

    def _continuing_cue(self, at: int) -> bool:
        """The cue's own words (its first three, « a-t-il ensuite ajouté ») start like a verb
        of going on; words after it do not count ("said in an address", « dit en conclusion »)."""
        return self._cue_starts_like(at, "continuing_cue_stems")

    def answered_at(self, at: int) -> str | None:
        """The key of the last speaker when the cue at ``at`` answers (« répond », « réplique
        sans hésiter », lexicon ``answering_cue_stems``), they were heard in this sentence or
        the one before, and what they said last asked (``note_asked``): whom the reply answers,
        so not its speaker (« « … ? », lance le président. « … », réplique l'accusé »). A reply
        after someone who asked nothing may be theirs (« répond le ministre ») or a new voice's;
        other readings decide (mend41a). Farther back, a question of the narration's may
        stand between, and the last speaker may be the one answering it (nearby41)."""
        key = self.last_speaker_key()
        if key is None or self.spoke_in.get(key, -9) < self.sentence - 1:
            return None
        if not self.asked.get(key, False):
            return None
        return key if self._cue_starts_like(at, "answering_cue_stems") else None

    def note_asked(self, key: str, content: Span, at: int) -> None:
        """Whether the finding ``key`` just spoke (its ``content``, its cue at ``at``) asked:
        its words end with « ? », or its cue starts like a verb of asking (« demande »,
        « interroge », lexicon ``asking_cue_stems``). Only a question is answered."""
        words = self.text[content[0] : content[1]].rstrip(" \n»”\"’'.…")
        asking = at != content[0] and self._cue_starts_like(at, "asking_cue_stems")
        self.asked[key] = words.endswith("?") or asking

    def _cue_starts_like(self, at: int, stems_key: str) -> bool:
        """One of the cue's first three words at ``at`` starts with a stem of ``stems_key``."""
        words = " ".join(re.findall(r"\w+", " ".join(fold(self.text[at : at + 40]).split()[:3])))
        opening = self.lex.remembered("stem openings", stems_key, self._stem_opening)
        return opening.search(words) is not None

    def _stem_opening(self, stems_key: str) -> re.Pattern[str]:
        """Any stem of ``stems_key`` where a word starts, one pattern built once per list: a
        pattern per stem at every cue was built anew each time (tidy42)."""
        stems = self.lex.words(stems_key)
        either = "|".join(re.escape(stem) for stem in stems)
        return re.compile(rf"(?<!\w)(?:{either})" if stems else "(?!)")


def addressed_by_cue(text: str, at: int, speaker: Entity, lex: Lexicon) -> bool:
    """« Il a également indiqué à Serge Vaills, dans un courrier séparé, … », "He also said
    to Ms Roe that…": the person a cue is said to (a preposition of address, lexicon
    ``addressee_prepositions``, among the cue's first words before any comma, then the
    person's last name) is not the one saying it, though that person spoke last
    (teacher16: the prefect's letter was given to the deputy mayor it was sent to)."""
    if not speaker.person or not speaker.name:
        return False
    words = text[at : at + 90].split(",")[0].split()[:8]
    surname = speaker.name.split()[-1]
    prepositions = lex.word_set("addressee_prepositions")
    return any(
        fold(word) in prepositions and surname in words[index + 1 : index + 5]
        for index, word in enumerate(words[:-1])
    )


@built_once
def _spokesperson_link(lex: Lexicon) -> re.Pattern[str]:
    """A word and its link, and maybe an article, right before a body's mention ("spokeswoman
    for the Acme council"): the links are lexicon ``spokesperson_links`` and the article one
    of ``definite_articles``, data rather than code (mend54f; english54 wrote them inline)."""
    links, article = lex.one_of("spokesperson_links"), lex.one_of("definite_articles")
    return re.compile(rf"([\w-]+)\s+(?:{links})\s+(?:(?:{article})\s+)?$")
