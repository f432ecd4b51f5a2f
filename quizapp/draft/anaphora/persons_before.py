"""The people a pronoun may take up, looked for before it: the nearest person of its gender
(a subject first, then one only mentioned, then one inside a complement), a nameless described
person, the latest person met, one past an outlet or a body heard last. Out of
anaphora/pronouns.py (tidy39), which says in what order a pronoun asks for them.
"""

from __future__ import annotations

from quizapp.draft.anaphora.last_speaker import LastSpeaker
from quizapp.draft.anaphora.plural_people import masculine_plural
from quizapp.draft.sources.reading import compatible
from quizapp.draft.speakers.entity import Entity, named_person
from quizapp.draft.speakers.met import Seen, recent
from quizapp.draft.words.lexicon import Lexicon, fold


class PersonsBefore(LastSpeaker):
    """The narration, with the people met before a pronoun that may stand for it."""

    def _past_outlet(self, gender: str, at: int) -> Entity | None:
        """« il » / « elle » with nobody near, the last speaker an outlet (« selon la RTS »),
        a body (« selon la préfecture », speakers27), a person of the other gender, or nobody
        yet (« …devant la boulangerie de Nathalie X. […] Elle constate… »): none of them is
        that « elle »; the latest person of that gender met before is, even one named in a
        complement."""
        key = self.last_speaker_key()
        if gender not in "mf" or not (key is None or self._body(key) or self._other(key, gender)):
            return None
        seen = self._latest_person(gender, at, subjects_only=False)
        return self.entities[seen.key] if seen is not None else None

    def _body(self, key: str) -> bool:
        """The entity is no person: an outlet (its entity is written with ``person`` false),
        a body, a service or a place that spoke (« selon la préfecture »), which « il » or
        « elle » of a person's cue does not take up."""
        return not self.entities[key].person

    def _other(self, key: str, gender: str) -> bool:
        """The entity is a person named, whose gender is known and is not ``gender`` (a
        description's gender is its noun's: « une source » may be « il »)."""
        entity = self.entities[key]
        return named_person(entity) and entity.gender in "mf" and entity.gender != gender

    def _latest_person(self, gender: str, at: int, subjects_only: bool) -> Seen | None:
        """The latest mention before ``at`` of a person whose gender may be ``gender`` (of a
        subject only, with ``subjects_only``)."""
        for seen in reversed(self.seen):
            if seen.offset >= at or (subjects_only and not seen.subject):
                continue
            entity = self.entities[seen.key]
            group = gender in "mf" and _group(entity)  # "They waited…" then "he said"
            fits = entity.person and compatible(entity.gender, gender) and not group
            if fits and not self._voice(entity):
                return seen
        return None

    def _voice(self, entity: Entity) -> bool:
        """An impersonal voice (« on », "it is said"): vague, it is nobody « il » or « elle »
        takes up (« Le réseau est critiqué… « … », commente-t-il »: the minister named
        before, not « on »)."""
        return fold(entity.name) in self.lex.word_set("impersonal")

    def _near_person(
        self, gender: str, at: int, nested: bool, subject: bool = False
    ) -> Entity | None:
        """A person of this sentence or the one before for « il » / « elle »: a subject of
        that gender, a subject whose gender nothing told, then one of that gender only
        mentioned (``nested``: one named inside a complement, "the administration of X"); for
        a ``subject`` pronoun, none its own clause names after it (``_named_after``)."""
        if gender not in "mf":
            return None
        for in_complement, subjects_only, unknown, this_only in _passes(nested, self.lex):
            for seen in recent(self.seen, self.sentence, at):  # latest first
                entity = self.entities[seen.key]
                if (subjects_only and not seen.subject) or seen.nested != in_complement:
                    continue
                if this_only and seen.sentence != self.sentence:
                    continue
                wanted = (gender, "x") if unknown else (gender,)
                fits = entity.person and entity.gender in wanted and not _group(entity)
                fits = fits and not (subject and self._named_after(entity, at))
                if fits and not self._voice(entity):
                    return entity
        return None

    def _named_after(self, entity: Entity, at: int) -> bool:
        """The person is named again in this sentence after the cue at ``at``: the pronoun
        that speaks there is someone else ("He said he wants to continue Cllr Morris' work",
        « Il a remercié Jean X »: a subject pronoun never stands for a name its own clause
        writes after it), however near that person was met before."""
        return any(self.sentence_start <= start and at < start for start, _ in entity.mentions)

    def _described_near(self, gender: str, at: int) -> Entity | None:
        """A nameless person of this gender, or of a gender nothing told ("The official was
        asked…"), who opened this sentence or the one before."""
        for seen in recent(self.described, self.sentence, at):
            entity = self.entities[seen.key]
            if gender in "mf" and entity.gender in (gender, "x"):
                return entity
        return None

    def _latest_mentioned(self, gender: str, at: int, feminine: bool = False) -> Entity | None:
        """The person met last in the text before ``at`` (not the last recorded: a resolved
        subject is recorded after the names of its sentence) whose gender fits; for « ces
        derniers » a plural one only, for a ``feminine`` one (« celles-ci ») none whose head
        noun is masculine (« les élus », mend42c)."""
        best: Seen | None = None
        for seen in self.seen:
            entity = self.entities[seen.key]
            fits = entity.gender == "p" if gender == "p" else compatible(entity.gender, gender)
            fits = fits and not (feminine and masculine_plural(entity.name, self.lex))
            later = best is None or seen.offset > best.offset
            if seen.offset < at and entity.person and fits and later:
                best = seen
        return self.entities[best.key] if best is not None else None


def _group(entity: Entity) -> bool:
    """A group whose number nothing told ("zoo staff", "the crowd": vague), which « il »,
    « elle », "he" or "she" never stand for, whatever its gender allows."""
    return entity.gender == "x" and entity.label == "vague"


def _passes(nested: bool, lex: Lexicon) -> tuple[tuple[bool, bool, bool, bool], ...]:
    """The passes of ``_near_person``, each (in a complement, subjects only, a gender nothing
    told allowed, this sentence only): subjects of the pronoun's gender, subjects of any,
    mentions of its gender. In English first this sentence's own subject, whatever gender
    nothing told: an English subject pronoun stands before its verb, so one after the
    sentence's subject is in a clause of that sentence ("Cllr Wal X described a feeling, as
    he remembered…": "Wal" is no listed first name, yet the "he" is his, not the last man
    who spoke, english32). Not in French, where « a-t-il ajouté » after a quotation goes on
    with the speaker, whatever subject the sentence has (« Bloquer Rungis n'est selon lui
    pas une bonne idée : « … », a-t-il ajouté »)."""
    if nested:
        return ((True, False, False, False),)
    own = ((False, True, True, True),) if lex.language == "en" else ()
    return (
        *own,
        (False, True, False, False),
        (False, True, True, False),
        (False, False, False, False),
    )
