"""The finite verb of a clause read by its form alone, with no parse: shared by the shapes
that need to know whether a run of words holds a verb (detect/inverted/told_before's unmarked
clause, objects/allowed, cue_forms/verbless). Kept in a module that imports only the lexicon,
so that the cue finder's own modules may use it (mend33b)."""

from __future__ import annotations

from quizapp.draft.words.lexicon import Lexicon, built_once


def verbish(word: str, lex: Lexicon) -> bool:
    """A finite verb of the clause before an unmarked cue: a frequent form (lexicon
    ``clause_verb_forms``), or a future, conditional or imperfect ending (``clause_verb_endings``:
    "reprendra", "pourraient", "fallait")."""
    return word in lex.word_set("clause_verb_forms") or (
        len(word) > 5 and word.endswith(_clause_verb_endings(lex))
    )


@built_once
def _clause_verb_endings(lex: Lexicon) -> tuple[str, ...]:
    return tuple(lex.words("clause_verb_endings"))
