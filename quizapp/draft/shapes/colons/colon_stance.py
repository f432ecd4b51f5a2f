"""A predicate of certainty before a colon, read as grammar rather than as listed phrases
(recall24b): « Les élus étaient assez unanimes : … », « Le maire s'est montré très clair : … ».

The phrases of lexicon ``colon_stances`` (« est formel », « ne mâche pas ses mots ») fixed
the tense and let nothing between the verb and its adjective. A copula in any tense (lexicon
``colon_stance_copulas``), adverbs of degree or the slot's own (``colon_stance_degrees``,
``adverbs_between``, any adverb in -ment), then an adjective of certainty
(``colon_stance_adjectives``) make the same predicate. Counted over the corpus: the shape
occurs 12 times in 11 batches, 11 of them keyed. A document or a speech whose authors are
written after it may also be the subject (« Les rapports des deux experts sont formels : »),
as it may before a verb of saying; the authors are then who says it.
"""

from __future__ import annotations

import re

from quizapp.draft.shapes.detect.view import SentenceView
from quizapp.draft.speakers.speaker_checks.can_speak import singular_noun, speaking_nouns
from quizapp.draft.text.segment import Span
from quizapp.draft.text.sentence.syntax import person_like
from quizapp.draft.words.lexicon import Lexicon, alternation, built_once, fold
from quizapp.draft.words.plural import written_plural


def stance_length(view: SentenceView, folded_lead: str) -> int:
    """How many characters at the end of the (folded) words before the colon the predicate
    of certainty takes, or 0: a listed phrase first, then the grammar."""
    listed = next((s for s in view.lex.words("colon_stances") if folded_lead.endswith(" " + s)), "")
    if listed:
        return len(listed)
    found = _predicate(view.lex).search(folded_lead)
    return len(found.group(1)) if found else 0


@built_once
def _predicate(lex: Lexicon) -> re.Pattern[str]:
    """A copula, adverbs of degree or of the slot, an adjective of certainty, at the end."""
    degrees = alternation([*lex.words("colon_stance_degrees"), *lex.words("adverbs_between")])
    copulas, adjectives = lex.one_of("colon_stance_copulas"), lex.one_of("colon_stance_adjectives")
    adverb = rf"(?:,?\s*(?:{degrees or '(?!)'}|\w+ment)\s*,?\s+)"
    return re.compile(rf"\s((?:{copulas})\s+{adverb}{{0,3}}(?:{adjectives}))$")


def document_subject(view: SentenceView, start: int, end: int) -> Span | None:
    """The subject between ``start`` and ``end`` when it is a document or a speech whose
    authors follow it, people or a body (« Les rapports des deux experts », « Le discours du
    maire »; lexicon ``channel_nouns``, ``possessed_documents``, ``speech_nouns``); never
    one with no author (« Le message est clair : »)."""
    segment = view.text[start:end]
    segment = segment.rsplit(",", 1)[-1] if "," in segment else segment
    found = _authored_subject(view.lex).fullmatch(fold(segment).strip())
    if found is None or not _authors(segment.strip()[found.start(1) :], view.lex):
        return None
    begin = start + len(view.text[start:end]) - len(segment)
    begin += len(segment) - len(segment.lstrip())
    return begin, begin + len(segment.strip())


def _authors(phrase: str, lex: Lexicon) -> bool:
    """People or a body: a name, a word for a person, or a noun of the lists of speakers
    that is no document itself (« Le résumé du rapport » has no author written)."""
    if person_like(phrase, lex):
        return True
    documents = _documents(lex)
    singular = [singular_noun(w) for w in fold(phrase).split()]
    return any(w in speaking_nouns(lex) and w not in documents for w in singular)


@built_once
def _documents(lex: Lexicon) -> frozenset[str]:
    return lex.word_sets("channel_nouns", "possessed_documents", "speech_nouns")


@built_once
def _authored_subject(lex: Lexicon) -> re.Pattern[str]:
    """A determiner, a document or speech noun (singular or plural), « de » and its authors."""
    nouns = _documents(lex)
    heads = alternation({*nouns, *(n + "s" for n in nouns if not written_plural(n))})
    determiners = lex.one_of("determiners")
    return re.compile(
        rf"(?:{determiners})\s*(?:{heads})\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*(.+)"
    )
