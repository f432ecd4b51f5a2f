"""A role inside a body the article only describes, its holder never named (labels34).

« le responsable de l'entreprise », « l'auteur de la photo », « le délégué du site »: the
article says where the person works or what they did, not who they are. Left, once the whole
article is read, as that bare description, the speaker is a described individual, anonymous
(DESIGN.md), as the keys label them; the spokesperson of a named body, a body's own name after
its noun (« l'ouvrage GEIE-TMB ») or a name written beside the role keeps the label named, and
so does the head of a body (« le directeur de l'école », speakers19: not in the list).
"""

from __future__ import annotations

import re

from quizapp.draft.lexicon import Lexicon, fold
from quizapp.draft.sources.labels import holder_written

_ELIDED = re.compile(r"\b([ld]')(?=\w)", re.IGNORECASE)  # « l'entreprise »: the article apart


def unnamed_role_in_body(speaker: str | None, text: str, lex: Lexicon) -> bool:
    """A speaker left as « le / la / l' » + a role of the lexicon's ``unnamed_body_roles`` +
    a complement whose noun is a common noun, not a body's name (``_described_body``), no
    apposition, and no name the article sets beside that role (``holder_written``)."""
    written = _ELIDED.sub(r"\1 ", (speaker or "").strip().replace("\u2019", "'")).split()
    words = [fold(w) for w in written]
    if len(words) < 4 or words[0] not in lex.word_set("singular_definite_articles"):
        return False
    if "," in (speaker or ""):
        return False  # « le directeur de l'étude, le virologue Paul X »: named in apposition
    if words[1] not in lex.word_set("unnamed_body_roles"):
        return False
    if words[2] not in lex.word_set("complement_prepositions"):
        return False
    return _described_body(written[3:], lex) and not holder_written(words[1], words[3:], text, lex)


def _described_body(complement: list[str], lex: Lexicon) -> bool:
    """The complement (past its preposition) names its body by a common noun (« la photo »,
    « l'entreprise », « du site de Perpignan »): the noun is in lower case and no capital
    follows it straight away (« l'ouvrage GEIE-TMB », « du groupe PTB »: the body's name)."""
    articles = lex.word_set("definite_articles")
    rest = complement[1:] if complement and fold(complement[0]) in articles else complement
    if not rest or not rest[0][:1].islower():
        return False
    return len(rest) == 1 or not rest[1][:1].isupper()
