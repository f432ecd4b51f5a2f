"""French statements with no verb of the lexicon, counted where the drafter finds nothing (pour47).

Three counts over the French corpus, each split into the whole corpus, the tuning set (keys
annotated by blind27 … blind45) and the stand-in (blind46):

1. sentences opening on « Pour X, », « Du côté de X, », « Côté X, » or « Aux yeux de X, »
   (maybe after a connective): whether a finding covers the clause after the comma, whether a
   key does, and for those no finding covers, what X is (an infinitive, a time or connective,
   another noun phrase) and what the clause holds (a modal, a future, a judgement);
2. each verb of ``--verbs`` (lemmas outside the lexicon read from the missed keys' cues): its
   forms in the corpus (not after a determiner), those in a sentence no finding touches, and
   how many of these a key the drafter misses overlaps (keyed);
3. quotations in the headline no finding covers: opening the headline, after a colon or
   inside it, shorter than eight words or not, keyed or not.

A diagnostic, not a score: the shares are what a rule reading the shape would get right at
best. `python benchmarks/pour_shapes.py [--verbs citer,voir,...]`
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draft_eval import CORPUS, load_article, match_attributions

from quizapp.draft import analyze
from quizapp.draft.words.conjugation import forms_of
from quizapp.draft.words.lexicon import load
from quizapp.sets.articles.text import has_headline

_TUNING = re.compile(r"blind(2[7-9]|3\d|4[0-5])")
_OPENING = re.compile(
    r"(?:^|(?<=[.!?…»”\"])\s+|\n)(?:(?:Mais|Et|Or|Car|Donc|Alors|Enfin|Reste que|Sauf que|"
    r"Ainsi|En revanche|Cependant|Toutefois|Pourtant)\s*,?\s*)?(?P<mark>Pour|Aux yeux d(?:e l['’]"
    r"|u |es |e |')|Du côté d(?:e l['’]|u |es |e |')|Côté)\s*(?P<x>[^,.;:!?«»\"\n]{1,70}?)\s*,\s*",
    re.M,
)
_INFINITIVE = re.compile(r"^(?:ne |n'|se |s'|y |en |mieux |bien )*\w+(?:er|ir|re|oir)\b", re.I)
_TIME = re.compile(
    r"^(?:l['’]heure|l['’]instant|le moment|la \w+ fois|autant|tant|rappel|mémoire|"
    r"l['’]occasion|ce faire|\d|les? (?:prochaine|dernier|premier)|la rentrée|l['’]année)",
    re.I,
)
_MODAL = re.compile(r"\b(?:faut|faudra|faudrait|doit|doivent|devra|devrait|pourrait|peut)\b")
_FUTURE = re.compile(r"\b\w{3,}(?:ra|ront)\b")
_JUDGEMENT = re.compile(r"\b(?:est|sont|était|reste|semble|paraît|c['’]est|s['’]agit)\b")
_QUOTE = re.compile(r"[«\"“]\s*([^«»\"“”]{2,200}?)\s*[»\"”]")
_DETERMINERS = {"le", "la", "les", "l'", "un", "une", "des", "du", "ce", "cette", "ces", "au"}
_IRREGULAR = {  # forms of the irregular lemmas asked most, written out here, not the lexicon's
    "voir": "voit voient voyait voyaient verra verront verrait",
    "comprendre": "comprend comprennent comprenait comprenaient comprendra",
    "savoir": "sait savent savait savaient saura sauront",
    "attendre": "attend attendent attendait attendaient attendra attendront",
    "lire": "lit lisent lisait lisaient lira liront",
    "entendre": "entend entendent entendait entendaient entendra",
}


def _group(annotated: str) -> str:
    return "tuning" if _TUNING.search(annotated) else "stand-in" if "blind46" in annotated else ""


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and e > start for s, e in spans)


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    opening = max([text.rfind(m, 0, start) + len(m) for m in ("\n", ". ", "? ", "! ")] + [0])
    closes = [i for i in (text.find("\n", end), text.find(". ", end)) if i >= 0]
    return opening, min(closes) if closes else len(text)


def _readings(path: Path) -> tuple:
    """The article, its group, its findings' spans and the spans of the keys no finding
    matches."""
    article = load_article(path)
    group = _group(json.loads(path.read_text(encoding="utf-8")).get("annotated", ""))
    headline = article.text.partition("\n")[0].strip() if has_headline(article.text) else None
    analysis = analyze(article.text, "fr", headline=headline)
    matched = {j for _, j in match_attributions(analysis, article, 0.3)}
    found = [a.content for a in analysis.attributions]
    keys = [k.content for k in article.attributions]
    missed = [k.content for j, k in enumerate(article.attributions) if j not in matched]
    return article, group, found, keys, missed


def _openings(article, group: str, found, keys, tally: Counter) -> None:
    text = article.text
    for m in _OPENING.finditer(text):
        _, end = _sentence(text, m.end(), m.end())
        covered, keyed = _overlaps(found, m.end(), end), _overlaps(keys, m.end(), end)
        x, clause = m["x"], text[m.end() : end]
        kind = "infinitive" if _INFINITIVE.match(x) and not x.startswith(("l", "L")) else "noun"
        kind = "time or connective" if _TIME.match(x) else kind
        holds = "modal" if _MODAL.search(clause) else "future" if _FUTURE.search(clause) else ""
        holds = holds or ("judgement" if _JUDGEMENT.search(clause) else "other")
        head = m["mark"].split()[0]
        for where in ("all", group):
            if where:
                tally[(where, head, "found" if covered else kind, holds, keyed)] += 1


def _verb_uses(article, group: str, found, missed, verbs: dict, tally: dict) -> None:
    text = article.text
    for lemma, pattern in verbs.items():
        for m in pattern.finditer(text):
            before = text[max(0, m.start() - 4) : m.start()].lower().replace("’", "'").split()
            if before and before[-1] in _DETERMINERS:
                continue  # « la cité », « le compte »: a noun
            start, end = _sentence(text, m.start(), m.end())
            idle = not _overlaps(found, start, end)
            keyed = idle and _overlaps(missed, start, end)
            for where in ("all", group):
                if where:
                    tally.setdefault((lemma, where), Counter()).update(
                        uses=1, idle=int(idle), keyed=int(keyed)
                    )


def _headline_quotes(article, group: str, found, keys, tally: Counter) -> None:
    text = article.text
    head = text.partition("\n")[0]
    for m in _QUOTE.finditer(head):
        if _overlaps(found, *m.span(1)):
            continue
        where_in = "opening" if m.start() < 3 else "inside"
        where_in = "after a colon" if re.search(r":\s*$", head[: m.start()]) else where_in
        short = len(m.group(1).split()) < 8
        keyed = any(_cover(m.span(1), key) >= 0.3 for key in keys)
        for where in ("all", group):
            if where:
                tally[(where, where_in, "short" if short else "long", keyed)] += 1


def _cover(found: tuple[int, int], key: tuple[int, int]) -> float:
    return max(0, min(found[1], key[1]) - max(found[0], key[0])) / max(1, key[1] - key[0])


def _verb_patterns(lemmas: list[str]) -> dict:
    raw = load("fr").raw | {"irregular_forms": {}, "reflexive_irregular": {}}
    patterns = {}
    for lemma in lemmas:
        forms = set(_IRREGULAR[lemma].split()) if lemma in _IRREGULAR else set()
        forms = forms or {f for f in forms_of(raw, [lemma]) if not f.endswith(("ant", "er"))}
        alternation = "|".join(sorted(map(re.escape, forms), key=len, reverse=True))
        patterns[lemma] = re.compile(rf"(?<![\w'’])(?:{alternation})\b", re.I)
    return patterns


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--verbs", default="citer,voir,trouver,compter,comprendre,savoir")
    verbs = _verb_patterns(parser.parse_args().verbs.split(","))
    openings, quotes, uses = Counter(), Counter(), {}
    for path in sorted(CORPUS.glob("fr-*.json")):
        article, group, found, keys, missed = _readings(path)
        _openings(article, group, found, keys, openings)
        _verb_uses(article, group, found, missed, verbs, uses)
        _headline_quotes(article, group, found, keys, quotes)
    print("openings (where, mark, found or X's kind, clause, keyed): count")
    for row, count in sorted(openings.items(), key=str):
        print(" ", row, count)
    print("verbs (lemma, where): uses, in a sentence with no finding, keyed among these")
    for (lemma, where), c in sorted(uses.items()):
        print(f"  {lemma:12} {where:8} {c['uses']:4} {c['idle']:4} {c['keyed']:3}")
    print("headline quotations no finding covers (where, place, size, keyed): count")
    for row, count in sorted(quotes.items(), key=str):
        print(" ", row, count)


if __name__ == "__main__":
    main()
