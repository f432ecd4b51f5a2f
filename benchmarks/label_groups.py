"""How the keys label each kind of French source phrase, per annotator batch (labels27).

Every French key attribution of tests/data/draft is sorted into a kind by the words it is
judged on (the source as written, or the key's speaker behind a pronoun or no source): an
office with no name, a body, a first name alone, a person with a role, a group, « on », a
document… For each kind it prints the keys' labels, how many annotator batches hold it and
each batch's majority, and, over the matched keys, whether the drafter agrees, or differs with
its speaker wrong (the label follows the speaker it resolved) or right. Then the recent
batches' disagreements. A diagnostic for the label rules, not a score.

    python benchmarks/label_groups.py [--recent blind25a,blind26a,…]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draft_eval import CORPUS, load_article, match_attributions, same_speaker

from quizapp.draft import analyze
from quizapp.sets.articles.text import has_headline

RECENT = "blind25a,blind25b,blind25c,blind25d,blind26a,blind26b,blind26c,blind26d,blind27c"
_PRONOUN = re.compile(r"^(?:il|elle|ils|elles|lui|eux|qui)$", re.I)
_OFFICE = (
    r"(?:maire|adjointe?|préfète?|préfet|présidente?|directeur|directrice|procureure?|gérante?|"
    r"patronne?|responsable|secrétaire|déléguée?|cheffe?|conseill(?:er|ère)|élue?|avocate?|"
    r"commissaire|juge|édile|porte-parole|propriétaire|ministre|députée?|bourgmestre)"
)
_BODY = (
    r"(?:mairie|préfecture|ville|commune|municipalité|gendarmerie|gendarmes|police|policiers|"
    r"pompiers|parquet|ministère|gouvernement|département|région|direction|syndicats?|"
    r"associations?|collectif|autorités|services?|état|justice|tribunal|école|collège|lycée|"
    r"université|club|fédération|organisateurs|équipe|enquêteurs|secouristes)"
)
_DOCUMENT = (
    r"(?:communiqué|rapport|chiffres?|document|courrier|lettre|étude|enquête|sondage|bilan|"
    r"message|note|avis|publication|panneau|affiche|pancarte|banderole|pétition|tract|données|"
    r"vidéo|enregistrement|décompte|annonce|estimations?|analyse|résultats|texte)"
)
_KIN = r"(?:maman|mère|père|papa|épouse|époux|femme|mari|fils|fille|frère|sœur|compagne?|compagnon)"
_DET = r"(?:le |la |l'|les |un |une |des |ce |cet |cette |ces |son |sa |ses |leur |leurs )"
_CAPITAL_OPENER = re.compile(r"^(?:Le|La|L'|Les|Un|Une|Des|Ce|Cet|Cette|Ces|Son|Sa|Ses|On)\b")
# (kind, pattern on the phrase in lower case, whether a capital elsewhere rules it out)
KINDS: list[tuple[str, str, bool]] = [
    ("« on »", r"^on$", False),
    ("« source(s) »", r"\bsources?\b", False),
    ("one of a group", r"^(?:l'une?|une?) (?:des|de ses|de leurs|d'entre|de ces|de mes)\b", False),
    ("a document", rf"^{_DET}?(?:\w+ )?{_DOCUMENT}\b", False),
    ("kin, no name", rf"^{_DET}?{_KIN}\b", True),
    ("an office, no name", rf"^(?:le |la |l')(?:\w+ )?{_OFFICE}\b", True),
    ("a body, no name", rf"^(?:le |la |l'|les |son |sa |ses |leur ){_BODY}\b", True),
    ("a person with a role, no name", r"^une? ", True),
    ("a group, indefinite", r"^(?:des|certains|certaines|plusieurs|de nombreu(?:x|ses)) ", True),
    ("a group, definite", r"^(?:les|ces|leurs|ses) ", True),
    ("another description", r"^(?:le |la |l'|ce |cette |cet |son |sa )", True),
]


def judged_phrase(item: dict) -> str:
    """The words the label is judged on: the source, or the speaker behind a pronoun."""
    source = item.get("source")
    phrase = source[0] if isinstance(source, list) else source
    if not phrase or _PRONOUN.match(phrase.strip()):
        phrase = item.get("speaker") or ""
    return " ".join(phrase.replace("’", "'").split())


def kind_of(phrase: str) -> str:
    if re.fullmatch(r"[A-ZÉÈ][a-zéèëïç]+(?:-[A-ZÉ][a-zéè]+)?", phrase):
        return "a first name alone"
    if re.match(r"[A-ZÉÈ][a-zéèëïç]+(?:-[A-ZÉ][a-zéè]+)?, [a-z0-9éèà]", phrase):
        return "a first name and a description"
    capital = any(w[:1].isupper() for w in phrase.split()[1:])
    capital = capital or (phrase[:1].isupper() and not _CAPITAL_OPENER.match(phrase))
    for kind, pattern, no_capital in KINDS:
        if re.search(pattern, phrase.lower()) and not (no_capital and capital):
            return kind
    return "a name (capitals)" if capital else "other"


def batch_of(key: dict) -> str:
    found = re.search(r"(?:the|batch) (\w+) helper", key.get("annotated", ""))
    return found.group(1) if found else "-"


def rows() -> list[dict]:
    """Every French key attribution with its kind, batch, label and the drafter's reading."""
    out = []
    for path in sorted(CORPUS.glob("fr-*.json")):
        raw, article = json.loads(path.read_text(encoding="utf-8")), load_article(path)
        headline = article.text.split("\n", 1)[0] if has_headline(article.text) else None
        analysis = analyze(article.text, "fr", headline=headline)
        found = {j: analysis.attributions[i] for i, j in match_attributions(analysis, article, 0.3)}
        for j, item in enumerate(raw["attributions"]):
            got, phrase = found.get(j), judged_phrase(item)
            row = {"kind": kind_of(phrase), "batch": batch_of(raw), "phrase": phrase}
            row |= {"label": item["label"], "speaker": item["speaker"]}
            row |= {"drafted": got and got.label, "drafted_speaker": got and got.speaker}
            out.append(row)
    return out


def print_kinds(table: list[dict]) -> None:
    by_kind: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    drafter: dict[str, Counter[str]] = defaultdict(Counter)
    for row in table:
        by_kind[row["kind"]][row["batch"]][row["label"]] += 1
        if row["drafted"]:
            drafter[row["kind"]][_agreement(row)] += 1
    for kind, batches in sorted(by_kind.items(), key=lambda item: -_size(item[1])):
        labels = sum(batches.values(), Counter())
        majority = Counter(_majority(c) for c in batches.values())
        print(f"{kind}: keys {dict(labels.most_common())}; {len(batches)} batches, majority "
              f"{dict(majority.most_common())}; drafter {dict(drafter[kind])}")  # fmt: skip


def _agreement(row: dict) -> str:
    if row["drafted"] == row["label"]:
        return "agrees"
    right = same_speaker(row["drafted_speaker"], row["speaker"])
    return "differs, speaker right" if right else "differs, speaker wrong"


def _size(batches: dict[str, Counter[str]]) -> int:
    return sum(sum(c.values()) for c in batches.values())


def _majority(labels: Counter[str]) -> str:
    top = labels.most_common(2)
    return "tie" if len(top) > 1 and top[0][1] == top[1][1] else top[0][0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--recent", default=RECENT, help="batches whose disagreements to list")
    recent = set(parser.parse_args().recent.split(","))
    table = rows()
    print_kinds(table)
    print("\nrecent batches, matched keys whose label differs:")
    for row in table:
        if row["batch"] in recent and row["drafted"] and row["drafted"] != row["label"]:
            print(f"  {row['batch']} {row['kind']}: {row['phrase'][:50]!r} key {row['label']} "
                  f"drafter {row['drafted']} ({_agreement(row)})")  # fmt: skip


if __name__ == "__main__":
    main()
