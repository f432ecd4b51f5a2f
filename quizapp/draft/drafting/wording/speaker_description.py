"""Where a speaker's words resume after an inserted cue whose speaker the narration goes on
to describe (teacher55: « « Ce blocage m'énerve, soupire Josiane, venue déposer sa
petite-fille, élève de CM2. Je soutiens le combat… » » was asked « Qui dit « venue déposer sa
petite-fille… » ? », the journalist's words quoted as hers). The description is narration:
it tells who the speaker is, never what she said, so a question quoting the piece after
the cue starts past it. The findings keep their content from first mark to last, as the
corpus keys do (they take the description in, 81 of 95 rows counted)."""

from __future__ import annotations

import re

from quizapp.draft.drafting.wording.clauses import clause_endings, finite_word
from quizapp.draft.names.naming.gender import someone_words
from quizapp.draft.words.lexicon import Lexicon, folded_words, relative_words

# a piece of narration after the incise's comma, up to the comma, stop or mark that ends it;
# a name quoted whole inside it (« venue de « La Ruche » ») is part of it (mend55e)
_SEGMENT = re.compile(r"\s*,\s*((?:[^,.;!?«»“”\"\n]|«[^«»\n]*»|“[^“”\n]*”)+)([,.;!?]?)")
_AGE = re.compile(r"\d{1,3}")  # « 43 ans », "45,": a year (« 2012, ») is no age
_CLOSING_MARKS = '"”»’'
_OPENING_MARKS = re.compile(r"[«“\"‘]\s*")


def resumed_words(text: str, cut: tuple[int, int], end: int, lex: Lexicon) -> int:
    """Where the speaker's words resume after an inserted cue: ``cut`` is where the first
    piece stops (its cue) and where the incise ends; ``end`` the content's end. A first
    piece closed by its mark ("…," said Mary Jones, 45, a nurse. "I…") resumes at the next
    opening mark only; an unclosed one (« …, soupire Josiane, venue…, élève de CM2. Je… »)
    past the descriptions of the speaker that follow (``describes``) up to a stop, or at the
    comma after them. ``end`` when the description runs to the end: nothing is hers."""
    first, at = cut
    if text[:first].rstrip(" ,").endswith(tuple(_CLOSING_MARKS)):
        mark = _OPENING_MARKS.search(text, at, end)
        return mark.end() if mark else end
    return past_descriptions(text, at, end, lex)


def past_descriptions(text: str, at: int, end: int, lex: Lexicon) -> int:
    """From ``at`` (an incise's end, before its comma), past the pieces set off by commas
    that describe the speaker: after a stop that ends them, or at the comma after them
    (``at`` itself when none does); ``end`` when they run to the end."""
    moved = at
    while (piece := _SEGMENT.match(text, moved, end)) and _description(piece, lex):
        if piece.group(2) in {".", "!", ";"}:
            return piece.end()
        if not piece.group(2):  # a mark it does not close stops it short of the end
            return moved if text[piece.end() : end].strip(" " + _CLOSING_MARKS) else end
        moved = piece.end(1)
    return moved


def _description(piece: re.Match[str], lex: Lexicon) -> bool:
    """A piece that ``describes`` the speaker and is no question: one closed by a question
    mark asks something (« lance Josiane, qui va payer la facture ? »), says no one's age
    or trade (mend55e)."""
    return piece.group(2) != "?" and describes(piece.group(1), lex)


def describes(piece: str, lex: Lexicon) -> bool:
    """Words set off after a speaker's name that describe the speaker: an age (« 43 »), a
    relative or a participle of lexicon ``speaker_description_openers`` (« qui… », « venue
    déposer… », "who has lived…"), a person noun without article (« élève de CM2 »,
    « secrétaire du syndicat ») or after one (« une cliente régulière », "a nurse")."""
    words = folded_words(piece)
    first = piece.strip()[:1]
    if not words or not (first.islower() or first.isdigit()):
        return False
    if words[0] in lex.word_set("speaker_description_openers"):
        return True
    if _AGE.fullmatch(words[0]):  # « 45 », « 45 ans »: « 300 familles attendent… » is a clause
        return len(words) == 1 or (len(words) == 2 and words[1] in lex.word_set("age_words"))
    nouns = someone_words(lex) | lex.word_set("general_person_nouns")
    if words[0] in lex.word_set("determiners"):
        return any(word in nouns for word in words[1:3]) and not _clause(piece, nouns, lex)
    return words[0] in nouns and not _clause(piece, nouns, lex)


def _clause(piece: str, nouns: frozenset[str], lex: Lexicon) -> bool:
    """A piece that holds a finite verb of its own before any relative (« un habitant comme
    moi ne peut pas le payer », « 40 enseignants la suivent »): a clause the speaker says,
    no description of her (mend55e). A finite word (``clauses.finite_word``, with endings
    that end no participle: ``clause_endings``) that is no person noun (« président ») and
    no noun in « -ement »; words read as written, unfolded (« à » is no « a »)."""
    relatives, endings = relative_words(lex), clause_endings(lex)
    noun_ending = lex.raw.get("claim_noun_ending") or "\0"
    for word in piece.lower().replace("’", "'").split():
        if word in relatives:
            return False
        if word in nouns or word.endswith(noun_ending):
            continue
        if finite_word(word, lex, endings):
            return True
    return False


def around_description(
    text: str, before: tuple[int, int], at: int, lex: Lexicon, end: int
) -> str | None:
    """Reported words without their incise when a description of the speaker follows it
    (« Les travaux, a précisé X, habitant du quartier, seront finis en mai »): ``before``
    is the words before the incise, ``at`` the incise's end. The words before alone when
    the description runs to the content's end (« …, a expliqué X, 20 ans »), the words
    after a stop that ends it joined with one, ``None`` when no description follows or
    the words resume at a comma (the caller's own rule reads that comma)."""
    past = past_descriptions(text, at, end, lex)
    if past == at:
        return None
    if past >= end:
        return text[before[0] : before[1]]
    if text[:past].rstrip().endswith((".", "!", "?", ";")):
        return text[before[0] : before[1]] + ". " + text[past:end].lstrip()
    return None if text[past] != "," else text[before[0] : before[1]] + text[past + 1 : end]
