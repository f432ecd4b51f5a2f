"""complete52_sim.py OUT.jsonl [--only REGEX] [--table]: three completions simulated on the keys.

Round 52 (complete52). Before writing a rule for a sub-shape of complete52_shapes.py, count on
the corpus every matched French finding the rule would touch and whether its key agrees with
the speaker found now or with the one the rule would give, so a rule is written only where it
would fix three rows for each one it breaks. A row per finding of one of the shapes:

- ``apposition``: the source is a lower-case description written right after « Name, » (or
  « Name et Name, ») that opens its clause (« Patricia X et Alice Y, deux des cinq conseillers
  …, se demandent »): the rule would give the name(s);
- ``gender``: a singular pronoun or a description with a gendered article (« il », « elle »,
  « l'élu », « la maire »…) given to a speaker whose first name the lexicon lists with the
  other gender: the rule would refuse that speaker (what it would give instead is not
  simulated; ``key_is_found`` says how often the refusal would break a right row);
- ``plural``: a plural source (« ils », « ces derniers », « les élus ») given to one named
  person or one body (no « et », no plural word): the same question.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from draft_eval import same_speaker
from keyed_findings import dump_or_table, keyed_article

from quizapp.draft.names.naming.gender import first_name_gender
from quizapp.draft.words.lexicon import load

NAME = r"[A-ZÉÈÀÂÎÔÛÇ][\w'’-]+(?: [A-ZÉÈÀÂÎÔÛÇ][\w'’-]+)+"
APPOSED = re.compile(rf"(?:^|[.!?:;»\"]\s+|\n)((?:{NAME})(?: et (?:{NAME}))?), $")
PLURAL = re.compile(r"^(ils|elles|eux|ces|les|leurs)\b|-t-ils|-t-elles|-ils\b|-elles\b", re.I)
FEMININE = re.compile(r"^(elle|la|cette|une)\b|-t-elle|-elle\b", re.I)
MASCULINE = re.compile(r"^(il|le|ce|cet|un)\b|-t-il|-il\b", re.I)


def _shape(text: str, source: str, cue: str, found: str, start: int) -> tuple[str, str] | None:
    """(shape, what the rule would give) for a finding, or None when no shape holds."""
    apposed = APPOSED.search(text[max(0, start - 120) : start])
    if source[:1].islower() and apposed:
        return "apposition", apposed.group(1)
    words = f"{source} {cue}".strip()
    first = found.split()[0] if found.split() else ""
    if PLURAL.search(words) and found and " et " not in found and not PLURAL.search(found):
        return "plural", ""
    gender = "f" if FEMININE.search(words) else "m" if MASCULINE.search(words) else ""
    named = first_name_gender(first, load("fr")) if first[:1].isupper() else ""
    if gender and named in ("m", "f") and named != gender:
        return "gender", ""
    return None


def rows(keys: list[Path]) -> Iterable[dict]:
    """One row per matched French finding of one of the shapes."""
    for path in keys:
        if json.loads(path.read_text(encoding="utf-8")).get("language") != "fr":
            continue
        read = keyed_article(path)
        text = read.article.text
        for i, j in read.pairs.items():
            found, key = read.analysis.attributions[i], read.article.attributions[j].speaker
            source = text[slice(*found.source)] if found.source else ""
            cue = text[slice(*found.cue)] if found.cue else ""
            start = (found.source or found.cue or found.content)[0]
            shaped = _shape(text, source, cue, found.speaker or "", start)
            if shaped is None:
                continue
            yield {
                "art": path.stem,
                "ann": read.annotated,
                "shape": shaped[0],
                "source": source,
                "cue": cue,
                "found": found.speaker,
                "rule": shaped[1],
                "key": key,
                "key_is_found": same_speaker(found.speaker, key),
                "key_is_rule": bool(shaped[1]) and same_speaker(shaped[1], key),
            }


def table(dumped: list[dict]) -> None:
    """Per shape and set: rows, right now, right under the rule (fixed / broken)."""
    dumped = [r for r in dumped if "blind51" not in r["ann"]]  # the stand-in: never read
    sets = {"whole": "", "tuning": r"blind(2[7-9]|3\d|4\d|50)", "today": r"blind(4[2-9]|50)"}
    for name, pattern in sets.items():
        counts: Counter = Counter()
        for r in dumped:
            if pattern and not re.search(pattern, r["ann"]):
                continue
            counts[r["shape"], "rows"] += 1
            counts[r["shape"], "right now"] += r["key_is_found"]
            counts[r["shape"], "fixed"] += r["key_is_rule"] and not r["key_is_found"]
            counts[r["shape"], "broken"] += r["key_is_found"] and not r["key_is_rule"]
        print(name, dict(sorted(counts.items())))
    for r in sorted(dumped, key=lambda r: r["shape"]):
        if r["shape"] == "apposition" or not r["key_is_found"]:
            print(
                f"  {r['shape']:10} {r['art']} «{r['source']}» «{r['cue']}» → «{r['found']}»"
                f" rule «{r['rule']}» key «{r['key']}» ok={r['key_is_found']}"
            )


if __name__ == "__main__":
    dump_or_table(rows, table)
