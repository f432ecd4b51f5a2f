"""Role words next to names: "le Procureur de Paris, François Molins", "le chef de l'Etat".

A capitalised role word that opens a run of capitalised words ("Procureur de Paris",
"Président Macron") is no part of the name; a name inside the complement of a role ("le
procureur de la République", "le chef de l'Etat") names a place or an institution, not the
speaker, who is the role itself or the person named in apposition after it.
"""

from __future__ import annotations

import re

from quizapp.draft.lexicon import Lexicon, alternation, built_once, fold
from quizapp.draft.naming.gender import first_name_gender, someone_nouns
from quizapp.draft.segment import Span, Token

FRENCH_OF = frozenset({"de", "du", "des", "d'"})  # « de » and its contracted and elided forms
OF_WORDS = FRENCH_OF | {"of"}  # the words a complement opens on


def bare_description(words: list[str], lex: Lexicon) -> bool:
    """A description with nothing after its noun but an adjective or two (« le club », "the
    agency", « le journal sportif »), no complement saying whose (« la direction de l'hôpital »):
    what may take up a body or a person met before. An age (« l'artisan de 35 ans », « la
    fillette âgée de 9 ans ») says how old, not whose: it leaves the description bare."""
    words = _without_age(words, lex)
    return len(words) <= 3 and not OF_WORDS & set(words)


def _without_age(words: list[str], lex: Lexicon) -> list[str]:
    """The words before a closing age, « de 35 ans », « âgé de 9 ans », "aged 40": the unit
    after the number is one of lexicon ``age_words``, the participle before it one of
    ``age_participles``."""
    tail, units, aged = words[-3:], lex.word_set("age_words"), lex.word_set("age_participles")
    if len(tail) == 3 and tail[0] in FRENCH_OF and tail[1].isdigit() and tail[2] in units:
        words = words[:-3]
        return words[:-1] if words[-1:] and words[-1] in aged else words
    if len(tail) >= 2 and tail[-2] in aged and tail[-1].isdigit():
        return words[:-2]
    return words


def role_words(lex: Lexicon) -> frozenset[str]:
    return lex.word_sets("anonymous_heads", "person_descriptions")


def without_role_words(
    tokens: list[Token], run: tuple[int, int], lex: Lexicon
) -> tuple[int, int] | None:
    """The run without the role word and particles that open it ("Procureur de Paris" ->
    "Paris"); None when nothing is left."""
    roles, particles = role_words(lex), lex.word_set("name_particles")
    if all(fold(t.text) in roles for t in tokens[run[0] : run[1]]):
        return None  # "le Président", "le Procureur": a role, capitalised, is no name
    start = run[0]
    while start < run[1] - 1 and fold(tokens[start].text) in roles:
        start += 1
        while start < run[1] - 1 and fold(tokens[start].text) in particles:
            start += 1
    last_role = max(
        (i for i in range(start, run[1]) if fold(tokens[i].text) in roles), default=None
    )
    if last_role is not None and run[1] - last_role - 1 >= 2:
        start = last_role + 1  # "British Prime Minister Keir Starmer" -> "Keir Starmer"
    if start == run[0] and run[1] - start >= 3 and demonym_before(tokens, start, lex):
        start += 1  # « La Coréenne Yunhyie Park » -> « Yunhyie Park »
    return (start, run[1]) if start < run[1] else None


def demonym_before(tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """« La Coréenne », « le Marseillais », « l'Italienne »: the capitalised word at
    ``index``, after a definite article, ends like a noun of inhabitants (lexicon
    ``inhabitant_endings``); before two more capitalised words it describes the person
    they name and is no part of the name. An outlet (« Le Parisien ») is never one."""
    word = fold(tokens[index].text)
    if not index or len(word) < 5:
        return False
    if fold(tokens[index - 1].text) not in lex.word_set("definite_articles"):
        return False
    if not ends_like_inhabitant(word, lex):
        return False
    return word not in outlet_words(lex)


def ends_like_inhabitant(folded: str, lex: Lexicon) -> bool:
    """A folded word ending as a noun or adjective of inhabitants does (« lyonnais »,
    « européenne », « toulousain »: lexicon ``inhabitant_endings``); each caller adds what
    rules it out in its own place (an outlet's name, a common adjective ending so). A word
    of nationality that ends otherwise (« belge », « allemande ») is listed whole (lexicon
    ``nationality_words``)."""
    return folded.endswith(_inhabitant_endings(lex)) or folded in lex.word_set("nationality_words")


@built_once
def _inhabitant_endings(lex: Lexicon) -> tuple[str, ...]:
    return tuple(lex.words("inhabitant_endings"))


@built_once
def outlet_words(lex: Lexicon) -> frozenset[str]:
    """Every word of an outlet's name, folded (« le parisien »: « Le Parisien X » is no demonym,
    « le Républicain » no inhabitant: speaker_phrases/source_names), joined once per lexicon."""
    return frozenset(word for name in lex.words("outlets") for word in name.split())


def in_role_complement(tokens: list[Token], start: int, lex: Lexicon) -> bool:
    """The name at ``start`` follows "de / du / de la / of" after a role word that opens a
    definite phrase ("le procureur de la République", "the mayor of Paris") or a body noun
    ("le parquet de Paris", "the police of Oslo": the body speaks, not the place), or stands
    in brackets after a person's role (« le maire (LR) de Conflans »: the party is an aside of
    the mention; « la fédération (FNB) » names the body); "un porte-parole de Renault" stays
    a spokesperson of a named organisation."""
    words = [fold(t.text) for t in tokens]
    if not words or words[0] not in lex.word_set("definite_articles"):
        return False
    index = 1
    while index < len(words) and words[index] in lex.word_set("determiners"):
        index += 1
    heads = role_words(lex) | lex.word_set("named_institutions")  # "le parquet de Paris"
    if index >= len(words) or words[index] not in heads or start <= index:
        return False
    aside = tokens[start - 1].text == "(" and words[index] in role_words(lex)  # a person's
    return after_complement(tokens, start) or aside


def after_complement(tokens: list[Token], start: int) -> bool:
    """The word at ``start`` comes right after "de", "du", "de la", "de l'" or "of"."""
    before = [fold(t.text) for t in tokens[max(0, start - 2) : start]]
    return bool(before) and (
        before[-1] in OF_WORDS
        or (len(before) == 2 and before[0] in OF_WORDS and before[1] in {"la", "l'", "the"})
    )


@built_once
def _place_or_people(lex: Lexicon) -> re.Pattern[str]:
    """A place's preposition (« à », « en ») or a people's article (« les », « des »), as
    written, just before a name (lexicon place_prepositions, people_articles)."""
    articles = lex.one_of("people_articles")
    return re.compile(rf"\b(?:{lex.one_of('place_prepositions')}|{articles})\s+$")


def place_or_people(text: str, start: int, lex: Lexicon) -> bool:
    """A capitalised word the text writes after « à » or « en » (« à Montauban », « en
    France »: a place), or after a plural article with a plural ending (« les Français »,
    « des Belges »: a people): no body a description of one may take up."""
    found = _word_after(text, start, _place_or_people(lex))
    if found is None:
        return False
    before, word = found
    people = word.endswith("s") and not word.isupper()
    return before in lex.word_set("place_prepositions") or people


def place_or_nation(text: str, start: int, lex: Lexicon) -> bool:
    """A capitalised word the text writes after « à » or « en » (a place), or a plural
    after a plural article that names a people (« les Français », « Les Belges »: a word of
    nationality, ``of_a_place``), never a party (« les Républicains »)."""
    found = _word_after(text, start, _place_or_nation(lex))
    if found is None:
        return _county_after_place(text, start, lex)
    before, word = found
    nation = word.endswith("s") and of_a_place(fold(word), lex)
    field = before in lex.word_set("field_prepositions")  # « délégué aux Transports »
    return before in lex.word_set("place_prepositions") or nation or field


def _county_after_place(text: str, start: int, lex: Lexicon) -> bool:
    """ "in Sutton Courtenay, Oxfordshire.": a capitalised word set after a place and its
    comma, closing the phrase, is the place's county or country, a place too (english20);
    not "In London, Acme said", where a verb follows the name."""
    place = _after_place(lex).search(text, max(0, start - 60), start)
    return place is not None and re.match(r"[\w'’-]+\s*(?:[.,;:)]|$)", text[start:]) is not None


@built_once
def _after_place(lex: Lexicon) -> re.Pattern[str]:
    """A place's preposition, the place's capitalised words, then a comma, up to the end."""
    words = r"(?:[A-ZÀ-Ý][\w'’-]*\s+){0,3}[A-ZÀ-Ý][\w'’-]*"
    return re.compile(rf"\b(?:{lex.one_of('place_prepositions')})\s+{words},\s*$")


def _word_after(text: str, start: int, before: re.Pattern[str]) -> tuple[str, str] | None:
    """The little word ``before`` finds just ahead of ``start`` and the word at ``start``
    (empty when none), or None when no such word stands there: what the two readings above
    share, each with its own list of little words."""
    found = before.search(text, max(0, start - 5), start)
    if found is None:
        return None
    word = re.match(r"[\w-]+", text[start:])
    return found.group().strip(), word.group() if word is not None else ""


@built_once
def _place_or_nation(lex: Lexicon) -> re.Pattern[str]:
    """As ``_place_or_people``, with an office's field (« aux ») and the articles in either
    case (« Les Belges »)."""
    places = f"{lex.one_of('place_prepositions')}|{lex.one_of('field_prepositions')}"
    return re.compile(rf"\b(?:{places}|(?i:{lex.one_of('people_articles')}))\s+$")


def of_a_place(word: str, lex: Lexicon) -> bool:
    """« français », « européenne », « lyonnais »: a folded word, singular or plural, ending
    like an adjective of nationality or place (lexicon ``inhabitant_endings``) that is no
    common adjective ending so (``place_adjective_lookalikes``: « la compagnie aérienne »,
    « l'organisation humanitaire », « l'autorité urbaine » are the body met)."""
    forms = (word, word[:-1])  # « français », « européens »
    if any(form in lex.word_set("place_adjective_lookalikes") for form in forms):
        return False
    return any(ends_like_inhabitant(form, lex) for form in forms)


def office_of_a_place(phrase: str, head: str, lex: Lexicon) -> bool:
    """« la préfète de la zone Grand-Est », « le gouverneur de Labé », « le représentant des
    livreurs de Bordeaux »: a person's office (a person noun, or lexicon ``held_offices``)
    whose only name closes its complement speaks as that office's holder, never as the
    place; a name after the complement (« le ministre de la Santé Olivier X ») is the
    holder's own (speakers16). A trade of a place is one too (« l'agriculteur de Soubey »,
    speakers17)."""
    kinds = ("held_offices", "occupation_nouns")
    held = head in someone_nouns(lex) or any(head in lex.word_set(kind) for kind in kinds)
    return held and _OFFICE_OF_A_PLACE.fullmatch(phrase.strip()) is not None


@built_once
def words_before_a_noun(lex: Lexicon) -> frozenset[str]:
    """A determiner, a preposition, a conjunction (lexicon ``determiners``,
    ``non_noun_openers``) or « de »: a word after one opens a noun phrase, never a verb or a
    participle describing the noun before (« les agents du département », « notamment le
    maire »: speakers/opening_groups, subjects/clause_bounds)."""
    return lex.word_sets("determiners", "non_noun_openers") | OF_WORDS


def body_of_a_place(phrase: str, lex: Lexicon) -> bool:
    """« la sous-préfecture de Cholet », « le club de football de Cholet », « le quai
    d'Orsay »: a definite noun (maybe with an adjective or a complement of its own), « de »
    and one name, which opens on no first name or title (« le club de Paul X », « le récit de
    Me X » are someone's): the body speaks as itself, never as the place (sanity19). A
    document or a statement is its issuer's (« l'explication du PGMO », lexicon
    ``according_relative_heads``, ``possessed_documents``, ``channel_nouns``), a spokesperson
    speaks for the body, and a person's office or trade is ``office_of_a_place``'s."""
    shaped = _BODY_OF_A_PLACE.fullmatch(phrase.strip())
    if shaped is None:
        return False
    first, head = shaped.group("name").split()[0], fold(shaped.group("head"))
    if first_name_gender(first, lex) or first in lex.raw_set("titles"):
        return False
    kinds = ("according_relative_heads", "possessed_documents", "channel_nouns")
    kinds += ("held_offices", "occupation_nouns", "spokesperson_nouns")
    return head not in someone_nouns(lex) and head not in lex.word_sets(*kinds)


# a definite noun, maybe two words of its own (adjective, « de » complement), « de », a name
_BODY_OF_A_PLACE = re.compile(
    r"(?:[Ll]e\s+|[Ll]a\s+|[Ll]['’]\s*|[Cc]e\s+|[Cc]et\s+|[Cc]ette\s+)(?P<head>[a-zà-ÿ][\w-]*)"
    r"(?:\s+(?:de\s+|d['’]\s*)?[a-zà-ÿ][\w-]*){0,2}\s+(?:de\s+|du\s+|d['’]\s*)(?:la\s+|l['’]\s*)?"
    r"(?P<name>[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)?)"
)


# a definite or demonstrative office, « de », perhaps a determiner and a noun, and one name
_OFFICE_OF_A_PLACE = re.compile(
    r"(?:[Ll]e|[Ll]a|[Ll]['’]|[Cc]e|[Cc]et|[Cc]ette)\s*[a-zà-ÿ][\w-]*(?:\s+[a-zà-ÿ][\w'’-]*)*"
    r"\s+(?:de|du|des|d['’])\s*(?:(?:la|le|les|l['’])\s*)?(?:[a-zà-ÿ][\w-]*\s+(?:de\s+|d['’])?)?"
    r"[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)?"
)


def past_time_words(text: str, span: Span, lex: Lexicon) -> Span:
    """« la semaine dernière le ministre soulignait », « L'an dernier le maire avait promis »,
    « Mardi soir le préfet a dit »: a time set before the subject with no comma (lexicon
    ``leading_time_words``, weekdays, months) is no part of it; the subject starts at the
    next determiner (speakers23, read on sanity23's fresh articles). French only."""
    found = _leading_time(lex).match(text, span[0], span[1]) if lex.language == "fr" else None
    return (found.end(), span[1]) if found else span


@built_once
def _leading_time(lex: Lexicon) -> re.Pattern[str]:
    """A time with its determiner and the word after it, up to the subject's opening word."""
    times = alternation(lex.words("leading_time_words") + lex.words("weekdays"))
    after = alternation(lex.words("leading_time_after"))
    opens = lex.one_of("leading_time_determiners")
    subject = lex.one_of("leading_time_subject_openers")
    return re.compile(
        rf"(?i)(?:(?:{opens})\s*)?(?:{times})(?:\s+(?:{after}))?\s+(?=(?:{subject})\b)"
    )
