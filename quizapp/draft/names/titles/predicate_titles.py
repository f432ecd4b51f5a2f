"""A title the narration gives a person in a predicate rather than beside the name: « X a été
réélu ce matin maire de Papeete », « X vient d'être nommée directrice de l'école », "X was
elected council leader". News writing often says so once, then calls the person only « le
maire », « le tavana » or "the leader"; without the title kept, a later general word for
the office (lexicon ``role_hypernyms``) and the checks that an office is someone else's
(``anaphora/descriptions``) cannot see the holder (letters39).
"""

from __future__ import annotations

from quizapp.draft.names.titles.descriptions import role_heads
from quizapp.draft.text.segment import Token
from quizapp.draft.words.lexicon import Lexicon, fold

_GLUE = 4  # auxiliaries before the participle (« a été », « vient d'être »)
_BETWEEN = 3  # words between the participle and the role word (« ce matin », "as")


def predicate_title_start(tokens: list[Token], end: int, lex: Lexicon) -> int | None:
    """Where the role word of a title given by a participle of election or appointment
    (lexicon ``title_giving_participles``) after the name ending at ``end`` stands, or None.
    Only lower-case words may come between, and none of ``title_predicate_breaks`` (« nommé
    par le maire » names who appointed, not the office)."""
    participles = lex.word_set("title_giving_participles")
    glue = lex.word_set("title_predicate_glue")
    index = end
    while index < min(len(tokens), end + _GLUE) and fold(tokens[index].text) in glue:
        index += 1
    if index >= len(tokens) or fold(tokens[index].text) not in participles:
        return None
    breaks, heads = lex.word_set("title_predicate_breaks"), role_heads(lex)
    for at in range(index + 1, min(len(tokens), index + 2 + _BETWEEN)):
        word = tokens[at].text
        if fold(word) in heads and word[:1].islower():
            return at
        if not word[:1].islower() or fold(word) in breaks:
            return None
    return None
