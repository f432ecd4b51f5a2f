"""verbs51: the French keys the drafter leaves unmatched, with what makes each one speech.

Round 51 asked which single verbs or constructions of reported speech the drafter does not
read, on the keys made under today's conventions (blind42-49; blind50 is the stand-in and is
left out). Each unmatched key is written with its cue, its sentence and what the drafter
found there, then sorted into a cause by what the text shows: an intent (a wanting verb and
its object) and a quotation are the other passes' families and set aside; the rest by whether
the cue is a verb the lexicon knows, a noun, a participle, a colon, an inverted subject…

python benchmarks/verbs51_misses.py OUT.jsonl --only 'blind4[2-9]'   (dump; PYTHONPATH=tree)
python benchmarks/verbs51_misses.py OUT.jsonl --table   (table; VERBS51_ROWS=1 lists the rows)
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from keyed_findings import dump_or_table, keyed_article

from quizapp.draft.words.lexicon import fold, load

INTENT = re.compile(
    r"\b(veu\w*|voul\w*|souhait\w*|entend\w*|compt\w*|envisag\w*|projet\w*|désir\w*|"
    r"prévoi\w*|prévu\w*|ten\w* à|tient à|tiennent à|vis\w* à|aspir\w*|ambitionn\w*|"
    r"espér\w*|esp[eè]r\w*|aimerai\w*|voudrai\w*)\b"
)


def _known(cue: str) -> bool:
    """Some word of the key's cue is a verb form or set phrase the lexicon reads as a cue."""
    lex = load("fr")
    words = [fold(w) for w in re.findall(r"[\w’'-]+", cue)]
    known = lex.finite | lex.participles | lex.reflexive_finite | lex.reflexive_participles
    return any(w in known or w in lex.lemmas for w in words) or any(
        " ".join(p) in " ".join(words) for p in lex.fixed_cues
    )


def _sentence(text: str, start: int, end: int) -> str:
    """The text from the start of the content's paragraph (at most 220 characters back)."""
    opens = max(text.rfind("\n", 0, start) + 1, start - 220)
    return text[opens:start] + "[[" + text[start:end][:120] + "]]"


def _nearest(text: str, cue: str, start: int) -> int:
    """The offset of the occurrence of ``cue`` nearest the content's start (-1 if none)."""
    spots = [m.start() for m in re.finditer(re.escape(cue), text)] if cue else []
    return min(spots, key=lambda at: abs(at - start), default=-1)


def _between(text: str, cue_at: int, size: int, start: int, end: int) -> str:
    """The words between the cue and the content, in text order (a colon, « que », « de »)."""
    if cue_at < 0:
        return ""
    return text[cue_at + size : start] if cue_at < start else text[end:cue_at]


def rows(keys: list[Path]) -> Iterator[dict]:
    """One row per unmatched French key of ``keys``."""
    for key in keys:
        if not key.name.startswith("fr-"):
            continue
        keyed = keyed_article(key)
        raw = json.loads(key.read_text(encoding="utf-8"))["attributions"]
        matched = set(keyed.pairs.values())
        text = keyed.article.text
        for j, item in enumerate(keyed.article.attributions):
            if j in matched:
                continue
            start, end = item.content
            cue = raw[j].get("cue") or ""
            cue = cue[0] if isinstance(cue, list) else cue
            overlap = max(
                (
                    (min(end, f.content[1]) - max(start, f.content[0])) / (end - start)
                    for f in keyed.analysis.attributions
                ),
                default=0.0,
            )
            cue_at = _nearest(text, cue, start)
            yield dict(
                name=key.stem,
                batch=re.search(r"blind\d+\w?", keyed.annotated).group(0),
                kind=item.kind,
                speaker=item.speaker,
                cue=cue,
                known=bool(cue) and _known(cue),
                overlap=round(max(overlap, 0.0), 2),
                where=_sentence(text, start, end),
                between=_between(text, cue_at, len(cue), start, end),
                after=cue_at > start,
            )


ACCORDING = re.compile(r"^(selon|d'après|pour|de l'avis|aux yeux|de mémoire|dans l'esprit)")
NOUN_CUE = re.compile(r"^(la|le|l'|les|leur|leurs|sa|son|ses|une?|c'est|tel|après l')\b")
PARTICIPLE = re.compile(r"^\w+(é|ée|és|ées|u|ue|us|ues|i|is|ant)$")


def _verb_cause(row: dict, cue: str) -> str:
    """Why a verb cue the key names was not read, from the words between it and the content."""
    between = fold(row["between"]).strip()
    lead = "known verb" if row["known"] else "unlisted verb"
    if row["after"]:
        return f"{lead}: content before the cue (inverted, far)"
    if ":" in between:
        return f"{lead}: colon before the content"
    if re.search(r"(^|\s)(que|qu')$", between) or between.endswith("qu'"):
        return f"{lead}: « que » clause"
    if re.search(r"(^|\s)(de|d'|a|sur|pour|du|des|en)$", between):
        return f"{lead}: « de / à / sur » complement"
    if " été " in f" {cue} " or (PARTICIPLE.match(cue) and cue[0].isalpha()):
        return f"{lead}: participle or passive"
    if len(between.split()) > 3:
        return f"{lead}: content far from its verb"
    return f"{lead}: noun-phrase object"


def cause(row: dict) -> str:
    """The row's family, from the cue and the content as keyed."""
    content = row["where"].split("[[", 1)[1]
    cue = fold(row["cue"]).replace("’", "'")
    if INTENT.search(cue) and not re.search(r"\bque?\b|\bqu[’']", content[:6]):
        return "intent (another pass)"
    if not cue or row["kind"] == "direct":
        return "quotation (another pass)"
    if ACCORDING.match(cue):
        return "according-to phrase"
    if row["overlap"] > 0:
        return "bounds (a finding overlaps, under 30 %)"
    if NOUN_CUE.match(cue) or re.match(r"^\w+ (constat|ambition|sentiment|liste|argument)", cue):
        return "noun cue (« la promesse de », « leur ambition : »)"
    return _verb_cause(row, cue)


def table(dumped: list[dict]) -> None:
    """Rows by cause, then the cues of the two verb causes."""
    by_cause: dict[str, list[dict]] = defaultdict(list)
    for row in dumped:
        by_cause[cause(row)].append(row)
    for name, group in sorted(by_cause.items(), key=lambda kv: -len(kv[1])):
        print(f"{name}: {len(group)}")
    for name, group in sorted(by_cause.items(), key=lambda kv: -len(kv[1])):
        print(f"\n## {name}")
        cues = Counter(fold(r["cue"]) for r in group)
        print(", ".join(f"{c} {n}" for c, n in cues.most_common()))
        if os.environ.get("VERBS51_ROWS"):
            for r in group:
                print(f"- {r['name']} | {r['cue']} | {r['where'][-260:]!r}")


if __name__ == "__main__":
    dump_or_table(rows, table)
