"""Whether a passage with no quotation marks, followed by a signature, is spoken: in the first
person, or set out as a broadcaster's pull quote. ``signed.py`` signs such a passage and leaves
any other to the narration; kept apart so the signature reader stays one screen of rules."""

from __future__ import annotations

import re

from quizapp.draft.findings import Attribution, Span
from quizapp.draft.text.segment import QUOTE_MARKS
from quizapp.draft.words.lexicon import Lexicon, folded_words

DASHES = "-–—"  # a hyphen, an en dash, an em dash: each may set a signature off
_ROLE_AFTER = re.compile(r"[^,\n]+,\s*\w")


def pull_quote(text: str, passage: Span, name: int) -> bool:
    """Whether ``passage`` is set out as a broadcaster's pull quote: a paragraph of eight
    words or more with no marks, a spaced dash on the same line, then its signer and a role
    after a comma, and no stop after either (« Il y a des incidents qu'il faut régler vite -
    Pascal, secrétaire FO », recall40): a speaker's words even when no first person speaks in
    them. A stop closing the line makes it a sentence (« …la ligne Nantes – Lyon, la plus
    touchée. »); a bare name or a described signer (« …sous un soleil de plomb - Paul Roy »,
    « … - la mairie de Vue ») closes a line of narration as often (mend40b)."""
    gap = text[passage[1] : name]
    said = text[passage[0] : passage[1]]
    line_end = text.find("\n", name)
    signature = text[name : len(text) if line_end < 0 else line_end].rstrip()
    dashed = gap[:1].isspace() and gap.strip() in tuple(DASHES) and "\n" not in gap
    bare = said[-1:].isalnum() and not QUOTE_MARKS.search(said) and signature[-1:].isalnum()
    role = _ROLE_AFTER.match(signature) is not None
    return dashed and bare and role and len(said.split()) >= 8


def first_person(text: str, passage: Span, lex: Lexicon) -> bool:
    """Whether the passage holds a word of the first person (« je », « nous », « notre »…)."""
    words = folded_words(text[passage[0] : passage[1]])
    return any(w.strip(",;:") in lex.word_set("first_person_words") for w in words)


def cued_quotation(inside: list[Attribution], passage: Span, text: str) -> bool:
    """Whether ``passage`` keeps its quotation marks and holds a finding with a cue: a
    paragraph of narration quoting someone, not a block whose marks the page lost, so a name
    on the line below (a subhead, « Paul Roy, premier adjoint ») signs none of it (quotes56)."""
    marked = QUOTE_MARKS.search(text, passage[0], passage[1]) is not None
    return marked and any(a.cue is not None for a in inside)


def opener_lost(text: str, start: int, name: int) -> bool:
    """Whether the one quotation mark between ``start`` and a signature's name closes the words
    right before the name: a quotation whose opening mark the page lost (« …cinq greffiers"
    Anne X, présidente du tribunal. », quotes56). A whole quotation before « On Tuesday, the
    mayor left the room. » is followed by narration, not signed."""
    marks = QUOTE_MARKS.findall(text, start, name)
    return len(marks) == 1 and re.search(r"[»”\"]\s*$", text[start:name]) is not None
