"""scraps47: the unattributed claims that are scraps of an attribution's sentence.

A claim is a scrap candidate when its sentence holds an attribution (``taken``), its piece
opens right where an attribution's extent ends (what follows a cue, a source, an apposition),
and the clause has no finite verb of its own or opens on a relative pronoun. Prints counts per
language, how many overlap a key's unattributed claim (and with which key label), examples.

python benchmarks/scraps47_scan.py [--only REGEX] [--examples N]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from draft_eval import load_article  # noqa: E402

import quizapp.draft.claims as claims_module  # noqa: E402
import quizapp.draft.pipeline.reader as reader  # noqa: E402
from quizapp.draft import analyze  # noqa: E402
from quizapp.draft.clause.noun_phrases.noun_phrase import holds_finite_verb  # noqa: E402
from quizapp.draft.words.lexicon import fold  # noqa: E402
from quizapp.sets.articles.text import has_headline  # noqa: E402

SEEN: list[tuple] = []
_original = claims_module.claims_of_sentence


def _recording(text, sentence, taken, lex, framing):
    found = _original(text, sentence, taken, lex, framing)
    SEEN.extend((text, sentence, tuple(taken), lex, framing, c) for c in found)
    return found


reader.claims_of_sentence = _recording
claims_module.is_scrap = lambda *_: False  # the claims as they were before scraps47


def kind_of(text, sentence, taken, lex, framing, claim) -> str | None:
    """'relative', 'verbless' or None: whether the claim is a scrap candidate."""
    if framing or not taken:
        return None
    start = claim.span[0]
    ends = [e for _, e in taken if e <= start and not text[e:start].strip(' ,;:–—-»”"')]
    if not ends:
        return None
    first = re.match(r"[\w'’]+", text[start : claim.span[1]])
    word = fold(first.group()) if first else ""
    relatives = lex.word_sets("relative_pronouns", "relative_openers")
    if word in relatives or word.rstrip("'’") + "'" in relatives:
        return "relative"
    if not holds_finite_verb(text, claim.span, lex):
        return "verbless"
    return None


def key_label(article, span) -> tuple[str | None, str]:
    """The label of the key's claim overlapping ``span`` most, and whether that claim is
    the scrap itself ('tail': at least half of it inside the scrap) or a longer passage."""
    best, label, shape = 0, None, ""
    for kspan, klabel in article.unattributed:
        shared = max(0, min(kspan[1], span[1]) - max(kspan[0], span[0]))
        if shared > best:
            inside = 2 * shared >= kspan[1] - kspan[0]
            best, label, shape = shared, klabel, "tail" if inside else "longer"
    return label, shape


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only")
    parser.add_argument("--examples", type=int, default=15)
    args = parser.parse_args()
    keys = sorted((ROOT / "tests" / "data" / "draft").glob("*.json"))
    tally: Counter = Counter()
    examples: dict[str, list[str]] = {}
    for key in keys:
        meta = json.loads(key.read_text(encoding="utf-8"))
        if args.only and not re.search(args.only, key.name + " " + meta.get("annotated", "")):
            continue
        art = load_article(key)
        head = art.text.partition("\n")[0].strip() if has_headline(art.text) else None
        SEEN.clear()
        an = analyze(art.text, art.language, headline=head)
        kept = {c.span for c in an.unattributed}
        for text, sentence, taken, lex, framing, claim in SEEN:
            if claim.span not in kept:
                continue
            tally[art.language, "claims"] += 1
            kind = kind_of(text, sentence, taken, lex, framing, claim)
            if kind is None:
                continue
            label, shape = key_label(art, claim.span)
            tally[art.language, kind] += 1
            same = f"same {label == claim.label}"
            tally[art.language, kind, f"key {label}", same, shape] += 1
            passage = text[claim.span[0] : claim.span[1]]
            examples.setdefault(f"{art.language} {kind}", []).append(
                f"{art.name}: [{claim.label}; key {label} {shape}] {passage!r}"
            )
    for item in sorted(tally.items(), key=str):
        print(*item)
    for name, rows in sorted(examples.items()):
        print(f"--- {name} ({len(rows)})")
        for row in rows[: args.examples]:
            print("  ", row[:220])


if __name__ == "__main__":
    main()
