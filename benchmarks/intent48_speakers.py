"""intent48: a speaker's intent, wish, demand or programme told without « que ».

For every French occurrence (outside quotation marks) of a verb of wanting (vouloir, souhaiter,
entendre, compter, ambitionner, espérer) or of proposing / demanding (proposer, demander,
réclamer, exiger, prôner, plaider pour, imaginer, promettre, s'engager à, annoncer) followed by
an object that is no « que » clause (a noun phrase, a preposition and a noun phrase, a bare
infinitive, « de / à » and an infinitive), whose subject is a speaker the drafter already found
elsewhere in the article (a mention of one of ``Analysis.speakers`` in the clause before the
verb, or its name written there; or a pronoun / a definite description with no capital, taken
as the nearest mention of a found speaker up to 600 characters back), and who has a finding
outside this object: whether a finding of the tree covers the object ("found"), else whether a
key the tree does not match covers it for 30 % of the key ("keyed") or not ("unkeyed"). Counted
on the whole corpus, the tuning set (blind27-46) and the stand-in (blind47), per family, verb,
object shape and how the subject was read. A pattern scan, coarse: participles without an
auxiliary and a quotation's inverted cue are left out; read the rows by hand.

python benchmarks/intent48_speakers.py [--show VERB_REGEX]
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

from quizapp.draft import analyze  # noqa: E402
from quizapp.sets.articles.text import has_headline  # noqa: E402


def french_rows():
    """Each French article's text, keys, findings, found speakers and matched pairs."""
    for key in sorted((ROOT / "tests/data/draft").glob("fr-*.json")):
        ann = json.loads(key.read_text(encoding="utf-8")).get("annotated", "")
        art = load_article(key)
        head = art.text.partition("\n")[0].strip() if has_headline(art.text) else None
        an = analyze(art.text, "fr", headline=head)
        yield dict(
            name=art.name,
            ann=ann,
            text=art.text,
            keys=[(k.content, k.speaker, k.kind) for k in art.attributions],
            finds=[
                (f.content, f.cue, f.speaker, f.speaker_mention, f.kind) for f in an.attributions
            ],
            speakers=[(s.speaker, s.mentions) for s in an.speakers],
            pairs=match_attributions(an, art, 0.3),
        )


TUNE = re.compile(r"blind(2[7-9]|3[0-9]|4[0-6])")
FAM = {
    "vouloir": ("want", r"veu(?:x|t|lent)|voul(?:ait|aient|u|ons|ez)|voudr(?:a|ait|aient|ont)"),
    "souhaiter": ("want", r"souhait(?:e|ent|ait|aient|é|ée|és|ées|era|erait|eraient|ant)"),
    "entendre": ("want", r"entend(?:|ent|ait|aient|ra|rait|raient)"),
    "compter": ("want", r"compt(?:e|ent|ait|aient|era|erait|eraient)"),
    "ambitionner": ("want", r"ambitionn(?:e|ent|ait|aient|é)"),
    "espérer": ("want", r"esp[èé]r(?:e|ent|ait|aient|é|era|erait|ant)"),
    "proposer": ("propose", r"propos(?:e|ent|ait|aient|é|ée|és|ées|era|erait|eraient|ant)"),
    "demander": ("propose", r"demand(?:e|ent|ait|aient|é|ée|és|ées|era|erait|eraient|ant)"),
    "réclamer": ("propose", r"réclam(?:e|ent|ait|aient|é|ée|és|ées|era|erait|ant)"),
    "exiger": ("propose", r"exig(?:e|ent|eait|eaient|é|ée|és|ées|era|erait|eant)"),
    "prôner": ("propose", r"pr[ôo]n(?:e|ent|ait|aient|é|era|ant)"),
    "plaider pour": ("propose", r"plaid(?:e|ent|ait|aient|é|era|ant)(?= pour)"),
    "imaginer": ("propose", r"imagin(?:e|ent|ait|aient|é|ée|és|era|ant)"),
    "promettre": ("propose", r"prom(?:et|ettent|ettait|ettaient|is|ise|ettra|ettrait|ettant)"),
    "s'engager à": ("propose", r"engag(?:e|ent|eait|eaient|é|ée|és|ées|era|eant)(?= à )"),
    "annoncer": ("propose", r"annon(?:ce|cent|çait|çaient|cé|cée|cés|cées|cera|cerait|çant)"),
}
VERB = re.compile(
    r"(?<![\w’'-])("
    + "|".join(f"(?P<v{i}>{p})" for i, (_, (_, p)) in enumerate(FAM.items()))
    + r")(?![\w])(?:-t-(?:il|elle|ils|elles|on)|-(?:il|elle|ils|elles|on))?",
    re.I,
)
NAMES = list(FAM)
NOUNDET = re.compile(
    r"(?:^|\s)(?:la|une|sa|cette|leur|les|des|ses|leurs|l['’]|d['’]|mes|nos|vos|aux|du|de|en)\s*$",
    re.I,
)
PASSIVE = re.compile(
    r"\b(?:est|sont|été|être|était|étaient|sera|seront|soit|soient)\s+(?:\w+\s+)?$", re.I
)
PRON = re.compile(
    r"\b(il|elle|ils|elles|celui-ci|celle-ci|ceux-ci|celles-ci|ce dernier|cette dernière"
    r"|ces derniers|ces dernières)\b(?:\s+\S+){0,4}\s*$",
    re.I,
)
CLITIC = (
    r"(?:(?:ne|n['’]|pas|plus|jamais|donc|aussi|également|désormais|notamment|bien|toujours"
    r"|surtout|ainsi|d['’]ailleurs|d['’]abord|enfin|encore|déjà|maintenant|aujourd['’]hui"
    r"|par ailleurs|simplement|clairement|fermement|néanmoins|pourtant|notamment|avant tout"
    r"|lui|leur|se|s['’]|y|en|le|la|les|l['’]|me|m['’]|nous|vous|,)\s*)*"
)
INF = re.compile(r"\w+(?:er|ir|re|oir)\b", re.I)
DET = re.compile(
    r"(?:le|la|les|l['’]|un|une|des|du|de la|de l['’]|sa|son|ses|leur|leurs|ce|cet|cette|ces"
    r"|plusieurs|davantage|plus de|deux|trois|quatre|\d+)\b",
    re.I,
)
QUOTE_OPEN, QUOTE_CLOSE = "«“", "»”"


def quote_mask(text):
    m = bytearray(len(text))
    depth = 0
    straight = False
    for i, c in enumerate(text):
        if c in QUOTE_OPEN:
            depth += 1
        elif c in QUOTE_CLOSE:
            depth = max(0, depth - 1)
        elif c == '"':
            straight = not straight
        elif c == "\n":
            depth = 0
            straight = False
        m[i] = 1 if (depth or straight) else 0
    return m


def sentence_bounds(text, at):
    start = max(
        text.rfind("\n", 0, at),
        max((mm.end() for mm in re.finditer(r"[.!?…]\s+(?=[A-ZÀ-Ý«“\"])", text[:at])), default=0)
        - 1,
    )
    start = max(start + 1, 0)
    m = re.compile(r"[.!?…](?=\s+[A-ZÀ-Ý«“\"]|\s*$)|\n").search(text, at)
    return start, (m.end() if m else len(text))


ADV = (
    r"(?:(?:ne|n['’]|pas|plus|jamais|donc|aussi|également|désormais|notamment|bien|toujours"
    r"|surtout|ainsi|d['’]ailleurs|d['’]abord|enfin|encore|déjà|maintenant|aujourd['’]hui"
    r"|par ailleurs|simplement|clairement|fermement|néanmoins|pourtant|avant tout|,)\s*)*"
)


def obj_shape(name, after):
    m = re.match(r"\s*" + ADV, after)
    rest = after[m.end() :]
    if re.match(r"qu(?:e\b|['’])", rest, re.I):
        return None
    if re.match(r"(?:si|pourquoi|comment|quand|combien|où)\b", rest, re.I):
        return None
    if re.match(r"[«“\"]", rest):
        return "quote"
    m2 = re.match(CLITIC, rest)
    bare = rest[m2.end() :]
    if re.match(r"(?:de|d['’]|à)\s*" + CLITIC + r"\w+(?:er|ir|re|oir)\b", rest, re.I):
        return "prep+inf"
    if INF.match(bare) and not DET.match(rest):
        return "inf"
    if (
        INF.match(bare)
        and re.match(r"(?:le|la|les|l['’])\s*\w+(?:er|ir|re|oir)\b", rest, re.I)
        and not re.match(r"\w+(?:er|ir|re|oir)\b", rest[rest.find(" ") + 1 :] if False else "")
    ):
        pass
    if re.match(r"(?:de|d['’]|à|au|aux|pour|sur)\s", rest, re.I) or re.match(r"(?:d['’])", rest):
        return "prep+np"
    if DET.match(rest):
        return "np"
    return None


def overlaps(a, b):
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def main():
    args = argparse.ArgumentParser()
    args.add_argument("--show")
    SHOW = args.parse_args().show
    DEBUG = False
    rows = list(french_rows())
    tab = collections.defaultdict(lambda: collections.Counter())
    shown = []
    for r in rows:
        text = r["text"]
        qm = quote_mask(text)
        matched_keys = {j for _, j in r["pairs"]}
        tune = bool(TUNE.search(r["ann"] + " " + r["name"]))
        stand = "blind47" in r["ann"] or "blind47" in r["name"]
        for m in VERB.finditer(text):
            vs, ve = m.span()
            if qm[vs]:
                continue
            name = NAMES[next(i for i in range(len(NAMES)) if m.group(f"v{i}"))]
            before = text[max(0, vs - 40) : vs]
            if NOUNDET.search(before) and not re.search(
                r"\b(?:se|s['’]|le|la|les|l['’]|en|y|lui|leur|nous|vous|ne|n['’])\s*$", before, re.I
            ):
                continue
            if PASSIVE.search(before):
                continue
            if re.search(r"(?:é|ée|és|ées|u|is|ise)$", m.group(0)) and not re.search(
                r"\b(?:a|ont|avait|avaient|aurait|auraient|avons|avez|ai|as|aura|auront|ayant|avoir|a-t-(?:il|elle))\s+(?:(?:\w+|[nsl]['’]\w+)\s+){0,3}$",
                text[max(0, vs - 60) : vs],
            ):
                continue
            ss, se = sentence_bounds(text, vs)
            if any(
                mt[0] >= ve
                and mt[0] <= ve + 45
                and not re.search(r"[,;.]", text[ve : mt[0]])
                and re.search(r"^\s*(?:\S+\s+){0,4}\S*$", text[ve : mt[0]])
                and re.search(r"[,.]|$", text[mt[1] : mt[1] + 2])
                and sname_ok
                for sname, mentions in r["speakers"]
                for mt in mentions
                for sname_ok in [True]
            ) and re.search(r"[,»\"”]\s*(?:\w+\s+){0,2}$", text[max(ss, vs - 30) : vs]):
                continue
            shape = obj_shape(name, text[ve:se])
            if shape is None or shape == "quote":
                continue
            if re.search(r"[»\"”]\s*,\s*(?:\w+\s+){0,2}$", text[max(0, vs - 30) : vs]):
                continue  # a quotation's inverted cue
            if name in ("compter", "entendre") and shape != "inf":
                continue
            if name == "s'engager à" and not re.search(
                r"(?:s['’]|se|m['’]|nous|vous)\s*(?:\w+\s+){0,3}$", text[ss:vs]
            ):
                continue
            obj = (ve, se)
            if name == "entendre" and re.search(r"laiss\w*\s*$|faire\s*$|fait\s*$", before):
                continue
            # subject: speaker mention in the clause before the verb
            inv = re.search(r"-(?:t-)?(il|elle|ils|elles|on)$", m.group(0))
            spk = None
            how = None
            best = -1
            for sname, mentions in r["speakers"]:
                for mt in mentions:
                    if mt[0] >= ss and mt[1] <= vs and mt[0] > best and not qm[mt[0]]:
                        best, spk, how = mt[0], sname, "named"
            if spk is None:
                for sname, _ in r["speakers"]:
                    caps = [
                        w for w in re.findall(r"[\wÀ-ÿ-]+", sname) if w[:1].isupper() and len(w) > 2
                    ]
                    if caps and any(
                        re.search(r"\b" + re.escape(w) + r"\b", text[ss:vs]) for w in caps
                    ):
                        spk, how = sname, "named"
                        break
            clause = re.split(r"[,;:]\s*", text[ss:vs])[-1]
            desc = re.match(
                r"\s*(?:(?:et|mais|alors|puis|donc|de même|aussi)\s+)*"
                r"(?:le|la|les|l['’]|ce|cet|cette|ces|un|une)\s*[a-zà-ÿ]",
                clause,
                re.I,
            ) and not re.search(r"\b[A-ZÀ-Ý][a-zà-ÿ]{2,}", clause[2:])
            pron = inv or PRON.search(text[ss:vs])
            if (spk is None or inv) and (pron or desc):
                near = -1
                cand = None
                for sname, mentions in r["speakers"]:
                    for mt in mentions:
                        if mt[1] <= vs and mt[0] > ss - 600 and mt[0] > near and not qm[mt[0]]:
                            near, cand = mt[0], sname
                if cand:
                    spk, how = cand, ("pronoun" if pron else "description")
            if DEBUG and stand:
                print(
                    "DBG",
                    r["name"],
                    name,
                    shape,
                    spk,
                    how,
                    "|",
                    text[max(ss, vs - 80) : min(se, ve + 60)].replace("\n", " "),
                )
            if spk is None:
                continue
            # spoken elsewhere: the speaker has a finding not over this object
            spoke = any(f[2] == spk and overlaps(f[0], obj) == 0 for f in r["finds"])
            if not spoke:
                continue
            found = any(overlaps(f[0], obj) > 0 for f in r["finds"])
            keyed = [
                j
                for j, k in enumerate(r["keys"])
                if overlaps(k[0], obj) >= 0.3 * (k[0][1] - k[0][0]) and j not in matched_keys
            ]
            neg = bool(re.search(r"\bn['’]|\bne\b", text[max(ss, vs - 25) : vs])) or bool(
                re.match(r"\s*(?:pas|plus|jamais)\b", text[ve:])
            )
            fam = FAM[name][0]
            status = "found" if found else ("keyed" if keyed else "unkeyed")
            for scope, on in (("all", True), ("tune", tune), ("stand", stand)):
                if on:
                    tab[(name, shape)][(scope, status)] += 1
                    tab[(fam, "*")][(scope, status)] += 1
                    tab[("ALL", "*")][(scope, status)] += 1
                    if neg:
                        tab[("negated", "*")][(scope, status)] += 1
                    tab[("subject:" + how, "*")][(scope, status)] += 1
                    place = "headline" if "\n" not in text[:vs] else "body"
                    tab[(fam + "@" + place, shape)][(scope, status)] += 1
                    tab[(fam + "/" + how, shape)][(scope, status)] += 1
                    tab[(fam, shape)][(scope, status)] += 1
            if SHOW and re.search(SHOW, name) and not found:
                shown.append(
                    (
                        status,
                        "T" if tune else ("S" if stand else "-"),
                        r["name"],
                        shape,
                        "headline" if "\n" not in text[:vs] else "body",
                        how,
                        spk,
                        text[max(ss, vs - 60) : min(se, ve + 90)].replace("\n", " "),
                    )
                )

    def cell(c, sc):
        k, u, f = c[(sc, "keyed")], c[(sc, "unkeyed")], c[(sc, "found")]
        return f"{k}/{k + u} ({f} found)"

    print("| verb | object | whole corpus keyed/unfound | tuning | stand-in |")
    for key in sorted(
        tab,
        key=lambda x: (
            x[0] not in ("ALL", "want", "propose", "negated") and not x[0].startswith("subject"),
            x,
        ),
    ):
        c = tab[key]
        print(
            f"| {key[0]} | {key[1]} | {cell(c, 'all')} | {cell(c, 'tune')} | {cell(c, 'stand')} |"
        )
    for s in shown:
        print(*s, sep=" | ")


if __name__ == "__main__":
    main()
