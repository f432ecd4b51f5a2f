"""objects52: verbs51_asked's count of « Interrogé / Contacté / Joint (par …), X + predicate »
(sentences opening on a participle of being asked, main finding nothing in the rest), with the
refusal to speak left out (« n'a pas souhaité s'exprimer », « n'a pas donné suite », « n'a
pas répondu », « se refuse à tout commentaire »: half of verbs51's rows, keyed one time in two),
on round 52's sets: whole corpus, tuning (blind27-50), today's convention (blind42-50). The
stand-in (blind51) is not read.

python benchmarks/objects52_asked.py DUMP.json [--rows]   (DUMP: intent50_dump of main)
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from verbs51_asked import asked, count_in_sets

SETS = {"whole": r"", "tuning": r"blind(2[7-9]|3[0-9]|4[0-9]|50)", "b42-50": r"blind(4[2-9]|50)"}
REFUSAL = re.compile(
    r"\b(?:n'|n’|ne )(?:a|ont|avait|avaient|souhaite|souhaitent|veut|veulent|pas)?\s*(?:pas|"
    r"jamais|guère)?\s*(?:souhaité|voulu|donné suite|répondu|pu être joint|été joint|"
    r"souhaite|veut|désire|commente|s'exprime)|refus\w* (?:à |de )?(?:tout )?commentaire|"
    r"(?:pas|aucun) (?:de )?(?:commentaire|réponse|suite)|sans réponse|injoignable",
    re.I,
)


def main() -> None:
    """Print, per set, found / unfound keyed / unfound unkeyed, refusals counted apart."""
    dump = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    tally = {name: Counter() for name in SETS}
    for name, ann, m, verdict in asked(dump, "blind51"):
        found = verdict == "found"
        refused = REFUSAL.search(m.group(0)) is not None
        verdict = ("refusal " if refused else "") + verdict
        count_in_sets(tally, SETS, name + " " + ann, verdict)
        if "--rows" in sys.argv and not found:
            print(verdict, name[:45], m.group(0)[:140])
    for label, count in tally.items():
        print(label, dict(sorted(count.items())))


if __name__ == "__main__":
    main()
