"""English groups of people whose capitals say only where they are or which body they are at.

"Frustrated Ashby residents", "White House officials", "Community leaders on the Long Isle",
"the villagers of Ashby", "Those living in Hill Close": the speaker is the group, which no one
can identify (vague, DESIGN.md); the place or body in its words is no speaker. Without this
reading the capitals were taken for a name run ("Frustrated Ashby", "White House"), so the
finding was labelled named and given the place as its speaker (english32).

The reading is grammatical: the phrase is headed by a plural noun for people, written in
lower case (or opening the phrase), with nothing before it but an article, adjectives or a
name used as a modifier, and nothing after it but a complement, a participle or a relative;
or it is "those" followed by a relative, a participle or a preposition. Heads that speak for
a body (lexicon ``body_agent_plurals``: "lawyers for the estate", "representatives from
Acme") are left to the readings that name the body.

The same capitals before a noun for one person, "The Fianna Fáil councillor", qualify that
person too: a description, not a name (``english_qualified_person``, english38).
"""

from __future__ import annotations

from quizapp.draft.names.naming.gender import first_name_gender, person_nouns
from quizapp.draft.sources.labels import written_words
from quizapp.draft.sources.source_kinds import is_number
from quizapp.draft.words.lexicon import Lexicon, built_once, elected_titles


def english_place_group(phrase: str, words: list[str], lex: Lexicon) -> bool:
    """Whether the English source ``phrase`` (``words``: folded, as ``read_source`` splits
    it) is a group of people whose capitals name only a place or a body it is tied to."""
    if lex.language != "en" or len(words) < 2:
        return False
    written = written_words(phrase)
    if len(written) != len(words) or not any(w[:1].isupper() for w in written[1:]):
        return False  # no capital past the first word: nothing to mistake for a name
    if words[0] in lex.word_set("member_groups"):
        return _those_group(words, lex)
    if is_number(words[0], lex):
        return False  # "two U.S. officials": a counted few, read by their number
    head = _group_head(written, words, lex)
    if head is None or words[head] in lex.word_sets("body_agent_plurals", "source_heads"):
        return False  # "Deutsche Bank analysts" speak for the bank; "sources" have a rule
    rest = words[head + 1 :]
    if rest and not _opens_complement(rest[0], lex):
        return False
    return not _person_after(written[head + 1 :], rest, lex)


def _person_after(written: list[str], words: list[str], lex: Lexicon) -> bool:
    """A person of their own in the group's complement: a noun for one person ("Friends of
    Dunmore Park Trust chairman Paul Green": the chairman speaks) or a listed first name
    ("supporters of John Smith"), left to the readings of a named person."""
    one = person_nouns(lex)
    named = any(w[:1].isupper() and first_name_gender(w, lex) for w in written)
    return named or any(word in one for word in words)


def _group_head(written: list[str], words: list[str], lex: Lexicon) -> int | None:
    """The index of the plural noun for people heading the phrase: the first such word,
    written in lower case or opening the phrase, with only modifiers before it: no comma,
    function word or verb ("A briefing sent to councillors on…" is headed by "briefing"),
    but an opening "the" or vague determiner ("Many Ashby residents")."""
    openers = lex.word_sets("definite_articles", "vague_determiners")
    for index, word in enumerate(words):
        if written[index].endswith(","):
            return None
        if (index or word not in openers) and _no_modifier(word, lex):
            return None
        opens = index == 0 or written[index][:1].islower()
        if opens and people_plural(written[index], word, lex):
            return index
    return None


def _no_modifier(word: str, lex: Lexicon) -> bool:
    """A word that cannot stand between a group's opening and its head: a function word
    (lexicon ``function_words``), a verb, or what opens a complement."""
    return (
        word in lex.word_set("function_words")
        or word in lex.finite
        or word in _complement_openers(lex)
    )


def people_plural(as_written: str, word: str, lex: Lexicon) -> bool:
    """A plural noun for people: the lexicon's ``vague_heads`` and ``place_people_plurals``
    ("villagers"), a plural of one of its person nouns ("homeowners", "councillors"), or of
    a member's acronym as written ("MPs", "MSPs")."""
    if word in lex.word_sets("vague_heads", "place_people_plurals"):
        return True
    if not word.endswith("s"):
        return False
    if as_written.endswith("s") and as_written[:-1] in lex.raw_set("member_acronyms"):
        return True
    singular = word[:-3] + "y" if word.endswith("ies") else word[:-1]
    return singular in person_nouns(lex)


def _those_group(words: list[str], lex: Lexicon) -> bool:
    """ "Those living in Hill Close", "those who spoke to the Gazette", "those at the
    meeting": "those" as a pronoun for people, with a relative, a participle or a
    complement after it."""
    following = words[1]
    return _opens_complement(following, lex) or following.endswith(("ing", "ed"))


def _opens_complement(word: str, lex: Lexicon) -> bool:
    """A word that opens what may follow a group's head: a preposition of place or tie, a
    relative, or a participle ("residents living on…", "parents concerned about…")."""
    return word in _complement_openers(lex) or word.endswith(("ing", "ed"))


@built_once
def _complement_openers(lex: Lexicon) -> frozenset[str]:
    """The prepositions and relatives a group's complement opens with (lexicon
    ``complement_prepositions``, ``description_stops``, ``group_place_prepositions``)."""
    keys = ("complement_prepositions", "description_stops", "group_place_prepositions")
    return lex.word_sets(*keys)


def english_qualified_person(phrase: str, words: list[str], lex: Lexicon) -> bool:
    """ "The Fianna Fáil councillor", "the Green Party councillor": a definite article, one to
    three capitalised words and a noun for one person closing the phrase. The capitals
    qualify the person (a party, a body), they are no name of theirs: the phrase is a
    description the resolver links to the person it takes up (english38). Not with a first
    name among the capitals ("the Jane Roe councillor" is no shape of English). Only before
    an elected member's title (lexicon ``elected_member_titles``), which a party qualifies:
    "The Crown Court judge", "The White House spokesman" are no one named before (mend38d)."""
    if lex.language != "en" or not 3 <= len(words) <= 5:
        return False
    written = written_words(phrase)
    if len(written) != len(words) or words[0] not in lex.word_set("definite_articles"):
        return False
    middle = written[1:-1]
    if not all(w[:1].isupper() and w[-2:] not in ("'s", "’s") for w in middle):
        return False
    if any(first_name_gender(w, lex) for w in middle):
        return False
    return words[-1] in elected_titles(lex)
