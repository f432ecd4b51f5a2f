"""A document whose author is written in the source phrase speaks for that author: "a
statement from Google", "a news release from the Orange County Health Care Agency", « un
communiqué du ministère » (the author after a preposition or a capital), "Google's filing",
"the ministry's latest report" (a possessive owner), "the Anadolu report", "a CNA/NNU news
release" (a name before the noun).

The document nouns are the lexicon's, per language: ``authored_documents`` (an author may
follow), ``owned_documents`` (after an owner's possessive) and ``named_documents`` (after a
name; "post" and "website" are not, so "The Washington Post" stays an outlet). Moved out of
resolved_drafts.py, where the nouns were written in the regexes (english16).
"""

from __future__ import annotations

import re

from quizapp.draft.shapes.detect.view import strip_span
from quizapp.draft.text.segment import Span
from quizapp.draft.words.lexicon import Lexicon, alternation, built_once, fold

_OF_OR_NUMBER = re.compile(r"(?:d[eu]s?\s|d['’]|\d)", re.IGNORECASE)
_WORD_BREAK = re.compile(r"[\s'’]")


@built_once
def _authored(lex: Lexicon) -> re.Pattern[str]:
    """ "un communiqué du ministère", "a statement from Google", « la note Bercy »: its author
    follows, after a preposition or with a capital (« un message audio » has none); the
    preposition is a whole word, never the start of an adjective (« le communiqué officiel »).
    The openers and the links are the lexicon's (``document_author_openers``, ``_links``)."""
    links = lex.words("document_author_links")
    whole = alternation(link for link in links if not link.endswith("'")) or "(?!)"
    elided = alternation(link for link in links if link.endswith("'")) or "(?!)"
    ranks = lex.one_of("ordinal_adjectives")  # « le dernier rapport du … »
    return re.compile(
        rf"(?:{lex.one_of('document_author_openers')})\s+(?:(?:{ranks})\s+)?"
        rf"(?P<noun>{lex.one_of('authored_documents')})"
        rf"\s+(?:(?:{whole})\s+(?=\w)|(?:{elided})\s*(?=\w)|(?=(?-i:[A-Z])))",
        re.IGNORECASE,
    )


@built_once
def _owned(lex: Lexicon) -> re.Pattern[str]:
    """ "Google's filing", "the ministry's latest report": an owner and its possessive."""
    nouns = lex.one_of("owned_documents")
    return re.compile(
        r"(?P<owner>(?:the\s+)?(?:[A-Z][\w.&-]*\s+){0,4}(?:[A-Z][\w.&-]*|(?<=the\s)[a-z]+))"
        rf"['’]s\s+(?:\w+\s+)?(?:{nouns})"
    )


@built_once
def _named(lex: Lexicon) -> re.Pattern[str]:
    """ "The Anadolu report", "a CNA/NNU news release": a name written before the noun, after
    one of the lexicon's ``document_author_openers``."""
    openers, nouns = lex.one_of("document_author_openers"), lex.one_of("named_documents")
    owner = r"(?P<owner>(?:[A-Z][\w.&’'/-]*\s+){1,5}?)"
    return re.compile(rf"(?i:{openers})\s+{owner}(?:{nouns})")


def document_owner(text: str, source: Span | None, lex: Lexicon) -> Span | None:
    """ "Google's filing", "the ministry's latest report", "a Polk County Sheriff's Office
    report": the owner speaks (None when the source is no document with its owner)."""
    if source is None:
        return None
    owner = _owned(lex).fullmatch(text, *source) or _named(lex).fullmatch(text, *source)
    return None if owner is None else strip_span(text, owner.span("owner"))


def document_author(text: str, source: Span | None, lex: Lexicon) -> Span | None:
    """ "le communiqué du gouvernement" speaks for the government; « le communiqué de
    presse » is a kind of document (lexicon ``document_kind_complements``), no author."""
    if source is None:
        return None
    found = _authored(lex).match(text, source[0], source[1])
    if found is None or found.end() >= source[1] or found.group("noun")[:1].isupper():
        return source  # "La Lettre du continent": a capitalised document is a title
    after = text[found.end() : source[1]]
    if _OF_OR_NUMBER.match(after):
        return source  # "un communiqué du 9 novembre": a date, not an author
    if fold(after.split()[0]) in lex.word_set("document_kind_complements"):
        return source
    if _kind_after_bare_link(text[found.end("noun") : found.end()], after, lex):
        return source  # « un sondage d'opinion », « un rapport d'expert »: a kind, no author
    return found.end(), found.end() + _name_end(after, lex)


def _name_end(author: str, lex: Lexicon) -> int:
    """Where an author written with a capital ends: before a participle in lower case that
    opens a clause about the document (« un sondage BVA publié samedi »: BVA, not its date;
    « la CNIL paru le 24 février »). A word after « de », before it or last is a noun of the
    name (« la Haute autorité de santé », « les Nations unies »); an author in lower case is
    kept whole."""
    if not author[:1].isupper():
        return len(author)
    endings = tuple(lex.words("past_participle_endings"))
    marks = lex.word_set("complement_marks")
    words = list(re.finditer(r"\S+", author))
    for before, word, after in zip(words, words[1:], words[2:], strict=False):
        text = word.group()
        nouns = fold(before.group()) in marks or fold(after.group()) in marks
        if not nouns and text[:1].islower() and text.isalpha() and text.endswith(endings):
            return len(author[: word.start()].rstrip())
    return len(author)


def _kind_after_bare_link(link: str, after: str, lex: Lexicon) -> bool:
    """« de » or « d' » with no article, then a word in lower case that is no determiner:
    a kind of document (« un sondage d'opinion », « une étude d'impact », « un rapport
    d'expert »), not its author, who is written with an article (« de l'INSEE ») or a
    capital (« de Bercy »)."""
    if fold(link.strip()) not in lex.word_set("partitive_markers") or not after[:1].islower():
        return False
    first = fold(_WORD_BREAK.split(after, maxsplit=1)[0])
    return first not in lex.word_set("determiners") and first + "'" not in lex.word_set(
        "determiners"
    )
