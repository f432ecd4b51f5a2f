"""Reading a source phrase: is it a name, a described individual, a group, a pronoun?

The label follows DESIGN.md's scheme: a named person or organisation (or a spokesperson of a
named organisation) is ``named``; one described but unnamed individual is ``anonymous``; a group
one cannot identify, or an impersonal voice, is ``vague``. Pronouns and demonstratives ("il",
"cette source", "the official") get no label here: the resolver gives them their antecedent's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizapp.draft.names.naming.common_words import common_word
from quizapp.draft.names.naming.name_roles import name_with_adjective, place_body
from quizapp.draft.names.naming.place_complements import offices_of_one_place
from quizapp.draft.names.naming.places import inhabitants_group
from quizapp.draft.sources.english_groups import english_place_group, english_qualified_person
from quizapp.draft.sources.head_words import head_noun, is_plural, phrase_gender
from quizapp.draft.sources.label_order import source_label, spaced_elision
from quizapp.draft.sources.labels import (
    circle_of_name,
    group_from_place,
    name_in_complement,
    named_only_as_asker,
    office_of_body,
)
from quizapp.draft.sources.outlets import is_outlet, outlet_mentions, relay_outlet
from quizapp.draft.sources.source_kinds import is_number
from quizapp.draft.sources.titled_names import name_after_mood
from quizapp.draft.speakers.subjects import without_adverbs
from quizapp.draft.text.segment import Span
from quizapp.draft.words.lexicon import Lexicon, built_once, fold


@dataclass(frozen=True)
class SourceReading:
    """How a source phrase reads: its form, its label if known, its gender/number."""

    form: str  # name | description | pronoun | demonstrative | impersonal
    label: str | None
    gender: str  # m | f | p (plural) | x (unknown)
    head: str  # the folded head word, for matching "le ministre" to an earlier mention


def read_source(phrase: str, lex: Lexicon, has_name: bool, tail: str = "") -> SourceReading:
    """The reading of a source phrase as written (``has_name``: it holds a proper name;
    ``tail``: what follows it, where ", who spoke on condition of anonymity" may stand)."""
    phrase = without_adverbs(phrase, lex)  # "it also said"
    bare = _QUOTE_MARK.sub(" ", fold(phrase)).strip(" ,.")
    folded = " " + " ".join(_ELIDED_WORD.sub(r"\1' ", bare).split()) + " "
    titled = phrase.split()[1:2] != [] and phrase.split()[1][:1].isupper()  # "La Lettre du…"
    settled = _settled_by_form(phrase, folded, lex, tail, titled)
    if settled is not None:
        return settled
    words = folded.split()
    grouped = english_place_group(phrase, words, lex)  # "White House officials": vague
    qualified = english_qualified_person(phrase, words, lex)  # "The Fianna Fáil councillor"
    has_name = has_name and not (grouped or qualified or _name_elsewhere(phrase, words, lex))
    label = "vague" if grouped else source_label(phrase, words, lex, has_name, titled)
    numbered = is_number(words[0], lex) or is_plural(words[-1], lex)  # « Trois infirmières »
    if label == "anonymous" and not numbered and name_with_adjective(phrase, words, lex):
        label = "named"  # « Québec solidaire estime »: a party, not a described individual
    if label == "anonymous" and not numbered and place_body(phrase, lex):
        label = "named"  # "Lambeth council said": the place's own council
    if label == "anonymous" and name_after_mood(phrase, lex):
        label = "named"  # "A furious Cllr Jane Doe": the mood of a named person
    if has_name and _ENDS_WITH_NAME.search(phrase) and "anonym" not in folded:
        label = "named"  # "one of the co-leads of the project, Amina Yusuf": named in apposition
    form = "name" if has_name and label == "named" else "description"
    gender, head = phrase_gender(words, lex, phrase), head_noun(words, lex, phrase)
    return SourceReading(form, label, gender, head)


def _settled_by_form(
    phrase: str, folded: str, lex: Lexicon, tail: str, titled: bool
) -> SourceReading | None:
    """The readings no label rule is asked for: an anonymity marker after the phrase, no
    words, a pronoun, an impersonal voice, a short demonstrative phrase (not « La Lettre du
    continent »: ``titled``, a capital after the article)."""
    words = folded.split()
    if tail and any(marker in fold(tail) for marker in lex.words("anonymity_markers")):
        return SourceReading(
            "description", "anonymous", phrase_gender(words, lex), head_noun(words, lex)
        )
    if not words:
        return SourceReading("description", None, "x", "")
    pronoun = _pronoun(folded, lex)
    if pronoun is not None:
        return pronoun
    whole = folded[1:-1] in lex.word_set("impersonal_object_cues")  # folded is space-padded
    if whole or (
        len(words) <= 3 and any(" " + m + " " in folded for m in lex.words("impersonal"))
    ):  # "it is understood", "concerns were raised about": an impersonal voice
        return SourceReading("impersonal", "vague", "x", words[0])
    demonstrative = _longest_prefix(folded, _spaced_demonstratives(lex))
    if demonstrative and len(words) <= len(demonstrative.split()) + 3 and not titled:
        head = demonstrative.split()[-1]
        return SourceReading("demonstrative", None, phrase_gender(words, lex), head)
    return None


def _name_elsewhere(phrase: str, words: list[str], lex: Lexicon) -> bool:
    """The phrase holds a name, but not the speaker's: "le conseiller d'Emmanuel Macron" is
    not Emmanuel Macron, "opposants au maréchal Haftar" a group whose complement names him,
    « les maires des Aravis » the holders of an office across a place, « les Mauriacois » a
    people."""
    return bool(
        name_in_complement(phrase, words, lex)
        or group_from_place(phrase, words, lex)
        or office_of_body(phrase, words, lex)
        or circle_of_name(words, lex)
        or named_only_as_asker(phrase, words, lex)
        or _bare_group(phrase, words, lex)
        or offices_of_one_place(phrase, lex)
        or inhabitants_group(phrase, lex)
    )


_QUOTE_MARK = re.compile(r"[«»“”\"„]")  # compiled once: read_source reads every source
_ELIDED_WORD = re.compile(r"\b([ldjmnst]|qu)'(?=\w)")
_ENDS_WITH_NAME = re.compile(r",\s*(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]+\s*$")


def _pronoun(folded: str, lex: Lexicon) -> SourceReading | None:
    stripped = folded.strip()
    if lex.is_phrase("latter_pronouns", stripped):
        gender = lex.raw["pronouns"].get(stripped, "x")
        return SourceReading("demonstrative", None, gender, "dernier")
    gender = _pronoun_genders(lex).get(stripped)
    return None if gender is None else SourceReading("pronoun", None, gender, stripped)


@built_once
def _pronoun_genders(lex: Lexicon) -> dict[str, str]:
    """Each pronoun as looked up, alone or with « -même », and its gender: the first entry
    of the lexicon that spells a form gives it (« eux » is plural, speakers17: it had the
    gender of the list's first entry). Built once: every source phrase is looked up."""
    genders: dict[str, str] = {}
    for pronoun, gender in lex.raw["pronouns"].items():
        for form in (fold(pronoun), fold(pronoun) + "-même"):
            genders.setdefault(form, gender)
    return genders


def _longest_prefix(folded: str, spaced: list[str]) -> str | None:
    text = folded.strip()
    hits = [e for e in spaced if text == e or text.startswith(e + " ") or text.startswith(e + ",")]
    return max(hits, key=len) if hits else None


@built_once
def _spaced_demonstratives(lex: Lexicon) -> list[str]:
    """The lexicon's demonstrative sources as a folded phrase reads them, elisions spaced:
    spaced once, not for each source phrase."""
    return [spaced_elision(e) for e in lex.words("demonstrative_sources")]


def _bare_group(phrase: str, words: list[str], lex: Lexicon) -> bool:
    """A plural common noun with no determiner ("islamistes et opposants au maréchal
    Haftar", "critics of Mr Smith"): a group, whatever name its complement holds; also when
    it opens a sentence with a capital, its noun a common word the lexicon knows ("Residents
    of Kings Delph", "COUNCILLORS in Blaenau Gwent": the place is no speaker)."""
    written = phrase.strip(' ,«»“”"').split()
    head = head_noun(words, lex, phrase)
    opener = len(written) > 1 and written[1][:1].islower() and words[0] == head  # "Residents of X"
    opener = opener and common_word(head, lex)  # not "Presse Océan", a name run
    if (
        not ((written and written[0][:1].islower()) or opener)
        or words[0] in lex.word_set("definite_articles")
        or words[0] in lex.word_set("vague_determiners")
    ):
        return False
    capitals = written[1:] if opener else written  # the opener's capital only opens a sentence
    if lex.language == "en" and any(w[:1].isupper() and fold(w) == head for w in capitals):
        return False  # "president Barbara Stapp-Hiouas", "de Gravelles": a name, no plural
    return is_plural(head, lex)


def compatible(gender_a: str, gender_b: str) -> bool:
    """Two genders/numbers can refer to the same speaker (unknown fits everything)."""
    return "x" in (gender_a, gender_b) or gender_a == gender_b


def span_text(text: str, span: Span | None) -> str:
    return "" if span is None else text[span[0] : span[1]]


def normalised_key(phrase: str) -> str:
    """A description's identity: folded, without leading determiner, spaces collapsed."""
    words = fold(phrase).split()
    while words and words[0] in {"un", "une", "le", "la", "les", "l'", "a", "an", "the", "des"}:
        words = words[1:]
    return " ".join(words)


def head_is_role(head: str, lex: Lexicon) -> bool:
    return head in lex.words("named_institutions") or head in lex.words("anonymous_heads")


__all__ = [  # the outlet helpers too: speakers/ and resolve import them from here
    "SourceReading",
    "compatible",
    "head_is_role",
    "is_outlet",
    "normalised_key",
    "outlet_mentions",
    "read_source",
    "relay_outlet",
    "span_text",
]


@built_once
def description_shapes(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A definite or demonstrative description of one (« le psychanalyste », « ce jeune
    homme »: lexicon ``singular_definite_articles``, ``pointing_determiners``), and a
    demonstrative one alone (« cette mère de famille »)."""
    definite = lex.one_of("singular_definite_articles")
    pointing = rf"(?:{lex.one_of('pointing_determiners')})\s+\w"
    return re.compile(rf"(?:{definite})\s*\w|{pointing}", re.I), re.compile(pointing, re.I)


@built_once
def joins_two(lex: Lexicon) -> re.Pattern[str]:
    """A comma or a word of the lexicon's ``coordinators``: « L'Ukraine et les Occidentaux »
    are two."""
    return re.compile(rf"\b(?:{lex.one_of('coordinators')})\b|,")
