"""Lexical coverage of the drafter: which reporting verbs and locutions it does not know.

construction_probe.py measures the grammar with a dozen well-known verbs; on unseen articles the
drafter rather misses a statement whose verb it has never met (« « … », illustre Sylvie X,
présidente de… »). This probe takes a reference list of the verbs news writers use to report
speech, writing, opinion, belief, accusation, denial, demand and feelings, written apart from
the drafter's lexicon (benchmarks/verb_reference/, see its README), conjugates each with its own
small conjugator (benchmarks/verb_conjugation.py, never the lexicon) and writes made-up
sentences in the main constructions:

French: « « Q », V S, A. » and « « Q », V-t-il. » in the present, passé composé, imperfect and
pluperfect; « S, A, a V : « Q ». »; and for a verb that takes a clause « S, A, a V que C. » and
« Il V que C. ». English: '“Q,” S V.', '“Q,” V S, A.' (past and present), '“Q,” he V.'; for a
verb that takes a clause 'S, A, V that C.', 'He Vs that C.', 'S has V that C.'.

Each sentence is judged as construction_probe judges its cases (the finding that covers most of
the statement, 30 % of it at least; the speaker by the corpus's test). It prints, per
construction, how often the statement is found and its speaker right, the verbs not found, and
the coverage: the share of all sentences found, and of verbs found in every construction.

`python benchmarks/verb_coverage.py [--language fr|en] [--verb LEMMA] [--quiet]`
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import construction_probe
from verb_conjugation import EnglishVerb, FrenchVerb, english, french

REFERENCE = Path(__file__).resolve().parent / "verb_reference"


@dataclass(frozen=True)
class Speaker:
    speaker: str
    label: str = "named"


@dataclass(frozen=True)
class Sentence:
    """One made-up article (the shape construction_probe.judge reads)."""

    construction: str
    lemma: str
    text: str
    content: str
    subject: Speaker


FR_NAME, FR_ROLE = "Marc Dupin", "président de l'association Lunel Solidaire"
FR_BEFORE = f"{FR_NAME}, {FR_ROLE}, a reçu des familles mardi."
FR_QUOTE = "Nous n'avons plus rien à donner aux familles"
FR_CLAIM = "les rayons des antibiotiques resteront vides jusqu'au printemps"
EN_NAME, EN_ROLE = "Mark Dunn", "president of the Lunel Tenants Association"
EN_BEFORE = f"{EN_NAME}, {EN_ROLE}, opened the meeting on Tuesday."
EN_QUOTE = "We have nothing left to offer the families on our list"
EN_CLAIM = "the county will run out of social housing by the spring"


def _article(sentence: str, before: str = "") -> str:
    return "Titre\n\n" + " ".join(part for part in (before, sentence) if part) + "\n"


def french_sentences(verb: FrenchVerb) -> Iterator[tuple[str, str, str, str]]:
    """(construction, sentence, content, sentence before) for one French verb."""
    tenses = {
        "present": lambda inv: verb.finite(verb.present, inv),
        "passé composé": lambda inv: verb.compound(False, inv),
        "imperfect": lambda inv: verb.finite(verb.imperfect, inv),
        "pluperfect": lambda inv: verb.compound(True, inv),
    }
    for tense, form in tenses.items():
        named = f"« {FR_QUOTE} », {form(False)} {FR_NAME}, {FR_ROLE}."
        yield f"« Q », V S ({tense})", named, FR_QUOTE, ""
        yield f"« Q », V-t-il ({tense})", f"« {FR_QUOTE} », {form(True)}.", FR_QUOTE, FR_BEFORE
    past = verb.compound(False, False)
    yield "S a V : « Q »", f"{FR_NAME}, {FR_ROLE}, {past} : « {FR_QUOTE}. »", FR_QUOTE, ""
    if verb.clause:
        yield "S a V que C", f"{FR_NAME}, {FR_ROLE}, {past} que {FR_CLAIM}.", FR_CLAIM, ""
        present = verb.finite(verb.present, False)
        yield "Il V que C", f"Il {present} que {FR_CLAIM}.", FR_CLAIM, FR_BEFORE


def english_sentences(verb: EnglishVerb) -> Iterator[tuple[str, str, str, str]]:
    """(construction, sentence, content, sentence before) for one English verb."""
    for tense, form in (("past", verb.past), ("present", verb.present)):
        yield f"“Q,” S V ({tense})", f"“{EN_QUOTE},” {EN_NAME} {form}.", EN_QUOTE, ""
        yield f"“Q,” V S ({tense})", f"“{EN_QUOTE},” {form} {EN_NAME}, {EN_ROLE}.", EN_QUOTE, ""
    yield "“Q,” he V (past)", f"“{EN_QUOTE},” he {verb.past}.", EN_QUOTE, EN_BEFORE
    if verb.clause:
        yield "S V that C", f"{EN_NAME}, {EN_ROLE}, {verb.past} that {EN_CLAIM}.", EN_CLAIM, ""
        yield "He Vs that C", f"He {verb.present} that {EN_CLAIM}.", EN_CLAIM, EN_BEFORE
        perfect = f"{EN_NAME} has {verb.participle} that {EN_CLAIM}."
        yield "S has V that C", perfect, EN_CLAIM, ""


def reference(language: str) -> list[str]:
    """The reference list's entries (comments and blank lines left out)."""
    lines = (REFERENCE / f"{language}.txt").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def sentences(language: str) -> Iterator[Sentence]:
    """Every made-up sentence of every reference verb of ``language``."""
    speaker = Speaker(FR_NAME if language == "fr" else EN_NAME)
    for line in reference(language):
        verb = french(line) if language == "fr" else english(line)
        made = french_sentences(verb) if language == "fr" else english_sentences(verb)
        for construction, sentence, content, before in made:
            yield Sentence(construction, verb.entry, _article(sentence, before), content, speaker)


def measure(language: str, verb: str | None, quiet: bool) -> None:
    construction_probe.LANGUAGE = language
    totals: dict[str, Counter] = {}
    missed: dict[str, list[str]] = {}
    for case in sentences(language):
        if verb is not None and case.lemma != verb:
            continue
        found, speaker, _, given = construction_probe.judge(case)  # type: ignore[arg-type]
        totals.setdefault(case.construction, Counter()).update(n=1, found=found, speaker=speaker)
        if not found:
            missed.setdefault(case.construction, []).append(case.lemma)
        if verb is not None:
            mark = "ok " if found and speaker else "MISS" if not found else f"SPEAKER {given}"
            print(f"  {mark}: {case.text.split(chr(10))[2]}")
    _report(totals, missed, quiet)


def _report(totals: dict[str, Counter], missed: dict[str, list[str]], quiet: bool) -> None:
    """Per construction, then the coverage; the missed verbs unless ``quiet``."""
    for construction, c in totals.items():
        n = c["n"]
        rates = f"found {c['found'] / n:.2f} speaker {c['speaker'] / n:.2f}"
        print(f"{construction:34} n={n:4} {rates}")
        if not quiet and missed.get(construction):
            print(f"    not found: {', '.join(missed[construction])}")
    cases = sum(c["n"] for c in totals.values())
    found = sum(c["found"] for c in totals.values())
    lemmas = {lemma for names in missed.values() for lemma in names}
    print(f"coverage: {found} of {cases} sentences found ({found / max(1, cases):.3f})")
    print(f"entries missed in at least one construction: {len(lemmas)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", choices=("fr", "en"), default="fr")
    parser.add_argument("--verb", help="print every sentence of this reference entry")
    parser.add_argument("--quiet", action="store_true", help="figures only, no verb lists")
    args = parser.parse_args()
    measure(args.language, args.verb, args.quiet)


if __name__ == "__main__":
    main()
