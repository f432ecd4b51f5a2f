"""scraps47: the drafter with and without its scrap rule, article by article.

Prints per language: a hash of the attributions alone (must not move), the key's unattributed
claims labelled right before and after (quick_score's ``af``, as counts), each key claim whose
label changed with the claim that labelled it before and after (a scrap, or the key's passage
reached through a longer claim), and the drafted questions that appear or go.

python benchmarks/scraps47_before_after.py [--only REGEX] [--show N]
"""

from __future__ import annotations

import argparse
import hashlib
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
from quizapp.draft import analyze  # noqa: E402
from quizapp.draft.drafting.questions import draft_questions  # noqa: E402
from quizapp.sets.articles.text import has_headline  # noqa: E402

RULE = claims_module.is_scrap


def best_claim(analysis, span):
    """The claim quick_score reads a key claim's label from: the one overlapping it most."""
    best, found = 0, None
    for claim in analysis.unattributed:
        shared = max(0, min(claim.span[1], span[1]) - max(claim.span[0], span[0]))
        if shared > best:
            best, found = shared, claim
    return found


def _shape(key_span, claim) -> str:
    """'longer': the key's claim starts before the scrap, in what the drafter read as an
    attribution (the scrap reached it by chance); 'tail': the key keyed the scrap itself."""
    return "longer" if key_span[0] < claim.span[0] - 1 else "tail"


def run(art, head, scraps: bool):
    claims_module.is_scrap = RULE if scraps else (lambda *_: False)
    an = analyze(art.text, art.language, headline=head)
    return an, draft_questions(an)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only")
    parser.add_argument("--show", type=int, default=20)
    args = parser.parse_args()
    tally: Counter = Counter()
    hashes: dict[str, list] = {}
    flips: list[str] = []
    questions: list[str] = []
    for key in sorted((ROOT / "tests" / "data" / "draft").glob("*.json")):
        meta = json.loads(key.read_text(encoding="utf-8"))
        if args.only and not re.search(args.only, key.name + " " + meta.get("annotated", "")):
            continue
        art = load_article(key)
        head = art.text.partition("\n")[0].strip() if has_headline(art.text) else None
        (old, old_q), (new, new_q) = run(art, head, False), run(art, head, True)
        lang = art.language
        pair = hashes.setdefault(lang, [hashlib.sha256(), hashlib.sha256()])
        for h, an in zip(pair, (old, new), strict=True):
            h.update(key.name.encode())
            for f in an.attributions:
                h.update(repr((f.content, f.speaker, f.label, f.kind)).encode())
        tally[lang, "claims found before"] += len(old.unattributed)
        tally[lang, "claims found after"] += len(new.unattributed)
        for span, label in art.unattributed:
            before, after = best_claim(old, span), best_claim(new, span)
            right = (
                before is not None and before.label == label,
                after is not None and after.label == label,
            )
            tally[lang, "key claims"] += 1
            tally[lang, "right before"] += right[0]
            tally[lang, "right after"] += right[1]
            if right[0] != right[1]:
                way = "lost" if right[0] else "gained"
                now = "none" if after is None else "another claim"
                shape = _shape(span, before or after)
                tally[lang, way, f"after: {now}", shape] += 1
                flips.append(
                    f"{lang} {way} {art.name} ({meta.get('annotated', '')[:20]}) {shape} "
                    f"key [{label}] {art.text[span[0] : span[1]][:90]!r}\n"
                    f"      before [{before.label if before else None}] "
                    f"{old.passage(before.span)[:90] if before else ''!r}\n"
                    f"      after  [{after.label if after else None}] "
                    f"{new.passage(after.span)[:90] if after else ''!r}"
                )
        a = [json.dumps(q, sort_keys=True, ensure_ascii=False, default=str) for q in old_q]
        b = [json.dumps(q, sort_keys=True, ensure_ascii=False, default=str) for q in new_q]
        tally[lang, "questions before"] += len(a)
        tally[lang, "questions after"] += len(b)
        questions += [f"- {art.name}: {q[:300]}" for q in a if q not in b]
        questions += [f"+ {art.name}: {q[:300]}" for q in b if q not in a]
    for item in sorted(tally.items(), key=str):
        print(*item)
    for lang, (h_old, h_new) in sorted(hashes.items()):
        print(lang, "attributions hash", h_old.hexdigest()[:12], "->", h_new.hexdigest()[:12])
    print(f"--- key claims whose label changed ({len(flips)})")
    print("\n".join(flips))
    print(f"--- questions that changed ({len(questions)})")
    print("\n".join(questions[: args.show]))


if __name__ == "__main__":
    main()
