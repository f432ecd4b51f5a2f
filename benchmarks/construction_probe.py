"""Grammar coverage of the French drafter, measured on generated sentences rather than articles.

Six rounds showed that rules read off articles lift those articles and barely move new ones. A
journalist's grammar is combinatorial: any reporting verb, in any tense, with any kind of subject,
in any of a dozen sentence shapes. This probe writes every combination of a few of each (made-up
people and claims, no corpus text), runs the analysis, and counts per shape and per subject kind
how often the drafter finds the statement (30 % of it covered), gives the right speaker (the
corpus's speaker test) and the right label. A shape or a subject kind far below the others is a
hole in the grammar, not in one article.

`python benchmarks/construction_probe.py [--failures SHAPE]`
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from draft_eval import coverage, same_speaker

from quizapp.draft import analyze

# verb: present, participle, imperfect, inverted present (after a quotation)
VERBS = {
    "affirmer": ("affirme", "affirmé", "affirmait"),
    "déclarer": ("déclare", "déclaré", "déclarait"),
    "estimer": ("estime", "estimé", "estimait"),
    "expliquer": ("explique", "expliqué", "expliquait"),
    "assurer": ("assure", "assuré", "assurait"),
    "indiquer": ("indique", "indiqué", "indiquait"),
    "souligner": ("souligne", "souligné", "soulignait"),
    "préciser": ("précise", "précisé", "précisait"),
    "rappeler": ("rappelle", "rappelé", "rappelait"),
    "reconnaître": ("reconnaît", "reconnu", "reconnaissait"),
    "admettre": ("admet", "admis", "admettait"),
    "dire": ("dit", "dit", "disait"),
    "soutenir": ("soutient", "soutenu", "soutenait"),
    "prévenir": ("prévient", "prévenu", "prévenait"),
    "confier": ("confie", "confié", "confiait"),
    "juger": ("juge", "jugé", "jugeait"),
    "regretter": ("regrette", "regretté", "regrettait"),
    "répondre": ("répond", "répondu", "répondait"),
}

TENSES = {
    "present": lambda v: v[0],
    "past": lambda v: "a " + v[1],
    "past+adverb": lambda v: "a d'ailleurs " + v[1],
    "past+phrase": lambda v: "a plusieurs fois " + v[1],
    "pluperfect": lambda v: "avait " + v[1],
    "imperfect": lambda v: v[2],
}


@dataclass(frozen=True)
class Subject:
    kind: str
    written: str  # as the sentence writes it
    speaker: str  # the fullest mention the key would give
    label: str
    before: str = ""  # a sentence that introduces the speaker first


SUBJECTS = [
    Subject("name", "Hélène Vasseur", "Hélène Vasseur", "named"),
    Subject("name+apposition", "Hélène Vasseur, pharmacienne à Lunel,", "Hélène Vasseur", "named"),
    Subject(
        "name+long apposition",
        "Hélène Vasseur, présidente du syndicat des pharmaciens de l'Hérault,",
        "Hélène Vasseur",
        "named",
    ),
    Subject("office+name", "la maire de Lunel, Hélène Vasseur,", "Hélène Vasseur", "named"),
    Subject("body", "la fédération des pharmaciens", "la fédération des pharmaciens", "named"),
    Subject("anonymous", "une pharmacienne de Lunel", "une pharmacienne de Lunel", "anonymous"),
    Subject(
        "description of named",
        "la pharmacienne",
        "Hélène Vasseur",
        "named",
        before="Hélène Vasseur, pharmacienne à Lunel, a reçu des clients.",
    ),
    Subject(
        "pronoun", "elle", "Hélène Vasseur", "named", before="Hélène Vasseur a reçu des clients."
    ),
    Subject("group", "l'opposition municipale", "l'opposition municipale", "vague"),
    Subject(
        "anonymous+marker",
        "une pharmacienne qui a requis l'anonymat",
        "une pharmacienne qui a requis l'anonymat",
        "anonymous",
    ),
]

CLAIM = "les rayons des antibiotiques resteront vides jusqu'au printemps"
QUOTE = "Nous n'avons plus rien à donner aux familles"


OPENERS = {
    "Auprès de X, S V que C": "Auprès de Radio Lunel, ",
    "Interrogée, S V que C": "Interrogée mardi, ",
    "Dans un communiqué, S V que C": "Dans un communiqué publié lundi, ",
    "Sur X, S V que C": "Sur France Inter, ",
    "Lors de X, S V que C": "Lors d'une conférence de presse, ",
    "Mardi, S V que C": "Mardi soir, ",
    "De son côté, S V que C": "De son côté, ",
}


def shapes(subject: Subject, verb: str) -> dict[str, tuple[str, str]]:
    """Sentence shapes: name -> (sentence, the content the key would give)."""
    s, cap = subject.written, subject.written[:1].upper() + subject.written[1:]
    inverted = s.rstrip(",")
    opening_claim = CLAIM[:1].upper() + CLAIM[1:]
    made = {
        "S V que C": (f"{cap} {verb} que {CLAIM}.", CLAIM),
        "S V : « Q »": (f"{cap} {verb} : « {QUOTE}. »", QUOTE),
        "« Q », V S": (f"« {QUOTE} », {verb} {inverted}.", QUOTE),
        "C, V S": (f"{opening_claim}, {verb} {inverted}.", opening_claim),
        "« Q », V quant à elle S": (f"« {QUOTE} », {verb} quant à elle {inverted}.", QUOTE),
        "S V également que C": (f"{cap} {verb} également que {CLAIM}.", CLAIM),
        "S, qui R, V que C": (
            f"{cap.rstrip(',')}, qui suit le dossier, {verb} que {CLAIM}.",
            CLAIM,
        ),
    }
    for shape, opener in OPENERS.items():
        made[shape] = (f"{opener}{s} {verb} que {CLAIM}.", CLAIM)
    return made


def cases():
    """Every (shape, subject kind, tense, verb) with its article text and the key."""
    for subject in SUBJECTS:
        for lemma, forms in VERBS.items():
            for tense, conjugate in TENSES.items():
                for shape, (sentence, content) in shapes(subject, conjugate(forms)).items():
                    if subject.kind == "pronoun" and ", V" in shape:
                        continue  # « … », affirme elle is not French (-t-elle: another shape)
                    body = " ".join(part for part in (subject.before, sentence) if part)
                    yield shape, subject, tense, lemma, "Titre\n\n" + body + "\n", content


def judge(text: str, content: str, subject: Subject) -> tuple[bool, bool, bool, str]:
    """Found, right speaker, right label for the one statement of ``text``, and who it gave."""
    start = text.index(content)
    key = (start, start + len(content))
    for found in analyze(text, "fr", headline="Titre").attributions:
        if coverage(found.content, key) >= 0.3:
            right = same_speaker(found.speaker, subject.speaker)
            return True, right, found.label == subject.label, f"{found.speaker} ({found.label})"
    return False, False, False, ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--failures", help="print the failing sentences of this shape or kind")
    args = parser.parse_args()
    totals: dict[str, Counter] = {}
    for shape, subject, tense, lemma, text, content in cases():
        found, speaker, label, given = judge(text, content, subject)
        for group in (
            f"shape {shape}",
            f"subject {subject.kind}",
            f"tense {tense}",
            f"verb {lemma}",
        ):
            totals.setdefault(group, Counter()).update(
                n=1, found=found, speaker=speaker, label=label
            )
        if args.failures in (shape, subject.kind, tense, lemma) and not (found and speaker):
            print(f"  {'MISS' if not found else 'SPEAKER ' + given}: {text.split(chr(10))[2]}")
    for group, c in totals.items():
        n = c["n"]
        print(
            f"{group:34} n={n:4} found {c['found'] / n:.2f} "
            f"speaker {c['speaker'] / n:.2f} label {c['label'] / n:.2f}"
        )


if __name__ == "__main__":
    main()
