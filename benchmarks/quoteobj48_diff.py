"""quoteobj48: the French findings this tree adds or drops against the probe's cached rows.

Reads the rows benchmarks/quoteobj48_probe.py cached from the tree it ran on (main, before
the change), analyses the same articles with this tree, and prints each finding added or
lost, whether it matches a key no finding matched before (keyed), and its speaker against the
key's, with the scope (T tuning set, S stand-in, - older keys).

python benchmarks/quoteobj48_diff.py
"""

import pickle
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from draft_eval import load_article, match_attributions, same_speaker  # noqa: E402

from quizapp.draft import analyze  # noqa: E402
from quizapp.sets.articles.text import has_headline  # noqa: E402

TUNE = re.compile(r"blind(2[7-9]|3[0-9]|4[0-6])")


def main():
    rows = pickle.loads(Path("/tmp/quoteobj48_rows.pkl").read_bytes())
    for r in rows:
        art = load_article(ROOT / "tests/data/draft" / (r["name"] + ".json"))
        head = art.text.partition("\n")[0].strip() if has_headline(art.text) else None
        an = analyze(art.text, "fr", headline=head)
        finds = [(f.content, f.cue, f.speaker, f.kind) for f in an.attributions]
        if finds == r["finds"]:
            continue
        scope = "S" if "blind47" in r["ann"] else ("T" if TUNE.search(r["ann"]) else "-")
        pairs = dict(match_attributions(an, art, 0.3))
        before = {j for _, j in r["pairs"]}
        for i, f in enumerate(finds):
            if f in r["finds"]:
                continue
            j = pairs.get(i)
            key = art.attributions[j] if j is not None else None
            state = "unkeyed" if key is None else ("KEYED" if j not in before else "same key")
            spk = key and ("spk ok" if same_speaker(f[2], key.speaker) else f"spk≠{key.speaker}")
            print("+", scope, r["name"], state, spk, f[3], f[2], "|", art.text[slice(*f[0])][:90])
        for f in r["finds"]:
            if f not in finds:
                print("-", scope, r["name"], f[3], f[2], "|", art.text[slice(*f[0])][:90])


if __name__ == "__main__":
    main()
