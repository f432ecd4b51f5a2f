"""The drafter's word lists, read from the JSON data files in ``lexicons/``.

The lists (reporting verbs and their forms, anonymity and vagueness markers, loaded words,
outlets) are data so that a teacher or a translator can extend them without touching code.
This module only expands regular verbs into their forms and builds fast lookup sets.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache, wraps
from importlib import resources
from typing import Any, TypeVar

from quizapp.draft.words.conjugation import english_lexicon_verbs, forms_of, french_lexicon_verbs
from quizapp.draft.words.folding import elided_apart, fold, folded_words

LANGUAGES = ("fr", "en")
T = TypeVar("T")


@dataclass(frozen=True)
class Lexicon:
    """One language's lookup sets (every entry folded)."""

    language: str
    finite: frozenset[str]  # a verb form that is a cue on its own (dit, déclare-t-il, said)
    participles: frozenset[str]  # the second half of a compound form (a déclaré)
    auxiliaries: frozenset[str]
    reflexive_finite: frozenset[str]  # after se / s' (s'inquiète)
    reflexive_participles: frozenset[str]  # after s'est / se sont
    reflexive_auxiliaries: frozenset[str]  # est, sont, était... after the pronoun
    fixed_cues: tuple[tuple[str, ...], ...]
    adverbs: tuple[tuple[str, ...], ...]
    raw: dict
    base_forms: frozenset[str] = frozenset()  # English forms that are also nouns (a vow)
    lemmas: frozenset[str] = frozenset()  # French infinitives ("Et de conclure")
    cache: dict = field(default_factory=dict, compare=False, repr=False)
    # the lists and sets by key, each kind in a table of its own: looked up hundreds of
    # thousands of times an article, a plain key is cheaper than a tuple (speed18)
    folded_lists: dict[str, list[str]] = field(default_factory=dict, compare=False, repr=False)
    folded_sets: dict[str, frozenset[str]] = field(default_factory=dict, compare=False, repr=False)
    phrase_lists: dict[str, tuple[tuple[str, ...], ...]] = field(
        default_factory=dict, compare=False, repr=False
    )
    joined_sets: dict[tuple[str, ...], frozenset[str]] = field(
        default_factory=dict, compare=False, repr=False
    )

    def words(self, key: str) -> list[str]:
        """A plain list of the data file, folded (computed once)."""
        try:
            return self.folded_lists[key]
        except KeyError:
            found = self.folded_lists[key] = [fold(word) for word in self.raw.get(key, [])]
            return found

    def word_set(self, key: str) -> frozenset[str]:
        """The same list as a set, for membership tests."""
        try:
            return self.folded_sets[key]
        except KeyError:
            found = self.folded_sets[key] = frozenset(self.words(key))
            return found

    def word_sets(self, *keys: str) -> frozenset[str]:
        """Several lists as one set, for membership tests: joined once, not at each call
        (a union copies every word of its lists)."""
        try:
            return self.joined_sets[keys]
        except KeyError:
            found = self.joined_sets[keys] = frozenset().union(*map(self.word_set, keys))
            return found

    def one_of(self, key: str, loose_spacing: bool = False) -> str:
        """The list ``key`` as one regex alternation (``alternation``), or a pattern that never
        matches when this language lists none: a rule written once for both languages reads
        only its own language's words, and an empty list must not match everywhere."""
        return alternation(self.words(key), loose_spacing) or "(?!)"

    def raw_set(self, key: str) -> frozenset[str]:
        """A list of the data file as written (not folded), as a set."""
        found = self.cache.get(("raw", key))
        if found is None:
            found = self.cache[("raw", key)] = frozenset(self.raw.get(key, []))
        return found

    def phrases(self, key: str) -> tuple[tuple[str, ...], ...]:
        """A list of the data file as token tuples, longest first (for greedy matching)."""
        try:
            return self.phrase_lists[key]
        except KeyError:
            found = self.phrase_lists[key] = _as_phrases(self.raw.get(key, []))
            return found

    def is_phrase(self, key: str, folded: str) -> bool:
        """Whether ``folded`` is one entry of the list ``key`` as a whole, an elided article
        set apart or not (« l'intéressé », « l' intéressé »). The text comes folded: every
        caller has folded its words for its own tests, and this check folded them again
        (tidy34)."""
        found = self.cache.get(("phrase set", key))
        if found is None:
            found = self.cache[("phrase set", key)] = frozenset(self.phrases(key))
        return tuple(elided_apart(folded)) in found

    def remembered(self, table: str, key: str, compute: Callable[[str], Any]) -> Any:
        """``compute(key)``, worked out once per key in a table of its own. The lexicon lives
        as long as the app, so a table that grows past 20,000 keys starts again empty."""
        known = self.cache.setdefault(table, {})
        found = known.get(key)
        if found is None:
            if len(known) > 20_000:
                known.clear()
            found = known[key] = compute(key)
        return found


def built_once(build: Callable[[Lexicon], T]) -> Callable[[Lexicon], T]:
    """``build(lex)`` worked out once per lexicon and kept in its ``cache``: the keyless twin
    of ``Lexicon.remembered``, for the sets and regexes a hot path builds from the word lists
    (the builder itself is the key). Decorate module-level builders only: one defined inside
    a function would be a new key, and a new entry, at every call."""

    @wraps(build)
    def kept(lex: Lexicon) -> T:
        try:
            return lex.cache[build]
        except KeyError:
            found = lex.cache[build] = build(lex)
            return found

    return kept


@built_once
def finite_or_auxiliary(lex: Lexicon) -> frozenset[str]:
    """Every finite reporting form and auxiliary, the verbs that end a noun phrase: joined once
    per lexicon, the finite forms being tens of thousands, too many to join at each call."""
    return lex.finite | lex.auxiliaries


@built_once
def elected_titles(lex: Lexicon) -> frozenset[str]:
    """The titles of an elected member (lexicon ``elected_member_titles``) and their short
    forms written in a name (``office_title_abbreviations``: "Cllr", "Sen"): each short
    form is written once, in the table that says which office it stands for (mend39b)."""
    elected = lex.word_set("elected_member_titles")
    short = lex.raw.get("office_title_abbreviations", {}).items()
    return elected | {fold(word) for word, office in short if fold(office) in elected}


@built_once
def finite_or_participle(lex: Lexicon) -> frozenset[str]:
    """Every finite reporting form and past participle, the words that say a saying
    happened: joined once per lexicon, for the same reason as ``finite_or_auxiliary``."""
    return lex.finite | lex.participles


@built_once
def english_verb_words(lex: Lexicon) -> frozenset[str]:
    """The English finite forms a clause is known by (``clause_finite_words`` and the
    irregular past forms), joined once per lexicon for the tests that look for a verb (here,
    not in sentence.syntax, so that cue_forms may read it without an import cycle)."""
    return lex.word_set("clause_finite_words") | lex.word_set("irregular_past_forms")


@built_once
def clause_subjects(lex: Lexicon) -> frozenset[str]:
    """The English words a clause opens on as its subject: the lexicon's ``subject_pronouns``
    and ``expletive_subjects`` ("there was…", which a phrase set in front of a clause, "out
    there,", does not count). Empty in French, whose clauses the same readers know by their
    verbs."""
    if lex.language != "en":
        return frozenset()
    return lex.word_set("subject_pronouns") | lex.word_set("expletive_subjects")


@built_once
def third_person_possessives(lex: Lexicon) -> frozenset[str]:
    """The possessives a description may open on (« son porte-parole », "its chief
    executive"): the lexicon's ``person_possessives`` and ``body_possessives``."""
    return lex.word_set("person_possessives") | lex.word_set("body_possessives")


@built_once
def relative_words(lex: Lexicon) -> frozenset[str]:
    """Words that open a relative clause (``relative_pronouns`` and ``relative_openers``); a
    verb after them is the clause's, not the phrase's."""
    return lex.word_set("relative_pronouns") | lex.word_set("relative_openers")


def people_nouns(lex: Lexicon, lists: str) -> frozenset[str]:
    """The folded nouns, without a final « s », of the lexicon lists that the entry ``lists``
    names (« les habitants » and « l'habitant » alike): built once per lexicon and entry, read
    by objects/readings.people_word and cue_forms/phrases without an import cycle."""
    table = _people_tables(lex)
    if lists not in table:
        keys = lex.raw[lists]
        table[lists] = frozenset(fold(w).removesuffix("s") for key in keys for w in lex.words(key))
    return table[lists]


@built_once
def _people_tables(lex: Lexicon) -> dict[str, frozenset[str]]:
    return {}


def date_word(word: str, lex: Lexicon) -> bool:
    """A month, a weekday or another word of a date (lexicon ``date_words``, which ``load``
    extends with the ``weekdays``): never who speaks. The one test that the readers of a
    setting (subjects/apposed_subject, english_cue_forms/setting_names) and of a run of
    capitals (naming/names) share; each reads it where its own shape puts a date."""
    return fold(word) in lex.word_set("date_words")


def alternation(entries: Iterable[str], loose_spacing: bool = False) -> str:
    """Entries as one regex alternation, longest first (the longest match wins), each
    apostrophe matching a straight or a typographic one; ``loose_spacing`` also lets any run
    of spaces stand for a space, and spaces follow an apostrophe (« reprenant les propos d' X »)."""
    escaped = (re.escape(entry) for entry in sorted(entries, key=len, reverse=True))
    if not loose_spacing:
        return "|".join(e.replace("'", "['’]") for e in escaped)
    return "|".join(e.replace("'", "['’]\\s*").replace(r"\ ", r"\s+") for e in escaped)


def led_by(lex: Lexicon, key: str, rest: str) -> re.Pattern[str]:
    """A case-blind pattern: a word of the list ``key`` after any spaces, then ``rest``: a
    phrase a preposition opens after a cue, its audience (« devant les députés ») or the
    place words were read in (« sur des banderoles »); tidy40: two builders wrote it apart."""
    return re.compile(rf"\s*(?:{alternation(lex.words(key))}){rest}", re.IGNORECASE)


def _as_phrases(entries: list[str]) -> tuple[tuple[str, ...], ...]:
    tuples = {tuple(folded_words(entry)) for entry in entries}
    return tuple(sorted(tuples, key=len, reverse=True))


def verb_forms(lex: Lexicon, lemma: str) -> list[str]:
    """Every form of the French verb ``lemma`` (participles too), folded."""
    return forms_of(lex.raw, [lemma])


def listed_verb_forms(lex: Lexicon, key: str) -> frozenset[str]:
    """Every form of the verbs of the lexicon list ``key``, the infinitive too, folded and
    worked out once per list: the one reader of « a verb of this list » for every rule that
    asks (mend37d; four rules wrote their own copy)."""

    def build(listed: str) -> frozenset[str]:
        lemmas = lex.raw.get(listed, [])
        return frozenset(forms_of(lex.raw, lemmas)) | {fold(lemma) for lemma in lemmas}

    return lex.remembered("listed_verb_forms", key, build)


@cache
def load(language: str) -> Lexicon:
    """The lexicon of ``language`` ('fr' or 'en'); read once per process."""
    if language not in LANGUAGES:
        raise ValueError(f"no lexicon for language {language!r}")
    source = resources.files("quizapp.draft.words") / "lexicons" / f"{language}.json"
    data = json.loads(source.read_text(encoding="utf-8"))
    data["date_words"] = data["weekdays"] + data["date_words"]  # the weekdays are dates too
    forms = french_lexicon_verbs(data) if language == "fr" else english_lexicon_verbs(data)
    finite, participles, refl_finite, refl_participles, refl_aux = forms
    return Lexicon(
        language=language,
        finite=frozenset(finite),
        participles=frozenset(participles),
        auxiliaries=frozenset(fold(a) for a in data["auxiliaries"]),
        reflexive_finite=frozenset(refl_finite),
        reflexive_participles=frozenset(refl_participles),
        reflexive_auxiliaries=frozenset(refl_aux),
        fixed_cues=_as_phrases(data["fixed_cues"]),
        adverbs=_as_phrases(data["adverbs_between"]),
        raw=data,
        lemmas=frozenset(fold(v) for v in data["regular_verbs"])
        if language == "fr"
        else frozenset(),
        base_forms=frozenset(
            fold(lemma) for lemma in data["regular_verbs"] + list(data["irregular_forms"])
        )
        if language == "en"
        else frozenset(),
    )
