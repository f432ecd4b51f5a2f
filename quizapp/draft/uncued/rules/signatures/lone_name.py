"""A name on a line of its own under a block of speech whose quotation marks the copied page
lost (a pull quote or a testimony block of a broadcaster's page): « J'ai promis un été animé…
/ Pascal Demarthe », the name glued to its role where the page dropped the line break between
them (« Docteur Elisa LoubetMédecin généraliste »), or a first name with an indefinite role
(« Jany, une campeuse »). ``signed.py`` reads the signatures with a comma and a two-word
name, or a dash; these three have neither, so they sign only a paragraph with no quotation
marks at all (its caller checks), only when the line looks like a person's name (its first
word a first name the lexicon knows, or a title: lexicon ``titles`` and
``signature_honorifics``), and only a block that is a speaker's own words (``block_speaks``).
blocks37 counted them over the French corpus: 3 blocks in 3 articles of 3 batches, each keyed
as the named person's words."""

from __future__ import annotations

import re

from quizapp.draft.clause.noun_phrases.noun_phrase import holds_finite_verb
from quizapp.draft.findings import Attribution, Span
from quizapp.draft.names.naming.gender import first_name_gender
from quizapp.draft.words.lexicon import Lexicon, built_once, folded_words

# a capital and lower-case letters: a word of a name ends where a glued role's capital starts,
# save after a short prefix written with a capital inside the name (« MacGregor », « LeBlanc »)
_WORD = r"(?:[A-ZÀ-Ö][a-z]{1,2})?[A-ZÀ-Ö][a-zß-öø-ÿ'’-]+"


def full_name(lex: Lexicon, word: str, gap: str) -> str:
    """A full name of two to four words (each ``word``, ``gap`` between them), initials among
    them (« P. Martin ») and a particle of lexicon ``name_particles`` before a word (« Anne de
    Vries », « Mohamed el-Amrani »): the one shape of a name the signatures read. Each reader
    gives its word: ``signed`` any capitalised word and any space (« Jean DUPONT, maire »),
    this module a word that stops at a glued role's capital, spaces or hyphens only, and
    ``described`` a capitalised word and spaces after a lower-case role (tidy39; tidy38: the
    two were written apart, and ``signed``'s particles were five words in code). Built once by
    each reader's pattern."""
    particle = rf"(?:(?:{lex.one_of('name_particles')})(?:\s+|(?<=['’-])))"
    return rf"(?:[A-ZÀ-Ö]\.\s*|{word}{gap}{particle}?){{1,3}}{word}"


def lone_signature(text: str, para: Span, lex: Lexicon) -> re.Match[str] | None:
    """The match of a name alone (or glued to its role, or a first name with an indefinite
    role) filling the paragraph ``para``, with its group ``name``; else None. The name opens on
    a first name the lexicon knows (« Lyon, une rentrée sous tension » is a subhead), and a
    role set after a single name is a noun with at most a complement (« Marcel, un voisin
    arrive »: a sentence, not a signature)."""
    full, single = _patterns(lex)
    found = full.match(text, para[0], para[1])
    if found is not None and (found.group("lead") or first_name_gender(found.group("first"), lex)):
        return found
    found = single.match(text, para[0], para[1])
    if found is None or not first_name_gender(found.group("name"), lex):
        return None
    return None if holds_finite_verb(text, found.span("role"), lex) else found


def block_speaks(found: list[Attribution], block: Span, text: str, lex: Lexicon) -> bool:
    """Whether a lone name may sign ``block``: no finding with a cue lies in it (« Selon la
    préfète, … » stays the préfète's words, whoever signs below), a first-person subject speaks
    in it (lexicon ``first_person_subjects``: « on » and « nos » are also narration's words),
    and it asks no question (« Pourquoi nos élus se taisent-ils ? » is the outlet's)."""
    if any(
        a.cue is not None and a.content[0] < block[1] and block[0] < a.content[1] for a in found
    ):
        return False
    subjects = lex.word_set("first_person_subjects")
    words = folded_words(text[block[0] : block[1]])
    return text[block[1] - 1] != "?" and any(w.strip(",;:") in subjects for w in words)


@built_once
def _patterns(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The full name alone or glued to its role; the single name with an indefinite role."""
    lead = rf"(?i:{lex.one_of('titles')}|{lex.one_of('signature_honorifics')})"
    name = rf"(?=(?P<first>{_WORD})){full_name(lex, _WORD, '[ -]')}"  # no initial first
    glued = r"(?<=[a-zß-öø-ÿ])[A-ZÀ-Ö][^.!?…«»“”\"\n]{2,90}?"
    full = rf"\s*(?:(?P<lead>{lead})\.?\s+)?(?P<name>{name})(?P<role>{glued}|)\s*$"
    complement = rf"\s+(?:{lex.one_of('complement_prepositions')})(?:\s+|(?<=['’]))"
    noun = rf"(?:{lex.one_of('indefinite_articles')})\s+[\w'’-]+"
    role = rf"(?P<role>{noun}(?:{complement}[^.!?…«»“”\"\n]{{1,60}}?)?)"
    single = rf"\s*(?P<name>[A-ZÀ-Ö][a-zß-öø-ÿ-]+)\s*,\s*{role}\s*$"
    return re.compile(full), re.compile(single)
