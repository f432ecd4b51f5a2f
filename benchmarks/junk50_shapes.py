"""junk50_shapes.py TREE DUMP [-v]: the speakers of junk50_dump.py's DUMP sorted by shape.

A speaker "holds someone" when one of its words is a noun of a person, body, group or document
the lexicons list (``can_speak.speaking_noun``), a voice or pronoun (``can_speak``'s voices),
or a name: a capitalised word that is no determiner and, when it opens the phrase, no common
word (``common_words.common_word``) nor a word the article writes in lower case elsewhere.
Every other speaker is "no one" (« Réponse », « La rentrée », « Crise du Corona » would hold
« Corona », a name: only the shapes without any are counted). Per language and set: findings
(right / wrong / unkeyed, what the keys give the wrong ones), analysis speakers, and the
options of drafted questions (answer / wrong option). -v lists the rows (never the stand-in's).
"""

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

TREE = Path(sys.argv[1]).resolve()
sys.path[:0] = [str(TREE), str(TREE / "benchmarks")]
from quizapp.draft.names.naming.common_words import common_word  # noqa: E402
from quizapp.draft.speakers.speaker_checks.can_speak import _voices, speaking_noun  # noqa: E402
from quizapp.draft.text.word_patterns import ELIDED_OPENING, WORD_FROM_LETTER  # noqa: E402
from quizapp.draft.words.lexicon import fold, load  # noqa: E402

TEXTS: dict[str, str] = {}


def text(art: str) -> str:
    if art not in TEXTS:
        TEXTS[art] = (TREE / "tests" / "data" / "draft" / f"{art}.txt").read_text(encoding="utf-8")
    return TEXTS[art]


def shape(speaker: str, lang: str, art: str) -> str:
    """noun, voice, name or no one (see the module's docstring); "" for no speaker."""
    lex = load(lang)
    folded = fold(speaker).strip(' ,.;:()«»"“”')
    if not folded:
        return ""
    if folded in _voices(lex):
        return "voice"
    words = [ELIDED_OPENING.sub("", w) for w in WORD_FROM_LETTER.findall(speaker)]
    words = [w for w in words if w]
    if any(speaking_noun(fold(w), lex) for w in words):
        return "noun"
    dets = lex.word_set("determiners") | lex.word_set("function_words")
    for at, w in enumerate(words):
        if not w[:1].isupper() or fold(w) in dets:
            continue
        lower = re.search(rf"(?<![\w'’-]){re.escape(w.lower())}(?![\w'’-])", text(art))
        if at == 0 and (common_word(fold(w), lex) or lower):
            continue
        return "name"
    return "no one"


def main() -> None:
    counts: dict[tuple, Counter] = defaultdict(Counter)
    listed = []
    for line in Path(sys.argv[2]).read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        name = row["speaker"] if row["kind"] != "option" else row["text"]
        found = shape(name or "", row["lang"], row["art"])
        if row["kind"] == "finding":
            state = "unkeyed" if row["key"] is None else "right" if row["right"] else "wrong"
        elif row["kind"] == "option":
            state = "answer" if row["correct"] else "wrong option"
        else:
            state = "listed"
        for view in ("whole", row["set"]):
            counts[(row["lang"], row["kind"], found, view)][state] += 1
        if found == "no one" and row["set"] != "stand-in":
            listed.append((row["lang"], row["kind"], state, row["art"], name, row.get("key")))
    for k, c in sorted(counts.items()):
        if k[3] != "rest":
            print(*k, dict(sorted(c.items())), sep=" | ")
    if "-v" in sys.argv:
        for item in sorted(listed):
            print(*item, sep=" | ")


if __name__ == "__main__":
    main()
