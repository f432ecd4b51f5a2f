"""The reason an act is given for, in the words of whoever acts (French): « Des riverains ont
attaqué le permis, au motif qu'un restaurant va supprimer la vue mer », « un classement sans
suite ordonné par le parquet, au motif que la loi ne prévoit pas de sanction », « la poignée
de militants a été escortée par les forces de l'ordre, au motif que le rassemblement n'était
pas déclaré ». No verb of saying is written; « au motif que » (lexicon
``stated_reason_openers``) says the clause after it is the reason the actor gave.

Who gave it: the agent after the first « par » of the sentence that names a person or a body
(the act is in the passive), else the subject of the sentence's first verb. recall31 counted
the shape over the French corpus: 5 times, in 5 batches (blind10c, blind19b, blind24b,
blind27c, blind30d), each keyed as the actor's reason and missed; the actor is the first
agent 3 times, the subject once, and once the one the act was done to.
"""

from __future__ import annotations

import re

from quizapp.draft.detect.view import Draft, SentenceView, has_quote, strip_span
from quizapp.draft.findings import Attribution
from quizapp.draft.lexicon import Lexicon, alternation, built_once
from quizapp.draft.passives.agent import agent_after
from quizapp.draft.rules.clause_subject import subject_speaks
from quizapp.draft.segment import Span, words_in
from quizapp.draft.subjects.main_subject import opening_subject

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
    return Draft(said, opener.span(), source, kind, None, STATED_REASON_CONFIDENCE, "")


def _actor(view: SentenceView, end: int) -> Span | None:
    """The agent of the first « par » before ``end`` that names someone, else the subject of
    the sentence's first verb when it names or takes up a person or a body."""
    for par in re.finditer(r"\s(?=par\s)", view.text[view.span[0] : end]):
        agent = agent_after(view, view.span[0] + par.start(), strict=False)
        if agent is not None and agent[1] <= end:
            return agent
    subject = opening_subject(view, end)
    return subject if subject is not None and subject_speaks(view, subject) else None


def _outside_quotes(view: SentenceView, at: int) -> bool:
    return not any(start <= at < stop for start, stop in view.quotes)


@built_once
def _opener(lex: Lexicon) -> re.Pattern[str]:
    """« au motif que » or « au motif qu' » (lexicon ``stated_reason_openers``)."""
    openers = alternation(lex.words("stated_reason_openers")) or "(?!)"
    return re.compile(rf"(?i)\b(?:{openers})(?:\s+|(?<=['’]))")
