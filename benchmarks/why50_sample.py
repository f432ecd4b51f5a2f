"""why50: a sample of the French intents the drafter misses, written apart from the keys' verdicts.

Every French occurrence, in the tuning set only (keys annotated blind27 … blind48), outside
quotation marks, of a verb of wanting / intending (intent48's list plus envisager, projeter,
désirer, prévoir de, tenir à, viser à, aspirer à) or of proposing / demanding (intent48's list),
with an object that is no « que » clause (intent48's shapes: a noun phrase, a preposition and a
noun phrase, a bare infinitive, « de / à » and an infinitive), that no finding of the tree covers.
Unlike intent48 the subject is not required to be a found speaker: the sample is meant to be
read by hand, as an annotator would. Its verdict (does a key the tree leaves unmatched cover the
object for 30 % of the key) goes to a separate file, so the rows can be judged before it is read.

python benchmarks/why50_sample.py OUT_SAMPLE OUT_VERDICTS [--n 80] [--seed 50]
"""

import argparse
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from draft_eval import load_article, match_attributions  # noqa: E402
from intent48_speakers import (  # noqa: E402
    FAM,
    NOUNDET,
    PASSIVE,
    obj_shape,
    overlaps,
    quote_mask,
    sentence_bounds,
)

from quizapp.draft import analyze  # noqa: E402
from quizapp.sets.articles.text import has_headline  # noqa: E402

TUNE = re.compile(r"blind(2[7-9]|3[0-9]|4[0-8])")
MORE = {
    "envisager": ("want", r"envisag(?:e|ent|eait|eaient|é|era|erait|eant)"),
    "projeter": ("want", r"projet(?:te|tent|ait|aient|é|tera|terait)"),
    "désirer": ("want", r"désir(?:e|ent|ait|aient|é|era|erait|ant)"),
    "prévoir de": ("want", r"prév(?:oit|oient|oyait|oyaient|u|oira|oirait)(?= d)"),
    "tenir à": ("want", r"(?:tien(?:t|nent)|ten(?:ait|aient)|tiendr(?:a|ait))(?= à )"),
    "viser à": ("want", r"vis(?:e|ent|ait|aient)(?= à )"),
    "aspirer à": ("want", r"aspir(?:e|ent|ait|aient)(?= à )"),
}
ALLFAM = {**FAM, **MORE}
NAMES = list(ALLFAM)
VERB = re.compile(
    r"(?<![\w’'-])("
    + "|".join(f"(?P<v{i}>{p})" for i, (_, (_, p)) in enumerate(ALLFAM.items()))
    + r")(?![\w])(?:-t-(?:il|elle|ils|elles|on)|-(?:il|elle|ils|elles|on))?",
    re.I,
)
AUX = re.compile(
    r"\b(?:a|ont|avait|avaient|aurait|auraient|avons|avez|ai|as|aura|auront|ayant|avoir"
    r"|a-t-(?:il|elle))\s+(?:(?:\w+|[nsl]['’]\w+)\s+){0,3}$"
)


def candidate(text, qm, m):
    """The verb's name and object shape when the occurrence is an intent with an object."""
    vs, ve = m.span()
    if qm[vs]:
        return None
    name = NAMES[next(i for i in range(len(NAMES)) if m.group(f"v{i}"))]
    before = text[max(0, vs - 40) : vs]
    pron = r"\b(?:se|s['’]|le|la|les|l['’]|en|y|lui|leur|nous|vous|ne|n['’])\s*$"
    if NOUNDET.search(before) and not re.search(pron, before, re.I):
        return None
    if PASSIVE.search(before):
        return None
    if re.search(r"(?:é|ée|és|ées|u|is|ise)$", m.group(0)) and not AUX.search(
        text[max(0, vs - 60) : vs]
    ):
        return None
    if re.search(r"[»\"”]\s*,\s*(?:\w+\s+){0,2}$", text[max(0, vs - 30) : vs]):
        return None  # a quotation's inverted cue
    _, se = sentence_bounds(text, vs)
    shape = obj_shape(name, text[ve:se])
    if shape in (None, "quote"):
        return None
    if name in ("compter", "entendre", "envisager", "projeter", "désirer") and shape not in (
        "inf",
        "prep+inf",
        "np",
    ):
        return None
    if name in ("compter", "entendre") and shape != "inf":
        return None
    return name, shape, (ve, se)


def paragraphs(text, at):
    """The paragraph holding ``at`` and the one before it (non-empty lines)."""
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    idx = max(i for i, (s, _) in enumerate(lines) if s <= at)
    return (lines[idx - 1][1] if idx else ""), lines[idx][1], idx == 0


def rows():
    for key in sorted((ROOT / "tests/data/draft").glob("fr-*.json")):
        ann = json.loads(key.read_text(encoding="utf-8")).get("annotated", "")
        if not TUNE.search(ann + " " + key.name):
            continue
        art = load_article(key)
        head = art.text.partition("\n")[0].strip() if has_headline(art.text) else None
        an = analyze(art.text, "fr", headline=head)
        text = art.text
        qm = quote_mask(text)
        matched = {j for _, j in match_attributions(an, art, 0.3)}
        finds = [f.content for f in an.attributions]
        for m in VERB.finditer(text):
            got = candidate(text, qm, m)
            if not got or any(overlaps(f, got[2]) > 0 for f in finds):
                continue
            name, shape, obj = got
            keyed = [
                k
                for j, k in enumerate(art.attributions)
                if j not in matched
                and overlaps(k.content, obj) >= 0.3 * (k.content[1] - k.content[0])
            ]
            prev, para, is_head = paragraphs(text, m.start())
            yield (
                dict(
                    article=art.name,
                    verb=name,
                    family=ALLFAM[name][0],
                    shape=shape,
                    at=m.start(),
                    headline=is_head,
                    cue=m.group(0),
                    object=text[obj[0] : obj[1]].strip(),
                    previous=prev,
                    paragraph=para,
                ),
                dict(
                    keyed=bool(keyed),
                    keys=[
                        dict(
                            content=text[k.content[0] : k.content[1]],
                            speaker=k.speaker,
                            kind=k.kind,
                        )
                        for k in keyed
                    ],
                ),
            )


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("sample")
    ap.add_argument("verdicts")
    ap.add_argument("--n", type=int, default=80)
    ap.add_argument("--seed", type=int, default=50)
    a = ap.parse_args()
    every = list(rows())
    random.Random(a.seed).shuffle(every)
    keyed = [r for r in every if r[1]["keyed"]]
    unkeyed = [r for r in every if not r[1]["keyed"]]
    half = min(len(keyed), a.n // 2)
    chosen = keyed[:half] + unkeyed[: a.n - half]
    random.Random(a.seed + 1).shuffle(chosen)
    chosen.sort(key=lambda r: (r[0]["article"], r[0]["at"]))
    with open(a.sample, "w", encoding="utf-8") as out, open(a.verdicts, "w", encoding="utf-8") as v:
        for i, (row, verdict) in enumerate(chosen, 1):
            out.write(json.dumps(dict(id=i, **row), ensure_ascii=False) + "\n")
            v.write(json.dumps(dict(id=i, **verdict), ensure_ascii=False) + "\n")
    print(f"{len(every)} unfound occurrences; sample {len(chosen)} written", file=sys.stderr)


if __name__ == "__main__":
    main()
