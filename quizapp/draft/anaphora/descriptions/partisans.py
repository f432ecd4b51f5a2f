"""A politician taken up by the family of the party the article gave them: « Vincent X (Open
Vld) a quitté la réunion. […] Le libéral parle d'un incident », « la députée PS Anne Y … la
socialiste estime ». News writing names a politician's party once, in brackets or beside the
name, then calls them by the party's family; a reader who knows the party knows whom.

Which parties belong to which family is data (lexicon ``party_families``: « libéral » ->
« MR », « Open Vld », « PLQ »…), never a word in this code. The description is the one person
met before it whose party (or the family word itself) was written next to their name; two
such people, or none, take up no one.
"""

from __future__ import annotations

import re

from quizapp.draft.sources.reading import compatible
from quizapp.draft.speakers.entity import Entity
from quizapp.draft.text.segment import Span
from quizapp.draft.words.lexicon import Lexicon, built_once, fold, folded_words

_BRACKETS = re.compile(r"\s*\(([^()\n]{1,40})\)")  # « X (Open Vld) »
_BEFORE = 30  # characters before a name where its party may stand: « la députée PS X »


def partisan(
    phrase: str, reading: tuple[str, str], span: Span | None, people: list[Entity], text: str,
    lex: Lexicon,
) -> Entity | None:  # fmt: skip
    """The one person of ``people`` met before ``span`` whose party belongs to the family the
    definite description ``phrase`` names (``reading``: its head and gender); None when
    the phrase names no family, or when nobody, or two people, fit."""
    head, gender = reading
    family = _family(phrase, head, lex)
    if family is None or span is None:
        return None
    marks = parties_of(lex)[family]
    found = {
        person.key: person
        for person in people
        if person.person
        and compatible(person.gender, gender)
        and any(m[1] <= span[0] and _beside(text, m, marks) for m in person.mentions)
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _family(phrase: str, head: str, lex: Lexicon) -> str | None:
    """The family a definite description names by its head (« Le libéral », « la
    socialiste », « Le libéral flamand »): the lexicon's key, a feminine in « -e » folded
    back (« libérale »); None for anything longer than an article, the head and one word."""
    words = folded_words(phrase)
    if not 2 <= len(words) <= 3 or words[0] not in lex.word_set("head_articles"):
        return None
    families = parties_of(lex)
    word = fold(head)
    if words[1] != word:
        return None
    if word in families:
        return word
    return word[:-1] if word.endswith("e") and word[:-1] in families else None


def _beside(text: str, mention: Span, marks: frozenset[str]) -> bool:
    """A party of the family, or the family word, in brackets right after the name
    (« X (Open Vld) ») or among the words just before it (« le député MR X »)."""
    bracket = _BRACKETS.match(text, mention[1])
    if bracket is not None and fold(bracket.group(1).strip()) in marks:
        return True
    before = fold(text[max(0, mention[0] - _BEFORE) : mention[0]])
    before = re.split(r"[.,;:!?()«»\n]", before)[-1]
    padded = " " + " ".join(folded_words(before)) + " "
    return any(f" {mark} " in padded for mark in marks)


@built_once
def parties_of(lex: Lexicon) -> dict[str, frozenset[str]]:
    """Each family word -> its parties and the word itself, folded (computed once)."""
    listed = lex.raw.get("party_families", {})
    return {fold(k): frozenset({fold(k)} | {fold(p) for p in v}) for k, v in listed.items()}
