"""The made-up English sentences of construction_probe.py (`--language en`): reporting verbs in
six tenses, kinds of subject (names with and without a long apposition, titles, described and
anonymous officials, bodies, groups, a pronoun after a named sentence), the shapes of English news
writing (a quotation then "X said" or "said X", "X said that", "X said" with no "that",
"according to X", a quotation cut by its cue, "told Reuters", "in a statement", a relative clause
in the subject, "accused … of"; english9: a name with an apposition holding a relative, a
possessive or a capitalised office, "But S said", a narration ending on a partial quotation
before "S said", a clause and a list before a closing "S said"), and counter-cases that must
give nothing: a quoted title, the so-called "…" plan, "said to be" passives with no speaker, a
verb that is no speech. Made-up people and claims, no corpus text."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

# verb: past, present, participle, -ing form, base (the plural present and after "would")
VERBS = {
    "say": ("said", "says", "said", "saying", "say"),
    "tell": ("told", "tells", "told", "telling", "tell"),
    "add": ("added", "adds", "added", "adding", "add"),
    "warn": ("warned", "warns", "warned", "warning", "warn"),
    "argue": ("argued", "argues", "argued", "arguing", "argue"),
    "claim": ("claimed", "claims", "claimed", "claiming", "claim"),
    "insist": ("insisted", "insists", "insisted", "insisting", "insist"),
    "note": ("noted", "notes", "noted", "noting", "note"),
    "write": ("wrote", "writes", "written", "writing", "write"),
    "believe": ("believed", "believes", "believed", "believing", "believe"),
}
OBJECTS = {"tell": " reporters"}  # a verb that needs its hearer
NO_QUOTE = {"believe"}  # a state of mind reports a clause, not a quotation
NO_SPEECH = {
    "sell": ("sold", "sells", "sold", "selling", "sell"),
    "visit": ("visited", "visits", "visited", "visiting", "visit"),
    "repair": ("repaired", "repairs", "repaired", "repairing", "repair"),
}


def _be(plural: bool) -> str:
    return "were" if plural else "was"


TENSES: dict[str, Callable[[tuple[str, ...], bool], str]] = {
    "past": lambda v, plural: v[0],
    "present": lambda v, plural: v[4] if plural else v[1],
    "perfect": lambda v, plural: f"{'have' if plural else 'has'} {v[2]}",
    "pluperfect": lambda v, plural: f"had {v[2]}",
    "conditional": lambda v, plural: f"would {v[4]}",
    "progressive": lambda v, plural: f"{_be(plural)} {v[3]}",
}
INVERTING_TENSES = ("past", "present")  # "“…,” said X", "“…,” says X"


@dataclass(frozen=True)
class Subject:
    kind: str
    written: str  # as the sentence writes it
    speaker: str  # the fullest mention the key would give
    label: str
    before: str = ""  # a sentence that introduces the speaker first
    plural: bool = False


CHAIR = "Jane Roe, chair of the county's housing committee,"
SUBJECTS = [
    Subject("name", "Jane Roe", "Jane Roe", "named"),
    Subject("name+long apposition", CHAIR, "Jane Roe", "named"),
    Subject("title+name", "Councillor Jane Roe", "Jane Roe", "named"),
    Subject(
        "name+relative apposition",
        "Jane Roe, the councillor who drafted the housing plan,",
        "Jane Roe",
        "named",
    ),
    Subject("name+possessive apposition", "Jane Roe, Acme's head of housing,", "Jane Roe", "named"),
    Subject("name+capitalised office", "Jane Roe, Labour group leader,", "Jane Roe", "named"),
    Subject("described official", "a senior official", "a senior official", "anonymous"),
    Subject(
        "anonymous+marker",
        "an official who asked not to be named",
        "an official who asked not to be named",
        "anonymous",
    ),
    Subject(
        "familiar person",
        "a person familiar with the matter",
        "a person familiar with the matter",
        "anonymous",
    ),
    Subject("body", "the housing ministry", "the housing ministry", "named"),
    Subject("group", "critics", "critics", "vague", plural=True),
    Subject("residents", "residents", "residents", "vague", plural=True),
    Subject("group+complement", "critics of the plan", "critics of the plan", "vague", plural=True),
    Subject(
        "description of named",
        "the chair",
        "Jane Roe",
        "named",
        before=f"{CHAIR} opened the meeting.",
    ),
    Subject("pronoun", "she", "Jane Roe", "named", before="Jane Roe opened the meeting."),
]

CLAIM = "the county will run out of social housing by the spring"
OPENING_CLAIM = CLAIM[:1].upper() + CLAIM[1:]
QUOTE = "We have nothing left to offer the families on our list"
SECOND = "The waiting list has doubled in two years."
ACCUSED = "hiding the repair bills from tenants"
OBJECT = "the old pharmacy on the high street"


@dataclass(frozen=True)
class Case:
    """One made-up article: its shape and subject, the tense and verb (None for a shape with
    no verb), the text, the content the key would give ("" for a counter-case) and the outlet
    it was said to ("" when none)."""

    shape: str
    subject: Subject
    tense: str | None
    lemma: str | None
    text: str
    content: str
    via: str = ""


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def shapes(subject: Subject, lemma: str, verb: str, tense: str) -> dict[str, tuple[str, str]]:
    """Sentence shapes of one verb: name -> (sentence, the content the key would give)."""
    s, cap, bare = subject.written, _capital(subject.written), subject.written.rstrip(",")
    verb += OBJECTS.get(lemma, "")
    made = {
        "S V that C": (f"{cap} {verb} that {CLAIM}.", CLAIM),
        "S V C (no that)": (f"{cap} {verb} {CLAIM}.", CLAIM),
        "In a statement, S V that C": (f"In a statement, {s} {verb} that {CLAIM}.", CLAIM),
    }
    if subject.kind != "pronoun" and " who " not in s:  # one relative clause, not two
        made["S, who R, V that C"] = (
            f"{cap.rstrip(',')}, who has followed the case for years, {verb} that {CLAIM}.",
            CLAIM,
        )
    made |= setting_shapes(subject, verb)
    if tense in INVERTING_TENSES:  # a clause, then its cue closing the sentence
        listed = "The county will run out of homes, land and money by the spring"
        made["C, S V."] = (f"{OPENING_CLAIM}, {s} {verb}.", OPENING_CLAIM)
        made["C (a list), S V."] = (f"{listed}, {s} {verb}.", listed)
    if lemma in NO_QUOTE:
        return made
    made["“Q,” S V in a statement."] = (f"“{QUOTE},” {s} {verb} in a statement.", QUOTE)
    made["“Q,” S V."] = (f"“{QUOTE},” {s} {verb}.", QUOTE)
    lead = f"The county stopped the scheme because “{QUOTE[:1].lower()}{QUOTE[1:]}"
    made["N “Q,” S V."] = (f"{lead},” {s} {verb}.", lead)  # a partial quotation ends a clause
    made["“Q1,” S V. “Q2”"] = (f"“{QUOTE},” {s} {verb}. “{SECOND}”", SECOND[:-1])
    made["S V: “Q.”"] = (f"{cap} {verb}: “{QUOTE}.”", QUOTE)
    if subject.kind != "pronoun" and tense in INVERTING_TENSES and lemma not in OBJECTS:
        made["“Q,” V S."] = (f"“{QUOTE},” {verb} {bare}.", QUOTE)
    return made


def setting_shapes(subject: Subject, verb: str) -> dict[str, tuple[str, str]]:
    """Words around the verb that say when, where and to whom, an adverb, an opening
    participle, an aside, and a second claim added after the first."""
    s, cap = subject.written, _capital(subject.written)
    added = "adding that the council had known for months"
    made = {
        "S V on Monday that C": (f"{cap} {verb} on Monday that {CLAIM}.", CLAIM),
        "S V in an interview with X that C": (
            f"{cap} {verb} in an interview with the BBC that {CLAIM}.",
            CLAIM,
        ),
        "S also V that C": (f"{cap} {_also(verb)} that {CLAIM}.", CLAIM),
        "But S V that C": (f"But {s} {verb} that {CLAIM}.", CLAIM),
        "Asked about X, S V that C": (f"Asked about the plan, {s} {verb} that {CLAIM}.", CLAIM),
        "S V that C, adding that C2": (f"{cap} {verb} that {CLAIM}, {added}.", CLAIM),
    }
    if subject.kind != "pronoun":
        made["S, speaking to X, V that C"] = (
            f"{cap.rstrip(',')}, speaking to reporters, {verb} that {CLAIM}.",
            CLAIM,
        )
    return made


def _also(verb: str) -> str:
    """ "said" -> "also said", "has said" -> "has also said"."""
    first, _, rest = verb.partition(" ")
    auxiliary = first in {"has", "have", "had", "would", "was", "were"}
    return f"{first} also {rest}" if auxiliary and rest else f"also {verb}"


def verbless_shapes(subject: Subject) -> dict[str, tuple[str, str]]:
    """ "According to S, C" and "C, according to S": no verb, one sentence per subject."""
    s = "her" if subject.kind == "pronoun" else subject.written.rstrip(",")
    after = "," if not subject.written.endswith(",") else subject.written[len(s) :]
    return {
        "According to S, C": (f"According to {s}{after} {CLAIM}.", CLAIM),
        "C, according to S": (f"{OPENING_CLAIM}, according to {s}.", OPENING_CLAIM),
    }


def relay_and_accusation(subject: Subject, tense: str) -> Iterator[tuple[str, str, str, str]]:
    """ "S told Reuters that C" (said to an outlet) and "S accused O of G": (shape, lemma,
    sentence, content), in one tense."""
    cap = _capital(subject.written)
    told = TENSES[tense](VERBS["tell"], subject.plural)
    yield "S V Reuters that C", "tell", f"{cap} {told} Reuters that {CLAIM}.", CLAIM
    yield "“Q,” S V the BBC.", "tell", f"“{QUOTE},” {subject.written} {told} the BBC.", QUOTE
    accused = TENSES[tense](("accused", "accuses", "accused", "accusing", "accuse"), subject.plural)
    yield "S V O of G", "accuse", f"{cap} {accused} the landlord of {ACCUSED}.", ACCUSED


def _relay(sentence: str) -> str:
    """The outlet a sentence says it was said to ("told Reuters", "in an interview with the
    BBC", "told the BBC"), "" when none."""
    return next((outlet for outlet in ("Reuters", "BBC") if outlet in sentence), "")


def _article(subject: Subject, sentence: str) -> str:
    body = " ".join(part for part in (subject.before, sentence) if part)
    return "Housing\n\n" + body + "\n"


def cases() -> Iterator[Case]:
    """Every (shape, subject kind, tense, verb) with its article text and the key."""
    for subject in SUBJECTS:
        for tense, conjugate in TENSES.items():
            for lemma, forms in VERBS.items():
                verb = conjugate(forms, subject.plural)
                for shape, (sentence, content) in shapes(subject, lemma, verb, tense).items():
                    text = _article(subject, sentence)
                    yield Case(shape, subject, tense, lemma, text, content, _relay(sentence))
            for shape, lemma, sentence, content in relay_and_accusation(subject, tense):
                text = _article(subject, sentence)
                yield Case(shape, subject, tense, lemma, text, content, _relay(sentence))
        for shape, (sentence, content) in verbless_shapes(subject).items():
            yield Case(shape, subject, None, None, _article(subject, sentence), content)


COUNTER_SENTENCES = {
    "counter: quoted title": "{cap} has read “The Houses We Lost to the Sea”, a novel.",
    "counter: so-called “…” plan": "{cap} backed the so-called “homes for all” plan on Monday.",
    "counter: is said to be": "The scheme is said to be the largest in the county.",
    "counter: is said to have": "The landlord is said to have sold the flats last year.",
    "counter: said to cost": "The plan, said to cost two million pounds, was dropped.",
    "counter: did not say whether": "{cap} did not say whether the county will run out of homes.",
}


def counter_cases() -> Iterator[Case]:
    """Every counter-case: titles and labels in quotation marks, "said to" passives with no
    speaker, verbs of no speech after each kind of subject and with a relative clause."""
    for subject in SUBJECTS:
        cap = _capital(subject.written)
        for shape, sentence in COUNTER_SENTENCES.items():
            text = _article(subject, sentence.format(cap=cap))
            yield Case(shape, subject, None, None, text, "")
        for lemma, forms in NO_SPEECH.items():
            for tense, conjugate in TENSES.items():
                verb = conjugate(forms, subject.plural)
                for shape, sentence in (
                    ("counter: S V(no speech) O", f"{cap} {verb} {OBJECT}."),
                    (
                        "counter: S, who R, V(no speech) O",
                        f"{cap.rstrip(',')}, who has lived here for years, {verb} {OBJECT}.",
                    ),
                ):
                    yield Case(shape, subject, tense, lemma, _article(subject, sentence), "")
