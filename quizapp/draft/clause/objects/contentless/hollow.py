"""A content with no word of its own (precision22): what a cue was read to report is only a
time, an adverbial phrase or grammar words: « un point que la Chambre avait déjà évoqué en
juillet 2024 », « ce que l'officier a démenti par la suite », « le collectif a contesté en
bloc », « Les appels … ont ensuite été repris », « …, devraient être présentés ». The verb's
object stands before it (a relative « que », a clitic) or nowhere, so the words after it say
nothing a reader could be asked about. Over the French corpus such findings were keyed 0
times of 7 (7 annotator batches). A quoted answer (« « Non ! », répond-il ») and « assure
que non » keep theirs: « non » is a word of content here, and quoted words are the
speaker's whatever they are.

The grammar words are the lexicon's lists of determiners, auxiliaries, prepositions,
connectives, adverbs and dates (``_HOLLOW_LISTS``), with the nouns that only make an
adverbial phrase (lexicon ``adverbial_nouns``: « par la suite », « en bloc »); a year counts
as a date (« en 2024 »), but any other figure is what was said (« 2 500, selon la préfecture »,
« jusqu'à 200, selon les organisateurs »).

A cue inside a parenthesis reports nothing past it: the aside closes first (« le Snalc
(classé à droite, même s'il le réfute) fustige… »)."""

from __future__ import annotations

import re
from dataclasses import replace

from quizapp.draft.findings import Attribution
from quizapp.draft.text.segment import QUOTE_MARKS
from quizapp.draft.words.lexicon import Lexicon, folded_words

_HOLLOW_LISTS = (
    "determiners",
    "auxiliaries",
    "copula_forms",
    "hedge_words",
    "adverbs_between",
    "opening_connectives",
    "subordinators",
    "conjunction_heads",
    "date_words",
    "time_words_after_verb",
    "adverbial_openers",
    "complement_prepositions",
    "carried_adverbs",
    "degree_adverbs",
    "adverbial_nouns",
)
_WORD = re.compile(r"\w")
_YEAR = re.compile(r"(?:19|20)\d\d")
_QUOTING = ("direct", "mixed")  # a quotation's content is written without its marks


def with_content(found: list[Attribution], text: str, lex: Lexicon) -> list[Attribution]:
    """``found`` kept within the parenthesis each cue stands in, less the findings with no
    word at all (an empty « " " ») and, in French, those whose words are all hollow."""
    inside = [_within_aside(text, a) for a in found]
    kept = [a for a in inside if a is not None and _WORD.search(text, *a.content)]
    if lex.language != "fr":
        return kept
    return [a for a in kept if a.kind in _QUOTING or not hollow(text[slice(*a.content)], lex)]


def hollow(passage: str, lex: Lexicon) -> bool:
    """No quotation mark (words quoted inside the content), and every word a grammar word,
    a date word or a year."""
    if QUOTE_MARKS.search(passage):
        return False
    hollow_words = lex.word_sets(*_HOLLOW_LISTS)
    words = [w.strip(",;:.!?()") for w in folded_words(passage)]
    return all(w in hollow_words or _YEAR.fullmatch(w) for w in words if w)


def _within_aside(text: str, found: Attribution) -> Attribution | None:
    """``found`` kept inside the parenthesis its cue stands in: its content ends where the
    aside closes (« Le maire (qui a annoncé qu'il partirait) inaugure… »), and is none when
    it starts after that (« le Snalc (classé à droite, même s'il le réfute) fustige… » read
    « ) fustige… » as what « réfute » reports)."""
    cue, (start, end) = found.cue, found.content
    if cue is None or start < cue[1]:
        return found
    closed = text.find(")", cue[1], end)
    opened = text.rfind("(", text.rfind("\n", 0, cue[0]) + 1, cue[0])
    if closed < 0 or opened < 0 or text.find(")", opened, cue[0]) >= 0:
        return found
    kept = text[start:closed].rstrip()
    return replace(found, content=(start, start + len(kept))) if _WORD.search(kept) else None
