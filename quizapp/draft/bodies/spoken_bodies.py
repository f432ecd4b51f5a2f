"""Who of the speakers met so far a description or "it" takes up when it names no person:
the latest named body, a document or described body that spoke just now, a body whose name
holds the description's head, or the description whose words it repeats. Split out of
anaphora/pronouns (review21): these read only the narration's record of who spoke, and the
pronouns and the source phrases of resolve.py both ask them."""

from __future__ import annotations

from quizapp.draft.bodies.institutions import maybe_a_body
from quizapp.draft.lexicon import fold
from quizapp.draft.naming.gender import person_nouns
from quizapp.draft.segment import Span
from quizapp.draft.speakers.met import recent
from quizapp.draft.speakers.narration import Narration
from quizapp.draft.titles.descriptions import content_words


class SpokenBodies(Narration):
    """The narration, with the speakers that are no person a later phrase may take up."""

    def _same_words(self, span: Span | None) -> str | None:
        """« la source proche de l'enquête » after « une source proche de l'enquête » and a
        later « une source policière »: the description whose words it repeats, not the
        latest source; None when it repeats only a head (« la source », « cette source »)."""
        wanted = set(content_words(self.text[span[0] : span[1]], self.lex)) if span else set()
        for key in reversed(self.speakers_order if len(wanted) > 1 else []):
            if key[:2] == "d:" and wanted <= set(content_words(self.entities[key].name, self.lex)):
                return key
        return None

    def _last_named_body(self, unsure: bool = False) -> str | None:
        """The latest named speaker that is not a person (an outlet the lexicon does not list).
        ``unsure`` (for "it", which a person never is): also a name read as a person's, of no
        known gender, that spoke in this sentence or the two before and ``maybe_a_body``
        ('National Express', 'Network Rail': no first name nor title opens it; english25)."""
        for key in reversed(self.speakers_order):
            entity = self.entities[key]
            if entity.label == "named" and not entity.person:
                return key
            recent = self.spoke_in.get(key, -9) >= self.sentence - 2
            if unsure and recent and entity.gender == "x" and maybe_a_body(entity, self.lex):
                return key
        return None

    def _recent_body(self) -> str | None:
        """ "“…,” the draft states. It adds that…": with no named body, "it" takes up the
        latest speaker that is no person (a document, a described body) if it spoke in this
        sentence or the two before."""
        for key in reversed(self.speakers_order):
            entity = self.entities[key]
            if self.spoke_in.get(key, -9) < self.sentence - 2:
                return None
            if entity.gender != "p" and (not entity.person or self._thing_described(key)):
                return key
        return None

    def _thing_described(self, key: str) -> bool:
        """A description whose head names no person ("the draft", "the letter")."""
        head = key[2:].split()[-1] if key.startswith("d:") and key[2:].split() else ""
        return bool(head) and head not in person_nouns(self.lex)

    def _body_named_with(self, head: str) -> str | None:
        """The latest named body that spoke whose own name holds the description's head
        ("the agency" after "Anadolu Agency" spoke, not an outlet the lexicon lists)."""
        for key in reversed(self.speakers_order):
            entity = self.entities[key]
            proper = {fold(w) for w in entity.name.split() if w[:1].isupper()}
            if entity.label == "named" and not entity.person and head in proper:
                return key  # "Anadolu Agency", not an earlier bare "agency"
        return None

    def _subject_before(self, at: int) -> str | None:
        """ "National Express urged customers… . It expected to…": with no body among the
        speakers, "it" takes up the subject that opened the sentence before (or this one,
        before it), when that is no person whose gender is known and no group."""
        for seen in recent(self.seen, self.sentence, at):
            entity = self.entities[seen.key]
            person = entity.person and entity.gender in ("m", "f")
            if seen.subject and not person and entity.gender != "p":
                return seen.key
        return None
