"""English statements carried by a noun of speech with its owner: "his assertion that he
always wins", "Trump's false claim that the bill could not pass", "the company's warning
that prices will rise". The owner (a possessive or a name with 's) said the that-clause; the
noun is the cue. A noun with no owner ("the claim that…", "reports that…") says nothing of
who spoke and is left alone."""

from __future__ import annotations

import re

from quizapp.draft.cues import Cue
from quizapp.draft.detect.view import Draft, SentenceView, content_end_text, has_quote, strip_span
from quizapp.draft.lexicon import fold
from quizapp.draft.segment import Span, words_in

_OWNER = (
    r"(?:(?P<own>his|her|their|its)"
    r"|(?P<named>the\s+[a-z]+|(?-i:(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*))['’]s)"
)
_QUALIFIER = r"(?:(?:[a-z]+ly|false|repeated|earlier|latest|new|public|own|previous|initial)\s+)?"


def nominal_drafts_en(view: SentenceView, contents: list[Span]) -> list[Draft]:
    """The owned nouns of speech of an English sentence (lexicon ``owned_speech_nouns``)
    followed by "that", each with the clause it reports; none inside a quotation, in a cue's
    words, or over the content of another finding unless nested in it (a verb's reading of
    the same clause, "He repeated his claim that…", is kept)."""
    nouns = "|".join(re.escape(n) for n in view.lex.words("owned_speech_nouns"))
    if not nouns:
        return []
    pattern = re.compile(rf"\b{_OWNER}\s+{_QUALIFIER}(?P<noun>{nouns})\s+that\s", re.IGNORECASE)
    found: list[Draft] = []
    for match in pattern.finditer(view.text, view.span[0], view.span[1]):
        content = strip_span(view.text, (match.end(), content_end_text(view, match.end())))
        cue = match.span("noun")
        if words_in(view.text, content) < 3 or _quoted(view, cue) or _taken(view, cue, contents):
            continue
        kind = "mixed" if has_quote(view, content) else "indirect"
        owner = match.span("own") if match.group("own") else match.span("named")
        found.append(Draft(content, cue, owner, kind, None, 0.6, ""))
    return found


def _quoted(view: SentenceView, span: Span) -> bool:
    return any(q[0] <= span[0] and span[1] <= q[1] for q in view.quotes)


def owned_noun(view: SentenceView, cue: Cue) -> bool:
    """A cue word right after a possessive ("Acme's claim that", "his claim that") is the
    noun, not the verb: its owner, not the words before, said what follows."""
    before = view.text[max(view.span[0], cue.span[0] - 40) : cue.span[0]]
    owned = re.search(rf"{_OWNER}\s+{_QUALIFIER}$", before)
    return owned is not None and fold(view.text[cue.span[0] : cue.span[1]]) in set(
        view.lex.words("owned_speech_nouns")
    )


def _taken(view: SentenceView, cue: Span, contents: list[Span]) -> bool:
    """The noun is in a cue's words, or in a content that does not hold its whole clause."""
    cues = [c for c in view.cues if not owned_noun(view, c)]
    if any(c.span[0] <= cue[0] < c.span[1] for c in cues):
        return True
    return any(c[0] < cue[1] and cue[0] < c[1] and not c[0] <= cue[0] for c in contents)
