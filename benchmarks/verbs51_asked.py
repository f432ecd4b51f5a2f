"""verbs51: sentences opening on a participle of being asked (« Interrogé, X … », « Contacté
par notre rédaction, X … ») whose main verb is no reporting verb: is the rest of the sentence
keyed, where the drafter finds nothing in it? Counted on a dump of intent50_dump (the
findings) and the corpus keys, by set (whole corpus, tuning blind27-49, blind42-49; the
stand-in blind50 is left out: it is not read while designing).

python benchmarks/verbs51_asked.py DUMP.json
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draft_eval import CORPUS, load_article

OPENING = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?»] ))(?:Interrog|Contact|Sollicit|Questionn|Joint|Approch)[ée]*s?"
    r"(?: [^,.]{0,70})?, [^.!?]+"
)
SETS = {"whole": r"", "tuning": r"blind(2[7-9]|3[0-9]|4[0-9])", "blind42-49": r"blind4[2-9]"}


def asked(dump: dict, left_out: str) -> Iterator[tuple[str, str, re.Match, str]]:
    """Each sentence opening on a participle of being asked in the dump's articles but those
    whose annotators match ``left_out`` (the stand-in): the article, its annotators, the match
    and its verdict (found already, else keyed or unkeyed). objects52_asked reads the same."""
    for name, row in dump.items():
        if re.search(left_out, row["ann"]):
            continue
        article = load_article(CORPUS / name)
        for m in OPENING.finditer(article.text):
            span = (m.start() + m.group(0).index(", ") + 2, m.end())
            found = any(f[0][0] < span[1] and span[0] < f[0][1] for f in row["finds"])
            keyed = any(k.content[0] < span[1] and span[0] < k.content[1]
                        for k in article.attributions)  # fmt: skip
            yield name, row["ann"], m, "found" if found else ("keyed" if keyed else "unkeyed")


def count_in_sets(
    tally: dict[str, Counter], sets: dict[str, str], where: str, verdict: str
) -> None:
    """Count ``verdict`` in each set whose pattern ``where`` (name and annotators) matches."""
    for label, pattern in sets.items():
        if re.search(pattern, where):
            tally[label][verdict] += 1


def main() -> None:
    """Print, per set, the sentences found already, unfound and keyed, unfound and unkeyed."""
    dump = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    tally = {name: Counter() for name in SETS}
    for name, ann, m, verdict in asked(dump, r"blind50"):
        count_in_sets(tally, SETS, name + " " + ann, verdict)
        if "--rows" in sys.argv and verdict != "found":
            print(verdict, name, m.group(0)[:150])
    for label, count in tally.items():
        print(label, dict(count))


if __name__ == "__main__":
    main()
