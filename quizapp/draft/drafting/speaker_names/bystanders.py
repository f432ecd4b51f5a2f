"""People an article names who never speak in it (« Christophe Bouillon et Antoine Homé ont
ouvert les Assises », then only Antoine Homé speaks; « lorsque Bruno Le Maire était à
Bercy »): plausible wrong answers to "who said this?" when the article has too few speakers
to give two (teacher15: an article with two speakers, who turned out one, had drafted no
"who said this?" at all, only true/false)."""

from __future__ import annotations

import re
from collections.abc import Callable

from quizapp.draft.drafting.options import first_names
from quizapp.draft.findings import Analysis
from quizapp.draft.names.naming.name_roles import ends_on_place_head
from quizapp.draft.names.naming.names import proper_names
from quizapp.draft.text.segment import Token, paragraphs, tokens
from quizapp.draft.words.lexicon import Lexicon, fold


def bystanders(
    analysis: Analysis, lex: Lexicon, speaker_words: set[str], name_words: Callable[[str], set[str]]
) -> list[str]:
    """The full names of people (a first name the lexicon knows, then a surname) the article
    writes, in order, none sharing a word with a speaker's name (``speaker_words``,
    lower case): « Antoine Homé » speaks, so neither « Homé » nor « M. Homé » is another.
    ``name_words`` gives a name's own words, particles and titles out (DraftBase's)."""
    found: dict[str, None] = {}
    for para in paragraphs(analysis.text):
        words = tokens(analysis.text, para, analysis.language)
        for start, end in proper_names(words, lex):
            name = re.sub(r"['’]s$", "", analysis.text[words[start].start : words[end - 1].end])
            if len(name.split()) < 2 or fold(name.split()[0]) not in first_names(lex):
                continue  # « Water Street », « Le Monde »: no one
            if analysis.text[words[end - 1].end : words[end - 1].end + 1] == "/":
                continue  # a photo's credit, « (Peter Byrne/PA) », is no one in the story
            if _place_named_after(words, start, name, lex):
                continue
            spoken = {w.lower() for w in name.split()} & speaker_words
            if not spoken and not any(_one_person(name, o, name_words) for o in found):
                found.setdefault(name)
    return list(found)


def _one_person(name: str, other: str, name_words: Callable[[str], set[str]]) -> bool:
    """Two full names of one first name sharing two name words or more (« Mohamed Anouar
    Maarouf », « Mohamed Anouar Maaarouf », a misspelling; « Anne Marie Roux », « Anne
    Roux »): one person twice, two options of one "who said it?" naming the same one
    (options33). A first name or a surname alone shared (« Emmanuel Macron », « Brigitte
    Macron »; « Charles de Gaulle », « Philippe de Gaulle », a particle no name word:
    mend33e) may be two people."""
    if fold(name.split()[0]) != fold(other.split()[0]):
        return False  # « Jean-Pierre Martin », « Jean-Paul Martin »
    return len(name_words(name) & name_words(other)) >= 2


def _place_named_after(words: list[Token], start: int, name: str, lex: Lexicon) -> bool:
    """A place named after someone, no one who speaks: in French after its noun, maybe one
    lowercase word between (« le collège Jacques Ellul », « rue Marcel Pagnol »: lexicon
    named_place_nouns, as speakers21 reads it), in English before it ("Victoria Mill Road",
    "the Isaac Centre": place_name_heads). Offered as wrong speakers (sanity24)."""
    before = {fold(t.text) for t in words[max(0, start - 2) : start] if t.text.islower()}
    if before & lex.word_set("named_place_nouns"):
        return True
    return ends_on_place_head(name.split(), lex)
