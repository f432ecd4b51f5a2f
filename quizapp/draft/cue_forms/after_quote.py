"""A verb the lexicon does not know, inverted after a quotation that opens its sentence
(recall20): « « Nous sommes inquiets » livre Virginie. », « « … », compte, dépité, le
pharmacien. », « « … » liste Isabelle X, du château Y. ».

Between a quotation that opens the sentence and a subject that closes it, French writing puts
only a verb of saying; the keys hold this shape in nearly all its occurrences whatever the
verb (with a verb the lexicon knows, 286 times of 292; with one it does not, 10 of 10), so
the word there is read as the cue, its form being left unchecked.
"""

from __future__ import annotations

from quizapp.draft.cue_forms.verb_forms import DETERMINERS
from quizapp.draft.lexicon import Lexicon
from quizapp.draft.segment import Token

_CLOSING = {"»", "”", '"'}
_OPENING = {"«", "“", '"'}
# Forms that are no finite verb: a present participle, an adverb, a past participle
# (« «…», lancée au lendemain »).
_NOT_FINITE = ("ant", "ment", "é", "ée", "és", "ées")
# Words of DETERMINERS that are prepositions: no subject opens on them
_PREPOSITIONS = {"de", "d'", "en", "par"}
# A subject closing its sentence: at most this many words after the verb
_SUBJECT_WORDS = 8


def verb_after_quotation(
    tokens: list[Token], words: list[str], outside: list[bool], index: int, lex: Lexicon
) -> tuple[int, int, str] | None:
    """The cue (first, last, kind) of an unknown word right after a quotation opening the
    sentence and before a subject that closes it; None for any other word."""
    mark = index - 2 if words[index - 1 : index] == [","] else index - 1
    if mark < 1 or words[mark] not in _CLOSING or lex.language != "fr" or not outside[index]:
        return None  # the first test turns away nearly every word, cheaply
    if not _verb_like(tokens[index].text, words[index], lex):
        return None
    if not _opens_sentence(words, outside, mark):
        return None
    return (index, index, "verb") if _closing_subject(tokens, words, index + 1, lex) else None


def _verb_like(text: str, folded: str, lex: Lexicon) -> bool:
    """A lower-case word of letters, no function word nor a form that is not finite."""
    return (
        len(text) >= 3
        and text.isalpha()
        and text.islower()
        and not folded.endswith(_NOT_FINITE)
        and folded not in lex.word_sets("non_noun_openers", "open_title_exclusions")
    )


def _opens_sentence(words: list[str], outside: list[bool], mark: int) -> bool:
    """The quotation closed at ``mark`` opened the sentence, or a colon's clause."""
    start = mark - 1
    while start > 0 and not outside[start]:
        start -= 1
    return words[start] in _OPENING and (start == 0 or words[start - 1] == ":")


def _closing_subject(tokens: list[Token], words: list[str], start: int, lex: Lexicon) -> bool:
    """A subject after the verb (past an aside « , dépité, »): a determiner or a capital,
    then at most a few words to the end of the sentence or a comma."""
    if words[start : start + 1] == [","] and words[start + 2 : start + 3] == [","]:
        start += 3
    if start >= len(words):
        return False
    if words[start] in lex.word_set("partitive_markers") and start + 1 < len(words):
        start += 2  # « » essaie de relativiser X »: the verb of trying, then its infinitive
    if start >= len(words) or words[start] in _PREPOSITIONS:
        return False
    if words[start] not in DETERMINERS and not tokens[start].text[:1].isupper():
        return False
    rest = words[start:]
    end = next((i for i, w in enumerate(rest) if w in {",", ".", "!", "?", ";", ":"}), len(rest))
    return end <= _SUBJECT_WORDS
