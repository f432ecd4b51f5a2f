"""The grammatical gender a French person noun carries in its own form.

An elided article ("l'élue", "l'avocat") or a possessive ("son adjointe") says nothing of
the gender; the noun does: a feminine ending ("-trice", "-euse", "-ière") or a form that is a
known masculine noun with an "e" added ("élue", "députée") is feminine, and a known noun
whose form with an "e" added is also known is masculine. Nouns with one form for both
("ministre", "porte-parole", "journaliste") stay unknown, as do English nouns.
"""

from __future__ import annotations

from quizapp.draft.words.folding import unaccented
from quizapp.draft.words.lexicon import Lexicon, built_once, fold


@built_once
def person_nouns(lex: Lexicon) -> frozenset[str]:
    """Every noun the lexicons know as naming a person (computed once)."""
    keys = ("person_descriptions", "unnamed_person_nouns", "anonymous_heads")
    return frozenset().union(*(lex.word_set(k) for k in keys))


@built_once
def someone_nouns(lex: Lexicon) -> frozenset[str]:
    """The person nouns and the gendered ones no ending shows (« mère », « homme »): the words
    that make a description a person's, not a body's (computed once)."""
    gendered = ("feminine_person_nouns", "masculine_person_nouns")
    return person_nouns(lex).union(*(lex.word_set(k) for k in gendered))


@built_once
def someone_words(lex: Lexicon) -> frozenset[str]:
    """Every noun that makes a description one person's: the person nouns, the gendered ones
    (« mère »), the trades (lexicon ``occupation_nouns``: « le cultivateur ») and a party's
    family word (``party_families``: « un macroniste »). One set for the readers that each
    joined a near-twin of it (an incise inside a quotation, a description taking up the
    person just named, « jeune » before a noun): the union changes no finding on the corpus
    (computed once). ``after_cue_nouns`` is not it: an anonymous head (« le magistrat »)
    after its cue is not the person heard last."""
    families = frozenset(fold(family) for family in lex.raw.get("party_families", {}))
    return someone_nouns(lex) | lex.word_set("occupation_nouns") | families


@built_once
def after_cue_nouns(lex: Lexicon) -> frozenset[str]:
    """« …, raconte le retraité », « …, explique le cultivateur »: after its cue, any person
    noun or trade (lexicon ``occupation_nouns``) takes up one heard (computed once)."""
    kinds = ("person_descriptions", "unnamed_person_nouns", "occupation_nouns")
    return frozenset().union(*(lex.word_set(kind) for kind in kinds))


def noun_gender(noun: str, lex: Lexicon) -> str:
    """ "f", "m" or "x" for a folded person noun (English: only the nouns listed as such)."""
    if len(noun) < 3:
        return "x"
    if noun in lex.word_set("feminine_person_nouns"):
        return "f"  # "épouse", "mère", "woman": a gender no ending shows
    if noun in lex.word_set("masculine_person_nouns"):
        return "m"  # « confrère »: masculine, though « -ère » ends feminine nouns
    if lex.language != "fr" or noun in lex.word_set("epicene_person_nouns"):
        return "x"  # « diplomate », « manager »: either gender, whatever the ending says
    known = person_nouns(lex)
    if noun.endswith("e") and noun[:-1] in known:
        return "f"  # "élue", "députée", "avocate"
    if noun.endswith("ère") and noun[:-3] + "er" in known:
        return "f"  # "conseillère", "infirmière"
    if noun + "e" in known or (noun.endswith("er") and noun[:-2] + "ère" in known):
        return "m"  # "élu", "député", "avocat", "conseiller"
    for gender, endings in _gender_endings(lex):  # the lexicon's endings of person nouns
        if noun.endswith(endings):
            return gender
    return "x"


@built_once
def _gender_endings(lex: Lexicon) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The endings that give a person noun its gender, as (gender, endings) pairs, feminine
    first (« -ienne » before « -ien »), folded once: each pair of ``feminine_noun_endings``
    (« -trice » / « -teur »), with the endings of ``person_gender_endings`` that have no
    ending of the other gender to pair with (« -esse »: « la comtesse », « le comte »). One
    list of the pairs since tidy38 (the two lists wrote six pairs twice)."""
    pairs = lex.raw["feminine_noun_endings"]
    lone = lex.raw["person_gender_endings"]
    feminine = [*pairs, *lone["f"]]
    masculine = [*pairs.values(), *lone["m"]]
    return ("f", tuple(fold(e) for e in feminine)), ("m", tuple(fold(e) for e in masculine))


def first_name_gender(word: str, lex: Lexicon) -> str:
    """ "m" or "f" for a common first name the lexicon lists ("Thierry", "Juliette"), "x" for
    one given to both (« Camille », "Jamie": a person, of either gender), else "". Accents are
    set aside: French writes capitals with or without them ("Eric", "Éric")."""
    return lex.remembered("first_name_gender", word, lambda key: _first_name_gender(key, lex))


def _first_name_gender(word: str, lex: Lexicon) -> str:
    folded = unaccented(fold(word.replace("’", "'")))
    first = folded.split("-")[0]  # "Jean-Jacques", "Anne-Sophie": the first part gives the gender
    for gender, names in zip("mfx", _first_names(lex), strict=True):
        if folded in names or first in names:
            return gender
    return ""


FIRST_NAME_LISTS = ("first_names_masculine", "first_names_feminine", "first_names_epicene")


@built_once
def _first_names(lex: Lexicon) -> tuple[frozenset[str], ...]:
    """The listed first names without their accents: masculine, feminine, then those given to
    both (computed once)."""
    return tuple(frozenset(unaccented(w) for w in lex.words(key)) for key in FIRST_NAME_LISTS)


@built_once
def first_name_words(lex: Lexicon) -> frozenset[str]:
    """Every listed first name, folded with its accents, whatever its gender: the rules that
    only ask whether a word is a first name (« Chantal », not « Bordeaux »)."""
    return lex.word_sets(*FIRST_NAME_LISTS)


def office_other_gender(head: str, gender: str, lex: Lexicon) -> str | None:
    """The other gender a description of an office may stand for: « le maire », « le premier
    édile », « le tavana » are written with « le » for a woman too (lexicon
    ``epicene_offices``; « Anne X a été élue maire … Le maire a évoqué… » is Anne), so such a
    masculine description may be read as feminine when no man fits it; None otherwise."""
    return "f" if gender == "m" and head in lex.word_set("epicene_offices") else None
