"""What the words around a name say about it: the role words next to it ("X, porte-parole
du Kremlin", "spokesman John Kirby") and whether its own words make it an organisation
("Republican Study Committee", « Québec solidaire »), and a named lead before "and colleagues".

Moved out of speakers/narration.py, whose Narration records the names the article meets.
"""

from __future__ import annotations

import re

from quizapp.draft.names.naming.common_words import common_word
from quizapp.draft.names.titles.beside_name import title_beside
from quizapp.draft.names.titles.descriptions import (
    after_preposition,
    names_body_of_complement,
    role_heads,
    verb_forms,
)
from quizapp.draft.text.segment import Span, Token
from quizapp.draft.words.lexicon import Lexicon, built_once, fold


def ends_on_place_head(parts: list[str], lex: Lexicon) -> bool:
    """A name whose last word is a place's head (lexicon ``place_name_heads``: "Oak Road",
    "the Isaac Centre"): a place named after someone or something, no one who speaks. Read by
    ``drafting/speaker_names/bystanders`` (no wrong option) and ``speakers/namesakes`` (no one
    "she" takes up), each with its own conditions around it."""
    return fold(parts[-1]) in lex.word_set("place_name_heads")


def is_organisation(parts: list[str], lex: Lexicon) -> bool:
    """A name whose words say it is an organisation ("Republican Study Committee"): a word of
    the lexicon's ``named_institutions``, ``organisation_marks`` or ``place_name_words``."""
    roles = lex.word_sets("anonymous_heads", "named_institutions")
    titled = [i for i, p in enumerate(parts[:-1]) if fold(p) in roles]
    if titled and len(parts) - titled[-1] > 2:  # "Prime Minister Benjamin Netanyahu"
        parts = parts[titled[-1] + 1 :]
    words = {fold(p) for p in parts}
    places = lex.word_set("place_name_words")  # "United States", "South Korea"
    return bool(words & (lex.word_sets("named_institutions", "organisation_marks") | places))


def roles_near(tokens: list[Token], run: tuple[int, int], lex: Lexicon) -> set[str]:
    """The role words around a name ("X, porte-parole du Kremlin,", "le ministre X"), not
    those of someone else ("une source diplomatique")."""
    roles = lex.word_sets("named_institutions", "anonymous_heads", "person_descriptions")
    after = title_beside(tokens, run, lex)  # "X, porte-parole du Kremlin,"
    nested = after_preposition(tokens, run[0], lex) or names_body_of_complement(tokens, run[0], lex)
    title = [] if nested else _title_before(tokens, run[0], lex)
    window = title + after  # "le chef de l'Etat": the State is no chief
    indefinite = lex.word_sets("anonymous_determiners", "vague_determiners")
    found = set()
    for index, token in enumerate(window):  # "une source diplomatique" is someone else
        before = fold(window[index - 1].text) if index else ""
        if fold(token.text) in roles and before not in indefinite:
            found.add(fold(token.text))
    return found


def _title_before(tokens: list[Token], start: int, lex: Lexicon) -> list[Token]:
    """The words just before a name that can be its title ("l'ambassadeur du Koweït à
    l'ONU, Mansour al-Otaibi", "spokesman John Kirby"): back to the first other word."""
    linking = {"de", "du", "des", "d'", "à", "au", "aux", "l'", "le", "la", "les", "of", "the",
               "for", "in", ",", "-"}  # fmt: skip
    roles = lex.word_sets("named_institutions", "anonymous_heads")
    index = start
    while index > max(0, start - 8):
        word = fold(tokens[index - 1].text)
        if word not in linking and word not in roles and not tokens[index - 1].text[:1].isupper():
            break
        index -= 1
    return tokens[index:start]


_LEAD_AND = re.compile(r"((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+)\s+and\s+(.+)")


def team_lead(text: str, source: Span | None, lex: Lexicon) -> Span | None:
    """ "Watson and colleagues calculated": the named lead speaks for the team around him,
    which has no name of its own (lexicon ``team_words``); None for any other source."""
    if source is None:
        return None
    found = _LEAD_AND.fullmatch(text, source[0], source[1])
    if found is None or fold(found.group(2)) not in lex.word_set("team_words"):
        return None
    return source[0], found.end(1)


_PREMODIFIER_GAP = re.compile(r"(?:['’]s)?\s+(?:[a-z][\w-]*\s+){1,3}(?:[A-Z][\w.'’-]*\s+){0,3}")


def head_after(text: str, lex: Lexicon, best: tuple, later: tuple) -> bool:
    """ "Bill Road resident Melissa Adcock", "Obama's spokesman Josh Earnest": in English the
    name before a role word (with no comma or linking word between) only modifies the name
    after it, which is the head of the phrase and the one who speaks. ``best`` and ``later``
    are (mention, rank) of two names of one source, ranked alike (person, first name)."""
    (before, best_rank), (mention, rank) = best, later
    if lex.language != "en" or mention[0] <= before[1] or rank[:2] != best_rank[:2]:
        return False
    between = text[before[1] : mention[0]]
    if not (_PREMODIFIER_GAP.fullmatch(between) or _capitalised_role(between, lex)):
        return False
    linking = lex.word_set("name_gap_links")  # "of", "and", "said": two phrases, not one
    return not any(fold(word) in linking for word in between.split())


_CAPITALISED_GAP = re.compile(r"(?:['’]s)?\s+(?:[A-Z][\w.'’-]*\s+){1,3}")


def _capitalised_role(between: str, lex: Lexicon) -> bool:
    """ "NSW Premier Gladys Berejiklian", "Cisco Chief Executive John Chambers": the role
    between the two names may be capitalised as a title; one of its words names a person's
    role (lexicon ``person_descriptions``), so the name before it only qualifies the role."""
    if not _CAPITALISED_GAP.fullmatch(between):
        return False
    roles = lex.word_set("person_descriptions")
    return any(fold(word).rstrip(".") in roles for word in between.split())


def titled_adjective(tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """« la députée écologiste Anne X », « le ministre délégué Jean X »: the lowercase word at
    ``index`` qualifies the role word right before it (it is no verb: « le maire salue »)."""
    if not index or fold(tokens[index - 1].text) not in role_heads(lex):
        return False
    word = fold(tokens[index].text)
    barred = lex.word_set("role_adjective_exclusions")  # « a », « de », « qui »
    return word.isalpha() and word not in verb_forms(lex) and word not in barred


def name_with_adjective(phrase: str, words: list[str], lex: Lexicon) -> bool:
    """In a language whose adjectives follow the noun (lexicon ``adjective_order``), a capital
    and one lowercase word is a party or a movement named by common words (« Québec
    solidaire », « Lutte ouvrière », « Place publique »), unless the capital is a function word
    or the head a role (« Un pharmacien », « Pharmacienne inquiète »)."""
    written = phrase.strip(' ,«»“”"').split()
    if lex.raw.get("adjective_order") != "after" or len(written) != 2 or len(words) != 2:
        return False
    if not written[0][:1].isupper() or not written[1][:1].islower():
        return False
    if written[0] in lex.raw_set("function_words"):
        return False
    return not any(w in lex.word_set(k) for w in words for k in _ROLE_KEYS)


def place_body(phrase: str, lex: Lexicon) -> bool:
    """english33: "In a report, Lambeth council said": in a language whose adjectives come
    first, capitals opening the phrase with no determiner, then one lower-case word for a
    body (lexicon ``organisation_name_words``): that place's own body, named as "Lambeth
    Council" would be, not a described individual. Its officer ("Brighton and Hove council
    leader") is left: read as named, the office took up another person met before.
    A word capitalised only because it opens the sentence ("Local council said", "Rival
    union said") is no place (mend33c): a common word or a word that says which body
    (lexicon ``body_modifiers``) bars it."""
    if lex.raw.get("adjective_order") == "after":
        return False
    written = phrase.strip(' ,«»“”"').split()
    end = 0
    while end < len(written) and (written[end][:1].isupper() or (end and written[end] == "and")):
        end += 1
    if not 0 < end == len(written) - 1 or written[end - 1] == "and":
        return False
    first, last, bodies = fold(written[0]), written[-1], lex.word_set("organisation_name_words")
    if first in lex.word_set("determiners") or first in bodies or _common_opening(first, lex):
        return False
    return last.islower() and fold(last) in bodies


def _common_opening(word: str, lex: Lexicon) -> bool:
    """The folded first word of a run of capitals is a common word of the language ("Rival",
    "Local", "Neighbouring"), not a place's name."""
    return word in lex.word_set("body_modifiers") or common_word(word, lex)


_ROLE_KEYS = ("anonymous_heads", "vague_heads", "person_descriptions", "unnamed_person_nouns")


def written_as_title(phrase: str, lex: Lexicon) -> bool:
    """« La Lettre du continent », "The Guardian", or a body's name written whole
    (``body_written_whole``): the name as written, which a body met under a shorter one
    takes (resolve.Registry._named: "La Lettre du continent", not "Lettre")."""
    return bool(_TITLED_BODY.fullmatch(phrase.strip())) or body_written_whole(phrase, lex)


_TITLED_BODY = re.compile(r"(?:L[ea]\s+|L['’]|The\s+)[A-ZÀ-Ý][\w'’-]*(?:\s+[\w'’-]+){0,3}")


def body_written_whole(phrase: str, lex: Lexicon) -> bool:
    """« l'Agence Française de la Lutte contre le Dopage », « Santé publique France »,
    « la Commission de régulation de l'énergie (CRE) »: a body's name written in full, which
    the name run cut at its first lowercase word (« Agence Française », « Santé »). One name
    when it opens on a capital (after an article), runs through lowercase words with no verb,
    date nor comma, and either its head is a noun of ``organisation_name_words`` or it closes
    on a capital (an acronym in brackets after it is its own)."""
    if lex.language != "fr":  # "WATER industry regulator Ofwat": a description before it
        return False
    words = _BODY_WORDS.findall(_ACRONYM_AFTER.sub("", phrase).strip())
    if words and fold(words[0]) in lex.word_set("determiners"):
        words = words[1:]
    if not 3 <= len(words) <= 9 or not words[0][:1].isupper():
        return False
    lower = [w for w in words if not w[:1].isupper()]
    odd = _no_name_words(lex)
    if not lower or any(
        fold(w) in odd or not w.strip("'’").replace("-", "").isalpha() for w in words
    ):
        return False
    return fold(words[0]) in lex.word_set("organisation_name_words") or words[-1][:1].isupper()


@built_once
def _no_name_words(lex: Lexicon) -> frozenset[str]:
    """Words no body's name holds: dates, verb forms, coordinators (built once)."""
    return lex.word_set("date_words") | verb_forms(lex) | lex.word_set("coordinators")


_BODY_WORDS = re.compile(r"[^\s'’]+['’]?")
_ACRONYM_AFTER = re.compile(r"\s*\([^()]{1,12}\)\s*$")
