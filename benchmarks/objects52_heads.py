"""objects52: a known reporting verb with a noun-phrase object, counted by the object's head
noun (the noun decides, not the verb: « confirme les menaces sur … », « exprime sa colère »,
« rappelle la nécessité de … »), where main finds nothing over the object.

objects45 counted this shape verb by verb and head noun by head noun over verbs it listed (51
stance and saying verbs) and on the keys of blind27-44; this probe takes every verb form the
lexicon reads as a cue, any determiner (« les », « des », « sa ») and sorts by noun class
(stance, warning, claim, demand, lack: the brief's idea (a)), on three sets: the whole corpus,
the tuning set (blind27-50) and the keys under today's convention (blind42-50; why50). The
stand-in (blind51) is left out: it is not read while designing.

An occurrence: a finite form or participle of a lexicon lemma, at most two adverbs, a
determiner, at most one adjective, a noun; outside quotation marks. Its object runs from the
determiner to the sentence end (200 characters at most). "found": a finding of main overlaps
the object; otherwise "keyed" when a key's content does, "unkeyed" when none does.

python benchmarks/objects52_heads.py DUMP.json [--rows CLASS]   (DUMP: intent50_dump of main)
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draft_eval import CORPUS, load_article

from quizapp.draft.words.lexicon import fold, load

SETS = {"whole": r"", "tuning": r"blind(2[7-9]|3[0-9]|4[0-9]|50)", "b42-50": r"blind(4[2-9]|50)"}


def _words(listed: str) -> frozenset[str]:
    """The words of a space-separated list."""
    return frozenset(listed.split())


DETERMINERS = _words(
    "le la les l' un une des du de d' son sa ses leur leurs notre nos ce cet cette ces"
)
ADVERBS = _words("aussi également encore bien surtout notamment toujours déjà ainsi même")
ADJECTIVES = _words("vive vives vif vifs profonde profond profondes grande grandes grand réelle")
CLASSES = {
    "stance": load("fr").word_set("stance_nouns")
    | _words("colère frustration amertume exaspération ras-le-bol lassitude agacement"),
    "warning": _words("menace menaces risque risques danger dangers urgence alerte"),
    "claim": _words(
        "nécessité importance besoin besoins intérêt légitimité utilité impossibilité "
        "difficulté difficultés complexité fragilité gravité priorité"
    ),
    "demand": _words(
        "demande demandes revendication revendications exigence exigences attente attentes"
    ),
    "lack": _words("manque absence insuffisance carence pénurie"),
}
SENTENCE_END = re.compile(r"[.!?\n]")


def noun_class(noun: str) -> str:
    """The class of a head noun, "other" when no list holds it."""
    return next((name for name, nouns in CLASSES.items() if noun in nouns), "other")


def occurrences(text: str) -> list[tuple[int, int, str, str]]:
    """(object start, object end, verb, head noun) for each verb + noun phrase outside quotes."""
    lex = load("fr")
    verbs = lex.finite | lex.participles
    words = [(m.start(), fold(m.group(0))) for m in re.finditer(r"[\w-]+(?:['’])?", text)]
    out = []
    for i, (at, word) in enumerate(words):
        if word not in verbs or text.count("«", 0, at) > text.count("»", 0, at):
            continue
        j = i + 1
        while j < len(words) and j < i + 3 and words[j][1] in ADVERBS:
            j += 1
        if j + 1 >= len(words) or words[j][1] not in DETERMINERS:
            continue
        k = j + 2 if words[j + 1][1] in ADJECTIVES and j + 2 < len(words) else j + 1
        start = words[j][0]
        if SENTENCE_END.search(text, at, start):
            continue  # « … expliquent-ils. Le doute reste permis »: another sentence
        stop = SENTENCE_END.search(text, start)
        end = min(stop.start() if stop else len(text), start + 200)
        if words[k][0] < end:
            out.append((start, end, word, words[k][1]))
    return out


def main() -> None:
    """Print, per noun class and set, found / unfound keyed / unfound; then the nouns."""
    dump = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    tally: dict[str, Counter] = defaultdict(Counter)
    nouns: dict[str, Counter] = defaultdict(Counter)
    show = sys.argv[sys.argv.index("--rows") + 1] if "--rows" in sys.argv else None
    for name, row in dump.items():
        if "blind51" in row["ann"]:
            continue
        article = load_article(CORPUS / name)
        labels = [s for s, p in SETS.items() if re.search(p, name + " " + row["ann"])]
        for start, end, verb, noun in occurrences(article.text):
            if any(f[0][0] < end and start < f[0][1] for f in row["finds"]):
                verdict = "found"
            elif any(k.content[0] < end and start < k.content[1] for k in article.attributions):
                verdict = "keyed"
            else:
                verdict = "unkeyed"
            klass = noun_class(noun)
            for label in labels:
                tally[(klass, label)][verdict] += 1
                nouns[(noun, label)][verdict] += 1
            if show == klass and verdict != "found":
                tb = "T" if len(labels) > 1 else " "
                print(verdict[:5], tb, name[:40], verb, "|", article.text[start:end][:90])
    for klass in [*CLASSES, "other"]:
        print(klass.ljust(8), "  ".join(_cell(tally[(klass, s)]) + f" {s}" for s in SETS))
    print("nouns with 3 unfound or more (whole; tuning; b42-50):")
    for (noun, label), c in sorted(nouns.items(), key=lambda x: -x[1]["keyed"]):
        if label == "whole" and c["keyed"] + c["unkeyed"] >= 3:
            rest = "; ".join(_cell(nouns[(noun, s)]) for s in SETS)
            print(f"  {noun:16} {noun_class(noun):8} {rest}")


def _cell(count: Counter) -> str:
    """found f, unfound keyed / all."""
    unfound = count["keyed"] + count["unkeyed"]
    return f"f{count['found']} {count['keyed']}/{unfound}"


if __name__ == "__main__":
    main()
