"""why50: which text-readable features of an unfound French intent go with a key.

The hand reading of benchmarks/why50/ (80 tuning rows) found the keyed intents are those told
beside the same person's speech: a quotation or a speech cue of the subject in the same
paragraph (or the one before), a candidate's programme in a debate report. This counts, over
every unfound occurrence why50_sample.py finds (whole corpus, tuning set, stand-in), the keyed
share by: the subject resolved to a speaker of the analysis (a mention in the sentence before the
verb, else a pronoun / a description and the nearest mention 600 characters back), and whether a
finding of that speaker stands in the same paragraph or the one before (outside the object);
"strict" leaves out a relative clause (« que souhaite … »), an inverted cue after a quotation, a
past conditional and the boilerplate infinitives (« rester anonyme », « la parole »); "campaign"
is an election article whose clause before the verb names a person or a candidate; "measure"
an object opening on a verb of a public measure (créer, rénover, lancer, …). Each RULE row is
split by the batch that keyed the article (blind42-49 against older keys).

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
# the first word of an intent's object that makes it a public measure (why50: a programme)
_MEASURES = frozenset(
    [
        "créer",
        "développer",
        "rénover",
        "construire",
        "lancer",
        "accélérer",
        "installer",
        "aménager",
        "réduire",
        "limiter",
        "augmenter",
        "baisser",
        "renforcer",
        "améliorer",
        "mettre",
        "instaurer",
        "ouvrir",
        "supprimer",
        "prioriser",
        "favoriser",
        "relancer",
        "transformer",
        "revitaliser",
        "réaliser",
        "soutenir",
        "redynamiser",
        "rendre",
        "repenser",
        "généraliser",
        "étendre",
        "agrandir",
        "embaucher",
        "recruter",
        "investir",
        "financer",
        "garantir",
        "moderniser",
        "sécuriser",
        "réhabiliter",
        "implanter",
        "rouvrir",
        "maintenir",
        "préserver",
        "valoriser",
        "encourager",
        "faciliter",
    ]
)
_SKIP = frozenset(
    [
        "ne",
        "n",
        "pas",
        "aussi",
        "également",
        "donc",
        "encore",
        "notamment",
        "surtout",
        "d",
        "de",
        "à",
    ]
)
# an election article, and a clause before the verb that names a person or a candidate
_CAMPAIGN = re.compile(r"\b(?:candidat|candidate|candidats|municipales|élections?)\b", re.I)
_CANDIDATE = re.compile(
    r"(?:\b[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?\s+[A-ZÀ-Ý][A-Za-zà-ÿ-]+\s*$"
    r"|\b(?:le|la|les)\s+candidat\w*\b(?:\s+\S+){0,8}\s*$|^\s*(?:il|elle)\s+(?:\S+\s+)?$)"
)


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
            clause = re.split(r"[,;:]\s*", text[ss:vs])[-1]
            campaign = bool(_CAMPAIGN.search(text)) and bool(_CANDIDATE.search(clause))
            first = re.findall(r"[\wÀ-ÿ]+", text[m.end() : obj[1]].lower())
            first = [w for w in first if w not in _SKIP][:1]
            measure = bool(first) and first[0] in _MEASURES
            recent = bool(re.search(r"blind(4[2-9])", ann + key.name))
            feats = dict(
                strict=strict,
                campaign=campaign,
                measure=measure,
                election=bool(_CAMPAIGN.search(text)),
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
        if ok and f["strict"] and f["measure"]:
            period = "blind42-49" if f["recent"] else "older"
            groups += ["RULE measure", f"RULE measure {period}", f"RULE measure how={f['how']}"]
            if f["same_para"] or f["prev_para"]:
                groups += ["RULE measure near"]
            if f["election"]:
                groups += [f"RULE measure election {period}"]
        if ok and f["strict"] and f["campaign"]:
            period = "blind42-49" if f["recent"] else "older"
            groups += ["RULE campaign", f"RULE campaign {f['fam']}", f"RULE campaign {period}"]
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
