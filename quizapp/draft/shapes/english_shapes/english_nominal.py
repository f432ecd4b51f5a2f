"""English statements carried by a noun of speech with its owner: "his assertion that he
always wins", "Trump's false claim that the bill could not pass", "the company's warning
that prices will rise". The owner (a possessive or a name with 's) said the that-clause; the
noun is the cue. A noun with no owner ("the claim that…", "reports that…") says nothing of
who spoke and is left alone; a noun whose agent follows it ("complaints by businesses that…",
"claims in The Telegraph that…", lexicon ``agent_speech_nouns``) was said by that agent."""

from __future__ import annotations

import re

from quizapp.draft.reporting.cues import Cue
from quizapp.draft.shapes.detect.content_bounds import content_end_text
from quizapp.draft.shapes.detect.view import Draft, SentenceView, has_quote, strip_span
from quizapp.draft.sources.outlets import relay_outlet
from quizapp.draft.text.segment import Span, words_in
from quizapp.draft.words.lexicon import Lexicon, built_once, fold

_OWNER = (
    r"(?:(?P<own>his|her|their|its)"
    r"|(?P<named>the\s+[a-z]+|(?-i:(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*))['’]s)"
)
_QUALIFIER = r"(?:(?:[a-z]+ly|false|repeated|earlier|latest|new|public|own|previous|initial)\s+)?"
# "that" and a space close every match of the owned and agent patterns (and of ``heard``'s
# second): a sentence without them is not scanned with those long alternations, which try
# every owner and noun at each character (speed45: a tenth of the passes find one)
SAYS_THAT = re.compile(r"that\s", re.IGNORECASE)


def nominal_drafts_en(view: SentenceView, contents: list[Span]) -> list[Draft]:
    """The owned nouns of speech of an English sentence (lexicon ``owned_speech_nouns``)
    followed by "that", each with the clause it reports; none inside a quotation, in a cue's
    words, or over the content of another finding unless nested in it (a verb's reading of
    the same clause, "He repeated his claim that…", is kept)."""
    pattern = _owned_pattern(view.lex)
    if pattern is None or not SAYS_THAT.search(view.text, view.span[0], view.span[1]):
        return []
    found: list[Draft] = []
    for match in pattern.finditer(view.text, view.span[0], view.span[1]):
        content = strip_span(view.text, (match.end(), content_end_text(view, match.end())))
        cue = match.span("noun")
        if words_in(view.text, content) < 3 or _quoted(view, cue) or _taken(view, cue, contents):
            continue
        kind = "mixed" if has_quote(view, content) else "indirect"
        owner = match.span("own") if match.group("own") else match.span("named")
        found.append(Draft(content, cue, owner, kind, None, 0.6, ""))
    return found + _agent_drafts(view, contents)


def _agent_drafts(view: SentenceView, contents: list[Span]) -> list[Draft]:
    """ "complaints by businesses that they were not consulted", "agreement from both sides
    that…", "claims in The Telegraph that…": the agent after "by" or "from" (after "in", only
    an outlet or a document) said the that-clause; an agent of time ("claims in recent weeks
    that") is none."""
    pattern = _agent_pattern(view.lex)
    if pattern is None:
        return []
    found: list[Draft] = []
    for match in pattern.finditer(view.text, view.span[0], view.span[1]):
        agent, cue = match.span("agent"), match.span("noun")
        if not _speaking_agent(view, match.group("by").lower(), match.group("agent")):
            continue
        content = strip_span(view.text, (match.end(), content_end_text(view, match.end())))
        if words_in(view.text, content) < 3 or _quoted(view, cue) or _taken(view, cue, contents):
            continue
        kind = "mixed" if has_quote(view, content) else "indirect"
        found.append(Draft(content, cue, agent, kind, None, 0.6, ""))
    return found


@built_once
def _owned_pattern(lex: Lexicon) -> re.Pattern[str] | None:
    """An owner, a noun of lexicon ``owned_speech_nouns``, "that" (built once per lexicon,
    not escaped and joined again for each sentence); None when the lexicon has no such noun."""
    nouns = "|".join(re.escape(n) for n in lex.words("owned_speech_nouns"))
    if not nouns:
        return None
    return re.compile(rf"\b{_OWNER}\s+{_QUALIFIER}(?P<noun>{nouns})\s+that\s", re.IGNORECASE)


@built_once
def _agent_pattern(lex: Lexicon) -> re.Pattern[str] | None:
    """A noun of lexicon ``agent_speech_nouns``, "by / from / in", its agent, "that" (built
    once per lexicon); None when the lexicon has no such noun."""
    nouns = "|".join(re.escape(n) for n in lex.words("agent_speech_nouns"))
    if not nouns:
        return None
    return re.compile(
        rf"\b(?P<noun>{nouns})\s+(?P<by>by|from|in)\s+"
        r"(?P<agent>(?:[\w.&'’-]+\s+){0,5}?[\w.&'’-]+)\s+that\s",
        re.IGNORECASE,
    )


def _speaking_agent(view: SentenceView, by: str, agent: str) -> bool:
    lex = view.lex
    words = fold(agent).split()
    times = [lex.word_set(key) for key in ("that_time_nouns", "date_words", "times_alone")]
    if any(w == "that" or any(w in kind for kind in times) for w in words):
        return False
    if by != "in":
        return True
    document = words[-1] in lex.word_set("issued_documents")
    return document or relay_outlet(agent, lex) is not None


def noun_free(view: SentenceView, cue: Span, contents: list[Span]) -> bool:
    """A noun of speech outside quotations, cue words and other findings' contents."""
    return not (_quoted(view, cue) or _taken(view, cue, contents))


def _quoted(view: SentenceView, span: Span) -> bool:
    return any(q[0] <= span[0] and span[1] <= q[1] for q in view.quotes)


_OWNED_BEFORE = re.compile(rf"{_OWNER}\s+{_QUALIFIER}$")  # an owner just before the cue


def owned_noun(view: SentenceView, cue: Cue) -> bool:
    """A cue word right after a possessive ("Acme's claim that", "his claim that") is the
    noun, not the verb: its owner, not the words before, said what follows."""
    before = view.text[max(view.span[0], cue.span[0] - 40) : cue.span[0]]
    owned = _OWNED_BEFORE.search(before)
    word = fold(view.text[cue.span[0] : cue.span[1]])
    if owned is not None and word in view.lex.word_set("owned_speech_nouns"):
        return True
    return word in view.lex.word_set("agent_speech_nouns") and _agent_after(view, cue)


def _agent_after(view: SentenceView, cue: Cue) -> bool:
    """ "claims in The Telegraph that…": the noun of a speaking agent, not the verb."""
    pattern = _agent_pattern(view.lex)
    match = pattern.match(view.text, cue.span[0], view.span[1]) if pattern else None
    return match is not None and _speaking_agent(
        view, match.group("by").lower(), match.group("agent")
    )


def _taken(view: SentenceView, cue: Span, contents: list[Span]) -> bool:
    """The noun is in a cue's words, or in a content that does not hold its whole clause."""
    cues = [c for c in view.cues if not owned_noun(view, c)]
    if any(c.span[0] <= cue[0] < c.span[1] for c in cues):
        return True
    return any(c[0] < cue[1] and cue[0] < c[1] and not c[0] <= cue[0] for c in contents)
