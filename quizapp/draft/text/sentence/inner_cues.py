"""A cue written inside the quotation marks: « Quand est-ce que… ? a demandé M. X. Quand
est-ce que… ? » (a common style of the Canadian press: the incise stays within the marks).
The drafter reads no cue inside a quotation, so the quotation has none of its own; its
speaker is the name that incise gives, not whoever spoke last."""

from __future__ import annotations

import re

from quizapp.draft.names.naming.gender import someone_words
from quizapp.draft.text.segment import Span
from quizapp.draft.words.lexicon import Lexicon, built_once, fold

# a stop, a comma or suspension points, maybe « comme l' » (lexicon incise_comparative_leads),
# a verb of one or two words, maybe a definite title set before the name by a comma (« affirme
# la présidente du collectif, Nom »), a title in lower case (« maître »: lexicon
# incise_lowercase_titles, kept out of the name) or a civil title, a capitalised name
# (subjects32: the suspension points and the title; lone52: « comme l' », the lower-case title)
_INCISE = (
    r"(?:[?!,…]|\.\.\.)\s+(?P<comme>{comme}){clitic}(?:(?P<aux>a|avait|ont|avaient|s['’]est|s['’]était)\s+)?"
    r"(?P<verb>[a-zà-ÿ]+)\s+(?:(?:l['’]\s*|le\s+|la\s+)[a-zà-ÿ][^,.;:«»“”\"]{{0,80}},\s+)?"
    r"{title}(?P<name>(?:(?:M\.|Mme|Me|Dr)\s+)?[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){{0,2}})\s*[.,]"
)
# the same incise with an indefinite person last in the quotation (« …, souffle un macroniste »)
# or closing a sentence inside it, up to three words long (lone52: « Je suis ému, nous dit un
# vendeur de fleurs. Ça va être difficile. »)
_DESCRIBED = (
    r"[?!,]\s+(?P<clitic>{clitic})(?:(?P<aux>a|avait|ont|avaient)\s+)?(?P<verb>[a-zà-ÿ]+)\s+"
    r"(?P<name>(?:un|une)\s+(?P<head>[a-zà-ÿ-]+)(?:\s+[a-zà-ÿ'’-]+){{0,3}}?)"
    r"\s*(?:[.!]?\s*$|[.!]\s+(?=[A-ZÀ-Ý]))"
)
_CLOSING = re.compile(r"[»”\"]")


def incise_inside(text: str, at: int, lex: Lexicon) -> Span | None:
    """The span of the name an incise inside the quotation opening at ``at`` gives (« … ?
    a demandé M. X. … »): a reporting verb (a finite form, or a participle after its
    auxiliary) right after a question mark, an exclamation mark or a comma, then the name
    and a stop. None when the quotation closes first or holds no such incise."""
    closing = _CLOSING.search(text, at)
    end = closing.start() if closing else min(len(text), at + 600)
    incise, described_incise = _incises(lex)
    for found in incise.finditer(text, at, end):
        if _spoken(found, lex) and not _a_reference(found, text, lex):
            return found.span("name")
    described = described_incise.search(text, at, end)  # closing it: « …, glisse un élu »
    if described and _spoken(described, lex) and _someone(described.group("head"), lex):
        closes = not text[described.end() : end].strip()
        return described.span("name") if closes or not _told(described, lex) else None
    return None


def _a_reference(found: re.Match[str], text: str, lex: Lexicon) -> bool:
    """« comme l'a dit X » is the speaker citing X (« Nous sommes en guerre, comme l'a dit
    Emmanuel Macron. »), not the reporter's cue: only a present verb whose incise closes its
    sentence, the name maybe with an apposition (« …, comme l'explique X, la maire. On… »), is
    (mend52b, review52); « comme le souligne maître X, est illégal » goes on with the sentence."""
    if not found.group("comme"):
        return False
    if found.group("aux"):
        return True
    return not _closing_apposition(lex).match(text, found.end("name"))


@built_once
def _closing_apposition(lex: Lexicon) -> re.Pattern[str]:
    """The end of an incise's sentence right after the name, or an apposition (lexicon
    ``incise_apposition_articles``: « , la maire. ») and then the end (tidy53: data, not code)."""
    articles = _led(lex.words("incise_apposition_articles")) or "(?!)"
    return re.compile(rf"\s*(?:\.|,\s+{articles}[^.,;:]*\.)")


def _told(found: re.Match[str], lex: Lexicon) -> bool:
    """An incise inside the quotation told to the speaker (« Revenez demain, m'a dit un employé.
    J'y suis retournée… »): words the speaker reports, not the speaker's cue (mend52b, review52).
    Only the speaker's own listener (lexicon ``incise_listener_clitics``: « m' », « me »);
    « nous », present or past (« nous dit », « nous a confié une habitante »), is the reporter
    and the incise names the speaker again (mend52d)."""
    clitic = fold(found.group("clitic") or "").strip().replace("’", "'")
    return clitic in lex.word_set("incise_listener_clitics")


@built_once
def _incises(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The two incises, each letting an object pronoun stand before its verb (« …, nous
    déclarait Paul X, … », « …, m'a confié un élu »: lexicon ``personal_object_clitics``)."""
    clitic = _optional(lex.words("personal_object_clitics"))
    incise = _INCISE.format(
        clitic=clitic,
        comme=_optional(lex.words("incise_comparative_leads")),
        title=_optional(lex.words("incise_lowercase_titles")),
    )
    return re.compile(incise), re.compile(_DESCRIBED.format(clitic=clitic))


def _optional(words: list[str]) -> str:
    """An optional group of ``words``, each followed by spaces, or by none after an apostrophe
    (lone52: « …, comme l'explique X. … », « …, confie maître X, … »)."""
    return f"{_led(words)}?" if words else ""


def _led(words: list[str]) -> str:
    """A group of ``words``, each followed by spaces, or by none after an apostrophe; empty
    when there are none."""
    forms = [
        re.escape(w[:-1]) + r"['’]\s*" if w.endswith("'") else re.escape(w) + r"\s+" for w in words
    ]
    return f"(?:{'|'.join(forms)})" if forms else ""


def _spoken(found: re.Match[str], lex: Lexicon) -> bool:
    verb = fold(found.group("verb"))
    return verb in lex.participles if found.group("aux") else verb in lex.finite


def _someone(head: str, lex: Lexicon) -> bool:
    """A word for one person (« un macroniste », « un élu »), never « un jour », « un
    proverbe »."""
    return fold(head) in someone_words(lex)
