"""Acronyms and the descriptions they stand for: "le parquet national antiterroriste
(Pnat)", "l'AFP" and "l'agence française de presse" are one speaker.

An acronym matches a description when the initials of the description's content words
spell it (``initials``, out of this module since tidy39).
"""

from __future__ import annotations

import re

from quizapp.draft.sources.reading import normalised_key
from quizapp.draft.speakers.acronyms.initials import (
    acronym_words,
    bare_letters,
    looks_like_acronym,
    may_spell,
    skipped_words,
    spelled_in_order,
    spells,
)
from quizapp.draft.speakers.entity import Entity, each_once
from quizapp.draft.speakers.registry import Registry
from quizapp.draft.text.segment import Token
from quizapp.draft.text.word_patterns import kept_pattern
from quizapp.draft.words.lexicon import Lexicon, fold

_ARTICLE_AT_END = re.compile(r"(?:\b[Ll][ea]\s+|\b[Ll]['’])$")
_ARTICLE_OPENING = re.compile(r"^(?:[Ll][ea]\s+|[Ll]['’]|[Tt]he\s+)")


def expanded_before(tokens: list[Token], index: int, lex: Lexicon) -> tuple[int, int] | None:
    """For an acronym in parentheses right after its expansion ("le parquet national
    antiterroriste (Pnat)", "Québec solidaire (QS)"): the token range of the expansion,
    with its article when it has one."""
    if index < 2 or tokens[index - 1].text != "(" or not looks_like_acronym(tokens[index].text):
        return None
    for start in range(index - 2, max(-1, index - 2 - 3 * len(tokens[index].text)), -1):
        if not any(ch.isalpha() for ch in tokens[start].text):
            return None
        words = " ".join(t.text for t in tokens[start : index - 1])
        if spells(tokens[index].text, words):
            article = start > 0 and fold(tokens[start - 1].text) in lex.word_set("acronym_articles")
            return (start - 1 if article else start, index - 1)
    return None


def expanded_after(tokens: list[Token], index: int) -> tuple[int, int] | None:
    """ "l'Insee (Institut national de la statistique et des études économiques)": the
    token range of the expansion in parentheses right after the acronym."""
    if index + 2 >= len(tokens) or tokens[index + 1].text != "(":
        return None
    for end in range(index + 3, min(len(tokens), index + 20)):
        if tokens[end].text == ")":
            words = " ".join(t.text for t in tokens[index + 2 : end])
            return (index + 2, end) if spells(tokens[index].text, words) else None
    return None


def acronym_entity(
    entities: dict[str, Entity],
    renamed: dict[str, str],
    text: str,
    tokens: list[Token],
    run: tuple[int, int],
    lex: Lexicon,
) -> Entity | None:
    """An acronym stands for its expansion: "le parquet national antiterroriste (Pnat)"
    makes one speaker named by the description, that a later "le Pnat" finds again; an
    acronym spelled by a speaker met before is that speaker, written with it."""
    elided = run[1] - run[0] == 2 and fold(tokens[run[0]].text) in {"l'", "d'"}
    run = (run[0] + 1, run[1]) if elided else run  # "L'ONF" is the ONF
    word = tokens[run[0]].text
    if run[1] - run[0] != 1 or not looks_like_acronym(word):
        return None
    key = "a:" + fold(word)
    expansion = expanded_before(tokens, run[0], lex) or expanded_after(tokens, run[0])
    if expansion is not None:
        full = _as_written(text, tokens, run[0], expansion)
        _note_expansion(entities, renamed, (key, word), full)
    if key not in entities and not word.isascii():
        return None  # « Santé publique France »: an accented word, not initials to spell out
    if key not in entities:
        spelled = _latest_spelling(entities, word)
        if spelled is None:
            return None
        entities[key] = _written_with(spelled, word, renamed)
    return entities[key]


def _written_with(body: Entity, acronym: str, renamed: dict[str, str]) -> Entity:
    """A body met by its name, then by the acronym it spells (« l'ARS » after « l'Agence
    Régionale de Santé »), is written with both, as when the article joins them: a reader
    may know it either way (bodies30). Two letters (« US ») are too few to be sure."""
    if len(acronym) > 2 and _body_named(body) and not _written_in(acronym, body.name):
        renamed[body.name] = body.key
        body.name = f"{body.name} ({acronym})"
    return body


def _body_named(entity: Entity) -> bool:
    """A body named by its own words (« l'Agence régionale de santé »), neither a person, a
    description (« les avocats de Dominique Strauss-Kahn » is no « DSK ») nor an outlet."""
    return not entity.person and entity.label == "named" and entity.key[:2] not in ("d:", "o:")


def _written_in(acronym: str, name: str) -> bool:
    """Whether a name already writes the acronym (« l'Agence régionale de santé (ARS) »)."""
    return kept_pattern(rf"(?<!\w){re.escape(acronym)}(?!\w)").search(name) is not None


def _note_expansion(
    entities: dict[str, Entity], renamed: dict[str, str], acronym: tuple[str, str], full: str
) -> None:
    """The acronym (``acronym``: its key and its word) written with its expansion ``full``
    is one named body: a new speaker, or the one the acronym named alone before, renamed to
    the fuller form."""
    key, word = acronym
    known = entities.get(key) or entities.get(fold(word))  # the acronym met alone before
    if known is None:
        entities[key] = Entity(key, full, "named", person=False)
        return
    entities[key] = known
    if len(full) > len(known.name):
        renamed[known.name] = known.key
        known.name = full


def _latest_spelling(entities: dict[str, Entity], word: str) -> Entity | None:
    """The latest entity met whose name the acronym ``word`` spells; its initial rules out
    most names first (a long article holds many). A registry reads only the names filed under
    the initials of two words in a row the acronym may open on (hostile57: a list of names
    made each one scan every name met)."""
    letters = bare_letters(word.strip("()"))
    if isinstance(entities, Registry):
        pairs = {letters[:1] + later for later in letters[1:4]}
        met = entities.filed("initial pairs", _initial_pairs, pairs, latest=True)
    else:
        met = reversed(entities.values())
    initial = letters[:1]
    return next((e for e in met if may_spell(initial, e.name) and spells(word, e.name)), None)


def _initial_pairs(entity: Entity) -> set[str]:
    """The initials of two content words in a row of the entity's name, the first among its
    first three: an acronym spells the name only from such a word on, the next word giving
    its second, third or fourth letter (``spells``: at least two words, each giving at most
    three letters)."""
    words = acronym_words(entity.name)
    return {words[i][0] + words[i + 1][0] for i in range(min(3, len(words) - 1))}


def _as_written(text: str, tokens: list[Token], index: int, expansion: tuple[int, int]) -> str:
    """The name and its acronym as the article joins them, « L'Institut national … (Insee) »
    or « l'Insee (Institut national …) »: a reader (and a key) may name the body by either."""
    if expansion[0] > index:  # the expansion after the acronym, in parentheses
        return text[tokens[index].start : tokens[expansion[1]].end]
    closing = index + 1 < len(tokens) and tokens[index + 1].text == ")"
    return text[tokens[expansion[0]].start : tokens[index + closing].end]


def spelled_by(entities: dict[str, Entity], phrase: str) -> Entity | None:
    """An acronym met before that this description spells ("l'agence française de presse"
    after "l'AFP"). A description that writes the acronym itself spells nothing out: "a QFES
    spokesman" is the body's spokesman, not the body (its letters and those of "spokesman"
    would otherwise spell QFES)."""
    described = normalised_key(phrase)
    if len(acronym_words(described)) < 2:
        return None  # two content words spell at least (``spells``): none to try (speed59)
    written = set(acronym_words(phrase))
    for key, entity in entities.items():
        acronym = key.split(":", 1)[-1]
        is_acronym = key.startswith(("a:", "o:")) and looks_like_acronym(acronym.upper())
        if is_acronym and bare_letters(acronym) not in written and spells(acronym, described):
            return entity
    return None


_WORD = re.compile(r"\w[\w‑-]*")
_STOPS = re.compile(r"[.;:!?()«»“”\"\n]")


class Capitalised:
    """A text's words, and where those opening on a capital stand by their initial (without
    its accent): read once for every acronym to spell out, not once per acronym."""

    def __init__(self, text: str) -> None:
        self.words = list(_WORD.finditer(text))
        self.by_initial: dict[str, list[int]] = {}
        for index, word in enumerate(self.words):
            if word.group()[:1].isupper():
                self.by_initial.setdefault(bare_letters(word.group())[:1], []).append(index)


def spelled_out(text: str, acronym: str, capitalised: Capitalised | None = None) -> str | None:
    """Where the article spells out an acronym it also uses alone (« l'OMS » and, elsewhere,
    « l'Organisation mondiale de la santé »): the words, with their article, when exactly
    one wording spells it; None when none or two do. The wording opens on a capital and is
    no person's name (it holds a lowercase word: « Emmanuel Macron » spells no « EM »)."""
    letters = bare_letters(acronym)
    capitalised = capitalised or Capitalised(text)
    words = capitalised.words
    found: dict[str, str] = {}
    for index in capitalised.by_initial.get(letters[:1], ()):
        word = words[index]
        if bare_letters(word.group()) == letters:
            continue  # "GAVI vaccine" does not spell GAVI: the acronym is no spelling
        phrase = _spelling_from(text, words, index, letters)
        if phrase is not None:
            found.setdefault(normalised_key(phrase), phrase)
    return next(iter(found.values())) if len(found) == 1 else None


def _spelling_from(text: str, words: list[re.Match[str]], index: int, letters: str) -> str | None:
    """The longest run of words from ``index`` whose content words spell ``letters``, all
    in one clause, ending on a content word (« trafic aérien » gives the "ta" of SNCTA)."""
    for end in range(min(len(words), index + 2 * len(letters) + 3), index + 1, -1):
        phrase = text[words[index].start() : words[end - 1].end()]
        if _STOPS.search(phrase) or bare_letters(words[end - 1].group()) in skipped_words():
            continue
        content = list(acronym_words(phrase))
        if 2 <= len(content) <= len(letters) and spelled_in_order(content, letters):
            if not any(w.group()[:1].islower() for w in words[index:end]):
                return None  # « Emmanuel Macron », "Food Drug": a name, not a spelled body
            return _with_article(text, words[index].start(), phrase)
    return None


def _with_article(text: str, start: int, phrase: str) -> str:
    before = _ARTICLE_AT_END.search(text[max(0, start - 4) : start])
    return (before.group() if before else "") + phrase


def acronym_of(name: str) -> str | None:
    """ "OMS", "L'OMS", "le SNCTA": the acronym a speaker is written as, else None."""
    bare = _ARTICLE_OPENING.sub("", name.strip())
    return bare if looks_like_acronym(bare) and bare.isupper() else None


def spell_out_acronyms(
    entities: dict[str, Entity], renamed: dict[str, str], text: str, speaking: set[str]
) -> None:
    """A speaker known only by its acronym is written with the words the article spells it
    with and the acronym after (« L'Organisation mondiale de la santé (OMS) »): its fullest
    mention, by which a reader may know it either way."""
    capitalised = None
    for entity in each_once(entities.values()):
        acronym = acronym_of(entity.name) if entity.name in speaking else None
        capitalised = capitalised or (Capitalised(text) if acronym else None)
        full = spelled_out(text, acronym, capitalised) if acronym else None
        if full is not None:
            renamed[entity.name] = entity.key
            entity.name = f"{full} ({acronym})"
