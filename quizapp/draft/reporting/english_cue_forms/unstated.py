"""What keeps an English set phrase from reporting anything (mend34b): the words just before
it deny it ("did not have concerns about", "never raised fears over", "didn't want to see"),
its subject is nobody ("Nobody has raised concerns", "No one wants…"), it is the verb of a
subject relative, telling who the people are ("Residents who have concerns about…"), or a
modal puts it off ("The council will raise concerns at the meeting": not said yet). mend41b:
nor in a question or a condition ("Did the mayor hit out at…", "If the mayor hit out at…,
voters…"), after "expected to" ("are expected to hit out at": not said yet), nor an attack
("hit out at", "lashed out at") whose subject is no person or body ("The storm hit out at
sea"). One guard for every phrase of lexicon ``object_phrase_cues``
(``cue_forms/set_phrases``) and for the wishes (``wishes``)."""

from __future__ import annotations

from quizapp.draft.reporting.cue_forms.phrases import match_phrase
from quizapp.draft.speakers.speaker_checks.can_speak import speaking_noun
from quizapp.draft.words.lexicon import Lexicon, fold

_BEFORE = 2  # "did not have", "has never raised", "who has raised"


def english_negation(word: str, lex: Lexicon) -> bool:
    """A word that denies the verb: lexicon ``negation_words`` ("not", "never") or one the
    tokenizer keeps whole with its "n't" ("doesn't", "didn't", "won't")."""
    return word in lex.word_set("negation_words") or word.endswith(("n't", "n’t"))


def denied(words: list[str], index: int, lex: Lexicon) -> bool:
    """The words before the verb at ``index`` hold a negation or a subject that negates
    (lexicon ``negating_subjects``: "nobody", "no one"): nothing is said."""
    before = words[max(0, index - _BEFORE) : index]
    if any(english_negation(word, lex) for word in before):
        return True
    joined = f" {' '.join(words[max(0, index - _BEFORE - 1) : index])} "
    return any(f" {subject} " in joined for subject in lex.words("negating_subjects"))


def _relative_subject(words: list[str], index: int, lex: Lexicon) -> bool:
    """A subject relative that tells who someone is, right before the verb or its auxiliary
    ("residents who have concerns", "anyone who has raised fears"). A relative after a
    comma adds what a named person said ("John X, who spoke of…"), and a simple past tells
    what someone did ("the only member who called for a delay"): both report. "that"
    further back opens a clause ("said that residents have concerns")."""
    relatives = lex.word_set("subject_relatives")
    at = index - 1 - (index > 1 and words[index - 1] in lex.auxiliaries)
    if at < 0 or words[at] not in relatives or (at > 0 and words[at - 1] == ","):
        return False
    return at < index - 1 or not words[index].endswith("ed")


def unstated(words: list[str], index: int, lex: Lexicon) -> bool:
    """``denied``, in a subject relative that tells who someone is, or under a modal of the
    future or of a possibility just before (lexicon ``unsaid_modals``: "will raise
    concerns", "might have concerns"): said later, or maybe never; or its noun denied ("No
    concerns have been raised about…", lexicon ``negating_determiners``, mend55c)."""
    before = words[max(0, index - _BEFORE) : index]
    modal = any(word in lex.word_set("unsaid_modals") for word in before)
    put_off = before[-1:] == ["to"] and before[0] in lex.word_set("unsaid_infinitive_leads")
    unsaid = modal or put_off or denied(words, index, lex) or _relative_subject(words, index, lex)
    unsaid = unsaid or (bool(before) and before[-1] in lex.word_set("negating_determiners"))
    return unsaid or _asked_or_supposed(words, index, lex) or _no_attacker(words, index, lex)


def _asked_or_supposed(words: list[str], index: int, lex: Lexicon) -> bool:
    """The clause of the phrase, back to the last comma, opens on a question or a condition
    (lexicon ``unsaid_clause_openers``: "Did the mayor hit out at…", "If the mayor hit out
    at…, voters would notice"): asked or supposed, not said; the base form after "did" or
    "if" reads as the past "hit" (mend41b)."""
    marks = [at for at, word in enumerate(words[:index]) if word in {",", ";", ":"}]
    opening = words[marks[-1] + 1 if marks else 0 : index]
    return bool(opening) and opening[0] in lex.word_set("unsaid_clause_openers")


def _no_attacker(words: list[str], index: int, lex: Lexicon) -> bool:
    """An attack (lexicon ``object_phrase_attacks``: "hit out at", "lashed out at") reports
    only when a person or a body makes it: its subject's last word, past auxiliaries and
    adverbs, is a name inside the sentence, a pronoun or a noun of a person or a body
    (``speaking_noun``); "The storm hit out at sea", "The virus hit out at the elderly" are
    blows, not words (mend41b)."""
    if not match_phrase(words, index, lex.phrases("object_phrase_attacks")):
        return False
    at = index - 1
    while at >= 0 and (
        words[at] in lex.word_set("attack_subject_skipped") or words[at].endswith("ly")
    ):
        at -= 1
    if at < 0:
        return False  # no subject written: leave it to the readers after
    original = lex.cache.get("current_tokens") or words
    head = words[at]
    named = at > 0 and original[at][:1].isupper()
    return not (named or head in lex.word_set("attack_subject_words") or speaking_noun(head, lex))


def under_unmet_condition(lex: Lexicon, opening: str) -> bool:
    """The clause of a cue, the words before it back to the last comma (``opening``), opens
    on a condition not met yet (lexicon ``unmet_conditions``: "If the minister is accused…",
    "Should the council recommend…"). Only its first word: "Inspectors who asked whether the
    roof was safe recommended…" and "Officials who should know better…" state what they did
    (mend37a). One reading for passives/accused_en and english_cue_forms/mandative."""
    clause = fold(opening).split(",")[-1].split()
    return bool(clause) and clause[0] in lex.word_set("unmet_conditions")
