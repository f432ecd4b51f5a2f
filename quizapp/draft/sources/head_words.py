"""The words a source phrase is known by: its head noun (in French the first word past
determiners, quantifiers and count nouns, « une vingtaine d'élus »: « élus »; in English the
last word before a complement, "a senior official familiar with…": "official"), whether that
head is plural, and the gender or number the phrase shows. Apart from the reading of a phrase
(``reading``) because the label rules and the matching of a later « le ministre » to an earlier
mention both ask for the head alone."""

from __future__ import annotations

import re

from quizapp.draft.names.naming.gender import noun_gender, someone_words
from quizapp.draft.sources.source_kinds import counted, is_number
from quizapp.draft.words.folding import folded_words
from quizapp.draft.words.lexicon import Lexicon, built_once, people_nouns
from quizapp.draft.words.plural import written_plural


def is_plural(head: str, lex: Lexicon) -> bool:
    """A head of the lexicon's vague_heads, or one ending in -s / -x that is no singular
    noun ending so (lexicon ``singular_s_nouns``: « fois », « corps », "press") nor has a
    singular ending (lexicon ``singular_s_endings``: "boss", "witness", "analysis", "virus");
    or a plural of people with no -s (lexicon ``irregular_people_plurals``: "children",
    "women": a group, mend56d)."""
    if head in lex.word_set("irregular_people_plurals"):
        return True
    return head in lex.word_set("vague_heads") or (
        written_plural(head)
        and head not in lex.word_set("singular_s_nouns")
        and not any(head.endswith(e) and len(head) > len(e) + 1 for e in _singular_endings(lex))
    )  # "US", "as" are no "-us" or "-is" nouns


@built_once
def _singular_endings(lex: Lexicon) -> tuple[str, ...]:
    return tuple(lex.words("singular_s_endings"))


def head_noun(words: list[str], lex: Lexicon, phrase: str = "") -> str:
    """The noun the phrase is about: in French the first word past determiners and
    quantifiers ("un haut fonctionnaire de…"), in English the last word before a complement
    ("a senior US administration official familiar with…"), past the links of a name set
    before it (``phrase`` as written: "a Department of Education spokeswoman")."""
    if lex.language == "en":
        kept: list[str] = []
        closing = lex.word_set("head_closing_words")
        linked = _name_links(phrase, words, closing)
        for index, word in enumerate(words):
            if (word in closing and index not in linked) or _participle_after(kept, word, lex):
                break
            kept.append(word.strip(",."))
        return kept[-1] if kept else (words[-1] if words else "")
    skip = _head_skipped(lex)
    for index, word in enumerate(words):
        if word not in skip and not is_number(word, lex) and not _young(words, index, lex):
            return word.strip(",.")
    return words[-1] if words else ""


def _participle_after(kept: list[str], word: str, lex: Lexicon) -> bool:
    """ "Residents living near the car park", "Consultants working on the scheme": an -ing
    participle right after a plural noun opens what qualifies it, as "of" or "who" does; the
    noun is the head (english56: 30 such English keys vague, the drafter read the participle
    as the head and said anonymous). A plural with no -s ("Children playing in the park":
    is_plural) heads its phrase too (mend56d)."""
    plural = bool(kept) and kept[-1].isalpha() and is_plural(kept[-1], lex)
    return plural and len(word) > 4 and word.endswith("ing")


def _name_links(phrase: str, words: list[str], closing: frozenset[str]) -> set[int]:
    """The indexes of the closing words ("of", "and") that link the capitalised words of a
    name standing before the head ("a Queensland Fire and Emergency Services spokeswoman",
    "a Department of Education spokeswoman"): such a name modifies the lower-case noun after
    it, so its links close nothing. A name closing the phrase ("the Mayor of London") keeps
    its first noun as head. Read only when the phrase's words are the folded ``words``."""
    written = phrase.split()
    if len(written) != len(words):
        return set()
    capital = [w[:1].isupper() for w in written]
    links: set[int] = set()
    for index in range(1, len(written) - 1):
        if words[index] not in closing or not (capital[index - 1] and capital[index + 1]):
            continue
        after = next((i for i in range(index + 1, len(written)) if not capital[i]), None)
        if after is not None and words[after] not in closing and written[after][:1].isalpha():
            links.add(index)
    return links


def _young(words: list[str], index: int, lex: Lexicon) -> bool:
    """« le jeune éleveur », « la jeune femme »: « jeune » before a person noun or a trade is
    its adjective; alone (« le jeune se défend », « les jeunes du quartier ») it is the head."""
    following = words[index + 1] if index + 1 < len(words) else ""
    return words[index] in ("jeune", "jeunes") and following.strip(",.") in someone_words(lex)


@built_once
def _head_skipped(lex: Lexicon) -> frozenset[str]:
    """What stands before a French head: determiners, quantifiers, count nouns (« une
    vingtaine d'élus » is about « élus »)."""
    determiners = lex.word_sets("anonymous_determiners", "vague_determiners")
    ordinals = lex.word_set("ordinal_adjectives")  # « le premier adjoint » is an « adjoint »
    before = lex.word_set("head_skipped_words")  # the articles, « de », « haut », « ancien »…
    return determiners | lex.word_set("count_nouns") | ordinals | before


def _group_opener(words: list[str], lex: Lexicon) -> bool:
    """« la majorité des ONG », « une partie des élus », « la plupart des syndicats »: a
    vague determiner of several words (lexicon ``vague_determiners``) opens a plural group,
    which a later « elles » takes up, whatever its first article's gender says."""
    openers = _group_openers(lex).get(words[0]) if words else None
    if not openers:
        return False
    text = " ".join(words[:4]) + " "
    return any(text.startswith(opener) for opener in openers)


@built_once
def _group_openers(lex: Lexicon) -> dict[str, list[str]]:
    """The vague determiners of several words by their first word, each followed by a space:
    built once, as every source phrase's gender is read."""
    openers: dict[str, list[str]] = {}
    for opener in lex.words("vague_determiners"):
        if len(opener.split()) > 1:
            openers.setdefault(opener.split()[0], []).append(opener + " ")
    return openers


@built_once
def _those(lex: Lexicon) -> re.Pattern[str]:
    """The plural pronouns a phrase may open on (lexicon ``plural_pronoun_openers``: « ceux »,
    « toutes celles »), each a whole word, as one pattern (built once)."""
    return re.compile(rf"(?:{lex.one_of('plural_pronoun_openers')})\b")


def phrase_gender(words: list[str], lex: Lexicon, phrase: str = "") -> str:
    """The gender a source phrase gives its speaker ("f", "m", "p" for many, "x" unknown), so
    that a later « elle » or "they" can take it up: its determiner, else its head noun's
    (``phrase`` as written lets an English head be read past a name's links, ``head_noun``)."""
    first = words[0] if words else ""
    if counted(words, lex) or _group_opener(words, lex):
        return "p"  # « une vingtaine d'élus », « la majorité des ONG »: many, whatever « une » says
    if first in lex.word_set("feminine_phrase_openers"):  # « une », « sa », "her"
        return "f"
    if first in lex.word_set("masculine_phrase_openers"):
        return "m"
    if first in lex.word_set("plural_phrase_openers"):  # « les », « plusieurs », "some"
        return "p"
    if _those(lex).match(" ".join(words)):  # « tous ceux (qui…) », « celles »
        return "p"
    if first in lex.word_set("head_gender_openers") and len(words) > 1:
        head = head_noun(words, lex, phrase)  # "l'élue", "son adjointe", "the woman"
        return noun_gender(head, lex)
    return "x"


def names_a_thing(phrase: str, lex: Lexicon) -> bool:
    """« le texte », « les arrêtés », « la pétition »: a determiner and a noun of the
    lexicon's document and speech lists (``thing_noun_lists``), a thing that prints words,
    not someone who says them: no third party telling inside a quotation (told_inside,
    mend43a), no speaker of its own quoted words (pipeline/quoted_kinds, mend49b). Not the
    abstract nouns anaphora/descriptions/person_heads also counts, which name bodies
    (« la direction »). English has no such lists: never."""
    words = folded_words(phrase)
    if "thing_noun_lists" not in lex.raw or len(words) < 2:
        return False
    if words[0] not in lex.word_set("determiners"):
        return False
    return words[1].removesuffix("s") in people_nouns(lex, "thing_noun_lists")
