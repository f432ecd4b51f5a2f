"""« pour X » after a judgement written with no verb and wholly in quotation marks: « « Une
situation dramatique » pour la présidente », « « un gâchis » pour le syndicat ». With no verb
before it, « pour » is neither a purpose nor the aim of an action, and the quotation marks say
the words are someone's: the person after « pour » holds the judgement (recall33). When the
quotation is only part of the phrase (« Une « prime exceptionnelle » pour les soignants », « Un
« plan Marshall » pour la Guadeloupe ») or is missing (« Un coup dur pour les salariés »), the
phrase says who a measure is for or who undergoes something, which nobody says: no cue; nor
when a place follows « pour » (« la Guadeloupe », « Lyon »: mend33b)."""

from __future__ import annotations

from quizapp.draft.names.naming.gender import first_name_gender
from quizapp.draft.text.segment import QUOTE_MARK_TOKENS
from quizapp.draft.text.sentence.clause_verbs import verbish
from quizapp.draft.words.lexicon import Lexicon, built_once


def closes_a_verbless_judgement(words: list[str], index: int, lex: Lexicon) -> bool:
    """Whether « pour » at ``index`` (``words`` folded, the cue finder's) closes a judgement
    with no verb (see ``judgement_start``); the written words are the cue finder's cache."""
    written = lex.cache.get("current_tokens", [])
    return judgement_start(words, written, index, lex) is not None


def judgement_start(words: list[str], written: list[str], index: int, lex: Lexicon) -> int | None:
    """The index of the judgement's first word when « pour » at ``index`` closes one: the words
    since the sentence's start (or its last colon, a headline's second half) are one quotation,
    marks included, of two to ten words with no finite verb and no comma, and a person or a
    group follows « pour » (``_holder_follows``)."""
    start = _clause_start(words, index)
    if not _one_whole_quotation(words[start:index]):
        return None  # « Une « prime exceptionnelle » pour les soignants »: whom it is for
    clause = words[start + 1 : index - 1]
    if not 1 < len(clause) <= 10 or "," in clause or any(_verb(word, lex) for word in clause):
        return None
    return start if _holder_follows(words, written, index + 1, lex) else None


def _clause_start(words: list[str], index: int) -> int:
    """The first word after the last colon before ``index``, else the sentence's first."""
    colons = [at for at in range(index) if words[at] == ":"]
    return colons[-1] + 1 if colons else 0


def _one_whole_quotation(clause: list[str]) -> bool:
    """The words open on a quotation mark and close on one, with no other mark between."""
    marks = [at for at, word in enumerate(clause) if word in QUOTE_MARK_TOKENS]
    return len(clause) > 2 and marks == [0, len(clause) - 1]


def _holder_follows(words: list[str], written: list[str], at: int, lex: Lexicon) -> bool:
    """Someone who may judge opens at ``at``: a determiner and a lower-case noun (« la
    présidente », « les syndicats ») or an acronym (« la CGT »), or a name opening on a first
    name (« Paul Dubois »). A determiner and a capitalised word (« la Guadeloupe », « les
    Antilles ») or a lone capitalised word (« Lyon ») is mostly a place: no holder."""
    if at >= len(words) or at >= len(written):
        return False
    if words[at] in lex.word_set("determiners"):
        after = written[at + 1] if at + 1 < len(written) else ""
        return bool(after) and (after[:1].islower() or after.isupper())
    return written[at][:1].isupper() and bool(first_name_gender(written[at], lex))


def _verb(word: str, lex: Lexicon) -> bool:
    """A word that is a verb wherever it stands, a reporting verb's form, or a finite form
    as sentence/clause_verbs.verbish reads one (« reprendra », « fallait »)."""
    return word in _verb_words(lex) or word in lex.finite or verbish(word, lex)


@built_once
def _verb_words(lex: Lexicon) -> frozenset[str]:
    """Auxiliaries, « être » and the frequent finite forms the subject readers know."""
    words = lex.word_set("finite_verb_words") | lex.auxiliaries | lex.reflexive_auxiliaries
    words |= lex.word_set("clause_finite_words")
    return frozenset(words | lex.word_set("verb_clitics"))
