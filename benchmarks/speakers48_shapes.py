"""speakers48_shapes.py DUMP: round 48's shapes of plural and group French speakers, counted
over a speakers47_dump file per set (whole corpus, tuning set blind27-46, stand-in blind47).
Usage: speakers48_shapes.py DUMP [-v] (-v lists up to 40 wrong rows per shape and set).

The stand-in's wrong speakers held three shapes about groups: (A) a plural pronoun or plural
description left as the speaker (« Ils », « Les candidats », « Ces élus », « les deux
colistiers ») where the key names the group (« L'équipe Ensemble pour X », « Roselyne X et
Hugues Y »); (B) a group's statement given to one person of it, or the reverse; (C) a body
given by its kind or short name (« l'opposition municipale », « la communauté de communes… »)
where the key gives its proper name or its officer. Each finding is sorted by its speaker
(A: plural found; C: a body noun heads the found speaker) or its key (B: the key is a group,
the finding one person); the wrong ones are split by what the key gives.
"""

import json
import re
import sys
from collections import Counter, defaultdict

TUNING = re.compile(r"blind(2[7-9]|3[0-9]|4[0-6])")
PLURAL_OPENERS = {"ils", "elles", "eux", "les", "ces", "leurs", "nos", "tous", "toutes"}
GROUP_NOUNS = {
    "equipe", "liste", "collectif", "binome", "duo", "tandem", "trio", "quatuor", "groupe",
    "colistiers", "candidats", "elus", "opposition", "majorite", "association", "bureau",
}  # fmt: skip
BODY_NOUNS = {
    "opposition", "majorite", "communaute", "commune", "mairie", "municipalite", "conseil",
    "association", "collectif", "syndicat", "liste", "groupe", "equipe", "direction",
}  # fmt: skip
_NAME = r"[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)*"
NAME_LIST = re.compile(rf"{_NAME}(?:\s*,\s*{_NAME})*\s+et\s+{_NAME}")
ONE_NAME = re.compile(rf"^{_NAME}$")


def fold(word: str) -> str:
    """Lower case, accents and typographic apostrophes set aside."""
    table = str.maketrans("àâäéèêëîïôöûüùç’", "aaaeeeeiioouuuc'")
    return word.lower().translate(table)


def words(speaker: str) -> list[str]:
    """The speaker's folded words, elisions cut."""
    return [re.sub(r"^(?:[ldcsmtj]|qu)'", "", w) for w in re.findall(r"[\w'’-]+", fold(speaker))]


def group_key(speaker: str) -> str | None:
    """What group a key's speaker is: a list of names joined by « et », a group noun."""
    if NAME_LIST.search(speaker):
        return "names joined by et"
    found = [w for w in words(speaker)[:3] if w in GROUP_NOUNS]
    return f"group noun ({found[0]})" if found else None


def plural_found(speaker: str) -> bool:
    """A plural pronoun or a plural description: « Ils », « Les candidats », « Ces élus »."""
    ws = words(speaker)
    return bool(ws) and ws[0] in PLURAL_OPENERS and not NAME_LIST.search(speaker)


def body_found(speaker: str) -> bool:
    """A body written by its kind: « l'opposition municipale », « la communauté de… »."""
    ws = [w for w in words(speaker) if w not in {"la", "le", "les", "l"}]
    return bool(ws) and ws[0] in BODY_NOUNS


def key_gives(key: str) -> str:
    """What the key gives, in a word."""
    kind = group_key(key)
    if kind:
        return kind
    return "one name" if ONE_NAME.match(key.split(",")[0].strip()) else "other"


def group(row: dict) -> str:
    """The set of a row's article: the stand-in, the tuning set or the rest."""
    ann = row["art"] + " " + row["ann"]
    if "blind47" in ann:
        return "stand-in"
    return "tuning" if TUNING.search(ann) else "rest"


def shape(row: dict) -> str | None:
    """The shape a finding has, if any (A first, then B, then C)."""
    if plural_found(row["speaker"] or ""):
        return "A plural found"
    key = row["key_speaker"] or ""
    if key and group_key(key) and ONE_NAME.match(row["speaker"] or ""):
        return "B one person for a group key"
    return "C body by its kind" if body_found(row["speaker"] or "") else None


def state(row: dict) -> str:
    """Whether a finding's speaker agrees with the key it matches, or it matches none."""
    if row["key"] is None:
        return "unmatched"
    return "right" if row["right"] else "wrong"


def count(rows: list[dict]) -> tuple[dict, dict]:
    """Per (shape, view): the states and what the key gives the wrong ones; and the wrong
    rows per (shape, set), to be read."""
    counts: dict[tuple[str, str], Counter] = defaultdict(Counter)
    wrong: dict[tuple[str, str], list[str]] = defaultdict(list)
    for row in rows:
        found, g = shape(row), group(row)
        if found is None:
            continue
        for view in ["whole"] + ([g] if g != "rest" else []):
            counts[(found, view)][state(row)] += 1
            if state(row) == "wrong":
                counts[(found, view)]["key: " + key_gives(row["key_speaker"])] += 1
        if state(row) == "wrong":
            wrong[(found, g)].append(f"{row['speaker']!r} -> key {row['key_speaker']!r}")
    return counts, wrong


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as lines:
        counts, wrong = count([json.loads(line) for line in lines])
    for (found, view), c in sorted(counts.items()):
        print(found, "|", view, "|", dict(c))
    for (found, g), rows in sorted(wrong.items()):
        print(f"\n# {found} / {g}: {len(rows)}")
        for r in rows[:40] if "-v" in sys.argv else rows[:8]:
            print("  ", r)


if __name__ == "__main__":
    main()
