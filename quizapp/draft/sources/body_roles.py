"""A role inside a body the article only describes, its holder never named (labels34).

« le responsable de l'entreprise », « l'auteur de la photo », « le délégué du site »: the
article says where the person works or what they did, not who they are. Left, once the whole
article is read, as that bare description, the speaker is a described individual, anonymous
(DESIGN.md), as the keys label them; the spokesperson of a named body, a body's own name after
its noun (« l'ouvrage GEIE-TMB ») or a name written beside the role keeps the label named, and
so does the head of a body (« le directeur de l'école », speakers19: not in the list).
A complement that takes up a body the article names before the speaker (« L'entreprise
Bolloré Logistics ferme… », then « le responsable de l'entreprise ») says whose role it is:
the body anaphora's ``body_of_kind`` links it, and the role stays named (mend34e).
"""

from __future__ import annotations

from collections.abc import Callable

from quizapp.draft.sources.labels import holder_written
from quizapp.draft.speakers.bodies.institutions import body_of_kind
from quizapp.draft.speakers.entity import Entity
from quizapp.draft.words.folding import elided_apart, fold, folded_words
from quizapp.draft.words.lexicon import Lexicon


def unnamed_role_in_body(
    speaker: str | None, text: str, lex: Lexicon, named_before: Callable[[], list[Entity]]
) -> bool:
    """A speaker left as « le / la / l' » + a role of the lexicon's ``unnamed_body_roles`` +
    a complement whose noun is a common noun, not a body's name (``_described_body``), no
    apposition, no name the article sets beside that role (``holder_written``), and no body
    among ``named_before()`` (the entities met before the speaker) the complement takes up;
    listed only when the rest holds, as listing them reads every entity (tidy58)."""
    written = elided_apart((speaker or "").strip().replace("\u2019", "'"))
    words = folded_words(speaker or "")
    if len(words) < 4 or words[0] not in lex.word_set("singular_definite_articles"):
        return False
    if "," in (speaker or ""):
        return False  # « le directeur de l'étude, le virologue Paul X »: named in apposition
    if words[1] not in lex.word_set("unnamed_body_roles"):
        return False
    if words[2] not in lex.word_set("complement_prepositions"):
        return False
    if not _described_body(written[3:], lex) or _body_named(words[3:], named_before(), text, lex):
        return False
    return not holder_written(words[1], words[3:], text, lex)


def _body_named(complement: list[str], named_before: list[Entity], text: str, lex: Lexicon) -> bool:
    """The complement (folded, past its preposition) is a bare anaphor (« l'entreprise », « du
    groupe ») of a body named before it, as the reader links « l'entreprise affirme » to « la
    société Tramaxo » (bodies/institutions.body_of_kind): the role is that body's, named."""
    articles = lex.word_set("definite_articles")
    noun = complement[1:] if complement and complement[0] in articles else complement
    if not noun:
        return False
    return body_of_kind(complement, noun[0], named_before, text, lex) is not None


def _described_body(complement: list[str], lex: Lexicon) -> bool:
    """The complement (past its preposition) names its body by a common noun (« la photo »,
    « l'entreprise », « du site de Perpignan »): the noun is in lower case and no capital
    follows it straight away (« l'ouvrage GEIE-TMB », « du groupe PTB »: the body's name)."""
    articles = lex.word_set("definite_articles")
    rest = complement[1:] if complement and fold(complement[0]) in articles else complement
    if not rest or not rest[0][:1].islower():
        return False
    return len(rest) == 1 or not rest[1][:1].isupper()
