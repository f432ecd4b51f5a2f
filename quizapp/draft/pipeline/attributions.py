"""Turning the cues of one sentence into attributions: what is said, by whom, how.

The shapes handled, in the order they are tried for a reporting verb:
  quotation then cue       «…», a-t-il déclaré  /  "…," the official said
  cue then que/that        X a affirmé que…  (a quotation inside makes it *mixed*)
  cue then colon           X a déclaré : «…»
  clause then cue          Un suspect a été identifié, a-t-elle ajouté.
  cue then its object      X accuse Y de…  /  X said the plan…
and "selon / d'après / according to X" before or after what X says. A quotation cut by an
inserted cue («…», a-t-il dit, «…») is one attribution over both halves.
"""

from __future__ import annotations

import re

from quizapp.draft.clause.objects.expected import expected_object
from quizapp.draft.clause.objects.heard import heard_drafts
from quizapp.draft.pipeline.participle_subjects import participle_after_noun
from quizapp.draft.reporting.cues import Cue
from quizapp.draft.shapes.according.according import according_draft
from quizapp.draft.shapes.according.according_source import closes_aside
from quizapp.draft.shapes.detect.clauses import (
    clause_then_cue,
    cue_announces_clause,
    cue_then_que,
)
from quizapp.draft.shapes.detect.cue_reach import closes_sentence, has_que_later
from quizapp.draft.shapes.detect.inverted.fronted_adverb import adverb_then_inverted_cue
from quizapp.draft.shapes.detect.inverted.relative import relative_draft, verb_after_relative
from quizapp.draft.shapes.detect.inverted.told_before import (
    clitic_takes_up_previous,
    unmarked_inverted_cue,
)
from quizapp.draft.shapes.detect.nested_speech import nested
from quizapp.draft.shapes.detect.object_clause import (
    and_clause_after,
    clitic_judged,
    cue_then_object,
)
from quizapp.draft.shapes.detect.object_colon import object_before_colon
from quizapp.draft.shapes.detect.quoted import cue_then_colon, inserted_cue, quote_then_cue
from quizapp.draft.shapes.detect.view import Draft, SentenceView, covers, overlap
from quizapp.draft.shapes.english_shapes.english_nominal import nominal_drafts_en, owned_noun
from quizapp.draft.shapes.english_shapes.judged import judged_as
from quizapp.draft.shapes.passives.passive import passive_drafts
from quizapp.draft.shapes.passives.passive_en import passive_drafts_en
from quizapp.draft.sources.outlets import outlet_only_refused, relay_outlet
from quizapp.draft.sources.source_kinds import document_only_refused
from quizapp.draft.sources.speaker_phrases.figures import counted_figures
from quizapp.draft.speakers.speaker_checks.can_speak import person_or_body
from quizapp.draft.text.segment import Span, first_colon
from quizapp.draft.words.lexicon import fold

__all__ = ["Draft", "SentenceView", "drafts"]


def drafts(view: SentenceView) -> list[Draft]:
    """The attributions of one sentence (sources not yet resolved)."""
    cues = [c for c in view.cues if not _feeds_later_cue(view, c) and not owned_noun(view, c)]
    opening = bool(cues) and cues[0].kind == "according" and cues[0].first <= 1
    if not opening and not any(has_que_later(view, c) or _colon_after(view, c) for c in cues):
        cues.sort(key=lambda c: not (closes_sentence(view, c) and c.pronoun != "on"))
    found = _cue_drafts(view, cues)
    found = [d for d in found if not _figures_beside_according(view, d, found)]
    found = [_aside_subject(view, d, found) for d in found]
    found += [d for d in map(lambda d: and_clause_after(view, d), found) if d is not None]
    return _with_passives_and_nouns(view, found)


def _figures_beside_according(view: SentenceView, draft: Draft, found: list[Draft]) -> bool:
    """« Les chiffres de la hausse des prix, selon l'Insee, montrent… »: figures of what they
    count, naming no author, inside what an « according to » reports (« Selon l'Insee, les
    chiffres… montrent… » too): that finding says who, the figures' would repeat it (mend42a,
    round 42's review)."""
    if draft.kind == "according_to" or draft.source is None or draft.cue is None:
        return False
    if not counted_figures(view.text, draft.source, view.lex):
        return False
    cue = draft.cue
    return any(d.kind == "according_to" and d.content[0] <= cue[0] < d.content[1] for d in found)


def _cue_drafts(view: SentenceView, cues: list[Cue]) -> list[Draft]:
    """A draft for each cue in the order given, none clashing with one kept before it; the
    quotations a kept draft covers are used (a later verb's draft leaves them)."""
    found: list[Draft] = []
    used: set[Span] = set()
    for cue in cues:
        if cue.kind == "according" and _outlet_relays_a_verb(view, cue, cues):
            continue  # "Selon l'AFP, …, a ajouté le diplomate": the diplomate speaks
        draft = according_draft(view, cue) if cue.kind == "according" else _verb(view, cue, used)
        draft = participle_after_noun(view, cue, draft)
        if draft is not None and draft.cue is not None and _subject_of_other_kind(view, draft):
            continue  # "parents learned there is a change", "the storm highlighted the need…"
        clashes = _clashes
        if draft is not None and not any(clashes(view, draft, d) for d in found):
            if cue.participle and draft.source is None and found:
                draft = _same_subject(draft, found[-1])  # "a dit X, ajoutant que…"
            found.append(draft)
            used |= {q for q in view.quotes if covers(draft.content, q)}
    return found


def _with_passives_and_nouns(view: SentenceView, found: list[Draft]) -> list[Draft]:
    """The cues' drafts, then the passives that overlap none of them (« qualifiée
    d'« entretien » par X ») and, in English, the statements carried by a noun of speech."""
    found = list(found)
    taken = [c.span for c in view.cues] + [d.content for d in found]
    passives = passive_drafts if view.lex.language == "fr" else passive_drafts_en
    for draft in passives(view, taken):  # "qualifiée d'« entretien » par X"
        if not any(overlap(draft.content, d.content) for d in found):
            found.append(draft)
    if view.lex.language == "en":  # "his assertion that…", "Trump's false claim that…"
        found += nominal_drafts_en(view, [d.content for d in found])
        found += heard_drafts(view, [d.content for d in found])  # "reports surfaced that…"
    return found


def _subject_of_other_kind(view: SentenceView, draft: Draft) -> bool:
    """A cue that reports only with an outlet or a document for its subject, without one. A
    verb of showing with "that" and a clause after it is said by a person or a body too
    (``_said_by_subject``); its noun-phrase object ("the council highlighted the need for
    drains") shows without saying."""
    subject = view.text[draft.source[0] : draft.source[1]] if draft.source else ""
    cue = view.text[draft.cue[0] : draft.cue[1]]
    return outlet_only_refused(cue, subject, view.lex) or (
        document_only_refused(cue, subject, view.lex) and not _said_by_subject(view, draft)
    )  # the cheap test of the cue first: most cues are no verb of showing (speed59)


def _said_by_subject(view: SentenceView, draft: Draft) -> bool:
    """ "Cllr X highlighted that the issues need to be raised" (english59): "that" after the
    verb and a person or a body before it (``person_or_body``), not a thing ("The disaster
    highlighted that…", "It highlighted…", mend59e), nor the clause a relative of things looks
    back on (lexicon ``thing_relatives``: "The river burst its banks, which highlighted…")."""
    if draft.source is None or draft.cue is None or draft.source[1] > draft.cue[0]:
        return False  # "Which highlighted that…": no subject before the verb
    between = fold(view.text[draft.source[1] : draft.cue[0]]).replace(",", " ").split()
    if any(w in view.lex.word_set("thing_relatives") for w in between):
        return False
    that = fold(view.text[draft.cue[1] : draft.content[0]].strip()) == "that"
    return that and person_or_body(view.text[draft.source[0] : draft.source[1]], view.lex)


def _clashes(view: SentenceView, draft: Draft, earlier: Draft) -> bool:
    """Two readings of the same words, unless one is reported speech nested in what the
    other reports ("X a reconnu appartenir au commando, a annoncé une source", "Selon ses
    sources, X a confié qu'il songeait…")."""
    if not overlap(draft.content, earlier.content):
        return False
    if _aside(view, draft, earlier) or _aside(view, earlier, draft):
        return False  # « C… le maire - qui a avancé « … », selon le parquet - avait… »
    return not (nested(view, draft, earlier) or nested(view, earlier, draft))


def _aside(view: SentenceView, inner: Draft, outer: Draft) -> bool:
    """An « according to » source closing an aside set off by dashes inside what another
    finding reports: the aside's claim is nested in the outer one."""
    if inner.kind != "according_to" or inner.source is None:
        return False  # tested first: every pair of a long sentence's drafts asks (speed59)
    inside = outer.content[0] <= inner.content[0] and inner.content[1] <= outer.content[1]
    return inside and closes_aside(view.text, inner.source[1])


def _outlet_relays_a_verb(view: SentenceView, cue: Cue, cues: list[Cue]) -> bool:
    """ "Selon AFP, …, a ajouté le diplomate russe": the outlet only relays the speaker."""
    after = view.text[cue.span[1] : view.span[1]]
    phrase = re.split(r"[,:]", after, maxsplit=1)[0].strip()
    outlet = relay_outlet(phrase, view.lex)
    if outlet is None or len(phrase.split()) > len(outlet.split()) + 1:
        return False
    return any(c.kind == "verb" and c.first > cue.last and closes_sentence(view, c) for c in cues)


def _same_subject(draft: Draft, earlier: Draft) -> Draft:
    """A participle after a cue in the same sentence shares that cue's subject."""
    if earlier.source is None and earlier.pronoun is None:
        return draft
    return Draft(
        draft.content, draft.cue, earlier.source, draft.kind, earlier.pronoun,
        draft.confidence, draft.relay_text,
    )  # fmt: skip


def _aside_subject(view: SentenceView, draft: Draft, found: list[Draft]) -> Draft:
    """« « … », précisant que D, affirme X »: a participle set between a quotation and the
    cue that reports it shares that cue's subject."""
    participle = any(c.span == draft.cue and c.participle for c in view.cues)
    if not participle or draft.source is not None or draft.cue is None:
        return draft
    for other in found:
        if other.cue and other.content[1] <= draft.cue[0] < draft.content[1] <= other.cue[0]:
            return _same_subject(draft, other)
    return draft


def _colon_after(view: SentenceView, cue: Cue) -> bool:
    rest = view.text[cue.span[1] : view.span[1]]
    colon = first_colon(rest)
    return colon >= 0 and len(rest[:colon].split()) <= 8


def _feeds_later_cue(view: SentenceView, cue: Cue) -> bool:
    """ "un élu qui s'est confié au quotidien a affirmé que": the first verb has no content."""
    later = [c for c in view.cues if c.first > cue.last and c.kind == "verb"]
    if not later or cue.kind != "verb":
        return False
    relative = {fold(t.text) for t in view.tokens[max(0, cue.first - 2) : cue.first]}
    if not relative & view.lex.word_set("subject_relatives"):
        return False  # only a verb inside a relative clause of the subject feeds the next one
    between = view.text[cue.span[1] : later[0].span[0]]
    return len(between.split()) <= 5 and not re.search(r"[,:;«“\"]|\bque\b|\bqu'|\bthat\b", between)


# ----- reporting verbs -----
def _verb(view: SentenceView, cue: Cue, used: set[Span]) -> Draft | None:
    own_that = view.lex.language == "en" and has_que_later(view, cue)  # ", as X claim that…"
    if verb_after_relative(view, cue) and not own_that:  # "que dément Paris", "as X said"
        return relative_draft(view, cue)
    for shape in (
        judged_as,
        expected_object,
        inserted_cue,
        quote_then_cue,
        cue_then_que,
        object_before_colon,
        cue_then_colon,
        clause_then_cue,
        cue_announces_clause,
        clitic_judged,
        clitic_takes_up_previous,
        unmarked_inverted_cue,
        adverb_then_inverted_cue,
        cue_then_object,
    ):
        draft = shape(view, cue, used)
        if draft is not None:
            return draft
    return None
