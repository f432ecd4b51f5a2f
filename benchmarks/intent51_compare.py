"""intent51: compare two dumps of benchmarks/intent50_dump.py (main, then the branch) per intent
verb (the added finding's cue folded to its lemma through the branch's lexicon lists
spoken_intent_verbs and spoken_intent_forms): findings added, those matching a key no finding
matched before (keyed), keys lost, speakers fixed and broken, on the sets of round 51 (the whole
corpus, the tuning set blind27-49, today's-convention keys blind42-49, blind27-41, and the
stand-in blind50, whose figures only are printed: --rows never prints a stand-in row).

python benchmarks/intent51_compare.py MAIN.json BRANCH.json [--rows]
(with PYTHONPATH set to the tree whose lexicon lists the verbs: intent51's trial, 7ca0d326;
on a tree listing « souhaiter » only, other cues are tallied under their own word)
"""

import json
import re
import sys
from collections import Counter
from pathlib import Path

from verbs51_compare import article_tally

from quizapp.draft.words.folding import fold
from quizapp.draft.words.lexicon import load, verb_forms

SETS = {
    "whole": r"",
    "tuning": r"blind(2[7-9]|3[0-9]|4[0-9])",
    "blind42-49": r"blind4[2-9]",
    "blind27-41": r"blind(2[7-9]|3[0-9]|4[01])",
    "stand-in": r"blind50",
}
STAND_IN = re.compile(SETS["stand-in"])


def lemmas() -> dict[str, str]:
    """Folded form -> lemma of every listed intent verb."""
    lex = load("fr")
    extra = lex.raw.get("spoken_intent_forms", {})
    return {
        fold(form): lemma
        for lemma in lex.raw["spoken_intent_verbs"]
        for form in [*verb_forms(lex, lemma), *extra.get(lemma, [])]
    }


def main() -> None:
    """Print one line per (set, lemma), and the added rows outside the stand-in with --rows."""
    of = lemmas()
    old_dump, new_dump = (json.loads(Path(p).read_text(encoding="utf-8")) for p in sys.argv[1:3])
    rows = "--rows" in sys.argv
    tally: dict[tuple[str, str], Counter] = {}
    for name, m in old_dump.items():
        count, added = article_tally(m, new_dump[name])
        where = name + " " + m["ann"]
        if rows and not STAND_IN.search(where):
            for keyed, f in added:
                print("+" if keyed else "-", name, m["ann"][:12], f[1], "|", f[2], "|", f[3])
        for label, pattern in SETS.items():
            if not re.search(pattern, where):
                continue
            for keyed, f in added:
                c = tally.setdefault((label, of.get(fold(f[2]), f[2].lower())), Counter())
                c["added"] += 1
                c["keyed"] += keyed
            tally.setdefault((label, "ALL"), Counter()).update(count)
    for (label, verb), c in sorted(tally.items()):
        print(f"{label:11} {verb:14} " + " ".join(f"{k}={v}" for k, v in sorted(c.items())))


if __name__ == "__main__":
    main()
