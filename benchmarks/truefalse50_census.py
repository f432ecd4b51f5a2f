"""Census of drafted questions whose article words do not stand alone (truefalse50, issue 15).

A question is shown to a student on its own. The article words it shows (a who-said-this's or a
true/false statement's quotation or reported words, a locate's, a match pair's left side, a
classify item's claim) are read here after their marks and a « que » / "that" of their own, and
counted when they open on:

- ``pronoun``: « il / elle / ils / elles », "he / she / they" (a French « il » before one of
  ``impersonal_il_verbs`` within three words is nobody's, not counted);
- ``demonstrative``: « cela / ça / ceci », « ce dernier » and its kin (``latter_pronouns``),
  "this / that / these / those" used as a pronoun (before a verb of a short list), "the latter";
- ``connective``: a connective linking the words to what came before (the lists below),
  « Mais », « Pourtant, », "However,";
- ``ce_etre`` / ``it`` (reported apart, not counted as faults): « C'est… », "It…", which are
  as often a phrase's own subject as an anaphora;

and ``mostly`` when such words are also short (five words or fewer: « Cela a été fait. »).
Split by language, question kind and true/false slot; for true/false statements the kind says
what the statement stands on: ``tf-said`` (a speaker says quoted words), ``tf-reported`` (a
speaker « affirme que … »), ``tf-unsourced`` (the article writes it with no source), ``tf-kind``
(a speaker's kind of source: no article words), each ``/claim`` when the words are one of the
article's own unsourced sentences, ``/attr`` when a speaker's.

Usage: PYTHONPATH=TREE python benchmarks/truefalse50_census.py [--only REGEX] [--show N]
       [--kind REGEX] [--skip REGEX]  (samples only of the kinds matching REGEX; --skip
       leaves out the keys it matches, the stand-in blind49 when reading samples to design)
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from draft_eval import load_article

from quizapp.draft import analyze
from quizapp.draft.drafting.questions import draft_questions
from quizapp.draft.words.lexicon import load
from quizapp.sets.articles.text import has_headline

_PRONOUNS = {"fr": {"il", "elle", "ils", "elles"}, "en": {"he", "she", "they"}}
_DEMONSTRATIVES = {"fr": {"cela", "ça", "ceci"}, "en": {"this", "that", "these", "those"}}
_EN_VERBS = set(
    [
        "is",
        "was",
        "are",
        "were",
        "has",
        "have",
        "had",
        "will",
        "would",
        "could",
        "can",
        "may",
        "might",
        "should",
        "must",
        "means",
        "meant",
        "comes",
        "came",
        "makes",
        "made",
        "includes",
        "included",
        "follows",
        "followed",
        "led",
        "leads",
        "happened",
        "says",
        "said",
        "'s",
        "’s",
        "isn't",
        "wasn't",
    ]
)
_CONNECTIVES = {  # phrasing.json's dropped_openers and dropped_connectives (truefalse50),
    # written here so that a tree from before the round is counted with the same words
    "fr": [
        "mais",
        "et",
        "or",
        "car",
        "pourtant",
        "cependant",
        "toutefois",
        "néanmoins",
        "ainsi",
        "donc",
        "aussi",
        "alors",
        "puis",
        "ensuite",
        "enfin",
        "d'abord",
        "en revanche",
        "par ailleurs",
        "de plus",
        "en outre",
        "d'ailleurs",
        "en effet",
        "certes",
        "bref",
        "du reste",
        "de fait",
        "de son côté",
        "de leur côté",
        "pour sa part",
        "pour leur part",
        "à son tour",
        "à leur tour",
        "là encore",
        "là aussi",
        "une nouvelle fois",
        "encore une fois",
        "une fois de plus",
        "dans la foulée",
    ],
    "en": [
        "but",
        "and",
        "or",
        "however",
        "yet",
        "still",
        "meanwhile",
        "moreover",
        "furthermore",
        "nevertheless",
        "nonetheless",
        "indeed",
        "instead",
        "also",
        "besides",
        "thus",
        "therefore",
        "then",
        "so",
        "again",
        "separately",
        "in addition",
        "even so",
        "for his part",
        "for her part",
        "for their part",
        "in turn",
        "in response",
    ],
}
_BARE = {"mais", "et", "or", "car", "but", "and", "yet"}  # connectives with no comma
_FIGURES = ("shown", "pronoun", "demonstrative", "connective", "mostly", "ce_etre", "it")


def templates(language: str) -> list[tuple[str, re.Pattern]]:
    """(template name, pattern) for each prompt template that shows article words."""
    wording = load(language).raw["wording"]
    out = []
    for name, text in wording.items():
        if not isinstance(text, str) or "prompt" not in name or "{" not in text:
            continue
        pattern = re.escape(_flat(text))
        for field in ("quote", "reported", "opening"):
            pattern = pattern.replace(re.escape("{" + field + "}"), f"(?P<{field}>.+)")
        for field, forms in _forms(wording).items():
            pattern = pattern.replace(re.escape("{" + field + "}"), f"(?:{forms})")
        pattern = re.sub(r"\\\{\w+\\\}", ".+?", pattern)
        pattern = pattern.removesuffix(re.escape("."))  # « …patrimoine. » has no second stop
        out.append((name, re.compile(pattern + r"\.?$")))
    return sorted(out, key=lambda item: -len(item[1].pattern))


def _forms(wording: dict) -> dict[str, str]:
    """Each verb field of the templates as an alternation of its forms (« affirme|affirment »)."""
    fields: dict[str, set[str]] = {}
    for forms in wording["verb_forms"].values():
        for field, form in forms.items():
            fields.setdefault(field, set()).add(re.escape(_flat(form)))
    return {field: "|".join(sorted(alts, key=len, reverse=True)) for field, alts in fields.items()}


def _flat(text: str) -> str:
    return re.sub("[\u00a0\u202f]", " ", text).replace("’", "'")


def shown_pieces(question: dict, language: str, claims: set[str]) -> list[tuple[str, str, str]]:
    """(kind, slot, words) for each piece of article words ``question`` shows."""
    kind, qid = question["type"], question["id"]
    if kind == "match":
        return [("match", "-", p["left"].strip("«» “”")) for p in question["pairs"]]
    if kind == "classify":
        return [("classify", "-", item["claim"]) for item in question["items"]]
    prompt = _flat(question["prompt"])
    for name, pattern in templates(language):
        hit = pattern.match(prompt)
        if hit is None:
            continue
        words = next((hit.group(f) for f in ("quote", "reported") if f in pattern.groupindex), "")
        if qid.startswith("draft-true-false"):
            slot = "true" if question["answer"] else "false"
            sub = {"tf_prompt": "tf-said", "tf_prompt_reported": "tf-reported"}.get(name)
            sub = sub or ("tf-unsourced" if name == "tf_claim_prompt" else "tf-kind")
            origin = "/claim" if _flat(question["evidence"][0]) in claims else "/attr"
            return [(sub + ("" if sub == "tf-kind" else origin), slot, words)]
        base = "who" if qid.startswith("draft-who") else "locate"
        return [(f"{base}-{'reported' if name.endswith('reported') else 'quoted'}", "-", words)]
    return [("other", "-", "")]


def opening_of(words: str, language: str) -> set[str]:
    """The figures the words' opening counts in (empty when they stand alone)."""
    lex = load(language)
    tokens = re.findall(r"[\w’']+", _flat(words).lower().replace("'", "' "))
    if tokens[:1] in (["qu'"], ["que"], ["that"]):
        tokens = tokens[1:]
    if not tokens:
        return set()
    first, text = tokens[0], " ".join(tokens)
    found = set()
    if first in _PRONOUNS[language]:
        impersonal = first == "il" and set(tokens[1:4]) & lex.word_set("impersonal_il_verbs")
        found |= set() if impersonal else {"pronoun"}
    latter = [w.replace("’", "'") for w in lex.words("latter_pronouns")]
    if language == "fr" and (
        first in _DEMONSTRATIVES["fr"]
        or any(text.startswith(w) for w in latter if not w.startswith("l'"))
    ):
        found.add("demonstrative")
    verb_next = tokens[1:2] and (tokens[1] in _EN_VERBS or tokens[1].endswith("ed"))
    if language == "en" and first in _DEMONSTRATIVES["en"] and verb_next:
        found.add("demonstrative")
    if language == "en" and text.startswith("the latter"):
        found.add("demonstrative")
    if _connective(_flat(words), language):
        found.add("connective")
    if found and len(tokens) <= 5:
        found.add("mostly")
    if language == "fr" and (first == "c'" or text.startswith(("ce sont", "ce fut"))):
        found.add("ce_etre")
    if language == "en" and first == "it":
        found.add("it")
    return found


def _connective(words: str, language: str) -> bool:
    """Whether the words open on a connective that links them to what came before."""
    bare = re.sub(r"^[«“\"'\s]+", "", words).replace("’", "'").lower()
    bare = re.sub(r"^(qu'|que |that )", "", bare)
    for connective in _CONNECTIVES[language]:
        if not bare.startswith(connective):
            continue
        rest = bare[len(connective) :]
        if rest.startswith(",") or (connective in _BARE and rest[:1] == " "):
            return True
    return False


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", default="")
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--kind", default="tf|who")
    parser.add_argument("--skip", default="", help="keys left out (the stand-in: blind49)")
    args = parser.parse_args()
    tree = Path(__file__).resolve().parent.parent
    counts: Counter = Counter()
    samples: dict[str, list[str]] = {}
    for key in sorted((tree / "tests/data/draft").glob("*.json")):
        meta = json.loads(key.read_text(encoding="utf-8"))
        if args.only and not re.search(args.only, key.name + " " + meta.get("annotated", "")):
            continue
        if args.skip and re.search(args.skip, key.name + " " + meta.get("annotated", "")):
            continue
        art = load_article(key)
        head = art.text.partition("\n")[0].strip() if has_headline(art.text) else None
        an = analyze(art.text, art.language, headline=head)
        claims = {_flat(an.passage(c.span)) for c in an.unattributed}
        for question in draft_questions(an):
            for kind, slot, words in shown_pieces(question, art.language, claims):
                row = (art.language, kind, slot)
                counts[(*row, "shown")] += 1
                for figure in opening_of(words, art.language):
                    counts[(*row, figure)] += 1
                    if re.search(args.kind, f"{kind} {slot}") and figure != "mostly":
                        line = f"{key.stem} [{kind} {slot}] {question['prompt'][:200]}"
                        samples.setdefault(f"{art.language} {figure}", []).append(line)
    rows = sorted({key[:3] for key in counts})
    print("| lang | kind | slot | " + " | ".join(_FIGURES) + " |")
    print("|---" * (3 + len(_FIGURES)) + "|")
    for row in rows:
        cells = [str(counts[(*row, figure)]) for figure in _FIGURES]
        print(f"| {' | '.join(row)} | " + " | ".join(cells) + " |")
    rng = random.Random(50)
    for name, lines in sorted(samples.items()):
        print(f"== {name}: {len(lines)}")
        for line in rng.sample(lines, min(args.show, len(lines))):
            print("  ", line)


if __name__ == "__main__":
    main()
