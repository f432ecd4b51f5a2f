"""An English base form right after a quotation, before a short plural noun phrase: an
inverted verb ("“…,” say critics", "‘…’ say Lambeth residents"), as "“…,” says X" is.
Moved out of english_subjects.py (mend37e, the file had reached 300 lines), which asks here
first when it reads a plural subject."""

from __future__ import annotations

from quizapp.draft.sources.head_words import is_plural
from quizapp.draft.speakers.speaker_checks.can_speak import speaking_noun
from quizapp.draft.words.lexicon import Lexicon


def plural_after_quotation(words: list[str], index: int, lex: Lexicon) -> bool:
    """ "“…,” say critics", "“…,” argue the dock workers": a base form right after a
    quotation and its comma, before a short plural noun phrase (a determiner may stand
    first; its head is the last word before a mark or a complement, lexicon
    ``open_title_links``: "critics of the plan"), is an inverted verb,
    as "“…,” says X" is. A headline drops the comma or writes a dash there ("‘…’ say
    Lambeth residents caught in…", "'…' - say councillors after…", english35): the head is
    then the first plural word of the phrase, what follows it being the headline's own. Only
    when the quotation opens the sentence, as a headline's does: a scare quote inside a
    sentence is nobody's words, and "say" after it a noun ('want a "real" say in', mend35b)."""
    dashed = index >= 2 and words[index - 1] in lex.word_set("quotation_source_dashes")
    close = index - 2 if dashed else index - 1
    bare = dashed or (index >= 1 and words[index - 2 : index - 1] != [","])
    closing = lex.raw_set("closing_quote_marks")  # written as they are: ’ is not '
    if bare and close >= 0 and words[close] in closing:
        return _opens_sentence(words, close, lex) and _plural_opening(
            words[index + 1 : index + 4], lex
        )
    if index < 2 or words[index - 1] not in closing or words[index - 2] != ",":
        return False
    return _plural_head(words[index + 1 : index + 6], lex)


def _plural_head(after: list[str], lex: Lexicon) -> bool:
    """The words ``after`` the verb open a noun phrase of at most three words (up to a mark or
    a complement, lexicon ``open_title_links``; a determiner left out) whose head, its last
    word, reads as plural by its ending: "critics of the plan", "the dock workers". A word
    of three letters, a finite verb in -s (lexicon ``clause_finite_words``) or a noun in -ss
    is no plural head."""
    phrase: list[str] = []
    for word in after:
        if not word.isalpha() or word in lex.word_set("open_title_links"):
            break
        phrase.append(word)
    determiners = ("taking_up_determiners", "vague_determiners")  # "the", "many"
    if phrase and any(phrase[0] in lex.word_set(key) for key in determiners):
        phrase = phrase[1:]
    head = phrase[-1] if 1 <= len(phrase) <= 3 else ""
    return (
        len(head) > 3
        and head.endswith("s")
        and not (head.endswith("ss") or head in lex.word_set("clause_finite_words"))
    )


def _opens_sentence(words: list[str], close: int, lex: Lexicon) -> bool:
    """The quotation closed at ``close`` opened the sentence: its first word is an opening
    mark (lexicon ``opening_quote_marks``), and no other mark stands before the closing one
    (``closing_quote_marks``, mend37e: « and ' pair with » and ')."""
    inside, opening = words[1:close], lex.word_set("opening_quote_marks")
    marks = opening | lex.raw_set("closing_quote_marks")
    return words[0] in opening and not any(w in marks for w in inside)


def _plural_opening(phrase: list[str], lex: Lexicon) -> bool:
    """Within its first three words, a plural noun of a speaker with no finite verb before it
    (a determiner or a place may come first): "Lambeth residents", "the councillors". Plural
    by sources/head_words.is_plural, a speaker's by the noun lists (can_speak.speaking_noun),
    not by a final -s alone (mend35b)."""
    for word in phrase:
        if not word.isalpha() or word in lex.word_set("clause_finite_words"):
            return False
        if is_plural(word, lex) and speaking_noun(word, lex):
            return True
    return False
