"""The thing a passive judgement judges, kept with what it is called (bounds48).

« La nouvelle majorité est donc taxée d'incompétence par l'opposition »: passive.py reads the
agent's words after a qualifying participle and its « de / comme » (« incompétence »); the
keys hold the whole judgement, the clause from its subject, of which the name alone covers
under 30 %. A key on the name alone (« qualifiée d'« entretien » ») stays inside the wider
span. Not the judged adjective with no « de / comme » (« Un geste jugé inacceptable par
Alger »: recall9c's keys hold the adjective, and the wider span gained none)."""

from __future__ import annotations

from quizapp.draft.clause.subjects.clause_bounds import clause_start_before
from quizapp.draft.shapes.detect.view import SentenceView, strip_span
from quizapp.draft.text.segment import Span
from quizapp.draft.words.lexicon import Lexicon, built_once, fold


def with_judged_subject(view: SentenceView, index: int, said: Span) -> Span:
    """« La nouvelle majorité est donc taxée d'incompétence par l'opposition », « Une
    candidature considérée comme un parachutage par l'opposition »: what the agent says is
    the whole judgement, the thing judged with what it is called (bounds48: the keys hold the
    clause from its subject; the name alone, « incompétence », covers under 30 % of it).
    With no subject in the clause (« …, et a même été qualifiée de « honte » », « …, est
    perçue comme … ») or a subject pronoun (« Il a été traité de menteur par… »), the name
    alone: a verb form is no thing judged, nor a bare pronoun (mend48a)."""
    start = clause_start_before(view, view.tokens[index].start)
    judged = strip_span(view.text, (start, view.tokens[index].start))
    first = view.text[judged[0] : judged[1]].split()[:1]
    if not first or fold(first[0]) in _verb_openers(view.lex):
        return said
    return judged[0], said[1]


@built_once
def _verb_openers(lex: Lexicon) -> frozenset[str]:
    """The words a clause with no subject opens on: a coordinator, a form of être, an
    auxiliary (« et a même été », « est »); and a subject pronoun, which names no thing."""
    openers = lex.word_sets("coordinators", "passive_being_forms", "subject_pronouns")
    return openers | lex.auxiliaries
