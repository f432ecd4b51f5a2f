"""A name on a line of its own under a block of speech whose quotation marks the copied page
lost (a pull quote or a testimony block of a broadcaster's page): « J'ai promis un été animé…
/ Pascal Demarthe », the name glued to its role where the page dropped the line break between
them (« Docteur Elisa LoubetMédecin généraliste »), or a first name with an indefinite role
(« Jany, une campeuse »). ``signature.py`` reads the signatures with a comma and a two-word
name, or a dash; these three have neither, so they sign only a paragraph with no quotation
marks at all (its caller checks) and only when the line looks like a person's name: its first
word a first name the lexicon knows or an honorific (lexicon ``signature_honorifics``), or, for
a single word, an indefinite article opening the role. blocks37 counted them over the French
corpus: 3 blocks in 3 articles of 3 batches, each keyed as the named person's words."""

from __future__ import annotations

import re

from quizapp.draft.lexicon import Lexicon, built_once, date_word
from quizapp.draft.noun_phrases.noun_phrase import holds_finite_verb

# a capital and lower-case letters: a word of a name ends where a glued role's capital starts
_WORD = r"[A-ZÀ-Ö][a-zß-öø-ÿ'’-]+"


def lone_signature(text: str, para: tuple[int, int], lex: Lexicon) -> re.Match[str] | None:
    """The match of a name alone (or glued to its role, or a first name with an indefinite
    role) filling the paragraph ``para``, with its group ``name``; else None. A role set after
    the name holds no finite verb (« Marcel, un voisin arrive »: a sentence, not a signature)."""
    full, single = _patterns(lex)
    found = full.match(text, para[0], para[1])
    if found is not None and _known_opening(found.group("lead"), found.group("first"), lex):
        return found
    found = single.match(text, para[0], para[1])
    if found is None or date_word(found.group("name"), lex):
        return None  # « Vendredi, une réunion publique »: a subhead's date, nobody
    return None if holds_finite_verb(text, found.span("role"), lex) else found


def _known_opening(lead: str | None, first: str, lex: Lexicon) -> bool:
    """An honorific before the name, or a first name the lexicon knows opening it."""
    names = lex.raw_set("first_names_masculine") | lex.raw_set("first_names_feminine")
    return bool(lead) or first in names


@built_once
def _patterns(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The full name alone or glued to its role; the single name with an indefinite role."""
    honorifics = "|".join(re.escape(w) for w in lex.raw.get("signature_honorifics", [])) or "(?!)"
    particle = r"(?:(?:de|du|van|von|le|la)\s+|d['’])"
    name = rf"(?P<first>{_WORD})(?:[ -]{particle}?{_WORD}){{1,2}}"
    glued = r"(?<=[a-zß-öø-ÿ])[A-ZÀ-Ö][^.!?…«»“”\"\n]{2,90}?"
    full = rf"\s*(?:(?P<lead>{honorifics})\.?\s+)?(?P<name>{name})(?P<role>{glued}|)\s*$"
    articles = "|".join(re.escape(w) for w in lex.words("indefinite_articles")) or "(?!)"
    role = rf"(?P<role>(?:{articles})\s+[^.!?…«»“”\"\n]{{2,60}}?)"
    single = rf"\s*(?P<name>[A-ZÀ-Ö][a-zß-öø-ÿ-]+)\s*,\s*{role}\s*$"
    return re.compile(full), re.compile(single)
