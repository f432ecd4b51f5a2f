"""A name set before the subject phrase found before a verb: "Brian Straessle, a spokesman for
the committee, said" and « Paul Durand, adjoint du maire, a indiqué » are said by the name
with its apposition, not by the apposition alone.

Moved out of subjects/around_cue.py, which finds the subject before a verb (and, from
detect/view.py, the test that a noun phrase and its apposed name open the clause). The asides
inside a subject that are no part of who speaks are ``subject_asides`` (out of it since
tidy28); the readers of an apposition on the text alone (``apposed_subject_before``,
``bare_apposed_name``) are ``text/sentence/apposed_names`` (tidy41).
"""

from __future__ import annotations

import re

from quizapp.draft.clause.subjects.owned_roles import group_noun, owned_role, with_owner
from quizapp.draft.names.naming.gender import person_nouns
from quizapp.draft.reporting.english_cue_forms.setting_names import connective_length
from quizapp.draft.shapes.detect.view import SentenceView
from quizapp.draft.text.segment import Span
from quizapp.draft.text.sentence.apposed_names import bare_apposed_name, nickname_at_end
from quizapp.draft.text.sentence.apposition import NAME_ASIDE
from quizapp.draft.words.lexicon import Lexicon, date_word, fold

_NAMES_THEN_COMMA = re.compile(r"((?:[A-Z][\w.'’-]*\s+(?:(?:et|and)\s+)?){0,3}[A-Z][\w'’-]+),\s*$")
_LOWER_WORD_AT_END = re.compile(r"\b([a-zà-ÿ'’]+)\s*$")
_WORD_BREAKS = re.compile(r"[\s'’-]+")

# « Désabusés, », « Inquiets, »: plural or feminine endings, so that « Hervé, » stays a name
FRONTED_ADJECTIVE = r"(?-i:[A-ZÀ-Ý][a-zà-ÿ]{3,}(?:és|ées|ies|ues|eux|euses|ives|ifs|ets|ettes))"


def with_name_before(view: SentenceView, span: Span) -> Span:
    """ "Brian Straessle, a spokesman for the committee, said": the name and its apposition."""
    span = with_owner(view, span)
    head = view.text[span[0] : span[1]].split(maxsplit=1)[0]
    before = view.text[view.span[0] : span[0]]
    articles = {"a", "an", "the", "un", "une", "le", "la", "les", "l'", "l’"}
    if view.lex.language == "en" or head.lower() not in articles:
        before = _without_time_word(before, view.lex)
    possessive = view.lex.language == "en" and owned_role(view, span, head)
    if head.lower() not in articles and not possessive:  # "Boeing's" opens like "the"
        return _name_before_bare_apposition(view, span, head, before)
    place = _PLACE_BEFORE.search(before)
    if place:  # "Après une offensive sur Tripoli, une source…": a place, not a name
        name_end = view.span[0] + len(before.rstrip(" ,"))
        return _people_of_name(view, before[: place.start()], name_end) or span
    return _name_before_apposition(view, span, before, possessive)


_PLACE_BEFORE = re.compile(
    r"\b(?:sur|à|de|du|en|dans|vers|contre|avec|in|on|at|to|from|of|for)\s+"
    r"(?:[A-Z][\w.'’-]*\s+)*[A-Z][\w'’-]+,\s*$"
)


def _name_before_apposition(view: SentenceView, span: Span, before: str, possessive: bool) -> Span:
    """The name closing ``before`` (its nickname and a short aside in brackets set aside)
    joined to the apposition ``span`` opened by an article; ``span`` alone when the name is
    no subject: a preposition's object, a group, a setting, an adjective, a relay."""
    before = nickname_at_end(view.lex).sub("", before)  # the name's nickname after it, set aside
    before = _ASIDE_AT_END.sub("", before)  # "Jo Roe (Labour, Ely), the leader, said" (english40)
    name = _NAMES_THEN_COMMA.search(before)
    if name is None or _after_common_word(view, before[: name.start(1)]):
        return span  # "sur Tripoli, une source…": a name after a preposition is no subject
    if possessive and group_noun(view, name.group(1)):
        return span  # "Residents, Harford Council's tenants": a group, not a name
    if _setting(view, before[: name.start(1)], name.group(1)):
        return span  # « À Lyon, la préfète… », « Mi-octobre, la psychologue… »
    if _fronted_adjective(view, name.group(1)):
        return span  # « Inquiets, les parents… »: an adjective set before the subject
    start = name.start(1) + connective_length(name.group(1), view.lex)
    if view.text[view.span[0] + start :].split()[0] in view.lex.raw_set("function_words"):
        return span  # « Sur RTL, le ministre… »: where it was said (a relay), not a name
    return (view.span[0] + start, span[1])


# a short aside in brackets closing the words before the apposition, before its comma
_ASIDE_AT_END = re.compile(rf"{NAME_ASIDE}(?=\s*,\s*$)")


def _after_common_word(view: SentenceView, lead: str) -> bool:
    """A lower-case word right before the name: a preposition ("sur Tripoli, une source…")
    makes the name its object, no subject. An English word for a person there
    (lexicon ``person_descriptions``: "Hospital nurse Rachel Roe, a union delegate, said") is
    the name's own title, and the name with its apposition is the subject (english31)."""
    last = _LOWER_WORD_AT_END.search(lead)
    if last is None:
        return False
    own_title = fold(last.group(1)) in view.lex.word_set("person_descriptions")
    return not (view.lex.language == "en" and own_title)


def _setting(view: SentenceView, lead: str, name: str) -> bool:
    """« À Lyon, la préfète… », « Mi-octobre, la psychologue… »: capitals that open an
    adverbial of place or time (a preposition before them that the name's pattern leaves
    out, « À », or a month or a weekday in one of their words) say where or when, never who;
    the subject is the noun phrase after the comma. (« En Bretagne, » is no case of it: the
    pattern takes « En » into the name, and « En Bretagne » was never read as a speaker.)"""
    last = lead.split()[-1:] if lead.strip() else []
    if last and last[0] in view.lex.raw_set("function_words"):
        return True
    return any(date_word(part, view.lex) for part in _WORD_BREAKS.split(name))


def _without_time_word(before: str, lex: Lexicon) -> str:
    """« Gabriel Attal, alors ministre de…, a annoncé », "Jo Roe, then a senator, said": a
    word for when the apposition held (lexicon ``apposition_time_words``) between the name's
    comma and its apposition; the subject is still the name with its apposition. In French
    only before an apposition without article (« …, alors le maire a dit » is a clause)."""
    kept, _, last = before.rstrip().rpartition(" ")
    if kept.endswith(",") and fold(last) in lex.word_set("apposition_time_words"):
        return kept + " "
    return before


def _fronted_adjective(view: SentenceView, word: str) -> bool:
    """« Inquiets, », « Émue, », « Prudente, »: a lone word that is no known first name and
    ends like an adjective or a participle (the lexicon's ``fronted_adjective_endings``)
    describes the subject after the comma; it is not a name set before it."""
    if re.fullmatch(FRONTED_ADJECTIVE, word):
        return True
    if " " in word or word in view.lex.raw_set("first_names_masculine"):
        return False
    folded = fold(word)
    first_names = view.lex.raw_set("first_names_feminine")
    endings = view.lex.words("fronted_adjective_endings")
    return word not in first_names and any(folded.endswith(e) for e in endings)


def _office(view: SentenceView, head: str) -> bool:
    """ "PDG", « vice-président », « co-directrice »: a word for an office, also when a prefix
    joined by a hyphen opens it; an apposition it heads may run long (the office in full)."""
    descriptions = view.lex.word_set("person_descriptions")
    return fold(head) in descriptions or fold(head).rpartition("-")[2] in descriptions


def _name_before_bare_apposition(view: SentenceView, span: Span, head: str, before: str) -> Span:
    """ "Paul Durand, adjoint du maire, a indiqué": a French apposition often has no article;
    when a name opens the sentence and a lower-case phrase follows it between commas, the
    subject is the name with its apposition, not the apposition alone. An apposition that
    counts the names out of their group (« Anne X et Marie Y, deux des cinq conseillers de
    la coalition de gauche, ») may run as long as an office's (complete52)."""
    office = _office(view, head)  # "PDG d'EDF", « vice-président du conseil et chef de… »
    office = office or _english_office(view, span)  # "Conservative group leader"
    office = office or fold(head) in view.lex.word_set("number_words")  # « deux des cinq élus »
    length = len(view.text[span[0] : span[1]].split())
    if not (head[:1].islower() or office):
        return _name_before_apposed_body(view, span, before)
    if length > (16 if office else 8):
        return span
    # "Name, maire de X, commune de Y, écrit": appositions may pile up, with commas or
    # parentheses inside (« X, président (UDI) de la fédération, des syndicats de France, »)
    start = bare_apposed_name(before, view.lex)
    start = _lone_name_before(view, span, before, office) if start is None else start
    if start is None or any(view.span[0] + start <= c.span[0] < span[0] for c in view.cues):
        return span  # a cue between the name and its apposition: the name is not its subject
    return (view.span[0] + start, span[1])


def _name_before_apposed_body(view: SentenceView, span: Span, before: str) -> Span:
    """ "Jim Roe, from the developer, Acme Homes Ltd, told": a name opens the clause, an
    apposition follows it, and the name before the verb names what that apposition speaks
    of (the developer); the person at the start is the subject, with both. A name right
    after the first ("Jim Roe, Acme Ltd, said") is left as it was."""
    start = bare_apposed_name(before, view.lex)
    if start is None or "," not in before[start:].rstrip(" ,"):
        return span
    if any(view.span[0] + start <= c.span[0] < span[0] for c in view.cues):
        return span  # a cue between: the name is that cue's subject
    return (view.span[0] + start, span[1])


# "representatives from", "engineers at", "members of": people of the body named after
_PEOPLE_OF = re.compile(r"(?:^|,\s*)((?:the\s+|some\s+|several\s+)?[a-z]+s|^[A-Z][a-z]+s)\s*$")


def _people_of_name(view: SentenceView, lead: str, name_end: int) -> Span | None:
    """ "Additionally, representatives from Spirit AeroSystems, a key supplier for Boeing,
    testified": a plural noun opening the clause, then "from / of / at" and a name set off
    by its apposition, is the subject with that name (up to ``name_end``); the apposition
    describes the name, not the speaker.
    Only in English, and not after a preposition ("After talks with Acme, a supplier,")."""
    people = _PEOPLE_OF.search(lead) if view.lex.language == "en" else None
    if people is None or lead[: people.start(1)].strip(" ,").count(" ") > 1:
        return None  # more than a one-word opening ("Additionally,") before the noun
    opening = lead[: people.start(1)].strip(" ,")  # "Additionally," "But"
    connective = fold(opening.split()[0]) if opening else ""
    adverb = opening.endswith("ly") or connective in view.lex.word_set("opening_connectives")
    if opening and not adverb:
        return None
    return (view.span[0] + people.start(1), name_end)


def _english_office(view: SentenceView, span: Span) -> bool:
    """ "Conservative group leader", "Labour councillor for Ely": an English apposition with
    no article whose head noun, the last word before its complement, is a word for an office
    (lexicon ``person_descriptions``), at most five words before the complement, or the
    acronym of a member of a parliament (lexicon ``member_acronyms``: "Conservative MP for
    North Devon", english31), or any person noun after a body's possessive ("Ashby City
    Council's cabinet member for transport": a place in the body, english32)."""
    if view.lex.language != "en":
        return False
    words = view.text[span[0] : span[1]].split()
    links = view.lex.word_set("open_title_bare_links")
    link = next((i for i, w in enumerate(words) if i and w.lower() in links), len(words))
    head = words[link - 1] if 0 < link <= 5 else ""
    member = head in view.lex.raw_set("member_acronyms")  # "Labour MP for Leeds"
    possessed = any(_POSSESSIVE.fullmatch(w) for w in words[: link - 1])
    nouns = person_nouns(view.lex) if possessed else view.lex.word_set("person_descriptions")
    return member or fold(head) in nouns or _titled_office(view, words)


def _titled_office(view: SentenceView, words: list[str]) -> bool:
    """ "Housing Officer with Clwyd Alyn", "Projects Manager at Acme": an office written in
    capitals, one to three words up to its link (lexicon ``open_title_bare_links``, and
    ``titled_office_links``: "with"), whose last word is a noun of a person of any list
    (``person_nouns``); the capitals say it is a title, not a name (english54). With no link
    the whole apposition is the office ("Laura Collins, Housing Officer, said", mend54f),
    unless it opens on a first name: "Jo Roe, Ann Baker, said" names a second person."""
    links = view.lex.word_sets("open_title_bare_links", "titled_office_links")
    link = next((i for i, w in enumerate(words) if i and w.lower() in links), len(words))
    titled = 0 < link <= 3 and all(w[:1].isupper() for w in words[:link])
    named = link == len(words) and _first_name(view, words[0])
    return titled and not named and fold(words[link - 1]) in person_nouns(view.lex)


def _first_name(view: SentenceView, word: str) -> bool:
    """Whether ``word`` is a listed first name (either gender): it opens a name, no office."""
    lists = ("first_names_masculine", "first_names_feminine")
    return any(word in view.lex.raw_set(key) for key in lists)


_POSSESSIVE = re.compile(r"[A-Z][\w.&-]*['’]s")  # "Council's", "Acme’s"


_LONE_NAME = re.compile(r"(?:^|,)\s*([A-ZÀ-Ý][\w'’-]+)\s*,\s*$")  # « In October, Krause, »


def _lone_name_before(view: SentenceView, span: Span, before: str, office: bool) -> int | None:
    """ "In late October, Krause, chair of the House Committee on …, told": a surname alone
    after an opening adverbial, then an apposition for one person (an office word, or a
    singular noun and a link), is the subject; not "In Austin, Texas, officials said"."""
    found, words = _LONE_NAME.search(before), view.text[span[0] : span[1]].split()
    link = len(words) > 1 and words[1] in view.lex.word_set("open_title_bare_links")
    singular = not words[0].endswith("s") or words[0].endswith("ss")
    one_person = office or (singular and (link or _french_short_apposition(view, span, words)))
    name = found.group(1) if found and one_person else ""
    if not name or name in view.lex.raw_set("function_words") or _fronted_adjective(view, name):
        return None
    if date_word(name, view.lex) or fold(name) in view.lex.word_set("opening_connectives"):
        return None  # « Mardi, jour de marché, » « Toutefois, » : when, or a link, not who
    return found.start(1)


def _french_short_apposition(view: SentenceView, span: Span, words: list[str]) -> bool:
    """« Camille, jeune maman, se réjouit »: in French a first name alone often takes a short
    apposition (``words``) with no article and no office word, set off by commas; it describes
    the name before it, which speaks (keyed named, labels27). Its sentence's text, not more."""
    closed = view.text[span[1] : view.span[1]].lstrip().startswith(",")
    return view.lex.language == "fr" and closed and len(words) <= 6
