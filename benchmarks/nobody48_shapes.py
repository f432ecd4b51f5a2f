"""nobody48_shapes.py TREE DUMP [-v]: round 48's speakers that are no one, counted over a
speakers47_dump file per set (whole corpus without blind48, tuning set blind27-46, stand-in
blind47, and blind48 apart as "test48"). -v lists the wrong and unmatched rows of each shape.

Round 48's sealed French speakers held phrases no reader takes for a speaker: a clause with
its finite verb (« Ce dernier entame une action en justice »), a participle phrase
(« Contacté par téléphone »), a noun phrase of a thing or an act (« le stationnement »,
« une pétition »), an area written « Grand X » (« Grand Dinan »), a single letter (« D »), a
bare demonstrative (« ce ») and « on ». Each finding is sorted by its speaker's shape (the
lexicon of TREE says which words are finite verbs and which nouns can speak); the keyed ones
are right or wrong by ``same_speaker``, and the wrong ones split by what the key gives: a
name (a capitalised word), a group (a plural description), or something else.
"""

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

TREE = Path(sys.argv[1]).resolve()
sys.path[:0] = [str(TREE)]
from quizapp.draft.speakers.speaker_checks.can_speak import speaking_noun  # noqa: E402
from quizapp.draft.words.lexicon import finite_or_auxiliary, fold, load  # noqa: E402

LEX = load("fr")
TUNING = re.compile(r"blind(2[7-9]|3[0-9]|4[0-6])")
WORD = re.compile(r"[\w'’-]+")
PARTICIPLE = re.compile(r"^[A-ZÀ-Ý]\w+(é|ée|és|ées|i|ie|is|u|ue|us)\s+(par|au|à|en|sur)\b")


def words(name: str) -> list[str]:
    """The folded words of a speaker, elided articles cut."""
    return [re.sub(r"^\w'", "", fold(w).replace("’", "'")) for w in WORD.findall(name)]


def shape(name: str) -> str | None:
    """The shape of a speaker that may be no one, else None."""
    ws = [w for w in words(name) if w]
    if not ws:
        return None
    if re.fullmatch(r"[A-ZÀ-Ý]\.?", name.strip()):
        return "single letter"
    if ws == ["ce"]:
        return "demonstrative ce"
    if ws == ["on"]:
        return "on"
    if re.match(r"^(le |du |au )?Grand [A-ZÀ-Ý]", name.strip()):
        return "Grand X"
    if PARTICIPLE.match(name.strip()):
        return "participle phrase"
    verbs = finite_or_auxiliary(LEX)
    if len(ws) >= 3 and any(w in verbs for w in ws[1:]):
        return "clause with a finite verb"
    dets = LEX.word_set("determiners")
    caps = any(w[:1].isupper() for w in WORD.findall(name)[1:])
    if ws[0] in dets and len(ws) >= 2 and not caps and not any(speaking_noun(w, LEX) for w in ws):
        return "noun phrase no list holds"
    return None


def group(row: dict) -> str:
    ann = row["art"] + " " + row["ann"]
    if "blind48" in ann:
        return "test48"
    if "blind47" in ann:
        return "stand-in"
    return "tuning" if TUNING.search(ann) else "rest"


def key_gives(key: str | None) -> str:
    """What the key gives a wrong row: a name, a group, nothing, or another phrase."""
    if not key:
        return "nothing"
    if any(w[:1].isupper() for w in WORD.findall(key)):
        return "a name"
    first = fold(key.split()[0])
    return "a group" if first in {"les", "des", "ces", "ils", "elles", "plusieurs"} else "other"


def main() -> None:
    verbose = "-v" in sys.argv
    counts: dict[tuple[str, str], Counter] = defaultdict(Counter)
    listed = defaultdict(list)
    with open(sys.argv[2], encoding="utf-8") as lines:
        dumped = [json.loads(line) for line in lines]
    for row in dumped:
        s = shape(row["speaker"] or "")
        if s is None:
            continue
        g = group(row)
        status = "unmatched" if row["key"] is None else ("right" if row["right"] else "wrong")
        for view in ("whole", g) if g not in ("test48",) else (g,):
            if view == "rest":
                continue
            counts[(s, view)][status] += 1
            if status == "wrong":
                counts[(s, view)]["key " + key_gives(row["key_speaker"])] += 1
        if status != "right":
            listed[s].append((g, status, row["art"], row["speaker"], row["key_speaker"]))
    for (s, view), c in sorted(counts.items()):
        print(f"{s:28} {view:9} " + ", ".join(f"{k} {v}" for k, v in sorted(c.items())))
    if verbose:
        for s, rows in listed.items():
            print("##", s)
            for r in rows:
                print("  ", *r)


if __name__ == "__main__":
    main()
