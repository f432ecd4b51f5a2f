"""nobody49_shapes.py TREE OUT [-v]: round 49's speakers that cannot speak, counted per set.

nobody48_shapes.py counted round 48's sealed shapes over a speakers47_dump file, which holds no
cue; round 49's brief widens the test to "this phrase cannot be who speaks" and adds a person
whose gender contradicts an inverted « -t-elle / -t-il » cue, so this script reads every French
article of TREE itself (PYTHONHASHSEED=0), writes each finding with its cue and key to OUT
(JSON lines) and counts the shapes per set: the whole corpus, the tuning set (blind27-47) and
the stand-in (blind48). Right / wrong / unmatched per shape; for the wrong ones, what the key
gives (a name: a capitalised word of three letters or more) and where that name stands (the
finding's sentence, its paragraph before the sentence, elsewhere in the article), which says
which of plausible.py's readings could find it. "whole" holds the stand-in's rows too: take
them out by hand. -v lists the wrong and unmatched rows, never the stand-in's (not to be read
while designing). The shapes are read with TREE's lexicon, and nobody48's test needs the lexicon
lists of branch nobody49-rule (``area_name_openers`` …): once OUT is written for a base tree,
run the script again with a checkout of nobody49-rule as TREE, which reads OUT without analysing.
Round 49's figures: docs/drafting.md, "Forty-ninth round: nobody49".
"""

import importlib.util
import json
import os
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

if os.environ.get("PYTHONHASHSEED") != "0":
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable, *sys.argv])

NOBODY48 = "quizapp/draft/speakers/speaker_checks/nobody_shapes.py"
TREE = Path(sys.argv[1]).resolve()
sys.path[:0] = [str(TREE), str(TREE / "benchmarks")]
from draft_eval import same_speaker  # noqa: E402
from keyed_findings import keyed_article  # noqa: E402

from quizapp.draft.names.naming.gender import first_name_gender, noun_gender  # noqa: E402
from quizapp.draft.speakers.speaker_checks.can_speak import speaking_noun  # noqa: E402
from quizapp.draft.words.lexicon import finite_or_auxiliary, fold, load  # noqa: E402

LEX = load("fr")


def _nobody48() -> object:
    """nobody48's test (``nobody_shapes.no_one``), read from TREE or this script's own tree,
    whichever holds it (it is on branches nobody48-rule and nobody49-rule, not on main): a
    base tree without it is still counted. None when neither holds it."""
    for tree in (TREE, Path(__file__).resolve().parents[1]):
        path = tree / NOBODY48
        if path.exists():
            spec = importlib.util.spec_from_file_location("nobody_shapes", path)
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            return module.no_one
    return None


no_one = _nobody48()
WORD = re.compile(r"[\w'’-]+")
CAPITAL = re.compile(r"\b[A-ZÀ-Ý][\w’'-]{2,}")
INVERTED = re.compile(r"-t-(elle|il)s?\b|\b\w+-(elle|il)s?\b", re.I)
PRONOUNS = {"ce", "c'", "cela", "ça", "ceci", "il", "elle", "ils", "elles", "celui-ci", "celle-ci"}


def group(ann: str) -> str:
    """tuning (blind27-47), stand-in (blind48) or rest."""
    found = re.search(r"blind(\d\d)", ann)
    number = int(found.group(1)) if found else 0
    return "stand-in" if number == 48 else "tuning" if 27 <= number <= 47 else "rest"


def around(text: str, at: int, stops: str) -> tuple[int, int]:
    """The span around ``at`` between two of the ``stops`` patterns."""
    before = [m.end() for m in re.finditer(stops, text[:at])]
    after = re.search(stops, text[at:])
    return (before[-1] if before else 0), (at + after.start() if after else len(text))


def rows(key: Path) -> list[dict]:
    """The findings of one article with cue, sentence, paragraph and matched key."""
    read = keyed_article(key)
    art, ann, an, pairs = read.article, read.annotated, read.analysis, read.pairs
    out = []
    for i, f in enumerate(an.attributions):
        k = art.attributions[pairs[i]] if i in pairs else None
        at = f.cue[0] if f.cue else f.content[0]
        sentence = around(art.text, at, r"[.!?]\s|\n")
        paragraph = around(art.text, at, r"\n")
        out.append(
            {
                "art": key.stem,
                "set": group(key.stem + " " + ann),
                "speaker": f.speaker,
                "cue": art.text[f.cue[0] : f.cue[1]] if f.cue else "",
                "key_speaker": k.speaker if k else None,
                "right": bool(k) and same_speaker(f.speaker, k.speaker),
                "sentence": art.text[sentence[0] : sentence[1]],
                "before": art.text[paragraph[0] : sentence[0]],
                "whole": art.text,
            }
        )
    return out


def gender(name: str) -> str:
    """The gender a speaker shows: its opening first name (« Lydie Polfer »), else the
    gender of its head noun (« l'épouse de Michel X »: the head, not the complement's name)."""
    ws = WORD.findall(name)
    if not ws:
        return ""
    if ws[0][:1].isupper() and (found := first_name_gender(ws[0], LEX)) in ("m", "f"):
        return found
    heads = [re.sub(r"^\w'", "", fold(w).replace("’", "'")) for w in ws[:2]]
    heads = [w for w in heads if w and w not in LEX.word_set("determiners")]
    found = noun_gender(heads[0], LEX) if heads else "x"
    return found if found in ("m", "f") else ""


def shapes(row: dict) -> list[str]:
    """The shapes of round 49 the finding's speaker has (a speaker may have several)."""
    name = row["speaker"]
    ws = [re.sub(r"^\w'", "", fold(w).replace("’", "'")) for w in WORD.findall(name)]
    ws = [w for w in ws if w]
    if not ws:
        return []
    found = []
    if no_one is not None and no_one(name, LEX):
        found.append("nobody48 shape")
    if len(ws) >= 3 and any(w in finite_or_auxiliary(LEX) for w in ws[1:]):
        found.append("clause with a finite verb")
    if fold(name).strip(" ,.") in PRONOUNS:
        found.append("pronoun or demonstrative as the whole name")
    if _thing(name, ws):
        found.append("noun phrase of a thing, place or act")
    cue = INVERTED.search(row["cue"])
    said = gender(name)
    plural = cue is not None and cue.group(0).lower().endswith("s")
    if cue and not plural and said and said != ("f" if "elle" in cue.group(0).lower() else "m"):
        found.append("gender against an inverted cue")
    return found


def _thing(name: str, ws: list[str]) -> bool:
    """A determiner, then a head noun of a thing, place or act the lexicons list (or ending
    as an abstract noun), no speaking noun and no capital after the first word."""
    if len(ws) < 2 or ws[0] not in LEX.word_set("determiners"):
        return False
    if any(w[:1].isupper() for w in WORD.findall(name)[1:]):
        return False
    if any(speaking_noun(w, LEX) for w in ws):
        return False
    things = LEX.word_sets(*LEX.raw["thing_noun_lists"], "unspeaking_act_nouns")
    places = LEX.word_sets("place_kind_nouns", "named_place_nouns")
    head = ws[1]
    return head in things | places or head.endswith(tuple(LEX.words("abstract_noun_endings")))


def where(row: dict) -> str:
    """What the key gives a wrong row, and where its name stands in the text."""
    key = row["key_speaker"] or ""
    names = [w for w in CAPITAL.findall(key) if fold(w) not in LEX.word_set("determiners")]
    if not names:
        return "key no name"
    if any(n in row["sentence"] for n in names):
        return "key's name in the sentence"
    if any(n in row["before"] for n in names):
        return "key's name in the paragraph before"
    return "key's name elsewhere" if any(n in row["whole"] for n in names) else "key's name absent"


def main() -> None:
    out = Path(sys.argv[2])
    if not out.exists():
        with out.open("w", encoding="utf-8") as lines:
            for key in sorted((TREE / "tests" / "data" / "draft").glob("fr-*.json")):
                for row in rows(key):
                    lines.write(json.dumps(row, ensure_ascii=False) + "\n")
    counts: dict[tuple[str, str], Counter] = defaultdict(Counter)
    listed = []
    for line in out.open(encoding="utf-8"):
        row = json.loads(line)
        for name in shapes(row):
            state = (
                "unmatched" if row["key_speaker"] is None else "right" if row["right"] else "wrong"
            )
            for view in ("whole", row["set"]):
                counts[(name, view)][state] += 1
                if state == "wrong":
                    counts[(name, view)][where(row)] += 1
            if state != "right" and row["set"] != "stand-in":  # never read to design
                listed.append(
                    (
                        name,
                        row["set"],
                        state,
                        row["art"],
                        row["speaker"],
                        row["cue"],
                        row["key_speaker"],
                    )
                )
    for (name, view), c in sorted(counts.items()):
        if view != "rest":
            print(f"{name:45} {view:9} " + ", ".join(f"{k} {v}" for k, v in sorted(c.items())))
    if "-v" in sys.argv:
        for item in sorted(listed):
            print(*item, sep=" | ")


if __name__ == "__main__":
    main()
