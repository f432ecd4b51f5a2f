"""English: a third party telling inside a quotation (told_inside.py reads the French).

english24 read a third person pronoun and "said / says / told / tells" ("He said the only
reason…", "They told us: 'No…'"). english57 reads, besides, a body or a person named or
described ("The borough council say that…", "Malmesbury Town Council proposed that…") and
more verbs of telling, stating and granting ("He stated he was looking for…", "He also
agreed some people…", "the agency categorically told us that…"), an auxiliary or an adverb
between subject and verb (lexicon ``told_inside_adverbs``). Round 56's sealed local English
batches keyed fifteen statements a quoted speaker reports: each is that third party's words,
never the quoted speaker's. With no "that", a verb english24 did not read must be followed by
a clause ("He agreed to meet us" tells nothing), and a noun phrase whose head is a thing that
prints words ("Their own numbers say…", lexicon ``told_inside_unspeaking_lists``) is no third
party speaking."""

from __future__ import annotations

import re

from quizapp.draft.reporting.english_cue_forms.english_forms import reads_as_clause
from quizapp.draft.speakers.speaker_checks.can_speak import can_speak
from quizapp.draft.text.sentence.apposed_names import FULL_NAME
from quizapp.draft.words.lexicon import Lexicon, alternation, built_once, fold


@built_once
def telling_en(lex: Lexicon) -> re.Pattern[str]:
    """A third person pronoun, a name or a definite noun phrase opening a sentence or a
    clause of the quotation, maybe an auxiliary or an adverb, a form of saying or telling,
    maybe the people told ("told us"), then "that", a colon or a comma (``mark``: the words
    themselves follow), or the clause straight away."""
    pronouns = alternation(lex.words("told_inside_pronouns"))
    verbs = alternation(_verb_forms(lex))
    told = alternation(lex.words("told_inside_objects"))
    adverbs = alternation(lex.words("told_inside_adverbs"))
    links = "".join(rf"|(?<=\s{re.escape(w)}\s)" for w in lex.words("told_inside_links"))
    lead = rf"(?:(?<=[“\"‘'])|(?<=[“\"‘,;:.!?]\s){links})"  # a fixed-width lookbehind each
    subject = rf"(?P<subject>(?P<pronoun>{pronouns})|{_noun_phrase(lex)}|(?-i:{FULL_NAME}))"
    verb = rf"(?:(?:{adverbs})\s+){{0,2}}(?P<verb>{verbs})(?:\s+(?P<told>{told}))?"
    that = lex.one_of("subordinators")
    ending = rf"(?:\s+(?P<that>{that})\b|\s*(?P<mark>[:,])\s*[‘'“\"]?|\s+)"
    return re.compile(rf"(?i){lead}{subject}\s+{verb}{ending}")


def _verb_forms(lex: Lexicon) -> list[str]:
    """english24's forms of saying and telling, then english57's."""
    keys = ("told_inside_forms", "told_inside_clause_forms", "told_inside_that_forms")
    return sorted({form for key in keys for form in lex.words(key)})


def _noun_phrase(lex: Lexicon) -> str:
    """A definite noun phrase of two to five words, none of them a stop word (``_stops``) nor
    a lowercase "-ly" adverb ("The borough council", "the Environment Agency"; not "The man
    who", "The problem is", "The other side", "The council rarely admits", mend57e)."""
    stops = alternation(sorted(_stops(lex)))
    nouns = alternation(lex.words("told_inside_ly_nouns"))  # "the family", "the assembly"
    adverb = rf"(?-i:(?!(?:{nouns})(?![\w’'-]))[a-z]+ly)"
    word = rf"(?!(?:{stops}|{adverb})(?![\w’'-]))[^\s,.;:!?“”\"‘()]+"
    determiners = alternation(lex.words("told_inside_determiners"))
    return rf"(?:{determiners})\s+(?:{word}\s+){{0,3}}?{word}"


def _stops(lex: Lexicon) -> set[str]:
    """The words a telling's noun phrase never holds: a verb, an auxiliary, an adverb of
    ``told_inside_adverbs``, a relative or "other" (english57); mend57e: a negation ("The
    council never said…" reports nothing said), a subject pronoun (a relative clause with no
    "that": "The neighbours I spoke to agree…") and a comparative ("The more people say…,
    the less…")."""
    stops = set(_verb_forms(lex)) | set(lex.words("told_inside_adverbs"))
    stops |= set(lex.words("clause_finite_words")) | set(lex.words("subject_relatives"))
    stops |= set(lex.words("told_inside_other_words"))  # "The other side said…"
    stops |= set(lex.words("negation_words")) | set(lex.words("negating_determiners"))
    stops |= set(lex.words("subject_pronouns")) | set(lex.words("told_inside_comparatives"))
    return stops


def fits_en(lex: Lexicon, told: re.Match[str], said: str) -> bool:
    """Whether an English telling ``told`` inside a quotation reports ``said``: its subject is
    someone (``_no_one``: not a thing that prints words, "the council's claims that…"),
    and a verb english24 did not read has "that", a mark, or a clause after it ("that" only
    after a verb of proposing, lexicon ``told_inside_that_forms``); mend57e: "says it all",
    "says a lot about" are idioms (lexicon ``told_inside_idioms``), no words told."""
    if not told.group("pronoun") and _no_one(lex, told.group("subject")):
        return False
    if f"{fold(said)} ".startswith(tuple(f"{idiom} " for idiom in lex.words("told_inside_idioms"))):
        return False
    verb = fold(told.group("verb"))
    if verb in lex.word_set("told_inside_forms"):
        return True
    if verb in lex.word_set("told_inside_that_forms"):
        return bool(told.group("that"))
    return bool(told.group("that") or told.group("mark")) or reads_as_clause(lex, said)


def _no_one(lex: Lexicon, subject: str) -> bool:
    """Whether the noun phrase ``subject`` is no one who tells: a thing that prints words, a
    possessive, or (mend57e) a phrase no speaker can be ("The problem tells us that…": the
    speaker checks would leave that finding with no speaker at all)."""
    possessive = subject.endswith(("'s", "’s"))
    return _a_thing(lex, subject) or possessive or not can_speak(subject, lex)


def _a_thing(lex: Lexicon, subject: str) -> bool:
    """Whether the last word of ``subject`` is a noun of ``told_inside_unspeaking_lists``."""
    head = fold(subject.split()[-1])
    lists = lex.words("told_inside_unspeaking_lists")
    return any(head in lex.word_set(name) for name in lists)
