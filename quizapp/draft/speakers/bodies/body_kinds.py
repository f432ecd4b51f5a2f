"""The kind of body a name is written as, for an English anaphor that takes up "the latest
named organisation": "The company admitted…" after "The Environment Agency said…" is not the
agency, "The developer says…" after "farmland off Maldon Road" is not the road, "The firm
said…" after "the Unite union announced…" is not the union. A name ending on a word for a
kind of body or place ("Agency", "Council", "Road"), or written with one right after it
("the Unite union"), is a body of that kind; an anaphor takes it up only when it covers that
kind. Names that show no kind ("Anglian Water", "National Express") stay open to any anaphor.

The nouns the lexicon knows for a body in either language, the kinds each anaphor covers, and
where a kind's noun stands before a name with its complement (« l'association de
consommateurs X ») are here too, out of ``institutions`` (then in anaphora/) since tidy28:
the narration, the anaphors and the offices all read them.
"""

from __future__ import annotations

import re

from quizapp.draft.speakers.entity import Entity
from quizapp.draft.text.segment import Token
from quizapp.draft.words.lexicon import Lexicon, built_once, fold

_WORD_AFTER = re.compile(r"\s+([a-z]{3,})\b")  # "the Unite union", lower case only


def kind_fits(head: str, entity: Entity, text: str, lex: Lexicon) -> bool:
    """Whether the English anaphor whose noun is ``head`` ("company", "union") may take up
    ``entity``: always when the name shows no kind of its own or the anaphor is generic
    ("the organisation"), else when the anaphor covers the kind the name shows."""
    if lex.language != "en" or head in lex.word_set("generic_body_anaphors"):
        return True
    kind = written_kind(entity, text, lex)
    return kind is None or kind in covered_kinds(head, lex)


def written_kind(entity: Entity, text: str, lex: Lexicon) -> str | None:
    """The word for a kind of body or place the name ends on ("Environment Agency", "Maldon
    Road"), else the one written right after a mention of it ("the Unite union"); None when
    neither is a word the lexicon knows for a kind."""
    kinds = _kind_words(lex)
    words = fold(entity.name).split()
    if len(words) > 1 and words[-1] in kinds:
        return words[-1]
    for _, end in entity.mentions:
        after = _WORD_AFTER.match(text, end)
        if after is not None and after.group(1) in kinds:
            return after.group(1)
    return None


def covered_kinds(head: str, lex: Lexicon) -> frozenset[str]:
    """The kinds an anaphor covers: any word for a business when it is one (a firm may be
    "Gladman Developments" or "Acme Group"), else itself and the kinds ``body_hypernyms``
    lists for it ("the watchdog": an ombudsman, a regulator…)."""
    business = lex.word_set("business_kinds")
    if head in business:
        return business
    return frozenset({head, *lex.raw.get("body_hypernyms", {}).get(head, [])})


@built_once
def _kind_words(lex: Lexicon) -> frozenset[str]:
    """Every word the lexicon knows for a kind of body or a place a name may end on."""
    return lex.word_sets(
        "organisation_name_words", "organisation_anaphors", "place_name_heads", "business_kinds"
    )


@built_once
def body_nouns(lex: Lexicon) -> frozenset[str]:
    """Every noun the lexicon knows for a body: anaphors and the kinds they cover."""
    kinds = frozenset().union(*kinds_covered(lex).values(), kinds_covered(lex))
    return kinds | lex.word_set("organisation_anaphors")


@built_once
def kinds_covered(lex: Lexicon) -> dict[str, frozenset[str]]:
    """Each anaphor head -> the kinds of body it takes up (itself among them)."""
    listed = lex.raw.get("body_hypernyms", {})
    return {fold(k): frozenset({fold(k)} | {fold(w) for w in v}) for k, v in listed.items()}


def kind_complement_start(tokens: list[Token], start: int, lex: Lexicon) -> int | None:
    """Where the noun for a kind of body stands whose complement of common words (one to
    four, after « de ») runs up to the name at ``start``: « l'association de consommateurs
    X », « la fédération des chasseurs de montagne X »; None when the word before the name
    is a preposition (« de soutien à Paul X »: X is supported, not named so) or a capital
    breaks the run."""
    index = start - 1
    if index < 0 or fold(tokens[index].text) in lex.word_set("non_noun_openers"):
        return None
    for _ in range(5):
        if index < 2 or not tokens[index].text[:1].islower():
            return None
        word = fold(tokens[index].text)
        if (
            word in lex.word_set("complement_marks")
            and index < start - 1
            and fold(tokens[index - 1].text) in body_nouns(lex)
        ):
            return index - 1
        index -= 1
    return None


def council_of_town(description: str, head: str, phrase: str, lex: Lexicon) -> str:
    """The speaker a council description (« la mairie », head one of the lexicon's
    ``council_nouns``) linked to the body ``phrase`` is written as: when the phrase names the
    town itself (« la commune de Vernac », one of ``town_nouns``), the council of that town,
    « la mairie de Vernac »; the town is not who speaks for it. Else the phrase."""
    if head not in lex.word_set("council_nouns"):
        return phrase
    town = _TOWN.match(phrase)
    if town is None or fold(town.group("noun")) not in lex.word_set("town_nouns"):
        return phrase
    return f"{description} {town.group('name')}"


_TOWN = re.compile(  # « la commune de Vernac », « la commune d'Aubrac »
    r"(?:[Ll]a|[Ll]e|[Ll]['’])\s*(?P<noun>[A-Za-zà-ÿ]+)\s+(?P<name>(?:de|du|d['’])\s*[A-ZÀ-Ý].*)$"
)
