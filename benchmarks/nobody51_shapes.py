"""nobody51_shapes.py TREE DUMP [-v]: French speakers that are no person or body, by shape.

Round 50's national sealed batch gave speakers that are phrases of no one: a sentence-opening
prepositional phrase or adverbial taken as the subject (« Face aux X, le ministre a … » giving
« Face aux X »), a headline's topic label before a colon (« Procès X : … »), a described
document or exhibit (« un échange présenté … »). DUMP is speakers47_dump.py's output for TREE
(every French finding, its key and the key's speaker). Shapes, tested on the finding's speaker:

- opener: its first word (elision cut) is a preposition, conjunction or adverb that opens no
  noun phrase (lexicon ``non_noun_openers`` and ``adverbial_openers``), or it opens on a
  discourse filler (« De leur côté »: ``discourse_fillers``, ``skip_segment_words``);
- topic: the article writes it at the start of a line, then a colon (a headline's or subhead's
  label); it opens on no first name and holds no noun of a person or body
  (``can_speak.speaking_noun``);
- thing: its head (``unfit_options.head_word``) is a thing, an act or a date
  (``no_one_head_lists``), with no capital past its first word (a name: « Projet Cœur »
  is one, « Le Projet Cœur » not);
- document: the same head is a document (``authored_documents``, ``introduced_documents``,
  ``possessed_documents``, ``channel_nouns``: « une note parue », « le communiqué adressé »).

For each shape and set (whole corpus, tuning blind27-49, stand-in blind50): right / wrong /
unkeyed, and for the wrong rows where the key's speaker stands: the subject right after the
phrase in the finding's sentence ("after"), the finding before's speaker ("previous"), a
group or anonymous key (no capital), else "elsewhere". -v lists the rows (never the stand-in's).
"""

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

TREE = Path(sys.argv[1]).resolve()
sys.path[:0] = [str(TREE), str(TREE / "benchmarks")]
from quizapp.draft.drafting.unfit_options import head_word  # noqa: E402
from quizapp.draft.names.naming.gender import first_name_gender  # noqa: E402
from quizapp.draft.speakers.speaker_checks.can_speak import speaking_noun  # noqa: E402
from quizapp.draft.text.word_patterns import ELIDED_OPENING, WORD_WITH_MARKS  # noqa: E402
from quizapp.draft.words.lexicon import fold, load  # noqa: E402

LEX = load("fr")
TEXTS: dict[str, str] = {}


def text(art: str) -> str:
    if art not in TEXTS:
        TEXTS[art] = (TREE / "tests" / "data" / "draft" / f"{art}.txt").read_text(encoding="utf-8")
    return TEXTS[art]


def opener(speaker: str) -> bool:
    words = WORD_WITH_MARKS.findall(speaker)
    if not words:
        return False
    first = ELIDED_OPENING.sub("", fold(words[0])) or fold(words[0])
    if first in LEX.word_sets("non_noun_openers", "adverbial_openers"):
        return True
    fillers = LEX.words("discourse_fillers") + LEX.words("skip_segment_words")
    fillers += [p for p in LEX.words("adverbial_openers") if " " in p]  # « face aux »
    fillers = [f for f in fillers if " " in f]  # « de leur côté », not « elle » alone
    return any(fold(speaker).startswith(f + " ") or fold(speaker) == f for f in fillers)


def topic(speaker: str, art: str) -> bool:
    pattern = r"(?m)^\s*" + re.escape(speaker.strip()) + r"\s*:"
    words = speaker.split()
    if not words or first_name_gender(words[0].split("-")[0], LEX):
        return False  # « Jean Leonetti : « … » »: a person's name
    if not re.search(pattern, text(art)):
        return False
    return not any(speaking_noun(fold(w), LEX) for w in words)


def _head(speaker: str) -> str:
    head, named = head_word(speaker, LEX)
    capital = any(w[:1].isupper() for w in WORD_WITH_MARKS.findall(speaker)[1:])
    return "" if not head or named or capital else fold(head)


def thing(speaker: str) -> bool:
    return _head(speaker) in LEX.word_sets(*LEX.raw.get("no_one_head_lists", ()))


def document(speaker: str) -> bool:
    lists = ("authored_documents", "introduced_documents", "possessed_documents", "channel_nouns")
    return _head(speaker) in LEX.word_sets(*lists)


def shapes(speaker: str | None, art: str) -> list[str]:
    if not speaker:
        return []
    tests = {
        "opener": opener(speaker),
        "topic": topic(speaker, art),
        "thing": thing(speaker),
        "document": document(speaker),
    }
    return [name for name, hit in tests.items() if hit]


def group(row: dict) -> list[str]:
    found = re.search(r"blind(\d\d)", row["art"] + " " + row["ann"])
    number = int(found.group(1)) if found else None
    if number == 50:
        return ["stand-in"]
    return ["whole", "tuning"] if number and 27 <= number <= 49 else ["whole"]


def where(row: dict, before: dict | None) -> str:
    """Where the wrong row's key speaker stands (module docstring)."""
    key = row["key_speaker"] or ""
    if not re.search(r"\b[A-ZÉÈÀÂÎÔ]", key):
        return "group/anon"
    if before and before.get("speaker") and fold(before["speaker"]) in fold(key):
        return "previous"
    body = text(row["art"])
    start = body.find(row["speaker"])
    window = body[start : start + 300] if start >= 0 else ""
    last = WORD_WITH_MARKS.findall(key)[-1] if WORD_WITH_MARKS.findall(key) else key
    return "after" if last and last in window else "elsewhere"


def main() -> None:
    verbose = "-v" in sys.argv
    with open(sys.argv[2], encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines]
    counts: dict[tuple[str, str], Counter] = defaultdict(Counter)
    listed = []
    previous: dict | None = None
    for row in rows:
        if previous and previous["art"] != row["art"]:
            previous = None
        for shape in shapes(row["speaker"], row["art"]):
            verdict = "unkeyed" if row["key"] is None else ("right" if row["right"] else "wrong")
            for name in group(row):
                counts[(shape, name)][verdict] += 1
                if verdict == "wrong":
                    counts[(shape, name)]["key:" + where(row, previous)] += 1
            if "stand-in" not in group(row):
                listed.append((shape, verdict, row))
        previous = row
    for (shape, name), c in sorted(counts.items()):
        keys = ", ".join(f"{k[4:]} {v}" for k, v in sorted(c.items()) if k.startswith("key:"))
        tally = f"right {c['right']} wrong {c['wrong']} unkeyed {c['unkeyed']}"
        print(f"{shape:8} {name:9} {tally}  ({keys})")
    if verbose:
        for shape, verdict, row in listed:
            said = f"« {row['speaker']} » key « {row['key_speaker']} »"
            print(f"{shape:8} {verdict:8} {row['art']}: {said}")


if __name__ == "__main__":
    main()
