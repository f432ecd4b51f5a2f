"""The reason an act is given for, in the words of whoever acts (French): « Des riverains ont
attaqué le permis, au motif qu'un restaurant va supprimer la vue mer », « un classement sans
suite ordonné par le parquet, au motif que la loi ne prévoit pas de sanction », « la poignée
de militants a été escortée par les forces de l'ordre, au motif que le rassemblement n'était
pas déclaré ». No verb of saying is written; « au motif que » (lexicon
``stated_reason_openers``) says the clause after it is the reason the actor gave.

Who gave it: the agent after « par » (lexicon ``agent_prepositions``) when the main clause is
a passive (a form of être and a participle; none when it names no agent), else the
subject of the sentence's first verb; in a sentence with no verb (« Un arrêté suspendu par le
tribunal, au motif que »), the first agent that names someone. mend31a (review31): an agent
in an aside (« Le maire, élu par les habitants, a refusé… ») or on the object (« a interdit
la fête organisée par le comité ») is not the actor, nor a way (« passé par la fenêtre »).
recall31 counted
the shape over the French corpus: 5 times, in 5 batches (blind10c, blind19b, blind24b,
blind27c, blind30d), each keyed as the actor's reason and missed; the actor is the first
agent 3 times, the subject once, and once the one the act was done to.
"""

from __future__ import annotations

import re
from itertools import pairwise

from quizapp.draft.clause.subjects.main_subject import opening_subject
from quizapp.draft.findings import Attribution
from quizapp.draft.shapes.detect.view import Draft, SentenceView, has_quote, strip_span
from quizapp.draft.shapes.passives.agent import agent_after
from quizapp.draft.text.segment import Span, words_in
from quizapp.draft.uncued.rules.clause_subject import subject_speaks
from quizapp.draft.words.lexicon import Lexicon, alternation, built_once, fold

STATED_REASON_CONFIDENCE = 0.5  # no verb says it: the reason stands for what was said


def stated_reason(view: SentenceView, new: list[Attribution]) -> Draft | None:
    """The clause after « au motif que » to the end of the sentence, three words or more, as
    the words of the act's agent or subject, when no finding of the sentence covers it."""
    if view.lex.language != "fr":
        return None
    opener = _opener(view.lex).search(view.text, view.span[0], view.span[1])
    if opener is None or not _outside_quotes(view, opener.start()):
        return None
    said = strip_span(view.text, (opener.end(), view.span[1]))
    said = (said[0], said[0] + len(view.text[said[0] : said[1]].rstrip(" .!?…")))
    if words_in(view.text, said) < 3:
        return None
    if any(a.content[0] < said[1] and said[0] < a.content[1] for a in new):
        return None
    source = _actor(view, opener.start())
    if source is None:
        return None
    kind = "mixed" if has_quote(view, said) else "indirect"
    cue = strip_span(view.text, opener.span())  # « au motif que », not its trailing space
    return Draft(said, cue, source, kind, None, STATED_REASON_CONFIDENCE, "")


def _actor(view: SentenceView, end: int) -> Span | None:
    """The agent of the main clause's passive (none: nobody said to act), else the subject
    of the sentence's first verb when it names or takes up a person or a body; with no verb,
    the first agent that names someone."""
    passive = _passive_at(view, end)
    if passive is not None:
        return _first_agent(view, passive[0], end, strict=passive[1])
    subject = opening_subject(view, end)
    if subject is None:
        return _first_agent(view, view.span[0], end, strict=True)
    return subject if subject_speaks(view, subject) else None


def _passive_at(view: SentenceView, end: int) -> tuple[int, bool] | None:
    """Where the participle after a form of être before ``end`` ends (« a été escortée »,
    « est interdit »), and whether its agent must name someone: after « est passé » the
    « par » may be a way (« par la fenêtre »), after « été » (lexicon
    ``passive_only_being_forms``) it is the passive's agent."""
    being = view.lex.word_set("passive_being_forms")
    tokens = [t for t, out in zip(view.tokens, view.outside, strict=True) if out]
    for token, following in pairwise(tokens):
        if following.end <= end and fold(token.text) in being:
            only = fold(token.text) in view.lex.word_set("passive_only_being_forms")
            return following.end, not only
    return None


def _first_agent(view: SentenceView, start: int, end: int, strict: bool) -> Span | None:
    """The first agent after ``start`` that ends before ``end``."""
    prepositions = view.lex.word_set("agent_prepositions")
    for word in view.tokens:
        if start <= word.start < end and fold(word.text) in prepositions:
            agent = agent_after(view, word.start - 1, strict=strict)
            if agent is not None and agent[1] <= end:
                return agent
    return None


def _outside_quotes(view: SentenceView, at: int) -> bool:
    return not any(start <= at < stop for start, stop in view.quotes)


@built_once
def _opener(lex: Lexicon) -> re.Pattern[str]:
    """« au motif que » or « au motif qu' » (lexicon ``stated_reason_openers``)."""
    openers = alternation(lex.words("stated_reason_openers")) or "(?!)"
    return re.compile(rf"(?i)\b(?:{openers})(?:\s+|(?<=['’]))")
