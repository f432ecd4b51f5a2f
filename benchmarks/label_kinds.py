"""How the corpus keys, and the drafter, label each kind of source phrase (labels11 pass).

For every key attribution of tests/data/draft (all splits) and tests/data/draft_second, the
phrase the label is judged on (the source as written, or the speaker when the source is a
pronoun or missing) is sorted into a rough kind by its words: counted groups, plural
« sources », staff and collective nouns, a body of a named organisation, objects and
inscriptions, individuals described by comparison or rank, « les proches de X », and prints
the keys' labels per kind, a few examples, and the drafter's labels on the matched ones.
A diagnostic for people tuning the label rules, not a score.

    python benchmarks/label_kinds.py [--examples 4] [--misses]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draft_eval import CORPUS, load_article, match_attributions

from quizapp.draft import analyze
from quizapp.sets.articles.text import has_headline

_NUMBER = (
    r"\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|cent"
    r"|two|three|four|five|seven|eight|nine|ten|eleven|twelve|twenty|a dozen|a handful"
)
_ORG = r"(?:de|du|des|d'|of|at|chez)\s*(?:l'|la\s|le\s|les\s|the\s)?\s*[A-ZÉ]"
KINDS: list[tuple[str, re.Pattern[str]]] = [
    ("plural sources", re.compile(r"\bsources\b", re.I)),
    ("proches de X / ses proches", re.compile(r"\b(proches|entourage|those close)\b", re.I)),
    (
        "body of a named organisation",
        re.compile(
            r"^(?i:la|le|les|l'|the)\s*(?i:direction|syndicats?|rédaction|personnel|salariés|"
            r"employés|services|journalistes|avocats|pompiers|équipes?|management|staff|"
            r"employees|unions?|board|lawyers)\s+" + _ORG
        ),
    ),
    (
        "management (« la direction »)",
        re.compile(r"^(?:la|the|its|their|sa|leur)?\s*(?:direction|management)\b(?! générale)"),
    ),
    (
        "staff / collective noun",
        re.compile(
            r"^(?:le|les|l'|the|its|their|son|ses|leur)?\s*(?:personnel|salariés|employés|"
            r"agents|équipes?|soignants|staff|employees|workers|crew|syndicats|unions)\b",
            re.I,
        ),
    ),
    (
        "object / inscription",
        re.compile(
            r"^(?:un|une|des|le|la|les|l'|a|an|the)\s*(?:panneaux?|pancartes?|banderoles?|"
            r"affiches?|tracts?|plaques?|inscriptions?|graffitis?|slogans?|signs?|banners?|"
            r"placards?|posters?|leaflets?|flyers?)\b"
        ),
    ),
    (
        "message / SMS",
        re.compile(r"^(?:un|une|le|la|l'|a|an|the)\s*(?:sms|messages?|texts?|notes?)\b", re.I),
    ),
    (
        "individual by comparison / rank",
        re.compile(
            r"^(?:le|la|l'|the)\s*(?:plus|moins|aînée?|cadette?|autre|eldest|oldest|youngest|"
            r"elder|younger|other)\b|^(?:l'une?|one|un|une)\s+(?:des|d'entre|de ces|of)\b",
            re.I,
        ),
    ),
    ("counted group (a number)", re.compile(rf"^(?:{_NUMBER})\b", re.I)),
    (
        "counted group, definite (« les deux X »)",
        re.compile(rf"^(?:les|the)\s+(?:{_NUMBER})\b", re.I),
    ),
    (
        "counted group (approximate)",
        re.compile(
            r"^(?:une|des|plusieurs)\s+(?:vingtaine|dizaines?|centaines?|trentaine|quinzaine|"
            r"douzaine|milliers?)|^(?:dozens|hundreds|thousands|scores)\s+of",
            re.I,
        ),
    ),
    (
        "counted group (plusieurs, several, many)",
        re.compile(r"^(?:plusieurs|de nombreu(?:x|ses)|nombre de|several|many|numerous)\b", re.I),
    ),
    (  # speakers9: « le maire de Taconnay », an office of a named place, its holder unnamed
        "office of a named place, no name",
        re.compile(
            r"^(?i:le|la|l')\s*(?i:maire|adjointe?|préfète?|président|présidente|directeur|"
            r"directrice|procureure?|gérante?|patron|patronne|recteur|rectrice|doyen|doyenne)"
            r"(?:\s+[a-zé-]+)?\s+(?:de|du|des|d')\s*(?:l'|la\s|le\s|les\s)?[A-ZÉ][\w'-]*"
            r"(?:[\s-]+(?:[A-ZÉ][\w'-]*|de|du|des|la|le|sur|en|d'))*$"
        ),
    ),
    (  # speakers9: « l'Agence mauritanienne d'information », a named agency
        "named agency (« l'Agence X »)",
        re.compile(r"^(?:l'|the\s)?\s*Agen(?:ce|cy)\b"),
    ),
    (  # speakers9: « les syndicats », « les associations »: bare plural bodies
        "bare plural bodies (« les syndicats »)",
        re.compile(r"^(?i:les|des)\s+(?i:syndicats|associations|partis|élus|ONG|unions)$"),
    ),
]
_PRONOUN = re.compile(r"^(?:il|elle|ils|elles|qui|on|he|she|it|they|who|lui|eux|ce|his|its)$")


def judged_phrase(item: dict) -> str:
    """The words the label is judged on: the source, or the speaker behind a pronoun."""
    source = item.get("source")
    phrase = source[0] if isinstance(source, list) else source
    if not phrase or _PRONOUN.match(phrase.strip().lower()):
        phrase = item.get("speaker") or ""
    return " ".join(phrase.replace("’", "'").split())


def kind_of(phrase: str) -> str | None:
    return next((name for name, pattern in KINDS if pattern.search(phrase)), None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=4)
    parser.add_argument("--misses", action="store_true", help="print the drafter's misses")
    args = parser.parse_args()
    keys: dict[str, Counter[str]] = defaultdict(Counter)
    drafted: dict[str, Counter[str]] = defaultdict(Counter)
    examples: dict[str, list[str]] = defaultdict(list)
    paths = sorted(CORPUS.glob("*.json")) + sorted(CORPUS.parent.glob("draft_second/*.json"))
    for path in paths:
        raw = json.loads(path.read_text(encoding="utf-8"))
        article = load_article(path)
        analysis = analyze(article.text, article.language, headline=_headline(article.text))
        found = dict((j, i) for i, j in match_attributions(analysis, article, 0.3))
        for j, item in enumerate(raw["attributions"]):
            phrase = judged_phrase(item)
            kind = kind_of(phrase)
            if kind is None:
                continue
            keys[kind][item["label"]] += 1
            if len(examples[kind]) < 40 and phrase not in examples[kind]:
                examples[kind].append(f"{phrase[:60]} ({item['label']})")
            if j in found:
                got = analysis.attributions[found[j]].label
                drafted[kind][f"{item['label']}->{got}"] += 1
                if args.misses and got != item["label"]:
                    print(f"  miss {path.parent.name}/{path.stem}: {phrase[:70]!r} "
                          f"key {item['label']} drafter {got}")  # fmt: skip
    for name, _pattern in KINDS:
        print(f"{name}: keys {dict(keys[name])}; matched key->drafter {dict(drafted[name])}")
        for example in examples[name][: args.examples]:
            print(f"    {example}")


def _headline(text: str) -> str | None:
    return text.split("\n", 1)[0] if has_headline(text) else None


if __name__ == "__main__":
    main()
