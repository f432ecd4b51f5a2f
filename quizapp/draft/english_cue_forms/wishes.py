"""English wishes as cues (english34): "He wants the council to install cameras", "Residents
would like to see a new road built". A speaker who wants someone to act, or wants to see a
thing done, states a demand, as one who urges does; the keys read the object so (counted over
the English corpus: the object of "want(s|ed) X to" or "want to see X" in narration is keyed
eight times in eleven). A wish is no demand when it cannot be one: the wanted "X" is no one
who could act ("wants changes to take place", "wants planning permission to build"), the
wish is negated or the verb of a subject relative ("people who do not want homes built"), or
what is to be seen is no object ("what they want to see in their area"), or the ones who want
are a share of those polled ("48% of those polled want…")."""

from __future__ import annotations

from quizapp.draft.lexicon import Lexicon
from quizapp.draft.speaker_checks.can_speak import can_speak


def wish_is_request(
    words: list[str], index: int, to: int, written: list[str] | None, lex: Lexicon
) -> bool:
    """Whether the verb at ``index``, with whom it asks before the "to" at ``to``, is a
    request: always for a verb of asking; for a verb of wanting (lexicon ``wanting_words``)
    only when the wish stands as a demand and the one wanted to act can act."""
    if words[index] not in lex.word_set("wanting_words"):
        return True
    if _unstated(words, index, lex):
        return False
    asked = (written if written and len(written) == len(words) else words)[index + 1 : to]
    return can_speak(" ".join(asked), lex)


def unwished(words: list[str], index: int, length: int, lex: Lexicon) -> bool:
    """A phrase of ``object_phrase_cues`` that wishes ("want to see", "would like to see")
    and reports nothing: negated, in a subject relative, or before no object (a preposition
    or a mark after it)."""
    phrase = words[index : index + length]
    if not any(w in lex.word_set("wanting_words") for w in phrase):
        return False
    after = words[index + length] if index + length < len(words) else ""
    no_object = not after[:1].isalnum() or after in lex.word_set("prepositions_before_noun")
    return no_object or _unstated(words, index, lex)


def _unstated(words: list[str], index: int, lex: Lexicon) -> bool:
    """The two words before the verb hold a negation or a relative pronoun ("did not want",
    "people who want": a wish denied, or one telling who the people are, not what they say),
    or its subject is a share of those polled ("48% of those polled want…": a poll's
    finding, which the poll reports, not the share)."""
    before = words[max(0, index - 2) : index]
    stops = lex.word_sets("negation_words", "relative_pronouns")
    share = any("%" in w or w in _SHARE_WORDS for w in words[max(0, index - 6) : index])
    return share or any(w in stops for w in before)


_SHARE_WORDS = {"percent", "cent"}  # "per cent", "percent"
