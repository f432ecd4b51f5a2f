"""The quotations a colon opens and the draft they make, shared by the rules that give a
quotation with no cue of its own a speaker: the subject before the colon (rules/colon_quotes),
a name closing the asides that open the sentence (rules/colon_quotes), the one person its
lead names (colon_person), a headline's name (rules/headlines); and what a quotation holds
inside its marks (rules/lone_quotes/alone, rules/placards).
"""

from __future__ import annotations

from quizapp.draft.pipeline.attributions import Draft, SentenceView
from quizapp.draft.text.segment import Span
from quizapp.draft.words.folding import folded_words


def quotation_colon(view: SentenceView, quotes: list[Span], most_words: int) -> int | None:
    """The offset of the colon that opens the sentence's quotations (``quotes``, from the
    sentence's first), when at most ``most_words`` words lead to it and the quotations are
    (nearly) all the sentence goes on to say; None otherwise."""
    lead = view.text[view.span[0] : quotes[0][0]].rstrip()
    if not lead.endswith(":") or len(lead.split()) > most_words:
        return None
    colon = view.span[0] + len(lead) - 1
    covered = sum(q[1] - q[0] for q in quotes)
    return None if covered < 0.7 * max(1, view.span[1] - colon - 2) else colon


def colon_draft(text: str, quotes: list[Span], source: Span) -> Draft:
    """The quotations ``quotes``, from inside the first mark to inside the last, as the direct
    words of ``source``: a colon or a name gives them their speaker, no reporting verb, hence
    a lower confidence than a cue's."""
    content = inner(text, (quotes[0][0], quotes[-1][1]))
    return Draft(content, None, source, "direct", None, 0.6, "")


def inner(text: str, quotes: Span) -> Span:
    """From after the first quotation mark to before the last, without spaces."""
    start, end = quotes[0] + 1, quotes[1] - 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def title_like(text: str, quotes: list[Span]) -> bool:
    """Quotations of fewer than six words, their marks counted (three or fewer inside them),
    are rather a title (« a lu « Le Petit Prince » ») than words someone said."""
    return len(text[quotes[0][0] : quotes[-1][1]].split()) < 6


def received(view: SentenceView, start: int, end: int) -> bool:
    """A verb of receiving between a subject and the colon (lexicon ``receiving_verbs``: « Les
    habitants ont reçu une lettre : « … » », "received a letter"): the quotation is the
    letter's, written by someone else, never the receiver's words (mend44b)."""
    return bool(set(folded_words(view.text[start:end])) & view.lex.word_set("receiving_verbs"))
