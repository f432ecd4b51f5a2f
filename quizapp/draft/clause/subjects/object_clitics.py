"""Object pronouns written between a subject and its verb of saying are no part of who speaks:
« Un ministre en témoigne », « Cette source l'assure », « Elle nous confie ».
"""

from __future__ import annotations

import re

from quizapp.draft.text.segment import Span
from quizapp.draft.words.lexicon import Lexicon, fold

_OBJECT_CLITIC_AT_END = re.compile(r"\s+(?:en|l['’]|le|la|les|lui|leur|y|n['’]|ne)$")


def without_object_clitic(text: str, span: Span) -> Span:
    """The subject without a third person or adverbial clitic before its verb (« en », « l' »,
    « lui »…), unless the clitic is all it holds."""
    clitic = _OBJECT_CLITIC_AT_END.search(text[span[0] : span[1]])
    return (span[0], span[0] + clitic.start()) if clitic and clitic.start() > 0 else span


def without_personal_clitic(text: str, span: Span, lex: Lexicon) -> Span:
    """« Elle nous confie », « Les habitants vous diront »: the subject without the object
    pronoun before its verb (lexicon ``personal_object_clitics``), which is no part of who
    speaks; kept after a preposition (« l'un d'entre nous affirme »: the pronoun is the
    complement) or when it is the whole subject (« Nous affirmons »)."""
    words = text[span[0] : span[1]].replace("’", "'").split()
    last = words[-1].lower() if len(words) > 1 else ""
    if last not in lex.word_set("personal_object_clitics"):
        return span
    before = fold(words[-2]).split("'")[-1]  # « d'entre nous »: « entre »
    if before in lex.word_set("non_noun_openers") or before in lex.word_set("complement_marks"):
        return span
    return (span[0], span[0] + text[span[0] : span[1]].rstrip().rfind(" "))
