"""The names a finding's speaker may be replaced by, and the readings that pick one
(``plausible``'s readings 2-5, moved here from plausible.py by mend55a so that both files
stay under 300 lines; behaviour unchanged).

Names are the registry's entities that can speak themselves, each mention outside quotation
marks, in order of the text; each reading looks at one place around the finding (after its
inverted mention, the sentence before the cue, after the cue, after a mention set off by a
comma, the paragraph's earlier sentences) and takes the first or last name there.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from quizapp.draft.findings import Attribution, Span
from quizapp.draft.pipeline.fullest_names import final_name
from quizapp.draft.pipeline.resolve import Registry
from quizapp.draft.speakers.entity import Entity, each_once
from quizapp.draft.speakers.speaker_checks.can_speak import can_speak
from quizapp.draft.speakers.speaker_checks.place_names import place_named
from quizapp.draft.text.segment import Overlaps
from quizapp.draft.words.lexicon import Lexicon, fold

_INVERTED_REACH = 80  # characters after a cut inverted subject where its name may stand


class Names:
    """The registry's names that can speak, each mention outside quotation marks, in order."""

    def __init__(
        self, registry: Registry, quotes: Overlaps, lex: Lexicon, voices: frozenset[str]
    ) -> None:
        entities = each_once(registry.entities.values())
        named = [(final_name(registry, e.name), e) for e in entities]
        self.mentions = sorted(
            (mention, name, entity.label)
            for name, entity in named
            if can_speak(name, lex) and not place_named(name, registry, lex, None, voices)
            for mention in entity.mentions
            if not quotes.within(*mention) and _speaks(registry, entity, mention, lex)
        )
        self.starts = [mention[0][0] for mention in self.mentions]
        self.inverted = bool(lex.raw.get("inverted_subject_after_cue"))  # reading 4 (French)
        self.text = registry.text

    def within(self, start: int, end: int) -> Iterator[tuple[Span, str, str]]:
        """The mentions starting in [start, end), in order."""
        index = bisect_right(self.starts, start - 1)
        while index < len(self.mentions) and self.mentions[index][0][0] < end:
            yield self.mentions[index]
            index += 1

    def replacement(
        self,
        attribution: Attribution,
        sentences: list[Span],
        paragraphs: list[Span],
        further: bool = False,
    ) -> tuple[str, str] | None:
        """The first of the module's readings 2-4 that finds a name."""
        mention, cue = attribution.speaker_mention, attribution.cue
        spans = [s for s in (mention, cue) if s is not None]
        at = min(s[0] for s in spans) if spans else attribution.content[0]
        sentence = _around(sentences, at) or (at, at)
        place = _Place(mention, cue, max(s[0] for s in spans) if spans else at, sentence)
        place.paragraph = _around(paragraphs, at) or sentence
        for reading in READINGS:
            found = reading(self, place)
            if found is not None:
                return found[1:]
        found = self.paragraph_before(place, paragraphs) if further else None
        return found[1:] if found is not None else None

    def paragraph_before(
        self, place: _Place, paragraphs: list[Span]
    ) -> tuple[Span, str, str] | None:
        """Reading 5b, for a pronoun left alone (nobody49): the last name of the paragraph
        before (« Marie X n'a pas assisté… » then « Un geste pour dénoncer… »: « il »)."""
        index = bisect_right([p[1] for p in paragraphs], place.paragraph[0]) - 1
        if index < 0:
            return None
        earlier = list(self.within(*paragraphs[index]))
        return earlier[-1] if earlier else None

    def inverted_after(self, place: _Place) -> tuple[Span, str, str] | None:
        """Reading 2: the first name after a mention that follows its cue."""
        mention, cue = place.mention, place.cue
        if mention is None or cue is None or cue[1] > mention[0]:
            return None
        reach = min(place.sentence[1], mention[1] + _INVERTED_REACH)
        return next(self.within(mention[1], reach), None)

    def sentence_first(self, place: _Place) -> tuple[Span, str, str] | None:
        """Reading 3: the sentence's first name before the cue or the mention."""
        return next(self.within(place.sentence[0], place.before), None)

    def opening_after(self, place: _Place) -> tuple[Span, str, str] | None:
        """Reading 3b (noone53): the first name after a mention that opens its sentence and
        is set off by a comma, the subject it was set before (« Contacté par téléphone, le
        maire de Crots, Jean-Pierre X, donne ses explications »)."""
        mention = place.mention
        if mention is None or mention[0] != place.sentence[0]:
            return None
        if not self.text[mention[1] : mention[1] + 2].lstrip().startswith(","):
            return None
        return next(self.within(mention[1], place.sentence[1]), None)

    def paragraph_last(self, place: _Place) -> tuple[Span, str, str] | None:
        """Reading 5: the last name of the paragraph before the sentence."""
        earlier = list(self.within(place.paragraph[0], place.sentence[0]))
        return earlier[-1] if earlier else None

    def after_cue(self, place: _Place) -> tuple[Span, str, str] | None:
        """Reading 4 (nobody48): the first name right after a cue that follows the mention,
        its inverted subject (« ce dont se félicitent les commerçants… », résume Jérôme »)."""
        mention, cue = place.mention, place.cue
        if not self.inverted or mention is None or cue is None or cue[0] < mention[1]:
            return None
        reach = min(place.sentence[1], cue[1] + _INVERTED_REACH)
        return next(self.within(cue[1], reach), None)


@dataclass
class _Place:
    """Where a finding's speaker was looked for: its mention and cue, the offset the
    readings look before, its sentence and paragraph."""

    mention: Span | None
    cue: Span | None
    before: int
    sentence: Span
    paragraph: Span = (0, 0)


READINGS = (
    Names.inverted_after,
    Names.sentence_first,
    Names.after_cue,
    Names.opening_after,
    Names.paragraph_last,
)


def _speaks(registry: Registry, entity: Entity, mention: Span, lex: Lexicon) -> bool:
    """A name that stands for someone who can speak: a person, one heard in the article, an
    acronym (« la CGT ») or a body after its noun (« le syndicat Sud »); not a place nor a
    capitalised word opening a sentence (« Réouverture », "Speaking")."""
    if entity.person or entity.key in registry.spoke_in:
        return True
    written = registry.text[mention[0] : mention[1]]
    if len(written) > 1 and written.isupper():
        return True
    before = registry.text[max(0, mention[0] - 30) : mention[0]].split()
    bodies = lex.word_sets("organisation_anaphors", "organisation_name_words")
    return bool(before) and fold(before[-1]) in bodies


def _around(spans: list[Span], at: int) -> Span | None:
    """The span of ``spans`` (in order, apart) that holds ``at``."""
    index = bisect_right([span[0] for span in spans], at) - 1
    return spans[index] if index >= 0 and at < spans[index][1] else None
