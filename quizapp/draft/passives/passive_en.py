"""English reporting verbs in the passive, with their agent after *by*.

  qualifying verb  "The company was described as "reckless" by regulators" -> "reckless"
  accusation       "The mayor was accused by critics of hiding the losses" -> of hiding…
  any other        "The decision was announced on Friday by the Department of Justice"
                   -> The decision
The agent must read as someone ("by phone", "by email" do not); with no agent the sentence is
left alone (English keys give no impersonal voice to "was accused of").
"""

from __future__ import annotations

import re

from quizapp.draft.cues import Cue
from quizapp.draft.detect.view import Draft, SentenceView, has_quote, relay_window, strip_span
from quizapp.draft.lexicon import Lexicon, fold
from quizapp.draft.segment import Span, words_in
from quizapp.draft.subjects.around_cue import clause_start_before

_BEING = {"was", "were", "is", "are", "been", "be", "being"}
_QUALIFYING = {"described", "called", "labeled", "labelled", "branded", "dubbed", "termed"}
_ACCUSING = {"accused", "suspected"}
_AGENT = re.compile(
    r"(?:\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|"
    r"today|earlier|later|first|also|publicly|officially|widely|\w+ly))*"
    r"\s+by\s+((?:the|a|an|[A-Z][\w.'’-]*)\b(?:\s+[\w'’.-]+){0,7}?)"
    r"(?=\s*(?:[,.;:!?()\"“”]|$)|\s+(?:in|on|at|during|after|who|which|last|this|for|over)\s)",
    re.IGNORECASE,
)
_NOT_AGENTS = {"phone", "telephone", "email", "e-mail", "mail", "hand", "mistake", "chance",
               "default", "far", "video", "text"}  # fmt: skip


def passive_drafts_en(view: SentenceView, taken: list[Span]) -> list[Draft]:
    """The passive reporting verbs of an English sentence not part of an active cue."""
    found: list[Draft] = []
    for index, token in enumerate(view.tokens):
        word = fold(token.text)
        if not view.outside[index] or not _reporting_participle(word, view.lex):
            continue
        if any(s <= token.start < e for s, e in taken):
            continue
        draft = _passive(view, index, word)
        if draft is not None:
            found.append(draft)
    return found


def _reporting_participle(word: str, lex: Lexicon) -> bool:
    """ "was reported by the Times" relays news rather than someone's words: left out."""
    relayed = word in {"reported", "published", "quoted", "cited"}
    return word in _QUALIFYING or word in _ACCUSING or (word in lex.participles and not relayed)


def _passive(view: SentenceView, index: int, word: str) -> Draft | None:
    text, token = view.text, view.tokens[index]
    before = [fold(t.text) for t in view.tokens[max(0, index - 3) : index]]
    being = [i for i, w in enumerate(before) if w in _BEING]
    if not being and word not in _QUALIFYING | _ACCUSING:
        return None  # "the figures announced by…" is a noun phrase, not a statement
    after = token.end
    said: Span | None = None
    if word in _QUALIFYING:
        complement = re.match(r"\s+as\s+(.{1,80}?)(?=\s+by\s)", text[after : view.span[1]])
        if complement is None:
            return None
        said = (after + complement.start(1), after + complement.end(1))
        after += complement.end()
    agent = _AGENT.match(text, after, view.span[1])
    if agent is None or fold(agent.group(1)).split()[-1] in _NOT_AGENTS:
        return None
    source = strip_span(text, (agent.start(1), agent.end(1)))
    of = re.search(r"\s+of\s", agent.group(1))
    if word in _ACCUSING and of:  # "accused by critics of hiding…"
        source = (agent.start(1), agent.start(1) + of.start())
    if word in _ACCUSING:
        charge = re.match(r"\s+(of\s.+?)\s*(?:[,;:]|$|\.\s*$)", text[source[1] : view.span[1]])
        said = (source[1] + charge.start(1), source[1] + charge.end(1)) if charge else None
    elif said is None and being:
        verb = view.tokens[max(0, index - 3) + being[0]]
        start = clause_start_before(view, verb.start)
        said = _without_auxiliary(text, strip_span(text, (start, verb.start)))
        reason = re.match(r"\s+for\s[^,;:.]+", text[source[1] : view.span[1]])
        if reason:  # "was criticized by lawmakers for its slow response": the whole charge
            said = (said[0], source[1] + reason.end())
    if said is None or words_in(text, said) < 2 - (word in _QUALIFYING):
        return None
    said = strip_span(text, said)
    kind = "mixed" if has_quote(view, said) else "indirect"
    cue = Cue(index, index, (token.start, token.end), "verb", None)
    return Draft(said, cue.span, source, kind, None, 0.55, relay_window(view, cue))


def _without_auxiliary(text: str, span: Span) -> Span:
    """ "The decision has been announced": the subject without "has" / "had"."""
    found = re.search(r"\s+(?:has|have|had|will|would|could|may|might)$", text[span[0] : span[1]])
    return (span[0], span[0] + found.start()) if found else span
