"""A speaker that is a bare place's name: where something happens, not who speaks (noone54).

Round after round some thirty English and fifteen French wrong speakers of the tuning set were
the name of a town, a ward, a county or a department (« Bressuire », "Brecon", "Slough",
"Launceston"): a pronoun or a description (« she », "the report") had taken up a capitalised
name met before, "county councillor for Tenby South" had made the ward a person, or a subject
was cut from a complement (« la section de Bressuire »). ``can_speak``
lets any capitalised name pass, since a place's name may stand for its government
(« la Belgique ») and nothing in the name alone tells a town from a person. The article itself
tells: it writes the name where only a place can stand, right after a preposition of place
(lexicon ``place_name_prepositions``: « à Bressuire », "in Brecon", "across Slough"). Such a
name, when it holds no noun of a person or a body (« la ville de X », "X Council" speak) and
the registry holds no person by it, cannot speak, and ``plausible`` looks for the speaker a
pronoun would take up there.

An outlet is written after « à » as often as a town (« a confié à L'Express », « parvenue à
Libération »): a name the lexicon lists as an outlet, or one the article's findings give a
voice of their own as a relay (``via``), is never a place
(mend54a: « un article de L'Express » lost its outlet to the guard).
"""

from __future__ import annotations

import re
from weakref import WeakKeyDictionary

from quizapp.draft.findings import Attribution
from quizapp.draft.names.naming.gender import first_name_gender
from quizapp.draft.pipeline.resolve import Registry
from quizapp.draft.sources.outlets import is_outlet
from quizapp.draft.speakers.entity import Entity, each_once
from quizapp.draft.speakers.speaker_checks.can_speak import speaking_noun
from quizapp.draft.text.indexed_names import name_matches
from quizapp.draft.text.segment import Span
from quizapp.draft.text.word_patterns import WORD_FROM_LETTER, kept_pattern
from quizapp.draft.words.lexicon import Lexicon, alternation, built_once, fold, relative_words


def place_named(
    speaker: str,
    registry: Registry,
    lex: Lexicon,
    mention: Span | None = None,
    voices: frozenset[str] = frozenset(),
) -> bool:
    """``speaker`` is a bare place's name the article writes after a preposition of place
    (module docstring); a person of the registry by that name, a body's or a person's noun in
    it, or a name in capitals (an acronym) is never one, nor a place the finding's own
    ``mention`` writes as a subject (« Un parti pris que dément Paris », « Moscou a
    convoqué l'ambassadeur »: the capital stands for its government, and the keys name it),
    nor an outlet or one of the article's ``voices`` (``article_voices``, mend54a)."""
    if mention is not None and _subject_place(speaker, mention, registry.text, lex):
        return False
    if is_outlet(speaker, lex) or fold(speaker) in voices:
        return False
    words = WORD_FROM_LETTER.findall(speaker)
    if not words or not words[0][:1].isupper() or speaker.isupper() or _digit(speaker):
        return False
    linking = lex.word_sets("determiners", "function_words")
    if any(speaking_noun(fold(w), lex) or fold(w) in body_words(lex) for w in words):
        return False
    if any(not w[:1].isupper() and fold(w) not in linking for w in words):
        return False
    if a_person(speaker, registry, lex):
        return False
    text = registry.text
    return _after_place_preposition(speaker, text, lex) or _after_place_noun(speaker, text, lex)


def _after_place_preposition(name: str, text: str, lex: Lexicon) -> bool:
    """The text writes ``name`` whole right after a preposition of place (« à Bressuire »,
    "across Slough"), then no capitalised word that would make it part of a longer name, and
    the preposition itself is no part of a name ("The Centers for Disease Control")."""
    prefix = rf"\b(?i:{lex.one_of('place_name_prepositions')})\s+"
    return _written_after(name, text, prefix, frozenset())


def _after_place_noun(name: str, text: str, lex: Lexicon) -> bool:
    """The text writes ``name`` whole after a noun only a place completes and « de » (lexicon
    ``place_nouns``: « le maire de Thoissey », « les communes de Thoissey ») or after a
    building's noun (``place_building_nouns``: « la basilique Sainte-Marie Madeleine de
    Vézelay »), and the name opens on no listed first name (places57). A lone
    quotation after « … les espaces publics de Vézelay » went to the town, a headline's
    « Conches : « … » » to the town whose mayor speaks."""
    if first_name_gender(WORD_FROM_LETTER.findall(name)[0], lex):
        return False  # « la directrice générale des services de la Ville Florence X »
    of = _of_words(lex)
    towns, buildings = lex.one_of("place_nouns"), lex.one_of("place_building_nouns")
    prefix = rf"\b(?:(?i:{towns})\s+{of}|(?i:{buildings})\s+{of}?)"
    return _written_after(name, text, prefix, lex.word_set("determiners"))


@built_once
def _of_words(lex: Lexicon) -> str:
    """A pattern of the words of « of » (lexicon ``place_of_words``): « de » and its kin
    before a space, « d' » before the name (mend57f: they were written here)."""
    words = lex.words("place_of_words")
    spaced = alternation([w for w in words if not w.endswith("'")]) or "(?!)"
    elided = alternation([w[:-1] for w in words if w.endswith("'")]) or "(?!)"
    return rf"(?:(?i:{spaced})\s+|(?i:{elided})['’])"


def _written_after(name: str, text: str, prefix: str, openers: frozenset[str]) -> bool:
    """``name`` whole right after ``prefix``, then no capitalised word that would make it
    part of a longer name, the word before the prefix in lower case or one of ``openers``
    (« Le maire de X » opening a sentence)."""
    pattern = kept_pattern(rf"{prefix}{re.escape(name)}(?![\w'’-])(?!\s+[A-ZÀ-Ý])")
    for found in name_matches(text, prefix, name, pattern):  # the text indexed once (long55)
        before = text[max(0, found.start() - 30) : found.start()].split()
        if not before or not before[-1][:1].isupper() or fold(before[-1]) in openers:
            return True
    return False


def _subject_place(speaker: str, mention: Span, text: str, lex: Lexicon) -> bool:
    """The mention writes the place's name itself, and no preposition of place stands just
    before it there ("across Slough" is where; « dément Paris » is who), or a relative
    follows it, whose antecedent is the phrase the place closes (left as it was)."""
    if fold(text[mention[0] : mention[1]].strip()) != fold(speaker):
        return False
    if heading_line(mention, text):
        return False  # « Conches : « … » »: where the story is, not who speaks (places57)
    after = text[mention[1] : mention[1] + 12].split()
    if after and fold(after[0]) in relative_words(lex):
        return True  # "the district authorities in Norfolk who have said": not the place
    before = text[max(0, mention[0] - 20) : mention[0]].split()
    return not before or fold(before[-1]) not in lex.word_set("place_name_prepositions")


def heading_line(mention: Span, text: str) -> bool:
    """The mention opens its line and a colon follows it (« Conches : « Faire battre le cœur
    de ville » »): a heading or a dateline names where the story is set, as « Ville : … »
    does before any kind of news; the quotation after it is someone's of that place."""
    line_start = text.rfind("\n", 0, mention[0]) + 1
    opens = not text[line_start : mention[0]].strip()
    return opens and text[mention[1] : mention[1] + 3].lstrip().startswith(":")


def article_voices(found: list[Attribution]) -> frozenset[str]:
    """The names, folded, the article's findings give as a relay (``via``: « a confié à
    Radio Brume »): written after « à » elsewhere, such a name is whom one spoke to, not where
    (mend54a). A speaker the findings write by name was tried too: "said Launceston felt",
    a cut subject, gave two towns back their voice (3 English speakers lost)."""
    return frozenset(fold(a.via) for a in found if a.via)


def _digit(speaker: str) -> bool:
    """A name holding a digit ("No10", « A10 ») names a seat or a road, never a town."""
    return any(c.isdigit() for c in speaker)


def a_person(speaker: str, registry: Registry, lex: Lexicon, vouched: bool = True) -> bool:
    """A person of the registry is known by ``speaker`` (its name or one of its keys), and
    something besides the capital says it is one: a title, a seat or a first name of the
    lexicon (« Jean Castex » after « à »). "county councillor for Tenby South" made the ward a
    person of its own, with no first name; it took up the next « she ». With ``vouched``
    False, any person the registry holds (a reading's « a councillor »)."""
    people = _people_by_name(registry).get(fold(speaker), ())
    return any(not vouched or _vouched(entity, lex) for entity in people)


_PEOPLE: WeakKeyDictionary[Registry, tuple[int, dict[str, list[Entity]]]] = WeakKeyDictionary()


def _people_by_name(registry: Registry) -> dict[str, list[Entity]]:
    """The registry's persons under their folded names and keys, filed once per registry
    while it holds as many entities: every speaker checked read all of them, the square of a
    long article's names (long55). The checks run once the article is read, the registry
    complete; a registry that grew is filed again."""
    kept = _PEOPLE.get(registry)
    if kept is not None and kept[0] == len(registry.entities):
        return kept[1]
    people: dict[str, list[Entity]] = {}
    for entity in each_once(registry.entities.values()):
        for folded in {fold(entity.name), fold(entity.key)} if entity.person else ():
            people.setdefault(folded, []).append(entity)
    _PEOPLE[registry] = (len(registry.entities), people)
    return people


def _vouched(entity: Entity, lex: Lexicon) -> bool:
    """A person entity with a title, a seat or a listed first name opening its name; a first
    name further in is a saint's or a place's (« Sainte-Marie Madeleine de Vézelay », the
    basilica a lone quotation went to: places57)."""
    words = WORD_FROM_LETTER.findall(entity.name)
    return bool(entity.titles or entity.seats) or bool(words and first_name_gender(words[0], lex))


@built_once
def body_words(lex: Lexicon) -> frozenset[str]:
    """The words of a body's name or anaphor (« Council », « Ville », « Conseil »): a name
    holding one is the body, which speaks."""
    return lex.word_sets("organisation_anaphors", "organisation_name_words")
