"""Every finding's speaker checked once the article is read: one that cannot speak
(``can_speak``) is replaced by the next reading that can, in a fixed order, else by none.

The wrong speakers of unseen articles that no reader takes for a speaker (« même »,
« sa formule », "all £200") each came from a bug of its own in cutting a subject; the
speaker the writer meant was almost always a name written in the same sentence (« le Snalc
(classé à droite, même s'il le réfute) fustige », « Gérald Darmanin … défendra ce texte
visant, selon sa formule, … ») or the sentence before. The readings tried, in this order:

1. a speaker an earlier finding of the article had and got mended: the same mending (a
   quotation going on, or the same cut subject met again);
2. a mention after its cue (an inverted subject cut short, « écrivaient début novembre dans
   un communiqué, Philippe X »): the first name after it in the sentence;
3. the first name of the sentence before the cue (or the mention), outside quotation marks:
   the sentence's subject (« Gérald Darmanin », not « Emmanuel Macron » after him);
4. the first name right after a cue that follows the mention, its inverted subject
   (« ce dont se félicitent les commerçants… » résume Jérôme »: nobody48); then, for a
   mention opening its sentence and set off by a comma, the first name after it, the
   subject it was set before (« Contacté par téléphone, le maire, Jean X, explique »: noone53);
5. the last name of the paragraph's earlier sentences, outside quotation marks, and, for a
   personal pronoun left alone as the speaker (« il », « ils »: ``nobody_shapes.unresolved``,
   nobody49), the last name of the paragraph before; such a pronoun stays when none is found;
6. else nobody said it: the finding is dropped where the lexicon says so
   (``drop_unspoken_findings``: French, none of whose such findings of the corpus a key
   holds), else kept with no speaker (English, some keyed: ``docs/drafting.md``).

An impersonal voice that names nobody ("it is understood", "were told": ``voiceless``) is
given no speaker before any reading, as the English keys give it none; so is a French passive
of blame with no agent (« est régulièrement critiqué pour… »: ``blamed_by_nobody``).

A mention a relative clause describes (« celui qui a découvert le corps ») for which no
reading finds a name keeps its speaker: someone new. Names here are the registry's entities that
can speak themselves (``readings.Names``). A fronted participle (« Joint par téléphone, »:
``nobody_shapes.fronted``, speakers55) is no one.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import partial

from quizapp.draft.findings import Attribution, Span
from quizapp.draft.pipeline.resolve import Registry
from quizapp.draft.speakers.speaker_checks.blamed_by_nobody import blamed_by_nobody
from quizapp.draft.speakers.speaker_checks.can_speak import can_speak, thing_speaker, voiceless
from quizapp.draft.speakers.speaker_checks.cut_phrases import mended_speaker, not_a_speaker
from quizapp.draft.speakers.speaker_checks.nobody_shapes import fronted, no_one, unresolved
from quizapp.draft.speakers.speaker_checks.passed_places import placed
from quizapp.draft.speakers.speaker_checks.place_names import article_voices, place_named
from quizapp.draft.speakers.speaker_checks.readings import Names
from quizapp.draft.text.segment import Overlaps
from quizapp.draft.words.lexicon import Lexicon, fold, relative_words


def speaking_speakers(
    found: list[Attribution],
    registry: Registry,
    spans: tuple[list[Span], list[Span]],
    quotes: Overlaps,
    lex: Lexicon,
) -> list[Attribution]:
    """``found`` with each speaker that cannot speak replaced (module docstring); ``spans``:
    the article's sentences and paragraphs, in order."""
    check = _Check(registry, spans, quotes, lex, article_voices(found), tuple(found))
    checked = (check.checked(attribution) for attribution in found)
    return [attribution for attribution in checked if attribution is not None]


@dataclass
class _Check:
    """What the check of one article's findings carries from finding to finding: the names,
    built for the first finding that needs them, and the replacement found for each speaker
    (None: nobody found), which a later finding with the same speaker takes (reading 1)."""

    registry: Registry
    spans: tuple[list[Span], list[Span]]
    quotes: Overlaps
    lex: Lexicon
    voices: frozenset[str]  # names the findings give a voice (place_names, mend54a)
    found: tuple[Attribution, ...]  # the article's findings, for a place's nearest voice
    names: Names | None = None
    replaced: dict[str, tuple[str, str] | None] = field(default_factory=dict)
    fronts: set[str] = field(default_factory=set)  # speakers set before a subject

    def checked(self, attribution: Attribution) -> Attribution | None:
        """The finding with a speaker that can speak, or with none; None when it is dropped."""
        lex = self.lex
        attribution = _mended(attribution, lex)
        speaker = attribution.speaker
        if voiceless(speaker, lex) or blamed_by_nobody(attribution, self.registry.text, lex):
            return _nobody(attribution)  # "it is understood", « est critiqué pour… »
        left = unresolved(speaker, lex)  # « il » the resolver found no one for (nobody49)
        mention = attribution.speaker_mention  # "in Brecon": where, not who (noone54)
        place = place_named(speaker, self.registry, lex, mention, self.voices)
        front = fronted(attribution, self.registry.text, lex, self.fronts)  # speakers55
        if can_speak(speaker, lex) and not (left or place or front):
            return attribution
        if place:  # its mention's own words, else the person a reading finds
            reading = partial(self._replacement, attribution, True, True)
            return placed(attribution, self.registry, lex, reading, self.found, self.spans)
        kept = left or front or not_a_speaker(speaker, lex) or _thing(speaker, lex)  # keyed
        taken = self._replacement(attribution, bool(kept), left or front)
        if taken is not None:
            return replace(attribution, speaker=taken[0], label=taken[1])
        return _unreplaced(attribution, left, bool(kept), self.registry.text, lex)

    def _replacement(
        self, attribution: Attribution, kept: bool, left: bool
    ) -> tuple[str, str] | None:
        """The replacing speaker and label: sought again for a kept finding or one not met yet,
        else as its first finding's (reading 1; a quotation going on after ``fronted``)."""
        speaker = attribution.speaker
        going_on = speaker in self.fronts and attribution.speaker_mention is None
        if speaker not in self.replaced or (kept and not (going_on and self.replaced[speaker])):
            self.names = self.names or Names(self.registry, self.quotes, self.lex, self.voices)
            self.replaced[speaker] = self.names.replacement(attribution, *self.spans, further=left)
        return self.replaced[speaker]


def _unreplaced(
    attribution: Attribution, left: bool, kept: bool, text: str, lex: Lexicon
) -> Attribution | None:
    """A finding whose speaker no reading replaced: kept as it is for a pronoun left alone, a
    name that is no one (« Grand X ») or someone a relative clause describes (« celui qui a
    découvert le corps »); an outlet it came through (``via``) speaks it; given no speaker where
    the lexicon keeps unspoken findings (English) or for a keyed finding; else dropped."""
    if left or no_one(attribution.speaker, lex):
        return attribution
    if _described(text, attribution.speaker_mention, lex):
        return attribution
    if attribution.via:  # « un article de X faisant état de… »: the relay speaks (reply55)
        return replace(attribution, speaker=attribution.via, label="named", via=None)
    if kept or not lex.raw.get("drop_unspoken_findings"):
        return _nobody(attribution)
    return None


def _thing(speaker: str, lex: Lexicon) -> bool:
    """A speaker whose head is a thing (« Quartier Nord », « la sécheresse »: speakable53)
    that the check let pass before: its findings were kept and many are keyed, so one no
    reading replaces keeps no speaker rather than going; a thing the check refused before
    (« Sa décision souligne… ») still goes."""
    return thing_speaker(speaker, lex) and can_speak(speaker, lex, heads=False)


def _mended(attribution: Attribution, lex: Lexicon) -> Attribution:
    """The finding with its speaker cut where its noun phrase ends (« Un habitant de Cépy
    en » reads « Un habitant de Cépy »: ``cut_phrases``)."""
    speaker = mended_speaker(attribution.speaker, lex)
    return attribution if speaker == attribution.speaker else replace(attribution, speaker=speaker)


def _nobody(attribution: Attribution) -> Attribution:
    """The finding with no speaker: no words of the text stand for one either."""
    return replace(attribution, speaker="", speaker_mention=None, label="vague")


def _described(text: str, mention: Span | None, lex: Lexicon) -> bool:
    """A mention a relative clause describes (« celui qui a découvert le corps », "those
    who…"): someone, though no name stands for them."""
    if mention is None or fold(text[mention[0] : mention[1]]) in lex.word_set("neuter_subjects"):
        return False  # « ce dont se félicitent… »: a thing (nobody48)
    after = text[mention[1] : mention[1] + 12].split()
    return bool(after) and fold(after[0]) in relative_words(lex)
