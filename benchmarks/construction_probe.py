"""Grammar coverage of the French drafter, measured on generated sentences rather than articles.

Six rounds showed that rules read off articles lift those articles and barely move new ones. A
journalist's grammar is combinatorial: any reporting verb, in any tense and number, with any
kind of subject, in any of a dozen sentence shapes. This probe writes every combination of a few
of each (made-up people and claims, no corpus text: benchmarks/probe_cases.py), runs the
analysis, and counts per shape, subject kind, tense and verb how often the drafter finds the
statement (30 % of it covered), gives the right speaker (the corpus's speaker test) and the
right label. A shape or a subject kind far below the others is a hole in the grammar, not in
one article. Counter-cases (a negated verb, a verb that is no speech) must give nothing: their
false-positive rate is printed per shape.

`--language en` runs the English twin (benchmarks/probe_cases_en.py: its own verbs, tenses,
subjects, shapes and counter-cases; a case said to an outlet must also give that outlet as the
relay for its speaker to count as right).

The probe11 shapes (benchmarks/probe_shapes11.py: complements before « que », asides before an
inverted cue, « selon » with a description or a relative, impersonal reading cues, nested
statements, parties named by common words) run with the French ones; ``--only probe_shapes11``
runs them alone. The recall9c shapes (benchmarks/probe_shapes9c.py: « appeler à » with an
infinitive or a noun of conduct, « parler de » a judgement, « s'estimer » an adjective, « jugé
inacceptable par S », a backing between verb and object, « promettant une enquête », two closing
« selon ») run with them too, and so do the probe10 shapes (benchmarks/probe_shapes10.py:
seventeen constructions the seventh to ninth rounds' unseen batches missed — reflexive cues,
« se dire » + adjective, « n'a pas caché que », « faire valoir que », « martèle : », the
narrative infinitive, « comme le rappelle S », « aux yeux de S », « S l'assure : », « du côté
de S, on estime », a narration then a colon and a quotation… — over tenses, subject kinds and
a relay). A statement is judged by the finding that covers it most, so a
statement reported inside it (« S a dit que le syndicat exigeait que C ») cannot stand in for it.

`python benchmarks/construction_probe.py [--language fr|en] [--failures SHAPE|KIND|TENSE|VERB]
[--only MODULE]`
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from draft_eval import coverage, same_speaker
from probe_cases import Case

from quizapp.draft import analyze

LANGUAGE = "fr"
PROBES = {
    "fr": ("probe_cases", "probe_shapes11", "probe_shapes9c", "probe_shapes10"),
    "en": ("probe_cases_en", "probe_shapes_en10"),
}
ONLY: str | None = None  # one module of PROBES[LANGUAGE] (--only)


def _analyze(text: str):
    return analyze(text, LANGUAGE, headline=text.split("\n")[0])


def judge(case: Case) -> tuple[bool, bool, bool, str]:
    """Found, right speaker, right label for the one statement of ``case`` (by the finding
    that covers most of it), and who it gave."""
    text, content, subject = case.text, case.content, case.subject
    start = text.index(content)
    key = (start, start + len(content))
    findings = _analyze(text).attributions
    found = max(findings, key=lambda f: coverage(f.content, key), default=None)
    if found is None or coverage(found.content, key) < 0.3:
        return False, False, False, ""
    right = same_speaker(found.speaker, subject.speaker)
    expected = getattr(case, "via", None)  # the French cases name no relay
    right = right and expected in (None, found.via or "")
    given = f"{found.speaker} ({found.label}{', via ' + found.via if found.via else ''})"
    return True, right, found.label == subject.label, given


def _modules() -> list:
    return [importlib.import_module(m) for m in PROBES[LANGUAGE] if ONLY in (None, m)]


def false_positive(case: Case) -> str:
    """What the drafter wrongly found in a counter-case's last sentence ("" when nothing)."""
    start = case.text.rindex(case.text.split("\n")[2].split(". ")[-1])
    found = [a for a in _analyze(case.text).attributions]
    wrong = [a for a in found if a.content[0] >= start]
    return ", ".join(f"{case.text[slice(*a.content)]} <- {a.speaker}" for a in wrong)


def _groups(case: Case) -> list[str]:
    groups = [f"shape {case.shape}", f"subject {case.subject.kind}"]
    if case.tense is not None:  # « selon S, C » has no verb
        groups += [f"tense {case.tense}", f"verb {case.lemma}"]
    return groups


def _wanted(case: Case, failures: str | None) -> bool:
    return failures is not None and failures in (
        case.shape,
        case.subject.kind,
        case.tense,
        case.lemma,
    )


def _sentence(case: Case) -> str:
    return case.text.split("\n")[2]


_ORDER = ["shape", "subject", "tense", "verb"]


def coverage_report(failures: str | None) -> None:
    totals: dict[str, Counter] = {}
    for case in (case for module in _modules() for case in module.cases()):
        found, speaker, label, given = judge(case)
        for group in _groups(case):
            totals.setdefault(group, Counter()).update(
                n=1, found=found, speaker=speaker, label=label
            )
        if _wanted(case, failures) and not (found and speaker):
            print(f"  {'MISS' if not found else 'SPEAKER ' + given}: {_sentence(case)}")
    for group, c in sorted(totals.items(), key=lambda item: _ORDER.index(item[0].split()[0])):
        n = c["n"]
        print(
            f"{group:34} n={n:4} found {c['found'] / n:.2f} "
            f"speaker {c['speaker'] / n:.2f} label {c['label'] / n:.2f}"
        )


def counter_report(failures: str | None) -> None:
    totals: dict[str, Counter] = {}
    for case in (case for module in _modules() for case in module.counter_cases()):
        wrong = false_positive(case)
        for group in (case.shape, "counter: all"):
            totals.setdefault(group, Counter()).update(n=1, wrong=bool(wrong))
        if wrong and _wanted(case, failures):
            print(f"  FALSE POSITIVE {wrong}: {_sentence(case)}")
    for group, c in totals.items():
        print(f"{group:42} n={c['n']:4} false positives {c['wrong'] / c['n']:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--failures", help="print the failing sentences of this shape or kind")
    parser.add_argument("--language", choices=sorted(PROBES), default="fr")
    parser.add_argument("--only", help="run one module of the language's cases")
    args = parser.parse_args()
    global LANGUAGE, ONLY
    LANGUAGE, ONLY = args.language, args.only
    coverage_report(args.failures)
    counter_report(args.failures)


if __name__ == "__main__":
    main()
