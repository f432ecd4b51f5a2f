"""speakers47_shapes.py DUMP [--blind47]: round 47's four shapes of wrong French speakers,
counted over a speakers47_dump file (blind47 set apart unless asked for).

The shapes read after round 47's end score: (1) a party as the speaker (« LR », « PS de
Lure »: a listed party opening the speaker, maybe with « de » and a complement); (2) a name
the article writes only after a noun of a place named after someone (lexicon
``named_place_nouns``, plus « maternelle », « piscine »: « Paul-Langevin »); (3) a phrase
headed by a noun of a measure or decision (lexicon ``noun_request_heads`` not yet in
``unspeaking_act_nouns``: « la création d'une commission »); (4) a demonstrative
description (« Ces élus », « ce chef d'entreprise »). For each: the findings with such a
speaker, right, wrong (and who the key gives it to) or unmatched.
"""

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LEX = json.loads((ROOT / "quizapp/draft/words/lexicons/fr.json").read_text(encoding="utf-8"))
PLACES = set(LEX["named_place_nouns"]) | {"maternelle", "maternelles", "piscine", "élémentaire"}
PARTIES = set(LEX["qualifier_bodies"]) | {p for f in LEX["party_families"].values() for p in f}
MEASURES = set(LEX["noun_request_heads"]) - set(LEX["unspeaking_act_nouns"])
DETERMINERS = set(LEX["determiners"])
_TEXTS: dict[str, str] = {}


def text(art: str) -> str:
    """The article's text, read once."""
    if art not in _TEXTS:
        _TEXTS[art] = (ROOT / "tests/data/draft" / f"{art}.txt").read_text(encoding="utf-8")
    return _TEXTS[art]


def heads(speaker: str) -> list[str]:
    """The speaker's words past its determiners, folded, elisions cut."""
    words = re.findall(r"[\w'’-]+", speaker.lower().replace("’", "'"))
    words = [re.sub(r"^(?:[ldcsmtj]|qu)'", "", w) for w in words]
    return [w for w in words if w and w not in DETERMINERS]


def party(row: dict) -> bool:
    """A listed party opens the speaker (« LR », « PS de Lure », « la CGT »)."""
    words = re.sub(r"^(?:les?|la|l['’])\s*", "", row["speaker"], flags=re.I).split(" de ")[0]
    return words.strip() in PARTIES


def placed(row: dict) -> bool:
    """Every mention of the name in the text follows a noun of a named place."""
    name, body = row["speaker"], text(row["art"])
    if not name[:1].isupper():
        return False
    hits = [m.start() for m in re.finditer(re.escape(name), body)]
    before = [(re.findall(r"[\w’'-]+", body[max(0, i - 30) : i]) or [""])[-1] for i in hits]
    return bool(hits) and all(w.lower() in PLACES for w in before)


SHAPES = {
    "1 party": party,
    "2 place": placed,
    "3 measure": lambda r: bool(heads(r["speaker"])) and heads(r["speaker"])[0] in MEASURES,
    "4 demonstrative": lambda r: re.match(r"(?i)(ce|cet|cette|ces)\s", r["speaker"]) is not None,
}


def main() -> None:
    blind = "--blind47" in sys.argv
    with open(sys.argv[1], encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines]
    rows = [r for r in rows if r["speaker"] and ("blind47" in r["ann"]) == blind]
    for name, test in SHAPES.items():
        tally = Counter()
        for row in filter(test, rows):
            state = "unmatched" if row["key"] is None else "right" if row["right"] else "wrong"
            tally[state] += 1
            if state == "wrong":
                print(f"  {name}: {row['art']} {row['speaker']!r} -> key {row['key_speaker']!r}")
        print(name, dict(tally))


if __name__ == "__main__":
    main()
