"""A verb the lexicon does not know, inverted after a quotation that opens its sentence
(recall20): « « Nous sommes inquiets » livre Virginie. », « « … », compte, dépité, le
pharmacien. », « « … » liste Isabelle X, du château Y. ».

Between a quotation that opens the sentence and a subject that closes it, French writing puts
only a verb of saying; the keys hold this shape in nearly all its occurrences whatever the
verb (with a verb the lexicon knows, 286 times of 292; with one it does not, 10 of 10), so
the word there is read as the cue, its form being left unchecked.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import fields as fields_of

from quizapp.draft.names.naming.gender import someone_words
from quizapp.draft.reporting.cue_forms.verb_forms import cue_determiners
from quizapp.draft.text.segment import CLOSING_MARK_TOKENS, OPENING_MARK_TOKENS, Token
from quizapp.draft.text.sentence.gerunds import gerund_among
from quizapp.draft.words.lexicon import Lexicon, built_once

# A subject closing its sentence: at most this many words after the verb
_SUBJECT_WORDS = 8
# The marks that end a clause
_STOPS = {",", ".", "!", "?", ";", ":"}


@dataclass(frozen=True)
class _Endings:
    """How a word the lexicon does not know ends (lexicon ``unknown_verb_endings``), as
    ``str.endswith`` takes them: a form that is no finite verb (a participle, an adverb), an
    infinitive (« a fait parvenir »), the first and second person plural (a speaker's own verb,
    « nous l'augmentons »), an infinitive no finite verb has (« voir X »: no inserted verb)."""

    not_finite: tuple[str, ...]
    infinitive: tuple[str, ...]
    speakers_own: tuple[str, ...]
    infinitive_only: tuple[str, ...]


@built_once
def _endings(lex: Lexicon) -> _Endings:
    listed = lex.raw.get("unknown_verb_endings", {})
    return _Endings(*(tuple(listed.get(field.name, ())) for field in fields_of(_Endings)))


def verb_after_quotation(
    tokens: list[Token], words: list[str], outside: list[bool], index: int, lex: Lexicon
) -> tuple[int, int, str] | None:
    """The cue (first, last, kind) of an unknown word right after a quotation opening the
    sentence and before a subject that closes it; None for any other word."""
    if lex.language != "fr" or not outside[index]:
        return None  # asked at every word no other reading takes: the cheapest tests first
    mark = index - 2 if words[index - 1 : index] == [","] else index - 1
    closed = mark >= 1 and (words[mark] in CLOSING_MARK_TOKENS or _piece_end(outside, mark, index))
    if not closed:
        return None  # turns away nearly every word, cheaply
    last = _verb_end(tokens, words, index, lex)
    if last is not None and last > index and mark == index - 1:
        return None  # « « Les Misérables » a attiré des milliers de spectateurs »: a title
    if last is None or not _opens_sentence(words, outside, mark):
        return None
    closing = _inverted(tokens[last].text, lex) or _closing_subject(tokens, words, last + 1, lex)
    return (index, last, "verb") if closing else None


def inserted_verb(tokens: list[Token], words: list[str], index: int, lex: Lexicon) -> int | None:
    """The last word of a verb the lexicon does not know, right after the comma at ``index -
    1`` inside a quotation, when someone follows as its inverted subject: « …, se questionne
    le maire de X, Y. … », « …, tente de rassurer Guy X, président… . … » (an infinitive
    after « de » belongs to the verb). Inside a quotation any other verb after a comma is the
    speaker's own words (« nous l'augmentons de… », « écrasez les enfants »), so the subject
    must be a name or a person noun after its determiner, and the verb no first or second
    person plural; None when the words there are no such clause."""
    if lex.language != "fr" or words[index - 1 : index] != [","]:
        return None
    last = _verb_end(tokens, words, index, lex)
    endings = _endings(lex)
    if last is None or words[last].endswith(endings.speakers_own + endings.infinitive_only):
        return None  # « …, voir Claire X s'il le faut. »: an infinitive, no inserted clause
    subject = last + 1
    if words[subject : subject + 1] and words[subject] in lex.word_set("partitive_markers"):
        if not _infinitive(tokens, words, subject + 1, lex):
            return None
        last, subject = subject + 1, subject + 2
    if not _someone_at(tokens, words, subject, lex) or _gerund_after(words, subject, lex):
        return None
    return last if _closing_subject(tokens, words, subject, lex) else None


def _gerund_after(words: list[str], start: int, lex: Lexicon) -> bool:
    """A gerund before the clause's stop (« …, part Marie X en courant. … »): with a verb the
    lexicon does not know, a manner of moving, not of saying (recall24a's counter-case); a
    known verb keeps its gerund (sentence/incise). Read up to the clause's first stop, at most
    the few words a closing subject may have."""
    window = words[start : start + _SUBJECT_WORDS + 1]
    return gerund_among(lex, window[: _first_stop(window)])


def _first_stop(words: list[str]) -> int:
    """Where the clause ``words`` open ends: its first stop, else past its last word."""
    return next((at for at, word in enumerate(words) if word in _STOPS), len(words))


def _piece_end(outside: list[bool], mark: int, index: int) -> bool:
    """The word at ``mark`` ends a quotation cut before an inserted clause (« « …, tente de
    rassurer X. … » », sentence/incise.py): quoted, with only the comma between it and the
    verb at ``index``."""
    return mark == index - 2 and not outside[mark]


def _infinitive(tokens: list[Token], words: list[str], at: int, lex: Lexicon) -> bool:
    """Whether the word at ``at`` reads as an infinitive (« de rassurer », not « de l'UE »)."""
    return (
        at < len(words)
        and _word(tokens[at].text, words[at], lex)
        and words[at].endswith(_endings(lex).infinitive)
    )


def _someone_at(tokens: list[Token], words: list[str], at: int, lex: Lexicon) -> bool:
    """A name (a capital, no determiner) or a determiner and a person noun (« le maire »)."""
    if at >= len(words):
        return False
    if words[at] in cue_determiners(lex):
        return at + 1 < len(words) and words[at + 1] in someone_words(lex)
    return tokens[at].text[:1].isupper()


def _inverted(text: str, lex: Lexicon) -> bool:
    """« ravit-il », « se ravit-elle »: a word of letters carrying its inverted subject
    (lexicon ``inversion_suffixes``), which closes the clause itself."""
    suffix = next((s for s in lex.words("inversion_suffixes") if text.endswith(s)), "")
    stem = text[: len(text) - len(suffix)]
    return bool(suffix) and len(stem) >= 3 and stem.isalpha() and stem.islower()


def _verb_end(tokens: list[Token], words: list[str], index: int, lex: Lexicon) -> int | None:
    """The last word of the verb starting at ``index``: one unknown finite word (« se ravit »
    after its reflexive pronoun too), or an auxiliary (« a », « s'est ») and the unknown
    participle after it, an infinitive maybe after that (« a échappé X », « a fait parvenir
    X », recall22); None when no such verb starts there."""
    at = index + 1 if words[index] in lex.word_set("reflexive_pronouns") else index
    if at > index and words[at : at + 1] and words[at] in lex.word_set("being_auxiliaries"):
        return _participle_end(tokens, words, at + 1, lex)  # « s'est ravi »
    if at < len(words) and _verb_like(tokens[at].text, words[at], lex):
        return at
    if at < len(words) and _inverted(tokens[at].text, lex):
        return at  # « se ravit-il »
    if at == index and words[index] in lex.auxiliaries:
        return _participle_end(tokens, words, index + 1, lex)
    return None


def _participle_end(tokens: list[Token], words: list[str], at: int, lex: Lexicon) -> int | None:
    """The unknown participle at ``at`` (never « été »: a passive), with the infinitive
    that may follow it (« fait parvenir »)."""
    passive = lex.word_set("passive_participles")  # « a été annoncé »: no verb of saying
    if at >= len(words) or words[at] in passive or not _word(tokens[at].text, words[at], lex):
        return None
    following = tokens[at + 1].text if at + 1 < len(tokens) else ""
    infinitive = following.islower() and following.endswith(_endings(lex).infinitive)
    return at + 1 if infinitive and _word(following, words[at + 1], lex) else at


def _verb_like(text: str, folded: str, lex: Lexicon) -> bool:
    """A lower-case word of letters, no function word nor a form that is not finite."""
    return _word(text, folded, lex) and not not_finite_ending(folded, lex)


def not_finite_ending(folded: str, lex: Lexicon) -> bool:
    """A folded word ending as no finite verb does (``unknown_verb_endings`` not_finite: a
    present or past participle, an adverb), shared with according/bridged (mend38a:
    « estimant » is a reporting form of the lexicon, yet opens no predicate)."""
    return folded.endswith(_endings(lex).not_finite)


def _word(text: str, folded: str, lex: Lexicon) -> bool:
    """A lower-case word of letters, no function word."""
    return (
        len(text) >= 3
        and text.isalpha()
        and text.islower()
        and folded not in lex.word_sets("non_noun_openers", "open_title_exclusions")
    )


def _opens_sentence(words: list[str], outside: list[bool], mark: int) -> bool:
    """The quotation closed at ``mark`` opened the sentence, or a colon's clause."""
    start = mark - 1
    while start > 0 and not outside[start]:
        start -= 1
    return words[start] in OPENING_MARK_TOKENS and (start == 0 or words[start - 1] == ":")


def _closing_subject(tokens: list[Token], words: list[str], start: int, lex: Lexicon) -> bool:
    """A subject after the verb (past an aside « , dépité, »): a determiner or a capital,
    then at most a few words to the end of the sentence or a comma."""
    if words[start : start + 1] == [","] and words[start + 2 : start + 3] == [","]:
        start += 3
    if start >= len(words):
        return False
    if words[start] in lex.word_set("partitive_markers") and start + 1 < len(words):
        start += 2  # « » essaie de relativiser X »: the verb of trying, then its infinitive
    if start >= len(words) or words[start] in lex.word_set("cue_prepositions"):
        return False
    if words[start] not in cue_determiners(lex) and not tokens[start].text[:1].isupper():
        return False
    return _first_stop(words[start:]) <= _SUBJECT_WORDS
