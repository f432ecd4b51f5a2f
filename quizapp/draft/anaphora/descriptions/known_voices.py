"""Voices already met, for the resolver: a phrase that names no one of its own yet stands for
an entity the article showed before: a surname read as a title ("…, Chancellor said" after
"Aubrey Chancellor"), an acronym spelled out, a description of an outlet (« le quotidien »),
an outlet's staff (« nos confrères du Monde »), a document's issuer, a member's group, a
body's leader, a brand's maker, a pair met before. ``resolve.Registry`` asks these first,
before it reads the phrase's form.
"""

from __future__ import annotations

from quizapp.draft.anaphora.descriptions.described import Described
from quizapp.draft.anaphora.documents import document_issuer
from quizapp.draft.anaphora.last_speaker import Resolution
from quizapp.draft.anaphora.members import group_of_member, partner_in_couple
from quizapp.draft.anaphora.named_groups import outlets_together
from quizapp.draft.anaphora.offices.leaders import leader_of_body, maker_of_brand
from quizapp.draft.anaphora.pairs import pair_taken_up
from quizapp.draft.sources.outlets import staff_outlet, writes_its_name
from quizapp.draft.sources.reading import SourceReading
from quizapp.draft.sources.speaker_phrases.source_names import qualified_name
from quizapp.draft.speakers.acronyms.spelled import spelled_by
from quizapp.draft.speakers.bodies.institutions import outlet_of_kind
from quizapp.draft.speakers.entity import Entity
from quizapp.draft.text.segment import Span
from quizapp.draft.words.lexicon import fold, folded_words


class KnownVoices(Described):
    """The descriptions, with the entities a phrase naming no one of its own stands for."""

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
        kind = outlet_of_kind(folded, self._spoken(), self.text, self.lex)  # « le journal X » spoke
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

    def _outlet_staff(self, folded: str, span: Span | None) -> Entity | None:
        words = folded_words(folded)
        if span is None or not set(words) & self.lex.word_set("outlet_staff_words"):
            return None
        name = staff_outlet(self.text, span, self.lex)  # "du Monde" -> Le Monde
        if name == "":  # « selon nos confrères »: the outlet quoted last
            return self.entities.get(self.last_outlet or "")
        return self._outlet(name) if name else None
