"""why50: which text-readable features of an unfound French intent go with a key.

The hand reading of benchmarks/why50/ (80 tuning rows) found the keyed intents are those told
beside the same person's speech: a quotation or a speech cue of the subject in the same
paragraph (or the one before), a candidate's programme in a debate report. This counts, over
every unfound occurrence why50_sample.py finds (whole corpus, tuning set, stand-in), the keyed
share by: the subject resolved to a speaker of the analysis (a mention in the sentence before the
verb, else a pronoun / a description and the nearest mention 600 characters back), and whether a
finding of that speaker stands in the same paragraph or the one before (outside the object).

python benchmarks/why50_features.py [--show FEATURE]
"""

import argparse
import collections
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from draft_eval import load_article, match_attributions  # noqa: E402
from intent48_speakers import PRON, overlaps, quote_mask, sentence_bounds  # noqa: E402
from why50_sample import ALLFAM, VERB, candidate  # noqa: E402

from quizapp.draft import analyze  # noqa: E402
from quizapp.sets.articles.text import has_headline  # noqa: E402

TUNE = re.compile(r"blind(2[7-9]|3[0-9]|4[0-8])")


def para_spans(text):
    return [m.span() for m in re.finditer(r"[^\n]+", text) if m.group().strip()]


def subject(text, qm, an, ss, vs, inv):
    """The speaker the clause before the verb names or takes up, and how."""
    best, spk = -1, None
    for s in an.speakers:
        for a, b in s.mentions:
            if a >= ss and b <= vs and a > best and not qm[a]:
                best, spk = a, s.speaker
    if spk and not inv:
        return spk, "named"
    clause = re.split(r"[,;:]\s*", text[ss:vs])[-1]
    desc = re.match(
        r"\s*(?:(?:et|mais|alors|puis|donc)\s+)*(?:le|la|les|l['’]|ce|cette|ces)\s*[a-zà-ÿ]",
        clause,
        re.I,
    )
    if not (inv or PRON.search(text[ss:vs]) or desc):
        return None, None
    near, cand = -1, None
    for s in an.speakers:
        for a, b in s.mentions:
            if b <= vs and a > ss - 600 and a > near and not qm[a]:
                near, cand = a, s.speaker
    return cand, ("pronoun" if cand else None)


def rows():
    for key in sorted((ROOT / "tests/data/draft").glob("fr-*.json")):
        ann = json.loads(key.read_text(encoding="utf-8")).get("annotated", "")
        art = load_article(key)
        text = art.text
        head = text.partition("\n")[0].strip() if has_headline(text) else None
        an = analyze(text, "fr", headline=head)
        qm = quote_mask(text)
        matched = {j for _, j in match_attributions(an, art, 0.3)}
        paras = para_spans(text)
        scope = {"all"} | ({"tune"} if TUNE.search(ann + key.name) else set())
        scope |= {"stand"} if "blind49" in ann + key.name else set()
        for m in VERB.finditer(text):
            got = candidate(text, qm, m)
            if not got or any(overlaps(f.content, got[2]) > 0 for f in an.attributions):
                continue
            name, _shape, obj = got
            keyed = any(
                j not in matched and overlaps(k.content, obj) >= 0.3 * (k.content[1] - k.content[0])
                for j, k in enumerate(art.attributions)
            )
            vs = m.start()
            ss, _ = sentence_bounds(text, vs)
            pi = max(i for i, (a, _) in enumerate(paras) if a <= vs)
            inv = bool(re.search(r"-(?:t-)?(?:il|elle|ils|elles|on)$", m.group(0)))
            spk, how = subject(text, qm, an, ss, vs, inv)
            neg = bool(re.search(r"\bn['’]|\bne\b", text[max(ss, vs - 25) : vs]))

            def near(i, who, an=an, paras=paras, obj=obj):
                if i < 0:
                    return False
                return any(
                    overlaps(f.content, paras[i]) > 0
                    and overlaps(f.content, obj) == 0
                    and (who is None or f.speaker == who)
                    for f in an.attributions
                )

            strict = not (
                re.search(r"\bqu(?:e|['’])\s*(?:\S+\s+){0,3}$", text[max(ss, vs - 40) : vs])
                or re.search(
                    r"(?:[»\"”,]\s*(?:a-t-(?:il|elle)\s+|a\s+)?|aurai(?:t|ent)\s+)$",
                    text[max(ss, vs - 12) : vs],
                )
                or re.match(
                    r"\s*(?:garder|rester|parler|la parole|aller|briser)\b", text[m.end() :]
                )
            )
            recent = bool(re.search(r"blind(4[2-9])", ann + key.name))
            feats = dict(
                strict=strict,
                recent=recent,
                fam=ALLFAM[name][0],
                head=pi == 0,
                neg=neg,
                how=how or "none",
                same_para=bool(spk) and near(pi, spk),
                prev_para=bool(spk) and near(pi - 1, spk),
                any_para=near(pi, None),
            )
            yield scope, keyed, feats, name, key.name, text[max(ss, vs - 80) : obj[1]][:220]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--show")
    a = ap.parse_args()
    tab = collections.defaultdict(collections.Counter)
    for scope, keyed, f, name, art, snip in rows():
        groups = [
            "ALL",
            f"fam={f['fam']}",
            f"neg={f['neg']}",
            f"head={f['head']}",
            f"how={f['how']}",
            f"any_para={f['any_para']}",
            f"same_para={f['same_para']}",
            f"same_or_prev={f['same_para'] or f['prev_para']}",
        ]
        ok = not f["neg"] and not f["head"]
        if ok and f["same_para"]:
            groups += ["RULE same_para", f"RULE same_para {f['fam']}", f"RULE same_para {name}"]
        if ok and (f["same_para"] or f["prev_para"]):
            groups += ["RULE same_or_prev", f"RULE same_or_prev {f['fam']}"]
            if f["strict"]:
                groups += ["RULE strict", f"RULE strict {f['fam']}"]
                groups += ["RULE strict " + ("blind42-49" if f["recent"] else "older")]
        groups += ["ALL " + ("blind42-49" if f["recent"] else "older")]
        for g in groups:
            for s in scope:
                tab[g][(s, keyed)] += 1
        if a.show and a.show in groups and "tune" in scope:
            print("KEYED" if keyed else "-----", name, art, "|", snip.replace("\n", " "))
    print("| group | whole corpus keyed/rows | tuning | stand-in |")
    for g in sorted(tab):
        c = tab[g]
        cells = [f"{c[(s, True)]}/{c[(s, True)] + c[(s, False)]}" for s in ("all", "tune", "stand")]
        print(f"| {g} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
