"""Census of two faults in drafted question words (prompts49, after teacher49's « Left »).

(a) Quoted words that hold a finding's own cue or source, or open on the tail of an incise
    (« Nous voulons, a expliqué X lors d'un déplacement à Amiens, un examen… » quoted from
    « lors d'un déplacement… »): the quoted text is found in the article, and a fault is a cue
    or source of a finding whose content holds those words lying inside them, or those words
    starting right after a cue or source with nothing but spaces between (a speaker's words
    resume after a comma, a stop, a colon or a mark, never straight after the name).
(b) Reported or quoted words that open on a French or English personal pronoun of the third
    person (« Qui affirme qu'elle ne reculerait pas ? »), and those holding one anywhere.

Counted per question kind (who, match pair, classify claim, true/false) over the corpus or the
keys whose name or ``annotated`` matches --only. Prints counts and, with --show N, N samples.
Usage: PYTHONPATH=TREE python benchmarks/prompts49_census.py [--only REGEX] [--show N]
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

_QUOTE = {"fr": re.compile(r"« (.+) »"), "en": re.compile(r"“(.+)”")}
_REPORTED = {
    "fr": re.compile(r"(?:affirment|affirme) (?:qu['’]|que )(.+?)(?:, selon l’article \?|\.$)"),
    "en": re.compile(r"(?:claims?|says?) that (.+?)(?:, according to the article\?|\.$)"),
}
_FIGURES = ("shown", "incise", "opens_pronoun", "opens_in_false", "holds_pronoun")
_PRONOUNS = {
    "fr": {"il", "elle", "ils", "elles"},
    "en": {"he", "she", "they", "him", "her", "them", "his", "their"},
}


def worded(question: dict, language: str) -> list[tuple[str, str, str]]:
    """(kind, how, words) for each piece of article words a question shows."""
    question = json.loads(re.sub("[\u00a0\u202f]", " ", json.dumps(question, ensure_ascii=False)))
    out = []
    qid = question["id"]
    if question["type"] == "match":
        out += [("match", "quoted", p["left"].strip("«» “”")) for p in question["pairs"]]
    elif question["type"] == "classify":
        out += [("classify", "quoted", i["claim"]) for i in question["items"]]
    elif qid.startswith(("draft-who", "draft-true-false")):
        kind = "who" if "who" in qid else "tf"
        prompt = question["prompt"]
        quoted = _QUOTE[language].search(prompt)
        reported = _REPORTED[language].search(prompt)
        if quoted and (not reported or quoted.start() < reported.start()):
            out.append((kind, "quoted", quoted.group(1)))
        elif reported:
            out.append((kind, "reported", reported.group(1)))
    return out


def locate(text: str, words: str) -> int:
    """Where the quoted words start in the article (-1 when not found)."""
    head = re.split(r"[…“”«»\"]", words.replace("’", "'"), maxsplit=1)[0].strip()
    if len(head) < 8:
        return -1
    flat = text.replace("’", "'")
    return flat.find(head[:40])


def incise_fault(an, start: int, length: int) -> bool:
    for f in an.attributions:
        first, last = f.content
        if not first <= start < last:
            continue
        for s in (f.cue, f.source):
            if s is None or not first < s[0] < last:
                continue
            if start <= s[0] < start + length:
                return True
            if 0 <= start - s[1] <= 3 and not an.text[s[1] : start].strip():
                return True
    return False


def pronoun_faults(words: str, language: str) -> tuple[bool, bool]:
    """(opens, holds): the words open on a personal pronoun of the third person (after a
    « qu' »), a French « il » before an impersonal verb (« il faut », « il y a ») not counted;
    or hold one anywhere (possessives and objects too in English: a looser count)."""
    tokens = re.findall(r"\w+", words.lower().replace("’", " ").replace("'", " "))
    if tokens[:1] == ["qu"]:
        tokens = tokens[1:]
    subjects = _PRONOUNS[language] & {"il", "elle", "ils", "elles", "he", "she", "they"}
    opens = bool(tokens) and tokens[0] in subjects
    if opens and tokens[0] == "il":
        opens = not set(tokens[1:4]) & load("fr").word_set("impersonal_il_verbs")
    return opens, any(t in _PRONOUNS[language] for t in tokens)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", default="")
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    tree = Path(__file__).resolve().parent.parent
    counts: Counter = Counter()
    samples: dict[str, list[str]] = {"incise": [], "opens": []}
    for key in sorted((tree / "tests/data/draft").glob("*.json")):
        meta = json.loads(key.read_text(encoding="utf-8"))
        if args.only and not re.search(args.only, key.name + " " + meta.get("annotated", "")):
            continue
        art = load_article(key)
        head = art.text.partition("\n")[0].strip() if has_headline(art.text) else None
        an = analyze(art.text, art.language, headline=head)
        for question in draft_questions(an):
            for kind, how, words in worded(question, art.language):
                lang = art.language
                counts[lang, kind, "shown"] += 1
                start = locate(art.text, words) if how == "quoted" else -1
                if start >= 0 and incise_fault(an, start, len(words)):
                    counts[lang, kind, "incise"] += 1
                    samples["incise"].append(f"{key.stem} [{kind}] {words[:110]}")
                opens, holds = pronoun_faults(words, lang)
                counts[lang, kind, "opens_pronoun"] += opens
                counts[lang, kind, "holds_pronoun"] += holds
                counts[lang, kind, "opens_in_false"] += opens and question.get("answer") is False
                if opens and kind in ("who", "tf"):
                    samples["opens"].append(f"{key.stem} [{kind}] {question['prompt'][:140]}")
    for lang in ("fr", "en"):
        for kind in ("who", "match", "classify", "tf"):
            c = {f: counts[lang, kind, f] for f in _FIGURES}
            print(lang, kind, c)
    rng = random.Random(49)
    for name, rows in samples.items():
        print(f"== {name}: {len(rows)}")
        for row in rng.sample(rows, min(args.show, len(rows))):
            print("  ", row)


if __name__ == "__main__":
    main()
