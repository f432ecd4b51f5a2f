"""quoteobj48: a quotation that is the object of a finite verb, counted by the verb's family.

Every French quotation (« … », “…” or "…") written directly after a finite verb, an adverb, a
clitic or the preposition « de » allowed between (« veulent "…" », « souhaite-t-il "…" »,
« dénonce « … » », « qualifie X de « … » » is left out: an object stands between), grouped by
the verb's lemma family (wanting, proposing, promising, judging / blaming, describing, other);
for each: found (a finding's content overlaps the quotation; ``cue=verb`` when its cue is that
verb), else keyed (a key no finding matches covers the quotation) or unkeyed; and how every key
over the quotation writes it: direct (the key starts at the quotation), mixed (it starts before,
on the clause), or no key at all. Run on the whole corpus, the tuning set (blind27-46) and the
stand-in (blind47). The analyses are cached in /tmp (``--fresh`` to redo them).

python benchmarks/quoteobj48_probe.py [--show FAMILY] [--fresh]
"""

import argparse
import collections
import json
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

CACHE = Path("/tmp/quoteobj48_rows.pkl")
TUNE = re.compile(r"blind(2[7-9]|3[0-9]|4[0-6])")
FAMILIES = {
    "want": r"veu(?:x|t|lent)|voul\w*|voudr\w*|souhait\w*|désir\w*|esp[èé]r\w*|rêv\w*|aimerai\w*",
    "propose": r"propos\w*|pr[ôo]n\w*|demand\w*|réclam\w*|exig\w*|plaid\w*|suggèr\w*|suggér\w*"
    r"|recommand\w*|préconis\w*|appel\w*|revendiqu\w*",
    "promise": r"prom\w*|engag\w*|garanti\w*|annon[cç]\w*",
    "judge": r"dénon[cç]\w*|fustig\w*|critiqu\w*|déplor\w*|regrett\w*|salu\w*|condamn\w*"
    r"|reproch\w*|accus\w*|pointe\w*|pointai\w*|stigmatis\w*|vilipend\w*|félicit\w*|blâm\w*"
    r"|craign\w*|crai[nt]\w*|redout\w*|s'inquièt\w*|inquièt\w*|inquiét\w*|vant\w*",
    "describe": r"qualifi\w*|parl\w*|évoqu\w*|décri\w*|mentionn\w*|invoqu\w*|trait\w*"
    r"|surnomm\w*|baptis\w*|nomm\w*|résum\w*",
}
FAMILY = [(name, re.compile(f"(?:{p})$", re.I)) for name, p in FAMILIES.items()]
BETWEEN = (
    r"(?:(?:ne|n['’]|pas|plus|jamais|donc|aussi|également|désormais|notamment|bien|toujours"
    r"|surtout|ainsi|enfin|encore|déjà|même|plutôt|simplement|clairement|ouvertement"
    r"|carrément|volontiers|lui|leur|nous|vous|y|en|,)\s+)*"
)
BEFORE = re.compile(
    r"(?<![\w’'-])(?P<verb>[a-zà-ÿ’']+?)(?P<inv>-t-(?:il|elle|on)|-(?:il|elle|ils|elles|on))?"
    r"\s+" + BETWEEN + r"(?P<prep>(?:de|du|des|d['’])\s*)?$",
    re.I,
)
FINITE = re.compile(
    r"\w{2,}(?:e|es|ent|ait|aient|a|ont|it|ut|ra|rait|raient|ons|ez|x|t|é|ée|és|ées|is|u)$", re.I
)
NOT_VERBS = frozenset(
    re.findall(
        r"\S+",
        "le la les un une des du de et ou mais que qui dont où sur pour par avec dans sans entre "
        "contre vers chez comme est sont était étaient a ont avait été être ce cet cette ces son "
        "sa ses leur leurs notre votre au aux en mot terme titre slogan formule nom expression "
        "intitulé intitulée baptisé appelée appelé dit dite dits dites",
    )
)


def quotations(text):
    """Spans of the quotations, the outer ones only: « … », “ … ” and "…" per paragraph."""
    spans, depth, start, straight = [], 0, 0, None
    for i, c in enumerate(text):
        if c == "“" and depth and i and not text[i - 1].isspace():
            c = "”"  # a closing mark written as an opening one (« quatre“ »)
        if c in "«“":
            if depth == 0 and straight is None:
                start = i
            depth += 1
        elif c in "»”" and depth:
            depth -= 1
            if depth == 0 and straight is None:
                spans.append((start, i + 1))
        elif c == '"' and depth == 0:
            if straight is None:
                straight = i
            else:
                spans.append((straight, i + 1))
                straight = None
        elif c == "\n":
            depth, straight = 0, None
    return spans


def rows(fresh):
    if CACHE.exists() and not fresh:
        return pickle.loads(CACHE.read_bytes())
    out = []
    for key in sorted((ROOT / "tests/data/draft").glob("fr-*.json")):
        ann = json.loads(key.read_text(encoding="utf-8")).get("annotated", "")
        art = load_article(key)
        head = art.text.partition("\n")[0].strip() if has_headline(art.text) else None
        an = analyze(art.text, "fr", headline=head)
        out.append(
            dict(
                name=art.name,
                ann=ann,
                text=art.text,
                keys=[(k.content, k.speaker, k.kind) for k in art.attributions],
                finds=[(f.content, f.cue, f.speaker, f.kind) for f in an.attributions],
                pairs=match_attributions(an, art, 0.3),
            )
        )
    CACHE.write_bytes(pickle.dumps(out))
    return out


def overlap(a, b):
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def family(verb):
    for name, pattern in FAMILY:
        if pattern.match(verb):
            return name
    return "other"


def scan(r):
    """Each quotation after a finite verb: (family, verb, prep, status, writing, span)."""
    text = r["text"]
    matched = {j for _, j in r["pairs"]}
    for q in quotations(text):
        line_start = text.rfind("\n", 0, q[0]) + 1
        m = BEFORE.search(text[max(line_start, q[0] - 80) : q[0]])
        if not m:
            continue
        verb = m.group("verb").lower()
        if verb in NOT_VERBS or not FINITE.match(verb):
            continue
        fam = family(verb)
        if m.group("prep") and fam not in ("describe", "judge", "want"):
            continue  # « de » after another verb is mostly a noun's complement
        vstart = max(line_start, q[0] - 80) + m.start("verb")
        found = [f for f in r["finds"] if overlap(f[0], q) > 0]
        by_verb = any(f[1] and f[1][0] <= vstart < f[1][1] for f in found)
        keys = [j for j, k in enumerate(r["keys"]) if overlap(k[0], q) >= 0.5 * (q[1] - q[0])]
        if found:
            pair = dict(r["pairs"])
            ok = [
                same_speaker(f[2], r["keys"][pair[i]][1])
                for i, f in enumerate(r["finds"])
                if f in found and i in pair
            ]
            status = "found" + ("(cue=verb" if by_verb else "(other cue")
            status += (
                ",speaker right)" if ok and ok[0] else (",speaker wrong)" if ok else ",no key)")
            )
        else:
            status = "keyed" if any(j not in matched for j in keys) else "unkeyed"
        if not keys:
            writing = "no key"
        else:
            k = r["keys"][keys[0]]
            writing = "direct" if k[0][0] >= q[0] - 1 else "mixed"
            writing += "/" + k[2]
        yield fam, verb, bool(m.group("prep")), status, writing, (vstart, q[1])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--show")
    parser.add_argument("--fresh", action="store_true")
    args = parser.parse_args()
    tab = collections.defaultdict(collections.Counter)
    verbs = collections.defaultdict(collections.Counter)
    shown = []
    for r in rows(args.fresh):
        scopes = ["all"]
        if TUNE.search(r["ann"] + " " + r["name"]):
            scopes.append("tune")
        if "blind47" in r["ann"] + r["name"]:
            scopes.append("stand")
        for fam, verb, prep, status, writing, span in scan(r):
            for s in scopes:
                tab[fam][(s, status.split("(")[0])] += 1
                if "(" in status:
                    tab[fam][(s, status)] += 1
                tab[fam][(s, "w:" + writing)] += 1
                tab[fam][(s, "w:" + writing + "|" + status.split("(")[0])] += 1
            verbs[fam][verb + (" de" if prep else "")] += 1
            if args.show and re.search(args.show, fam) and "right" not in status:
                ctx = r["text"][max(0, span[0] - 60) : span[1] + 10].replace("\n", " ")
                shown.append((status, writing, scopes[-1], r["name"], verb, ctx))
    for fam in [*FAMILIES, "other"]:
        print(f"== {fam}: {verbs[fam].most_common(25)}")
        for s in ("all", "tune", "stand"):
            c = tab[fam]
            cells = sorted((k[1], v) for k, v in c.items() if k[0] == s)
            print("  ", s, ", ".join(f"{k} {v}" for k, v in cells))
    for row in sorted(shown):
        print(*row, sep=" | ")


if __name__ == "__main__":
    main()
