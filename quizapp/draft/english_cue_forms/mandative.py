"""English verbs of demanding and proposing with a clause in the subjunctive and no "that"
(english36): "recommended the wall be rebuilt", "demanded a vote be held", "has demanded the
council pay for the repairs", "is suggesting the Government reinstate a freeze". What such a
verb asks for is said, as an "urged X to act" is (the keys read it so). Grammar, not words:
the clause is a noun phrase and then "be" or a modal ("should", "must"), or a noun phrase
naming a person or a body and then a bare verb that has an object of its own. A plain noun
object ("recommended a review", "proposed plans to…") is no clause and reports nothing here:
the keys hold such objects about as often as they leave them."""

from __future__ import annotations

import re

from quizapp.draft.english_cue_forms.english_forms import reads_as_clause
from quizapp.draft.lexicon import Lexicon
from quizapp.draft.speaker_checks.can_speak import speaking_noun

_LONGEST_SUBJECT = 7
_OPENING_MARKS = ("“", '"', "‘")


def mandative_verb(verb: str, lex: Lexicon) -> bool:
    """A form of a verb of demanding or proposing (lexicon ``mandative_forms``)."""
    return lex.language == "en" and verb in lex.word_set("mandative_forms")


def reads_as_mandate(lex: Lexicon, passage: str) -> bool:
    """Whether the words after a verb of demanding open a clause it reports: a subject and
    a finite verb that is no plan of intention ("there should be…", "he set up…"), or a
    subject and a subjunctive ("a referendum be held", "the town hire a contractor")."""
    head = re.split(r"[,;:()]", passage, maxsplit=1)[0]
    written = head.split()[: _LONGEST_SUBJECT + 3]
    words = [w.lower() for w in written]
    if not words or words[0] in lex.word_set("clause_not_openers"):
        return False
    if words[0] in lex.word_set("determiners") and words[1:2] == ["plans"]:
        return False  # "proposed plans to…": a noun of intention, no clause
    return _subjunctive(written, words, lex) or (
        reads_as_clause(lex, head) and not _intention(words, lex)
    )


def _intention(words: list[str], lex: Lexicon) -> bool:
    """A noun of intention and "to" in the first words ("plans to rebuild"): a noun object."""
    heads = lex.word_set("intention_heads")
    return any(w in heads and words[i + 1 : i + 2] == ["to"] for i, w in enumerate(words[:4]))


def _subjunctive(written: list[str], words: list[str], lex: Lexicon) -> bool:
    """A noun phrase of one to seven words, then "be" or a modal, or, after a person or a
    body, a bare verb with its own object after it."""
    finite = lex.word_set("clause_finite_words")
    for at in range(1, min(len(words), _LONGEST_SUBJECT + 1)):
        subject, word = words[:at], words[at].lstrip("".join(_OPENING_MARKS))
        if any(w in finite or w in _NOT_SUBJECT for w in subject):
            return False
        if word in _BE_OR_MODAL:
            return True
        after = words[at + 1] if at + 1 < len(words) else ""
        if _bare_verb(word, after, lex) and _person_or_body(written[:at], lex):
            return True
    return False


_BE_OR_MODAL = {"be", "should", "must", "shall"}
_NOT_SUBJECT = {"that", "which", "who", "to", "whose", "whom", "and", "or", "be"}
_OBJECT_OPENERS = {"the", "a", "an", "its", "their", "his", "her", "our", "all", "more"}
_PARTICLES = {"up", "out", "down", "back", "off"}


def _bare_verb(word: str, after: str, lex: Lexicon) -> bool:
    """A lower-case word with no ending of a tense or a plural, before the start of an
    object ("hire a contractor", "reinstate the freeze", "“pull out…"); not "for", which
    a noun takes as often ("a new plan for the town")."""
    if not word.isalpha() or word.endswith(("s", "ed", "ing", "ly")):
        return False
    if word in lex.word_set("function_words") or word in lex.word_set("determiners"):
        return False
    return after in _OBJECT_OPENERS or after in _PARTICLES or after.startswith(_OPENING_MARKS)


def _person_or_body(subject: list[str], lex: Lexicon) -> bool:
    """The noun phrase names a person or a body: it ends on a capitalised word, a pronoun of
    a person or a noun of the speaking-noun lists ("the council", "the Government")."""
    last = subject[-1]
    folded = last.lower()
    if folded in lex.word_set("person_object_pronouns") or folded in {"he", "she", "they", "we"}:
        return True
    return (last[:1].isupper() and folded not in lex.word_set("determiners")) or speaking_noun(
        folded, lex
    )
