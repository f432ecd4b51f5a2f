"""Descriptions that take up a person going on, for the resolver: after its cue, « …, a encore
expliqué le psychanalyste de X » is the person heard, « Selon cette mère de famille » the one
just pointed at, « a poursuivi l'appareil diplomatique » the body going on; else the
description is a source of its own (``described.Described``). ``resolve.Registry`` reads a
phrase that is neither a name nor a pronoun here.
"""

from __future__ import annotations

from quizapp.draft.anaphora.descriptions.heard_last import (
    body_going_on,
    group_office_of,
    heard_after_cue,
    heard_in_its_words,
    person_pointed_at,
)
from quizapp.draft.anaphora.descriptions.known_voices import KnownVoices
from quizapp.draft.anaphora.last_speaker import Resolution
from quizapp.draft.sources.reading import SourceReading, description_shapes, normalised_key
from quizapp.draft.speakers.entity import Entity
from quizapp.draft.text.segment import Span
from quizapp.draft.words.lexicon import fold


class DescriptionsGoingOn(KnownVoices):
    """The voices already met, with the person or body a description after its cue goes on."""

    def _described_source(
        self, phrase: str, span: Span | None, reading: SourceReading, at: int
    ) -> Resolution | None:
        """A description; after its cue, "le psychanalyste de X" may be the person going on,
        or the body going on; else the description (``Described._description``). A reply is
        never the one whose question it answers (« « … ? », lance le président. « … »,
        réplique l'accusé »: ``answered_at``), by any of these readings (nearby41, mend41a)."""
        answered = self.answered_at(at)
        inverted = span is not None and span[0] > at
        going_on = self._going_on_as_described(phrase, reading, at, inverted)
        if going_on is not None and going_on.key != answered:
            self.taken_as[normalised_key(phrase)] = going_on.key  # a later « l'avocate… » too
            return self._speak(going_on, span, 0.7)  # « …, a encore expliqué le psychanalyste »
        return self._description(phrase, span, reading, inverted=inverted, answered=answered)

    def _going_on_as_described(
        self, phrase: str, reading: SourceReading, at: int, inverted: bool
    ) -> Entity | None:
        """The person or body going on that the description names, None when none is."""
        described, pointed = description_shapes(self.lex)
        someone = described.match(phrase) and self._maybe_someone(reading.head)
        going_on = self._going_on(reading, at) if inverted and someone else None
        if going_on is not None and self._titled_elsewhere(going_on, reading.head):
            going_on = None  # « …, ajoute le curé » after the bishop spoke: the priest
        going_on = going_on or (self._heard_as(reading, phrase, inverted) if someone else None)
        pointing = pointed.match(phrase) and (not inverted or self._according_at(at))
        going_on = going_on or (person_pointed_at(self, reading) if pointing else None)
        body = inverted and someone and self._continuing_cue(at)  # « a poursuivi l'appareil… »
        return going_on or (body_going_on(self, reading, phrase) if body else None)

    def _according_at(self, at: int) -> bool:
        """The cue at ``at`` is « selon », « d'après »…: its source comes after it, yet
        points back like a subject (« Selon cette mère de famille »); an inverted subject
        after a plain verb (« raconte ce jeune homme ») brings a new person."""
        folded = fold(self.text[at : at + 20])
        return any(folded.startswith(w + " ") for w in self.lex.words("according_to"))

    def _heard_as(self, reading: SourceReading, phrase: str, inverted: bool) -> Entity | None:
        """The person heard in this sentence or the three before, when the description's
        narrowing words were written in their title (« menace l'éducateur du club » after
        « X, président du club »: ``heard_last.heard_in_its_words``)."""
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
        if inverted and not fits and since <= 1:  # '…," said the leader of the X group'
            fits = group_office_of(entity, reading, phrase, self.lex)
        return entity if fits and not self._other_office(entity, reading.head) else None
