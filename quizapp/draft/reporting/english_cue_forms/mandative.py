"""English verbs of demanding and proposing with a clause in the subjunctive and no "that"
(english36): "recommended the wall be rebuilt", "demanded a vote be held", "has demanded the
council pay for the repairs", "is suggesting the Government reinstate a freeze". What such a
verb asks for is said, as an "urged X to act" is (the keys read it so). Grammar, not words:
the clause is a noun phrase and then "be" or a modal ("should", "must"), or a noun phrase
naming a person or a body and then a bare verb that has an object of its own. A plain noun
object ("recommended a review", "proposed plans to…") is no clause and reports nothing here:
the keys hold such objects about as often as they leave them."""

from __future__ import annotations

import re

from quizapp.draft.reporting.english_cue_forms.english_forms import clause_head
from quizapp.draft.reporting.english_cue_forms.unstated import under_unmet_condition
from quizapp.draft.reporting.english_cue_forms.wishes import person_or_body
from quizapp.draft.speakers.speaker_checks.can_speak import speaking_noun
from quizapp.draft.words.lexicon import Lexicon, clause_subjects, relative_words

_LONGEST_SUBJECT = 7


def mandative_verb(cue_words: list[str], verb: str, lex: Lexicon) -> bool:
    """A form of a verb of demanding or proposing (lexicon ``mandative_verbs``, conjugated
    into ``mandative_forms``); its -ing form only after an auxiliary ("is urging the council
    …"), not after a noun ("a letter urging the council reverse…", mend36a)."""
    if lex.language != "en":
        return False
    progressive = len(cue_words) > 1 and verb in lex.word_set("mandative_progressive")
    return verb in lex.word_set("mandative_forms") or progressive


def reads_as_mandate(lex: Lexicon, passage: str) -> bool:
    """Whether the words after a verb of demanding open a clause it reports: a subject and
    a subjunctive ("a referendum be held", "the town hire a contractor"), or a subject and a
    finite verb ("there should be…", "he set up…") with no clause word or "to" before it
    ("a review because the school must…", "plans to reopen…": noun objects, mend36a)."""
    written = clause_head(lex, passage)[: _LONGEST_SUBJECT + 3]
    words = [w.lower() for w in written]
    return bool(words) and (_subjunctive(written, words, lex) or _finite(words, lex))


def stated(lex: Lexicon, opening: str, said: str) -> bool:
    """Whether the sentence states the demand (english37): not under a condition not met yet
    opening the clause of the cue ("If the council recommended the hall be sold, …",
    ``unstated.under_unmet_condition``), nor asked ("Recommended the hall be sold?": the
    sentence closes on a question mark). A question quoted inside it is a title or someone's
    words ('renamed "Why Not?"', mend37a): the mark is looked for outside quotation marks."""
    if under_unmet_condition(lex, opening):
        return False
    return "?" not in _QUOTED.sub("", said).rstrip()[-2:]


# a quoted passage, whichever marks it is written with
_QUOTED = re.compile(r"“[^”]*”?|«[^»]*»?|\"[^\"]*\"?")


def _finite(words: list[str], lex: Lexicon) -> bool:
    """A pronoun or "there" and a verb ("he set up…"), or a noun phrase and a finite verb
    that no subject follows ("should the council agree" is a condition); a second determiner
    opens a relative with no "that" ("a Bristol site the council had rejected", mend36a)."""
    if len(words) > 1 and words[0] in clause_subjects(lex):
        return words[1] != "to" and words[1].isalpha()
    finite = lex.word_set("clause_finite_words")
    for at in range(1, len(words)):
        if words[at] in _subject_stops(lex) or words[at] in lex.word_set("determiners"):
            return False
        if words[at] in finite:
            return not _subject_follows(words[at + 1 : at + 2], lex)
    return False


def _subject_stops(lex: Lexicon) -> frozenset[str]:
    """Words that end a subject: a clause word, a relative word, "to", "and", "as"."""
    return relative_words(lex) | lex.word_sets("clause_words", "subject_stops")


def _subjunctive(written: list[str], words: list[str], lex: Lexicon) -> bool:
    """A noun phrase of one to seven words, then "be" or a modal (lower case: "the album Let
    It Be" is a title) that no subject follows ("should the council agree" is a condition),
    or, after a person or a body, a bare verb with its own object after it. The phrase stops
    at a clause word or a preposition ("a review because the school must…", mend36a)."""
    finite, stops = lex.word_set("clause_finite_words"), _subject_stops(lex)
    for at in range(1, min(len(words), _LONGEST_SUBJECT + 1)):
        subject, word = words[:at], words[at].lstrip("".join(lex.words("opening_quote_marks")))
        if any(w in finite or w in stops for w in subject):
            return False
        after = words[at + 1] if at + 1 < len(words) else ""
        if word in lex.word_set("subjunctive_heads") and written[at].islower():
            return not _subject_follows([after], lex)
        if _bare_verb(word, after, lex) and _person_or_body(written[:at], lex):
            return True
    return False


def _subject_follows(after: list[str], lex: Lexicon) -> bool:
    """A determiner or a subject pronoun after the modal: "should the council agree"."""
    return bool(after) and after[0] in lex.word_sets("determiners", "subject_pronouns")


def _bare_verb(word: str, after: str, lex: Lexicon) -> bool:
    """A lower-case word with no ending of a tense or a plural, before the start of an
    object ("hire a contractor", "reinstate the freeze", "“pull out…"); not "for", which
    a noun takes as often ("a new plan for the town")."""
    if not word.isalpha() or word.endswith(tuple(lex.words("bare_verb_barred_endings"))):
        return False
    if word in lex.word_set("function_words") or word in lex.word_set("determiners"):
        return False
    openers = lex.word_sets("determiners", "bare_verb_object_openers", "phrasal_particles")
    return after in openers or after.startswith(tuple(lex.words("opening_quote_marks")))


def _person_or_body(subject: list[str], lex: Lexicon) -> bool:
    """The noun phrase names a person or a body (``wishes.person_or_body``) or is a pronoun
    of a person ("demanded he set up…"); after "a"/"an" only a speaking noun, never a name
    ("proposed a Bristol site the council…" is a noun object, mend36a)."""
    last = subject[-1].lower()
    if last in lex.word_set("same_voice_pronouns"):
        return True
    if subject[0].lower() in lex.word_set("indefinite_articles"):
        return speaking_noun(last, lex)
    return person_or_body(subject, lex)
