"""English wishes as cues (english34): "He wants the council to install cameras", "Residents
would like to see a new road built". A speaker who wants someone to act, or wants to see a
thing done, states a demand, as one who urges does; the keys read the object so (counted over
the English corpus: the object of "want(s|ed) X to" or "want to see X" in narration is keyed
eight times in eleven; the other three are wishes only narrated, "As a boy, he wanted his
father to…", a risk this reading takes). A wish is no demand when it cannot be one
(mend34a): the one wanted to act is no person or body ("wants the changes to take place");
what is to be seen is not seen done ("want to see the falls", "wanted to see how…"); or the
clause that wants is negated, a relative ("people who want", "many of whom want", "what they
want the council to do"), a condition or a generic "you" ("if you want your child to…"), or a
share of those polled ("48% of those polled want…")."""

from __future__ import annotations

from quizapp.draft.reporting.english_cue_forms.unstated import denied
from quizapp.draft.sources.source_kinds import counted
from quizapp.draft.speakers.speaker_checks.can_speak import speaking_noun
from quizapp.draft.words.lexicon import Lexicon, relative_words


def wish_is_request(
    words: list[str], index: int, to: int, written: list[str] | None, lex: Lexicon
) -> bool:
    """Whether the verb at ``index``, with whom it asks before the "to" at ``to``, is a
    request: always for a verb of asking; for a verb of wanting (lexicon ``wanting_words``)
    only when the clause states the wish and the one wanted to act is a person or a body."""
    if words[index] not in lex.word_set("wanting_words"):
        return True
    if wish_not_stated(words, index, lex):
        return False
    asked = (written if written and len(written) == len(words) else words)[index + 1 : to]
    return person_or_body(asked, lex)


def wish_to_see_is_no_demand(words: list[str], index: int, length: int, lex: Lexicon) -> bool:
    """A phrase of ``object_phrase_cues`` that wishes ("want to see", "would like to see")
    and asks for nothing: what follows is not seen done ("see the falls", "see her mother
    before she died", "see how the council reacts"), or the clause does not state it."""
    phrase = words[index : index + length]
    if not any(w in lex.word_set("wanting_words") for w in phrase):
        return False
    return not _seen_done(words, index + length, lex) or wish_not_stated(words, index, lex)


def wish_not_stated(words: list[str], index: int, lex: Lexicon) -> bool:
    """The wish whose verb is at ``index`` is told of, not voiced: negated, in a relative,
    under a condition or with a generic "you", or held by a share of those polled."""
    clause = _clause_before(words, index, lex)
    return (
        _negated_or_relative(words, index, lex)
        or any(w in lex.word_set("free_relative_pronouns") for w in clause)
        or any(w in lex.word_sets("wish_condition_words", "generic_wishers") for w in clause)
        or _poll_share(clause, lex)
    )


def _seen_done(words: list[str], at: int, lex: Lexicon) -> bool:
    """ "see X done": an object of one word or more, then a participle ("a new road built",
    "the hedges along the lane kept"), before any mark or clause word ("as", "before"; "that"
    after a preposition is a determiner), and not a question word first ("how", "whether",
    lexicon request_object_stops): the object of ordinary seeing has no participle."""
    if at >= len(words) or words[at] in lex.word_set("request_object_stops"):
        return False  # "see how the council reacts", "see whether…"
    stops = lex.word_sets("clause_words", "wish_seen_stops")
    determiners = lex.word_set("determiners")
    for end in range(at, min(len(words), at + 14)):
        word, before = words[end], words[end - 1]
        if not word[:1].isalnum():
            return False
        if word in stops and before not in lex.word_set("prepositions_before_noun"):
            return False  # "before she died", "as it was"; not "on that side"
        if end > at and before not in determiners and _participle(word, lex):
            return True
    return False


def _participle(word: str, lex: Lexicon) -> bool:
    """A past participle: a regular "-ed" form or an irregular one the lexicon lists."""
    if word in lex.word_sets("irregular_past_forms", "aside_participles"):
        return True
    return len(word) > 4 and word.endswith("ed") and word not in lex.word_set("number_words")


def _clause_before(words: list[str], index: int, lex: Lexicon) -> list[str]:
    """The words of the clause before the verb at ``index``, back to a mark (not a bracket nor
    "%"), a joining word ("and", "but") or twelve words: its subject and what opens it ("48 %
    of those polled", "a third (31 %) of those asked")."""
    start = index
    joins = lex.word_set("clause_joining_words")
    while start > max(0, index - 12):
        word = words[start - 1]
        inside = word in _INSIDE_CLAUSE or _in_figure(words, start - 1)
        if (not word[:1].isalnum() and not inside) or word in joins:
            break
        start -= 1
    return words[start:index]


_INSIDE_CLAUSE = {"%", "(", ")"}


def _in_figure(words: list[str], at: int) -> bool:
    """The comma at ``at`` splits the digits of one figure ("2,874"), as the words are cut."""
    around = words[at - 1 : at + 2] if at > 0 else []
    return len(around) == 3 and around[1] == "," and around[0].isdigit() and around[2].isdigit()


def _negated_or_relative(words: list[str], index: int, lex: Lexicon) -> bool:
    """A negation in the two words before the verb ("did not want"), a relative word right
    before it ("groups that want", "many of whom want"), or one of who/which/whom two words
    before ("people who also want"): a wish denied, or one telling who the people are."""
    before = words[max(0, index - 2) : index]
    relatives = relative_words(lex)
    if denied(words, index, lex):  # "doesn't want", "Nobody wants" (mend34b)
        return True
    if before[-1:] and before[-1] in relatives:
        return True
    return len(before) == 2 and before[0] in relatives - lex.word_set("subordinators")


def _poll_share(clause: list[str], lex: Lexicon) -> bool:
    """The clause's subject is a share or a count of a group ("48 % of those polled",
    "two-thirds of voters", "a majority of residents", "most of those asked"): a poll's
    finding, which the poll reports, not the share. A figure with no "of" after it is
    none ("rents rose 5 % and she wants…" stops at "and")."""
    if "of" not in clause:
        return False
    head = clause[: clause.index("of")]
    if any("%" in w or w in lex.word_set("poll_share_words") for w in head):
        return True
    return counted(head, lex) or lex.is_phrase("partitive_relative_heads", " ".join(head))


def person_or_body(asked: list[str], lex: Lexicon) -> bool:
    """Whom a wish wants to act is a person or a body: a name, a pronoun of a person, or a
    noun of the speaking-noun lists; not a thing ("the changes", "the money", "it")."""
    for word in asked:
        folded = word.lower()
        if word[:1].isupper() and folded not in lex.word_set("determiners"):
            return True
        if folded in lex.word_set("person_object_pronouns") or speaking_noun(folded, lex):
            return True
    return False
