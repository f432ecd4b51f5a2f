"""Whether an English verb of stance has its clause after it: "that" right after it or
after a short time phrase ("ruled in March that"), and no "that" that only determines a noun
("learned that lesson the hard way"). Split out of cue_forms/reporting_verb (review21), whose
set-phrase stage asks it."""

from __future__ import annotations

from quizapp.draft.words.lexicon import Lexicon, clause_subjects


def that_follows(words: list[str], at: int, lex: Lexicon) -> bool:
    """ "that" right after, or after a short time phrase ("ruled in March that", "realised on
    Tuesday that"): a time says when, it does not end the cue's reach. A "that" before one
    noun and then a determiner or the end ("learned that lesson the hard way") is no clause."""
    if words[at : at + 1] == ["that"]:
        return not _that_determines(words, at + 1, lex)
    first = words[at : at + 1]  # tested set by set, never a union copied per cue
    leads = lex.word_set("time_leads")
    if not first or (first[0] not in leads and first[0] not in lex.word_set("times_alone")):
        return False
    between = words[at : at + 4]
    if "that" not in between:
        return False
    between = between[: between.index("that")]
    times = (
        leads,
        lex.word_set("date_words"),
        lex.word_set("times_alone"),
        lex.word_set("time_nouns"),
    )
    return all(any(w in words_of for words_of in times) or w.isdigit() for w in between)


def _that_determines(words: list[str], at: int, lex: Lexicon) -> bool:
    """ "that lesson the hard way", "that way.": one word after "that", then a determiner or
    the sentence's end; a clause puts its verb after its subject."""
    after = words[at : at + 2]
    if len(after) < 2 or after[0] in clause_subjects(lex):
        return len(after) == 1 and after[0].isalpha()
    return after[1] in lex.word_set("determiners") or after[1] in {".", ";", "!", "?"}


def it_passive_that(words: list[str], index: int, lex: Lexicon) -> int:
    """ "It was suspected that 40 passengers were left…", "It has been announced that…": "it",
    a form of "be", maybe an adverb, the participle of a reporting verb, then a clause with
    "that": an impersonal voice like the lexicon's "it is understood", whatever the verb
    (english24). Its length up to the participle, else 0."""
    at = index + 1
    at += tuple(words[at : at + 2]) in lex.phrases("perfect_being_forms")  # "has been"
    if at >= len(words) or words[at] not in lex.word_set("passive_being_forms"):
        return 0
    at += 1
    endings = tuple(lex.words("adverb_endings"))
    if at < len(words) and (
        words[at].endswith(endings) or words[at] in lex.word_set("adverbs_between")
    ):
        at += 1  # "it was widely suspected"
    if at >= len(words) or words[at] not in lex.participles:
        return 0
    return at + 1 - index if that_follows(words, at + 1, lex) else 0
