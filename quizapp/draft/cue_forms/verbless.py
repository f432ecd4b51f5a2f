"""« pour X » after a judgement written with no verb and holding a quotation: « « Une
situation dramatique » pour la présidente », « un autre choix « absurde » pour les maires ».
With no verb before it, « pour » is neither a purpose nor the aim of an action, and the
quotation marks say the words are someone's: the person after « pour » holds the judgement
(recall33). Without quotation marks the same shape mostly says who undergoes something (« Un
coup dur pour les salariés »), which nobody says: no cue."""

from __future__ import annotations

from quizapp.draft.lexicon import Lexicon, built_once

_MARKS = frozenset({"«", "»", "“", "”", '"'})


def closes_a_verbless_judgement(words: list[str], index: int, lex: Lexicon) -> bool:
    """Whether « pour » at ``index`` (``words`` folded, the cue finder's) closes a judgement
    with no verb (see ``judgement_start``); the written words are the cue finder's cache."""
    written = lex.cache.get("current_tokens", [])
    return judgement_start(words, written, index, lex) is not None


def judgement_start(words: list[str], written: list[str], index: int, lex: Lexicon) -> int | None:
    """The index of the judgement's first word when « pour » at ``index`` closes one: the words
    since the sentence's start (or its last colon, a headline's second half) open on a
    determiner, a quotation mark or a lexicon ``verbless_judgement_openers`` word, hold a
    quotation mark, no finite verb and no comma, and a determiner or a name follows « pour »."""
    start = _clause_start(words, index)
    clause = [w for w in words[start:index] if w not in _MARKS]
    if not 1 < len(clause) <= 10 or "," in clause or words[start] not in _openers(lex):
        return None
    if not any(word in _MARKS for word in words[start:index]):
        return None  # « Un coup dur pour les salariés »: who suffers, not who judges
    if any(_verb(word, lex) for word in clause):
        return None
    after = words[index + 1] if index + 1 < len(words) else ""
    name = index + 1 < len(written) and written[index + 1][:1].isupper()
    return start if after in lex.word_set("determiners") or name else None


def _clause_start(words: list[str], index: int) -> int:
    """The first word after the last colon before ``index``, else the sentence's first."""
    colons = [at for at in range(index) if words[at] == ":"]
    return colons[-1] + 1 if colons else 0


def _verb(word: str, lex: Lexicon) -> bool:
    """A word that is a verb wherever it stands, a reporting verb's form, or a finite form by
    its ending (lexicon ``clause_verb_endings``: « reprendra », « fallait »; as
    detect/told_before.verbish reads an unmarked clause's verb)."""
    if word in _verb_words(lex) or word in lex.finite:
        return True
    return len(word) > 5 and word.endswith(_endings(lex))


@built_once
def _endings(lex: Lexicon) -> tuple[str, ...]:
    return tuple(lex.words("clause_verb_endings"))


@built_once
def _verb_words(lex: Lexicon) -> frozenset[str]:
    """Auxiliaries, « être » and the frequent finite forms the subject readers know."""
    words = lex.word_set("finite_verb_words") | lex.auxiliaries | lex.reflexive_auxiliaries
    words |= lex.word_set("clause_finite_words") | lex.word_set("clause_verb_forms")
    return frozenset(words | lex.word_set("verb_clitics"))


@built_once
def _openers(lex: Lexicon) -> frozenset[str]:
    """The first words of a verbless judgement: a quotation mark, a determiner or a lexicon
    opener (« sans »)."""
    firsts = lex.word_set("determiners") | lex.word_set("verbless_judgement_openers")
    return frozenset(firsts | _MARKS)
