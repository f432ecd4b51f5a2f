"""english10's shapes of the English construction probe (run with probe_cases_en.py): a clause
then an inverted cue ("C, says S." / "C, say two officials."), a cue closing the sentence after
a spaced dash, with or without a dash aside ("C — with A — S V."), a second statement after a
quoted word whose comma stands inside the closing mark ("S V the list was “full,” adding C"),
a floating "all" or a manner adverb between the subject and its verb, "cautioned" with no
"that", a cue inserted after an opening adverbial ("As a result, S said, C.") or before a clause
of reason ("C, S said, because C2."), "last week" and a contracted pronoun before the clause
("S said last week C", "S said it’ll …"); counter-cases: "were told the news", "were reminded
that C", an order after a condition ("If C, tell the guards"), a dash before a noun phrase.
Made-up people and claims, no corpus text."""

from __future__ import annotations

from collections.abc import Iterator

from probe_cases_en import (
    CLAIM,
    OPENING_CLAIM,
    SUBJECTS,
    TENSES,
    VERBS,
    Case,
    Subject,
    _article,
    _capital,
)

INVERTING = ("past", "present")
ASIDE = "with a list of empty homes trading hands"
EXTRA_VERBS = {"caution": ("cautioned", "cautions", "cautioned", "cautioning", "caution")}
NOT_INVERTED = {"tell", "believe"}  # "tell" needs its hearer, "believe" does not invert


def _verbs() -> dict[str, tuple[str, ...]]:
    return VERBS | EXTRA_VERBS


def shapes(subject: Subject, lemma: str, verb: str, tense: str) -> dict[str, tuple[str, str]]:
    """english10's sentence shapes of one verb: name -> (sentence, the content of the key)."""
    s, cap, bare = subject.written, _capital(subject.written), subject.written.rstrip(",")
    heard = " reporters" if lemma == "tell" else ""
    made = {
        "S V “W,” adding C": (f"{cap} {verb}{heard} the list was “full,” adding {CLAIM}.", CLAIM),
        "S V “W,” adding that C": (
            f"{cap} {verb}{heard} the list was “full,” adding that {CLAIM}.",
            CLAIM,
        ),
    }
    made["S V last week C"] = (f"{cap} {verb}{heard} last week {CLAIM}.", CLAIM)
    contracted = "it’ll run out of social housing by the spring"
    made["S V it’ll C"] = (f"{cap} {verb}{heard} {contracted}.", contracted)
    if subject.kind != "pronoun":
        made["S separately V C"] = (f"{cap} separately {verb}{heard} {CLAIM}.", CLAIM)
    if subject.plural:
        made["S all V C"] = (f"{cap} all {verb}{heard} {CLAIM}.", CLAIM)
    if tense in INVERTING:
        made["C — S V."] = (f"{OPENING_CLAIM} — {s} {verb}{heard}.", OPENING_CLAIM)
        made["C — A — S V."] = (
            f"{OPENING_CLAIM} — {ASIDE} — {s} {verb}{heard}.",
            f"{OPENING_CLAIM} — {ASIDE}",
        )
        made["O, S V, C."] = (f"As a result, {s} {verb}{heard}, {CLAIM}.", CLAIM)
        reason = f"{OPENING_CLAIM}, {s} {verb}{heard}, because the rents keep rising"
        made["C, S V, because C2."] = (f"{reason}.", reason)
        if subject.kind != "pronoun" and lemma not in NOT_INVERTED:
            made["C, V S."] = (f"{OPENING_CLAIM}, {verb} {bare}.", OPENING_CLAIM)
    return made


def cases() -> Iterator[Case]:
    """Every (shape, subject kind, tense, verb) of english10's shapes, with the key."""
    for subject in SUBJECTS:
        for tense, conjugate in TENSES.items():
            for lemma, forms in _verbs().items():
                verb = conjugate(forms, subject.plural)
                for shape, (sentence, content) in shapes(subject, lemma, verb, tense).items():
                    text = _article(subject, sentence)
                    yield Case(shape, subject, tense, lemma, text, content)


COUNTER_SENTENCES = {
    "counter: S were told the news": "{cap} sold the pharmacy. The staff were told the news.",
    "counter: S were reminded that C": "The tenants were reminded that the rent is due.",
    "counter: If C, V the guards.": "If the alarm sounds, tell the guards at once.",
    "counter: If C, V a guard.": "If in doubt, say so to a guard.",
    "counter: S V O — a noun phrase": "{cap} sold the old pharmacy — a shop with a long past.",
}


def counter_cases() -> Iterator[Case]:
    """An order after a condition, a dash before a noun phrase, after each kind of subject."""
    for subject in SUBJECTS:
        cap = _capital(subject.written)
        for shape, sentence in COUNTER_SENTENCES.items():
            yield Case(shape, subject, None, None, _article(subject, sentence.format(cap=cap)), "")
