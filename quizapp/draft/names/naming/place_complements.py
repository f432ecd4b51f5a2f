"""A description whose complement closes on a place's name: « la sous-préfecture de Cholet »,
« le quai d'Orsay » (a body of the place, which speaks as itself) and « la préfète de la zone
Grand-Est », « l'agriculteur de Soubey » (an office or a trade of the place, whose holder
speaks). Either way the speaker is never the place the name gives.
"""

from __future__ import annotations

import re

from quizapp.draft.names.naming.gender import first_name_gender, someone_nouns
from quizapp.draft.names.naming.party_qualifiers import without_qualifiers
from quizapp.draft.words.lexicon import Lexicon, built_once, fold


def office_of_a_place(phrase: str, head: str, lex: Lexicon) -> bool:
    """« la préfète de la zone Grand-Est », « le gouverneur de Labé », « le représentant des
    livreurs de Bordeaux »: a person's office (a person noun, or lexicon ``held_offices``)
    whose only name closes its complement speaks as that office's holder, never as the
    place; a name after the complement (« le ministre de la Santé Olivier X ») is the
    holder's own (speakers16). A trade of a place is one too (« l'agriculteur de Soubey »,
    speakers17)."""
    kinds = ("held_offices", "occupation_nouns")
    held = head in someone_nouns(lex) or any(head in lex.word_set(kind) for kind in kinds)
    bare = without_qualifiers(phrase.strip(), lex)  # « le délégué CGT de l'usine X » (mend58d)
    return held and _OFFICE_OF_A_PLACE.fullmatch(bare) is not None


def office_of_a_site(phrase: str, lex: Lexicon) -> bool:
    """An office of a place whose complement is a plant or a site (lexicon
    ``site_kind_nouns``: « le délégué CGT de l'usine X », « le directeur du site de Y »): one
    person among the staff, whom the article does not name (mend58d)."""
    words = fold(phrase).replace("'", "' ").split()
    return bool(set(words) & lex.word_set("site_kind_nouns"))


def offices_of_one_place(phrase: str, lex: Lexicon) -> bool:
    """« les maires des Aravis », « l'ensemble des conseillers départementaux du Bas-Rhin »:
    the holders of one office across a place or a body are a group the reader cannot name
    one by one (the keys label it vague, labels55), and the place is no speaker. Several
    places (« les maires de Huningue et Weil am Rhein ») name each holder; a list or a group
    with its name (« les élus de la liste X »), a party (« les élus du RN », « les élus de
    Renaissance », mend55d) and a person (« les conseillers de Jean X ») make another group:
    none of those is this one."""
    pattern = _offices_of_a_place(lex)
    found = pattern.fullmatch(phrase.strip()) if pattern else None
    if found is None:
        return False
    if not set(map(fold, found.group("nouns").split())) & lex.word_set("plural_office_heads"):
        return False
    first = found.group("name").split()[0]
    if first_name_gender(first, lex) or re.fullmatch(r"[A-ZÀ-Ý]{2,}", first):
        return False
    if fold(found.group("name")) in _party_names(lex):
        return False
    return fold(found.group("before") or "") not in lex.word_set("own_name_group_nouns")


@built_once
def _party_names(lex: Lexicon) -> frozenset[str]:
    """Every party the lexicon lists, folded, whole (``party_families``: « Renaissance », « Les
    Républicains »; ``qualifier_bodies``: « Horizons »): its members are a party's group,
    named as the keys label « les élus du RN » (mend55d)."""
    families = lex.raw.get("party_families", {}).values()
    return frozenset(fold(party) for family in families for party in family) | lex.word_set(
        "qualifier_bodies"
    )


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


# an opener of a group of office holders (lexicon ``office_group_openers``: « les », « l'ensemble
# des », « tous les »), up to three lower-case words (a number, the office, its adjectives),
# « de », perhaps an article and a noun, and one name closing it
_OFFICES_OF_A_PLACE = (
    r"(?:{openers})(?P<nouns>(?:\s+[a-zà-ÿ\d][\w-]*){{1,3}}?)"
    r"\s+(?:de|du|des|d['’])\s*(?:(?:la|le|les|l['’])\s*)?"
    r"(?:(?P<before>[a-zà-ÿ][\w-]*)\s+(?:(?:de|du)\s+|d['’]\s*)?)?"
    r"(?P<name>[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)?)"
)


@built_once
def _offices_of_a_place(lex: Lexicon) -> re.Pattern[str] | None:
    """``_OFFICES_OF_A_PLACE`` with the lexicon's openers, each capital or not, spaces and
    apostrophes as written (built once); None for a lexicon without them."""
    openers = [_opener_pattern(opener) for opener in lex.words("office_group_openers")]
    return re.compile(_OFFICES_OF_A_PLACE.format(openers="|".join(openers))) if openers else None


def _opener_pattern(opener: str) -> str:
    """« l'ensemble des » as read: « L'ensemble des », « l’ ensemble  des »."""
    first, rest = opener[0], re.escape(opener[1:])
    rest = rest.replace("'", "['’]\\s*").replace("\\ ", "\\s+")
    return f"[{first.upper()}{first}]{rest}"
