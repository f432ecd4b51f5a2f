"""How a speaker's name reads inside a drafted question: the words it may open on
(``lexicons/phrasing.json``), set in lower case inside a sentence (« un conseiller »), and
whether its verb agrees in the plural (« les enseignants disent »; with the article's
language, ``takes_plural``: a number, an English plural head). Out of ``phrasing.py`` since
tidy29 (``takes_plural`` since tidy54): the drafting modules read these on their own, apart
from the question's words.
"""

from __future__ import annotations

import re
from functools import cache

from pydantic import BaseModel, ConfigDict

from quizapp.draft.drafting.wording.explanation_words import phrasing_lexicon
from quizapp.draft.sources.head_words import head_noun
from quizapp.draft.sources.head_words import is_plural as is_plural_head
from quizapp.draft.sources.source_kinds import is_number
from quizapp.draft.words.lexicon import load


class OpeningWords(BaseModel):
    """The words a speaker's name may open on that change how a question words it, from
    ``lexicons/phrasing.json``: data, so that a translator extends them without touching code."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    plural_openers: frozenset[str]  # the verb agrees in the plural (« les enseignants disent »)
    lowered_openers: frozenset[str]  # lower case inside a sentence (« un conseiller »)
    lede_openers: frozenset[str]  # "AN angry resident": a lede's capitals (questions52)
    complement_openers: frozenset[str]  # « de » in « le vice-président de l'APVF »
    plural_heads: frozenset[str]  # plural with no -s: "Police claim" (teacher16)
    clause_openers: frozenset[str]  # « que », « comment », « : » before a reported clause
    dropped_openers: frozenset[str]  # « mais », "but": no « que mais … »
    dropped_connectives: frozenset[str]  # « Pourtant, », "However,": left out (truefalse50)
    unaccented_capitals: frozenset[str]  # « A Caen » reported as « qu'à Caen » (sanity22)
    wish_cue_stems: frozenset[str]  # « exigent que … »: a wish, no claim (sanity22)
    pronoun_speakers: frozenset[str]  # « eux », « ceux » left as a speaker (sanity22)
    question_openers: frozenset[str]  # « pourquoi », "whether": a question (sanity25)
    asking_cue_stems: frozenset[str]  # « a demandé », "asked": « si » / "if" asks
    question_if: frozenset[str]  # « si », "if"
    infinitive_markers: frozenset[str]  # "to" before an infinitive reported (sanity24)
    apposition_relatives: frozenset[str]  # « qui » after an apposed name, before its cue
    infinitive_reflexives: frozenset[str]  # « s'être soumis » takes no « que » (ui38)
    feeling_cue_stems: frozenset[str]  # « s'étonne que » + a subjunctive: no claim (ui38)
    subjunctive_words: frozenset[str]  # « soit », « aient »: the subjunctive (ui38)
    common_endings: frozenset[str]  # « Appuyées par… »: no name (ui38; read per language)


@cache
def opening_words() -> OpeningWords:
    """Both languages' words together, read once: ``in_sentence`` and ``is_plural`` are given
    a speaker's words, not the article's language. Each word with a straight apostrophe also
    stands with a typographic one (« d’autres »)."""
    merged: dict[str, set[str]] = {}
    for language in ("fr", "en"):
        for key, words in phrasing_lexicon()[language].items():
            if isinstance(words, dict):  # a mapping, read by ``explanation_words``
                continue
            merged.setdefault(key, set()).update(
                spelling for word in words for spelling in (word, word.replace("'", "’"))
            )
    return OpeningWords.model_validate(merged)


def in_sentence(words: str) -> str:
    """ "Un conseiller" or "D'autres manifestations" inside a sentence start in lower case;
    names keep their capitals. The first word is read without the comma after it and with
    its apostrophe (« Cependant, … », « Aujourd'hui, … »: sanity22 read « que Cependant »).
    One written all in capitals, as local papers open a story ("THE Somerset NHS Foundation
    Trust has apologised", "AN ANGRY hospital boss"), goes to lower case whole: its first
    letter alone made "tHE", "aN ANGRY" (sanity26)."""
    first = re.split(r"[\s’',;:]", words, maxsplit=1)[0]
    key = words[: len(first) + 1].lower() if words[len(first) : len(first) + 1] in "’'" else ""
    whole = re.match(r"[^\W\d_]+(?:['’][^\W\d_]+)?", words)
    lowered = opening_words().lowered_openers
    if whole is not None and whole.group().lower() in lowered:
        return _lower_first(words, whole.group())
    if first.lower() in lowered or key in lowered or first[:1].isdigit():
        return _lower_first(words, first)
    return words


def _lower_first(words: str, first: str) -> str:
    """``words`` with their first word ``first`` in lower case: its first letter, or the whole
    word when it is written in capitals ("THE", "AN")."""
    if len(first) > 1 and first.isupper():
        return first.lower() + words[len(first) :]
    return words[:1].lower() + words[1:]


def is_plural(speaker: str) -> bool:
    """A speaker the verb agrees with in the plural (« les enseignants grévistes disent »)."""
    words = speaker.lower().replace("’", "'").split()
    if not words:
        return False
    if (
        words[0] in opening_words().plural_openers
        or " ".join(words[:2]) in opening_words().plural_openers
    ):
        return True
    return words[0] == "the" and len(words) > 1 and re.search(r"[^s]s$", words[-1]) is not None


def takes_plural(speaker: str, language: str) -> bool:
    """Whether a question's verb agrees with ``speaker`` in the plural, in the article's
    ``language``: a plural opener (``is_plural``), an English plural head noun, or a number
    above one first (``Phrasing.forms`` reads it; out of ``phrasing.py`` since tidy54)."""
    return is_plural(speaker) or _plural_head(speaker, language) or _counted(speaker, language)


def _counted(speaker: str, language: str) -> bool:
    """A speaker opening on a number above one (« sept candidats de l'opposition »,
    « 60 % des personnes interrogées »): « Dans l'article, sept candidats … est un groupe
    vague » read wrong (sanity22)."""
    first = speaker.lower().split()[:1]
    return bool(first) and is_number(first[0], load(language)) and first[0] not in ("1", "1%")


def _plural_head(speaker: str, language: str) -> bool:
    """An English speaker whose head noun is plural: a lower-case one ending in -s that
    the lexicon does not know as singular ("opponents", "council officials"; not
    "Reuters" nor "the business"), or one plural with no -s ("Police": teacher16 read
    "Police claims that…"), or a group noun the lexicon lists as vague even with the
    capital of a speaker's first word ("Campaigners claims that…": teacher59)."""
    if language != "en":
        return False
    lex = load("en")
    head = head_noun(speaker.split(), lex) if speaker.split() else ""
    if head.lower() in opening_words().plural_heads | lex.word_set("vague_heads"):
        return True
    return head.islower() and is_plural_head(head, lex)
