"""slogans48: a quoted name or slogan is not speech; French quotations that name a thing, counted.

Round 48's sealed batches gave the quoted name of an electoral list as a candidate's words
(« une liste … revendiquée "pour Granville, …" », « une liste qui se revendique sans étiquette
:"Granville, du coeur et de l'action" », a subhead « "Ravivons la flamme", Esman Ergul »). Every
French quotation (« … », “…”, "…") is sorted by what stands before it:

- name: a noun of NOUNS right before the mark, no colon, the quotation opening on a capital
  (« le collectif "Pour un autre projet…" », « La liste « Un autre Meaux est possible » »);
- noun: a noun that names a thing (lexicon ``titled_thing_nouns`` and the naming nouns below)
  right before the opening mark, a determiner or a few lower-case words (an adjective, « divers
  centre », « de gauche ») and a colon allowed between;
- participle: a naming participle or verb (baptisé, intitulé, appelé, surnommé, nommé, dénommé,
  « se revendique », « s'intitule », « s'appelle ») right before, a colon allowed;
- subhead: a paragraph that is the quotation and then a comma and a name (« "…", Esman Ergul »);
- colon-short: a quotation of eight words or fewer with no verb the probe sees, after a colon;
- other: the rest (not counted).

The noun and participle shapes are split by a colon before the mark (+colon) and by the
quotation's first letter (+cap / +low).

For each: found (a finding's content lies mostly inside the quotation: keyed when it matches a
key, unkeyed when not), keyed-unfound (a key no finding matches covers half the quotation) or
nothing. Findings are cached in /tmp (``--fresh`` to redo). Scopes: whole corpus without the
test split blind48, tuning set (blind27-46), stand-in (blind47), test split (blind48).

python benchmarks/slogans48_probe.py [--show SHAPE] [--fresh]
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

from draft_eval import load_article, match_attributions  # noqa: E402
from quoteobj48_probe import quotations  # noqa: E402

from quizapp.draft import analyze  # noqa: E402
from quizapp.sets.articles.text import has_headline  # noqa: E402

CACHE = Path("/tmp/slogans48_rows.pkl")
TUNE = re.compile(r"blind(2[7-9]|3[0-9]|4[0-6])")
NOUNS = (
    r"listes?|slogans?|noms?|projets?|campagnes?|opérations?|festivals?|collectifs?"
    r"|associations?|devises?|thèmes?|intitulés?|titres?|programmes?|films?|livres?|ouvrages?"
    r"|romans?|spectacles?|expositions?|plans?|dispositifs?|albums?|chansons?|émissions?"
    r"|séries?|pièces?|labels?|concours|rapports?|mouvements?|groupes?|partis?|mots? d'ordre"
    r"|mots? d’ordre|manifestations?|fêtes?|marches?|pétitions?|journées?|conférences?"
    r"|débats?|ateliers?|soirées?|salons?|rencontres?|thématiques?|formules?|baptême"
)
PARTICIPLES = (
    r"baptisée?s?|intitulée?s?|appelée?s?|surnommée?s?|nommée?s?|dénommée?s?|s'intitul\w+"
    r"|s’intitul\w+|s'appel\w+|s’appel\w+|se revendiqu\w+|sous le nom de|sous le slogan"
    r"|sous le titre|sous la bannière|sous l'étiquette|sous l’étiquette"
)
LOWER = r"(?:[a-zà-ÿ'’-]+\s+){0,4}"
NOUN_BEFORE = re.compile(rf"(?<![\w'’-])({NOUNS})\s+{LOWER}:?\s*$", re.I)
NOUN_TIGHT = re.compile(rf"(?<![\w'’-])({NOUNS})\s*:?\s*$", re.I)
NAME_BEFORE = re.compile(rf"(?<![\w'’-])({NOUNS})\s*$", re.I)
PART_BEFORE = re.compile(rf"(?<![\w'’-])({PARTICIPLES})\s+{LOWER}:?\s*$", re.I)
SUBHEAD = re.compile(r"^\s*,\s*[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)+")
VERBISH = re.compile(
    r"(?<![\w'’])(?:est|sont|était|a|ont|avait|va|vont|faut|peut|peux|doit|fait|font|sera|ai"
    r"|suis|sommes|êtes|c'est|c’est|n'est|n’est|j'ai|j’ai|\w+ons|\w+ez|\w+ent|\w+ait|\w+aient"
    r"|\w+ra|\w+rai)(?![\w'’])",
    re.I,
)


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
                finds=[(f.content, f.cue, f.speaker, f.kind, f.via) for f in an.attributions],
                pairs=match_attributions(an, art, 0.3),
            )
        )
    CACHE.write_bytes(pickle.dumps(out))
    return out


def overlap(a, b):
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def shape(text, q):
    """The shape of quotation ``q`` (module docstring), with the word that names it."""
    line = text.rfind("\n", 0, q[0]) + 1
    before = text[max(line, q[0] - 80) : q[0]]
    inside = text[q[0] + 1 : q[1] - 1]
    m = NAME_BEFORE.search(before)
    if m and inside.strip()[:1].isupper():
        return "name", m.group(1).lower()
    for name, pattern in (("noun-tight", NOUN_TIGHT), ("noun", NOUN_BEFORE), ("part", PART_BEFORE)):
        m = pattern.search(before)
        if m:
            colon = "+colon" if ":" in before[m.end(1) :] else ""
            case = "+cap" if inside.strip()[:1].isupper() else "+low"
            return name + colon + case, m.group(1).lower()
    if not before.strip() and SUBHEAD.match(text[q[1] : text.find("\n", q[1]) % 10**9]):
        return "subhead" + ("-verb" if VERBISH.search(inside) else ""), ""
    if before.rstrip().endswith(":") and len(inside.split()) <= 8 and not VERBISH.search(inside):
        return "colon-short", ""
    return None, ""


def scan(r):
    text, matched = r["text"], {j for _, j in r["pairs"]}
    pair = dict(r["pairs"])
    for q in quotations(text):
        kind, word = shape(text, q)
        if not kind:
            continue
        size = q[1] - q[0]
        found = [
            i for i, f in enumerate(r["finds"]) if overlap(f[0], q) >= 0.5 * (f[0][1] - f[0][0])
        ]
        keys = [j for j, k in enumerate(r["keys"]) if overlap(k[0], q) >= 0.5 * size]
        if found:
            status = "found-keyed" if any(i in pair for i in found) else "found-unkeyed"
        elif any(j not in matched for j in keys):
            status = "unfound-keyed"
        else:
            status = "unfound-unkeyed"
        vias = ",".join(sorted({str(r["finds"][i][4]) for i in found}))
        yield kind, word, status, vias, q


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--show")
    parser.add_argument("--fresh", action="store_true")
    args = parser.parse_args()
    tab = collections.defaultdict(collections.Counter)
    words = collections.defaultdict(collections.Counter)
    for r in rows(args.fresh):
        tag = r["ann"] + " " + r["name"]
        scopes = ["test"] if "blind48" in tag else ["all"]
        scopes += ["tune"] if TUNE.search(tag) else []
        scopes += ["stand"] if "blind47" in tag else []
        for kind, word, status, vias, q in scan(r):
            for s in scopes:
                tab[kind][(s, status)] += 1
                if s == "all":
                    words[kind][(word, status)] += 1
            if args.show and re.fullmatch(args.show, kind) and status != "unfound-unkeyed":
                ctx = r["text"][max(0, q[0] - 70) : q[1] + 25].replace("\n", " / ")
                print(f"  {status} [{scopes[0]}] {r['name']} via={vias}: …{ctx}…")
    for kind in sorted(tab):
        print(f"== {kind}")
        for s in ("all", "tune", "stand", "test"):
            c = tab[kind]
            print("  ", s, {k[1]: v for k, v in sorted(c.items()) if k[0] == s})
        agg = collections.defaultdict(collections.Counter)
        for (w, st), v in words[kind].items():
            agg[w][st] += v
        print("   by word:", {w: dict(c) for w, c in sorted(agg.items()) if w})


if __name__ == "__main__":
    main()
