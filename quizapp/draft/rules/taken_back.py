"""A sentence that gives the sentence before it to its speakers by a noun of what they said
(French): « Le loup est bien présent dans l'agglomération. C'est le constat fait par des
éleveurs. », « Symbole du mépris des autorités ? C'est du moins le ressenti des riverains,
qui disent… », « « … » C'est le constat (et le regret) formulé par André X, bourgmestre… »,
« … C'est en tout cas le voeu des organisateurs ». The sentence says nothing of its own; the
sentence before (a quotation ending there too) is what they said.

A presentative (lexicon ``presentatives``), maybe an adverb of hedging
(``taken_back_hedges``: « du moins », « en tout cas »), an article, a noun of a view or a
statement (``taken_back_nouns``: « constat », « ressenti », « voeu »…; never « le cas de
X », which names an example), maybe a bracket aside and a participle of making
(``taken_back_participles``: « fait », « formulé », « dressé ») before « par », else « de »
or one of its contractions: the words after that, to the comma, « qui » or the end, speak.
recall30 counted the shape over the French corpus: 4 times, in 4 batches (blind12a,
blind28c, blind29a, blind29d), each keyed as the speakers' words and missed; « c'est
l'impression qu'il donne », « c'est le message écrit sur une banderole » (no « de » nor
« par » after the noun) stay unread. A verb in « C'est ce qu'a dit X » is
detect/inverted.py's."""

from __future__ import annotations

import re

from quizapp.draft.detect.view import Draft, SentenceView, has_quote, strip_span
from quizapp.draft.findings import Attribution
from quizapp.draft.lexicon import Lexicon, alternation, built_once
from quizapp.draft.segment import Span, words_in

TAKEN_BACK_CONFIDENCE = 0.55  # no verb says it: a noun of a view stands for one


def taken_back(view: SentenceView, new: list[Attribution]) -> Draft | None:
    """The sentence before as the words of the speakers a « C'est le constat de X » sentence
    names, when nothing was found in it, no finding of this sentence covers it (« C'est du
    moins le ressenti des riverains, qui disent être las… » keeps its own), and it holds
    three words or more."""
    if view.previous is None or view.lex.language != "fr":
        return None
    if any(a.content[0] < view.previous[1] and view.previous[0] < a.content[1] for a in new):
        return None
    found = _shape(view.lex).match(view.text, view.span[0], view.span[1])
    if found is None:
        return None
    said = _said_before(view, view.previous)
    if said is None:
        return None
    content, quoted = said
    source = strip_span(view.text, found.span("source"))
    kind = "direct" if quoted else "mixed" if has_quote(view, content) else "indirect"
    cue = found.span("noun")
    return Draft(content, cue, source, kind, None, TAKEN_BACK_CONFIDENCE, "")


def _said_before(view: SentenceView, previous: Span) -> tuple[Span, bool] | None:
    """The sentence before, its closing stop and question mark left out, or the words inside
    the quotation it is (« « … » C'est le constat formulé par X »: then True)."""
    content = strip_span(view.text, previous)
    text = view.text[content[0] : content[1]]
    inside = re.fullmatch(r"\s*[«“\"]\s*(.+?)\s*[»”\"]\s*", text, re.S)
    if inside is not None:
        content = (content[0] + inside.start(1), content[0] + inside.end(1))
    else:
        content = (content[0], content[0] + len(text.rstrip(" .?!…")))
    return (content, inside is not None) if words_in(view.text, content) >= 3 else None


@built_once
def _shape(lex: Lexicon) -> re.Pattern[str]:
    """The whole opening of the sentence up to its speakers (group ``source``)."""
    presentatives = alternation(lex.words("presentatives"))
    hedges = alternation(lex.words("taken_back_hedges")) or "(?!)"
    nouns = alternation(lex.words("taken_back_nouns")) or "(?!)"
    participles = alternation(lex.words("taken_back_participles")) or "(?!)"
    article = r"(?:le|la|l['’])\s*"
    aside = r"(?:\s*\([^()]{1,40}\))?"
    link = rf"(?:\s+(?:{participles}))?\s+par\s+|\s+(?:des|du|de\s+la|de\s+l['’]|de|d['’])\s*"
    source = r"(?P<source>[^,;:.!?«»“”\"()]{2,80}?)(?=\s*(?:[,;:.!?()]|\s+qui\b|$))"
    return re.compile(
        rf"(?i)\s*(?:{presentatives})\s+(?:(?:{hedges})\s+)?{article}"
        rf"(?P<noun>{nouns})\b{aside}(?:{link}){source}"
    )
