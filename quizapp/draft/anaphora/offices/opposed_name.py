"""Whether the sentence that opens on a name answers or opposes the description before it
(mend54d, names54's review): « Le maire de Lunel a estimé… » then « Paul X, lui, conteste ce
choix », « Mais Paul X… », « Paul X a répliqué que… », « Face à Paul X, il… », « Paul X, son
adversaire, … ». Delayed identification goes on with the name as if nothing changed; a
reply or a contrast sets someone else against the description, who stays a person of its
own. The words are the lexicon's (``opposed_name_*``, ``answering_cue_stems``,
``contrast_conjunctions``, ``discourse_fillers``, ``stressed_pronouns``).
"""

from __future__ import annotations

import re

from quizapp.draft.words.folding import elided_apart, fold
from quizapp.draft.words.lexicon import Lexicon

_VERB_WORDS = 4  # words after the name its verb stands within: « Paul X, lui, conteste »
_SET_OFF = re.compile(r"\s*,\s*([^,]{1,60}?)\s*,")  # « Paul X, son adversaire, »
_WORD = re.compile(r"[\w'-]+")


def opposed(text: str, opening: int, name: tuple[int, int], stop: int, lex: Lexicon) -> bool:
    """Whether the sentence from ``opening`` to ``stop``, whose name stands at ``name``,
    answers or opposes what came before: by its first words, an apposition or a pronoun set
    off after the name, or its verb."""
    after = text[name[1] : stop]
    return (
        _against_lead(_words(text[opening : name[0]]), lex)
        or _set_off_against(after, lex)
        or _answering_verb(_words(after)[:_VERB_WORDS], lex)
    )


def _words(text: str) -> list[str]:
    """The folded words of ``text`` with no punctuation, an elided word set apart."""
    return elided_apart(" ".join(_WORD.findall(fold(text))))


def _against_lead(words: list[str], lex: Lexicon) -> bool:
    """« Mais Paul X », « Face à Paul X »: the words before the name set it against."""
    joined = f" {' '.join(words)} "
    if any(word in lex.word_set("contrast_conjunctions") for word in words):
        return True
    return any(f" {lead} " in joined for lead in lex.words("opposed_name_leads"))


def _set_off_against(after: str, lex: Lexicon) -> bool:
    """« Paul X, lui, », « Paul X, de son côté, », « Paul X, son adversaire, »: what the
    commas set off after the name sets it against someone, or makes it someone's."""
    joined = f" {' '.join(_words(after)[: _VERB_WORDS + 2])} "
    if any(f" {filler} " in joined for filler in lex.words("discourse_fillers")):
        return True
    set_off = _SET_OFF.match(after)
    if set_off is None:
        return False
    words = _words(set_off.group(1))
    if len(words) == 1 and words[0] in lex.word_set("stressed_pronouns"):
        return True
    roles = lex.word_set("opposed_name_roles")
    return words[0] in lex.word_set("opposed_name_possessives") or any(
        w in roles for w in words[:3]
    )


def _answering_verb(words: list[str], lex: Lexicon) -> bool:
    """« Paul X a répliqué », « Paul X conteste »: a verb of answering or contesting."""
    stems = lex.words("opposed_name_verb_stems") + lex.words("answering_cue_stems")
    return any(word.startswith(stem) for word in words for stem in stems)
