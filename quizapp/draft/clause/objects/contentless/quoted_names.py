"""A quoted name is nobody's words (slogans48): « le collectif "Pour un autre projet…" »,
« une nouvelle pétition « Sauvons les arcades… » », « La liste « Un autre Meaux est possible »
a récolté 1 voix ». A quotation that opens on a capital right after a noun of a thing that
bears a name (lexicon ``quoted_name_nouns``: a list, a collective, a petition, a campaign, an
event, a work) names that thing; a rule that reads a lone quotation as someone's words (a
candidate's, the sentence's subject's) is wrong there. Over the French corpus (blind48 left
out) the drafter found four such quotations, none keyed (four on the tuning set), and no key
holds one (benchmarks/slogans48_probe.py, shape « name »).

Kept: a quotation after a colon (« la liste : "Honnêteté, loyauté…" », keyed), after a
participle of naming (« un texte intitulé «…» », keyed twice in two), after « slogan » (a
slogan chanted is the demonstrators' words in the keys), one opening in lower case (« un
collectif « pour l'interdiction… », déclarait X », keyed), and one a cue closes after a comma
(« le collectif « Non au projet », affirme X »)."""

from __future__ import annotations

from quizapp.draft.findings import Attribution
from quizapp.draft.text.segment import Span
from quizapp.draft.words.lexicon import Lexicon, folded_words

_OPENING = '«“"'
_CLOSING = {"«": "»", "“": "”", '"': '"'}


def without_quoted_names(found: list[Attribution], text: str, lex: Lexicon) -> list[Attribution]:
    """``found`` less the findings whose content is a quoted name (module docstring)."""
    if lex.language != "fr":
        return found
    nouns = lex.word_set("quoted_name_nouns")
    return [a for a in found if not _quoted_name(text, nouns, a)]


def _quoted_name(text: str, nouns: frozenset[str], finding: Attribution) -> bool:
    """The finding's content lies inside a quotation opening on a capital right after a noun
    of ``nouns``, and no cue closes that quotation after a comma."""
    quote = _quotation_around(text, finding.content)
    if quote is None or not text[quote[0] + 1 : quote[1]].strip()[:1].isupper():
        return False
    before = folded_words(text[max(0, quote[0] - 40) : quote[0]])
    if not before or before[-1] not in nouns:
        return False
    cue = finding.cue
    return cue is None or cue[0] < quote[1] or "," not in text[quote[1] : cue[0]]


def _quotation_around(text: str, content: Span) -> Span | None:
    """The quotation (its marks included) whose opening mark stands right before the
    content, or opens it, and whose closing mark the content does not pass."""
    start = content[0]
    while start > 0 and text[start - 1] in " \u00a0\u202f":
        start -= 1
    if text[start : start + 1] in _OPENING:
        mark = start
    elif start > 0 and text[start - 1] in _OPENING:
        mark = start - 1
    else:
        return None
    close = text.find(_CLOSING[text[mark]], mark + 1)
    if close < 0 or content[1] > close + 1 or "\n" in text[mark:close]:
        return None
    return (mark, close + 1)
