"""What is left of an attribution's sentence that is no claim of its own (scraps47).

Once an attribution's content, cue and source are cut out of a sentence, what follows them is
often only the end of that sentence: the cue's complement (« a déclaré la maire, à l'issue de
la séance »), the speaker's apposition (« a lancé Didier Roussel, chef de file du groupe … »)
or a relative clause on the speaker (« confie une mère d'élève, qui a souhaité garder
l'anonymat »). Offered as an unattributed claim, such a scrap is a passage a teacher cannot ask
about; on the corpus nine in ten of them overlap no key's claim. A scrap the drafter judges
the outlet's own (« author »: loaded or evaluative words, « visiblement agacé par les critiques
incessantes ») is its comment on the speaker and stays a claim (mend47b).
"""

from __future__ import annotations

import re

from quizapp.draft.clause.noun_phrases.noun_phrase import holds_finite_verb
from quizapp.draft.findings import Span
from quizapp.draft.words.lexicon import Lexicon, fold

_WORDS = re.compile(r"\w+['’]?")
_LAST_WORD = re.compile(r"\s(\w+['’]?)[\s,]*$")
_BETWEEN = ' ,;:–—-»”"\n'  # what may part an attribution from the scrap that follows it
# A longer remainder tells an event of its own (« lors d'un meeting devant quelque 800
# personnes réunies au Palais Neptune… »), which keys hold as a claim one time in seven; up
# to eight words, one time in fifty (scraps47's count over the corpus)
_MOST_WORDS = 8


def is_scrap(text: str, clause: Span, taken: list[Span], lex: Lexicon) -> bool:
    """Whether ``clause`` opens right where one of the sentence's attributions (``taken``)
    ends and has no clause of its own: a relative pronoun opening it (its verb describes the
    speaker, it states nothing of the outlet's), or no finite verb. A question or an
    exclamation is the outlet's voice, more than eight words an event of its own; a
    conjunction opening a clause (« alors que », "as") or a « que » in it means a verb the
    lexicon may not know: those stay claims. The caller asks only of a clause it judged a
    ``fact``: loaded or evaluative words (« visiblement agacé par les critiques
    incessantes ») are the outlet's comment on the speaker, a claim a teacher asks about."""
    words = _tail_words(text, clause, taken)
    if not words:
        return False
    if _relative(words[0], lex):
        return True
    if words[0] in lex.word_set("own_clause_openers"):
        return False
    if set(words) & lex.word_set("subordinators"):
        return False
    return not holds_finite_verb(text, clause, lex)


def _tail_words(text: str, clause: Span, taken: list[Span]) -> list[str]:
    """The folded words of ``clause`` when it follows an attribution with nothing but marks
    between them, has at most eight words and ends on no question or exclamation; else none."""
    start = clause[0]
    if not any(end <= start and not text[end:start].strip(_BETWEEN) for _, end in taken):
        return []
    words = [fold(w) for w in _WORDS.findall(text, start, clause[1])]
    if len(words) > _MOST_WORDS or text[start : clause[1]].rstrip(' »”"').endswith(("?", "!")):
        return []
    return words


def _relative(word: str, lex: Lexicon) -> bool:
    """A relative pronoun or opener (lexicon ``relative_pronouns``, ``relative_openers``:
    « qui », « dont », « où », "who", "which")."""
    return word in lex.word_sets("relative_pronouns", "relative_openers")


def without_dangling_end(text: str, clause: Span, taken: list[Span], lex: Lexicon) -> Span:
    """``clause`` without the words that open the attribution right after it and belong to
    it (mend47a): « Le directeur a démissionné, car, comme le disait la ministre, « … » »
    leaves « Le directeur a démissionné », not « …, car, comme le ». Each comma-parted tail
    made only of the openers of an inserted clause, conjunctions and clitics (lexicon
    ``inserted_clause_openers`` and the lists of ``_dangling_words``) is cut off, then each
    such word left at its end (« …sans réagir car, comme le » leaves « …sans réagir »)."""
    end = clause[1]
    if not any(start >= end and not text[end:start].strip(_BETWEEN) for start, _ in taken):
        return clause
    dangling = _dangling_words(lex)
    while (comma := text.rfind(",", clause[0], end)) >= 0:
        tail = [fold(w) for w in _WORDS.findall(text, comma + 1, end)]
        if not tail or not set(tail) <= dangling:
            break
        end = comma
    while (last := _LAST_WORD.search(text, clause[0], end)) and last.start() > clause[0]:
        if fold(last[1]) not in dangling:  # « …sans réagir car, comme le »
            break
        end = last.start()
    return clause if end == clause[1] else (clause[0], len(text[:end].rstrip(" ,")))


def _dangling_words(lex: Lexicon) -> frozenset[str]:
    """The words that may open an inserted clause before its verb: « comme », « car », « et »,
    « le », « il »."""
    return lex.word_sets(
        "inserted_clause_openers",
        "reason_conjunctions",
        "claim_coordinators",
        "neuter_object_clitics",
        "third_person_subject_pronouns",
    )
