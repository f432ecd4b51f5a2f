"""The thing a passive judgement judges, kept with what it is called (bounds48).

« La nouvelle majorité est donc taxée d'incompétence par l'opposition »: passive.py reads the
agent's words after a qualifying participle (« incompétence ») or a judged adjective; the keys
hold the whole judgement, the clause from its subject, of which the name alone covers under
30 %. A key on the name alone (« qualifiée d'« entretien » ») stays inside the wider span."""

from __future__ import annotations

from quizapp.draft.clause.subjects.clause_bounds import clause_start_before
from quizapp.draft.shapes.detect.view import SentenceView, strip_span
from quizapp.draft.text.segment import Span, words_in


def with_judged_subject(view: SentenceView, index: int, said: Span) -> Span:
    """« La nouvelle majorité est donc taxée d'incompétence par l'opposition », « Une
    candidature considérée comme un parachutage par l'opposition »: what the agent says is
    the whole judgement, the thing judged with what it is called (bounds48: the keys hold the
    clause from its subject; the name alone, « incompétence », covers under 30 % of it)."""
    start = clause_start_before(view, view.tokens[index].start)
    judged = strip_span(view.text, (start, view.tokens[index].start))
    return (judged[0], said[1]) if words_in(view.text, judged) else said
