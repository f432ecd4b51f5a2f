"""A name set next to its role, and a description set next to a name, by commas: « le
porte-parole, X », « l'ambassadeur du Koweït à l'ONU, Mansour al-Otaibi », "According to Jane
Doe, a professor at Leeds, the…": the role and the name are one source. And its counterpart:
English noun phrases set off by commas with no verb are a subject and its apposition, not a
clause a final cue reports. Apart from the other small tests on a cue's words (``syntax``)
because the shapes, the passives and the inverted subject all widen a source this one way."""

from __future__ import annotations

import re

from quizapp.draft.text.segment import Span
from quizapp.draft.words.lexicon import (
    Lexicon,
    alternation,
    built_once,
    english_verb_words,
    finite_or_auxiliary,
    fold,
)

# "Mansour al-Otaibi"; letters only, so that a ranking (« N.1 ») is no name
_NAME_WORD = r"(?:[A-ZÀ-Ö](?:[^\W\d_]|['’.-])+|[a-z]{1,3}-[A-ZÀ-Ö][\w'’-]*)"

# « Anne X (LR) », "Jane Doe (Labour)": a short aside in brackets after a name, still the name's
NAME_ASIDE = r"\s*\([^()]{1,40}\)"


# ", Mansour al-Otaibi", ", le virologue Dan X", ", la juriste américaine Y": a name apposed,
# maybe after a word or two that say what the person does (no complement: ", le site de Lyon")
_APPOSED_NAME = re.compile(
    r"[^,.;:«»“”\"]*?,\s*"
    r"(?:(?:le|la|l['’]|the)\s*(?:(?!(?:de|du|des|d|of|à|au|aux|en|in)\b)[a-zà-ÿ][\w-]*\s+){0,2})?("
    + _NAME_WORD
    + r"(?:\s+(?:(?:de|du|van|von|der|da|di|bin|ben|ibn|le|la)\s+)?"
    + _NAME_WORD
    + r"){0,3})(?P<aside>"
    + NAME_ASIDE
    + r")?\s*(?=[.,;:!?]|$)"
)


# « l'un des premiers arrivés, le bras droit et chef de cabinet de M. X, Martin Y »: a second
# apposition, with its article, before the name (French)
_SECOND_APPOSED = re.compile(
    r",\s*(?:le|la|l['’])\s*[^,;:«»“”\"]{1,80}?,\s*("
    + _NAME_WORD
    + r"(?:\s+"
    + _NAME_WORD
    + r"){1,3})(?:"
    + NAME_ASIDE
    + r")?\s*(?=[.,;!?]|$)"
)


# a role the name set after it makes precise: « le porte-parole, X », « son avocat, Me X »
_DEFINITE = re.compile(r"(?i)(?:le|la|les|l['’]|the|son|sa|ses|leur|leurs)\b")
# one of many, as English "a spokesman, John Kirby": « un élu, Paul Roy » (mend59c)
_FR_INDEFINITE = re.compile(r"(?i)(?:un|une)\b")


_EN_ROLE_START = re.compile(r"(?i)(?:the|a|an|one\s+of|its|his|her|their)\b")


# "Marsh District Council's head of housing, Ann Cole": a role owned by a named body, whose
# name in apposition is the person who speaks, not the body (apposed37)
# its owner, a body's possessive in one to six capitalised words, is one pattern for all three
_OWNER_WORD = r"[A-Z][\w.&-]*['’]s"
_OWNER = r"(?:[A-Z][\w.&-]*\s+){0,5}" + _OWNER_WORD
OWNED_ROLE = re.compile(_OWNER + r"\s+(?:\([A-Z]+\)\s+)?[a-z]")
# "Boeing's": one word that owns what follows, even before a capital ("Boeing's Chief Executive")
ONE_WORD_OWNER = re.compile(_OWNER_WORD)
# "Westshire County Council's (WCC) ": the owner and its acronym right before the role
OWNER_BEFORE_ACRONYM = re.compile(_OWNER + r"\s+\([A-Z]+\)\s*$")


def with_apposed_name(
    text: str, span: Span, limit: int, english: bool = False, bare: frozenset[str] = frozenset()
) -> Span:
    """ "l'ambassadeur du Koweït à l'ONU, Mansour al-Otaibi": a role followed by a name in
    apposition at the end of the clause (or before a colon) speaks as that name (« un élu,
    Paul Roy : », mend59c; in English also "one of the co-leads, Amina Yusuf", "a spokesman,
    John Kirby", and with no article a short role whose head is one of ``bare``: "said Kendal
    resident, David King", english54)."""
    role = _EN_ROLE_START if english else _DEFINITE
    owned = role.match(text, span[0], span[1]) or OWNED_ROLE.match(text, span[0], span[1])
    one_of = not (english or owned) and _FR_INDEFINITE.match(text, span[0], span[1])
    if not (owned or one_of or _bare_role(text[span[0] : span[1]], bare)):
        return span
    apposed = _APPOSED_NAME.match(text, span[1], limit)
    if apposed and apposed.group("aside") and " " not in apposed.group(1):
        apposed = None  # « le maire de la commune, Vireville (Marne) »: a place and its county
    apposed = apposed or (None if english else _SECOND_APPOSED.match(text, span[1], limit))
    if apposed and _closes_bracket(text[span[1] : apposed.start(1)]):
        apposed = None  # « 2.500 (selon les syndicats) personnes…, FO »: the bracket ends it
    if apposed and one_of and " " not in apposed.group(1):
        apposed = None  # « une habitante, Léonne, 54 ans »: a first name, read by the speaker
    return (span[0], apposed.end(1) - text[: apposed.end(1)].endswith(".")) if apposed else span


def _bare_role(words: str, heads: frozenset[str]) -> bool:
    """ "Kendal resident", "veteran councillor": one to three words with no article, the last
    a noun of a person's role (english54: English writes such a role bare before the name it
    sets off by a comma, "said Kendal resident, David King"); never a name itself."""
    pieces = words.split()
    return 1 <= len(pieces) <= 3 and pieces[-1].lower() in heads and pieces[-1][:1].islower()


def _closes_bracket(between: str) -> bool:
    """The words between a role and the name after its comma close a bracket they never
    opened: the role was said inside brackets (« (selon les syndicats) »), which end it, and
    the name after the comma belongs to the sentence around them (passive54)."""
    return between.count(")") > between.count("(")


def names_set_off(lex: Lexicon, passage: str) -> bool:
    """English noun phrases set off by commas with no verb among them ("The ferry captain,
    Jane Doe"): the subject of the verb after them and its apposition, nothing it reports.
    An office may take ten words ("the authority's cabinet member for finance and
    enterprise"), and a relative set off among them (lexicon ``aside_relative_openers``:
    ", whose party has tackled a deficit,") describes the subject: its verb is no clause's."""
    pieces = [piece.split() for piece in passage.split(",")]
    relative = lex.word_set("aside_relative_openers")
    kept = [p for p in pieces if not (p and p[0].lower() in relative)]
    pieces = kept if len(pieces) > 2 else pieces
    if lex.language != "en" or len(pieces) < 2 or any(not 1 <= len(p) <= 10 for p in pieces):
        return False
    verbs = english_verb_words(lex)
    words = [w for piece in pieces for w in piece]  # "United" in a name is no past tense
    past = any(w.endswith("ed") and w[:1].islower() for w in words)
    return not past and not any(w.lower() in verbs for w in words) and not _listed(lex, pieces)


def _listed(lex: Lexicon, pieces: list[list[str]]) -> bool:
    """ "talks on pensions, holidays and rosters": the last piece closes a list (lexicon
    ``coordinators``: "and", "or") on a bare lower-case noun that is no office ("chair of…",
    "a professor" set off after a name are appositions); the commas cut a list, not a name
    from its apposition."""
    last = pieces[-1]
    people = lex.word_sets("person_descriptions", "determiners")
    bare = last[0].islower() and last[0] not in people and not last[0].endswith("'s")
    return bare and any(w in lex.word_set("coordinators") for w in last[1:])


def with_apposition(lex: Lexicon, text: str, span: Span, limit: int) -> Span:
    """``with_apposed_name``, and in English a name followed by its description set off by
    commas ("According to Jane Doe, a professor at Leeds, the…"): both are the source."""
    apposed = with_apposed_name(text, span, limit, bare=bare_role_heads(lex))
    if apposed != span or not text[span[0] : span[0] + 1].isupper():
        return apposed
    if lex.language == "fr":
        return _with_french_role(lex, text, span, limit)
    described = _english_description_after(lex).match(text, span[1], limit)
    verbs = english_verb_words(lex)  # ", most of the county will…," is a clause
    if described is None or any(w.lower() in verbs for w in described.group(1).split()):
        return span
    return (span[0], described.end(1))


def _with_french_role(lex: Lexicon, text: str, span: Span, limit: int) -> Span:
    """A name and the role set off by commas after it, « Selon Paul Durand, maire de Lunel,
    la… », « pour Léa Roux, la présidente du club, … »: the role is part of the source, never
    of what is said (recall34). The role opens on a noun of a person's role or office, maybe
    after a determiner, and holds no finite verb before the comma that closes it."""
    role = _french_role_after(lex).match(text, span[1], limit)
    if role is None or _holds_finite_verb(role.group(1), lex):
        return span
    return (span[0], role.end(1))


def _holds_finite_verb(words: str, lex: Lexicon) -> bool:
    """A finite verb or an auxiliary among ``words`` (``finite_or_auxiliary``, joined once per
    lexicon: the finite forms are too many to join at each source) or a finite form that opens
    a clause (lexicon ``clause_finite_words``): a clause, not a role."""
    verbs, clause_verbs = finite_or_auxiliary(lex), lex.word_set("clause_finite_words")
    return any(fold(w) in verbs or fold(w) in clause_verbs for w in words.split())


@built_once
def _french_role_after(lex: Lexicon) -> re.Pattern[str]:
    """ ", maire de Lunel,", ", la présidente du club,", or with no comma before a definite
    article, « Pour Paul Durand le maire de Lunel, »: a determiner or none (lexicon
    ``apposed_role_determiners``; with no comma, ``singular_definite_articles``), a role noun
    of the lexicon (``person_descriptions``, ``anonymous_heads``), its complement, a comma."""
    heads = alternation(lex.words("person_descriptions") + lex.words("anonymous_heads"))
    determiners = rf"(?:(?:{lex.one_of('apposed_role_determiners')})\s*)?"
    definite = lex.one_of("singular_definite_articles")
    return re.compile(
        rf"(?:,\s*|\s+(?=(?:{definite})\s*(?i:{heads})(?![\w-])))"
        rf"({determiners}(?i:{heads})(?![\w-])[^,;:.!?«»“”\"]{{0,80}}?)\s*(?=,\s*\S)"
    )


def bare_role_heads(lex: Lexicon) -> frozenset[str]:
    """The heads a role may end on with no article before an apposed name (English only:
    French writes « le conseiller, X »): the lexicon's ``bare_role_heads``."""
    return frozenset(lex.word_set("bare_role_heads")) if lex.language == "en" else frozenset()


@built_once
def _english_description_after(lex: Lexicon) -> re.Pattern[str]:
    """ ", a professor at Leeds," and, with no article, ", chair of the housing committee,"
    (a noun or two before a link of the lexicon's ``open_title_bare_links``), a possessive
    (", Acme's head of housing"), a capitalised office (", Labour group leader"), up to a
    comma or the end of the sentence. The article or possessive is one of the lexicon's
    ``apposed_role_determiners``."""
    links = alternation(lex.words("open_title_bare_links"))
    determiners = lex.one_of("apposed_role_determiners")
    return re.compile(
        rf",\s*((?:(?i:{determiners})\s|[A-Z][\w.&-]*['’]s\s|[a-z][\w'’-]*\s"
        rf"(?:[a-z][\w'’-]*\s)?(?:{links})\s)[^,;:.!?“”\"]{{1,80}}?"
        r"|(?:[A-Z][\w-]*\s){1,2}(?:[a-z][\w-]*\s)?[a-z][\w-]+)"  # "Labour group leader"
        r"\s*(?=,|[.!?]?\s*$)"  # up to a comma, or the end of the sentence
    )


# A name in quotation marks inside a noun phrase (« membre du collectif “Stop éoliennes
# Spontin” », « cofondateur du collectif « Du côté de la science » »): a capital opens it, no
# comma, colon or full stop inside, 41 characters at most. One reading for recall23v's apposed
# subject and recall23s's closing cue (tidy24: the two limits, 40 characters with no mark
# against 60 characters and six words, found the same on the whole corpus).
QUOTED_NAME = r"[«“\"]\s*(?-i:[A-ZÀ-Ý])[^,;:.«»\"“”]{0,40}?\s*[»”\"]"


def quoted_names_out(rest: str, lex: Lexicon) -> str:
    """``rest`` (what follows a cue closing its sentence) with every quoted name blanked out:
    « …, souligne X, cofondateur du collectif « Du côté de la science » » still closes its
    sentence, whereas words someone said after the subject (« …, souligne X, « Q » ») do not."""
    return _quoted_name(lex).sub(lambda found: " " * len(found.group()), rest)


@built_once
def _quoted_name(lex: Lexicon) -> re.Pattern[str]:
    """« du collectif « Du côté de la science » », « l'association "Les amis" », « le livre
    « X » »: a quoted name (``QUOTED_NAME``) right after a determiner (lexicon
    ``quoted_name_leads``), or after one noun a determiner opens, names a group, a work or an
    operation inside a noun phrase (a quoted judgement, « des propos « inacceptables » »,
    opens on a small letter). No English determiner is listed: the shape was counted on
    French text only (recall23s)."""
    leads = lex.words("quoted_name_leads")
    words = alternation([w for w in leads if not w.endswith("'")], True) or "(?!)"
    elided = alternation([w for w in leads if w.endswith("'")], True) or "(?!)"
    return re.compile(rf"(?i)(?:\b(?:{words})\s+|\b(?:{elided}))(?:[\w-]+\s+)?" + QUOTED_NAME)
