"""A named person behind an indefinite article and a mood: "A furious Cllr Jane Doe
declared", "An emotional Mayor Tom Reed said" (labels34).

The indefinite article reads as one described individual, anonymous; but the phrase goes on
to a title written with a capital (lexicon ``name_honorifics``, or a ``person_descriptions``
noun capitalised) and the person's own name to its end: the adjective says how the named
person was, so the source is named (DESIGN.md: a named person).
"""

from __future__ import annotations

import re

from quizapp.draft.words.lexicon import Lexicon, fold

_NAME = re.compile(r"^[A-Z][\w'\u2019.-]*$")


def name_after_mood(phrase: str, lex: Lexicon) -> bool:
    """The phrase is an indefinite article (lexicon ``anonymous_determiners``), one or two
    adjectives, a written title, then one to three capitalised words closing it."""
    written = phrase.strip(' ,"\u201c\u201d').split()
    if len(written) < 4 or fold(written[0]) not in lex.word_set("anonymous_determiners"):
        return False
    title = next((i for i in range(2, 4) if i < len(written) and _title(written[i], lex)), None)
    if title is None or not all(_mood(w) for w in written[1:title]):
        return False
    name = written[title + 1 :]
    return 1 <= len(name) <= 3 and all(_NAME.match(w) for w in name)


def _title(word: str, lex: Lexicon) -> bool:
    """A title written before a name: an honorific ("Cllr", "Dr") or a capitalised office
    ("Mayor", "Senator")."""
    folded = fold(word.rstrip("."))
    if folded in lex.word_set("name_honorifics"):
        return True
    return word[:1].isupper() and folded in lex.word_set("person_descriptions")


def _mood(word: str) -> bool:
    """An adjective before the title: a lower-case word, or one set in capitals as a
    paper's first words are ("A FURIOUS"), never a capitalised name."""
    return word.isalpha() and (word.islower() or word.isupper())
