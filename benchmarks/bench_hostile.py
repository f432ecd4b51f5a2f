"""Hostile articles against a normal one of the same size (hostile55; the attacker's shapes of
hostile56 after them, names of every shape of hostile57, speed59's long sentences last):
processor time and peak memory of ``analyze`` on each, in a subprocess with a timeout, as
ratios to the normal text's. A ratio near 1 that stays near 1 when the text is four times
longer is linear work; the drafter's budget is 100 ms per 1,000 words. Each line gives a
case's time per 1,000 words as a ratio to the normal text's, at WORDS and four times WORDS
(the case's own word count).

    PYTHONPATH=. python benchmarks/bench_hostile.py [WORDS] [CASE ...]
    PYTHONPATH=. python benchmarks/bench_hostile.py --long   (a long normal text, long55)
"""

from __future__ import annotations

import json
import random
import resource
import subprocess
import sys
import time
from itertools import pairwise
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "draft"
TIMEOUT = 120.0


def normal(words: int) -> str:
    """French articles of the corpus, one after the other, up to ``words`` words."""
    texts, count = [], 0
    for path in sorted(CORPUS.glob("fr-*.txt")):
        texts.append(path.read_text(encoding="utf-8"))
        count += len(texts[-1].split())
        if count >= words:
            break
    return "\n\n".join(texts)


def cases(words: int) -> dict[str, str]:
    """Each hostile text, about ``words`` words (the constructions of the hostile55 section)."""
    chance = random.Random(3)
    vocabulary = [w.lower() for w in normal(3000).split() if w.isalpha()]
    w = [chance.choice(vocabulary) for _ in range(words)]
    caps = ["".join(chance.choice("abcdefghij") for _ in range(6)).title() for _ in range(words)]
    threes = [" ".join(w[i : i + 3]) for i in range(0, words, 3)]
    return {
        "normal": normal(words),
        "no punctuation": " ".join(w),
        "one sentence, commas": ", ".join(threes) + ".",
        "« …, a dit X, » with no end": " ".join(
            f"« {x}, a dit {caps[i]}, »" for i, x in enumerate(threes)
        ),
        "« …, a dit X. » closed": " ".join(
            f"« {x}, a dit {caps[i]}. »" for i, x in enumerate(threes)
        ),
        "selon X, selon Y, …": " ".join(f"selon {caps[i]}," for i in range(words // 2)) + " fin.",
        'opening " never closed': " ".join(f'"{x}' for x in threes),
        '« and " alternating': " ".join(f'« {x} » "{y}"' for x, y in pairwise(threes)),
        "x, a-t-il dit. (lower case)": " ".join(f"{x}, a-t-il dit." for x in threes),
        "a run of dots": "Il a dit " + "." * (words * 3) + " fin",
        "right-to-left marks": " ".join("\u200f" + x + "\u202e" for x in w) + ".",
        "control characters": " ".join(x + "\x00\x01\x07\x1b" for x in w) + ".",
        "zero-width spaces": "\u200b".join(w) + ".",
        "byte-order marks": "\ufeff" + "\ufeff ".join(w) + ".",
        "acronyms defined": ". ".join(
            f"la {x} (ABC{i % 9}) a dit oui" for i, x in enumerate(threes)
        ),
        "capitalised names": " ".join(caps) + ".",
        "CR line ends": normal(words).replace("\n", "\r"),
        **_attacks(w, caps, threes),
        **_names(caps),
        **_long_sentences(caps),
    }


def _attacks(w: list[str], caps: list[str], threes: list[str]) -> dict[str, str]:
    """The attacker's shapes of hostile56: many names, pronouns and « selon », long lists of
    names, deep and nested brackets, quotation marks of mixed kinds, 2,000-character sentences
    one after another; "en: " cases are read as English."""
    n = len(threes)
    lists = [", ".join(caps[j : j + 150]) + " ont dit oui." for j in range(0, len(w) // 2, 150)]
    return {
        "many names, one quotation each": " ".join(
            f"{caps[i]} {caps[-i - 1]} a déclaré : « {threes[i]} »." for i in range(n // 2)
        ),
        "many pronouns": " ".join(
            f"« {x} », a-t-il dit. Elle a ajouté qu'{x}." for x in threes[: n // 2]
        ),
        "Selon X, … (full stops)": " ".join(f"Selon {caps[i]}, {x}." for i, x in enumerate(threes)),
        "long lists of names": " ".join(lists),
        "deep brackets": "(" * (len(w) // 2) + " ".join(w[: len(w) // 2]) + ")" * (len(w) // 2),
        "nested brackets": " ".join(
            f"{caps[i]} ({x} ({caps[-i - 1]} [{x}])) a dit oui."
            for i, x in enumerate(threes[: n // 2])
        ),
        "mixed quotation marks": " ".join(
            f'« {x} “{caps[i]}” "{caps[-i - 1]}" ‘{x}’ »' for i, x in enumerate(threes[: n // 2])
        ),
        "2,000-character quotations": " ".join(
            "« " + ", ".join(threes[j : j + 40]) + f" », a dit {caps[j]}." for j in range(0, n, 40)
        ),
        "en: according to X, …": " ".join(f"according to {c}," for c in caps[: len(w) // 3]) + ".",
        "en: long lists of names": " ".join(lists).replace(" ont dit oui.", " said yes."),
        "en: many names": " ".join(
            f'{caps[i]} {caps[-i - 1]} said: "{x}."' for i, x in enumerate(threes[: n // 2])
        ),
    }


def _names(caps: list[str]) -> dict[str, str]:
    """Names of every shape (hostile57): each new name once scanned every name met before;
    sentences in lower case, read as one up to the 2,000-character bound (tidy58)."""
    first = ["Marie", "Jean", "Paul", "Claire", "Luc", "Anne", "Marc", "Julie"]
    n = len(caps) // 5
    full = [f"{first[i % 8]} {caps[i]}" for i in range(n)]
    lists = [", ".join(full[j : j + 75]) + " ont dit oui." for j in range(0, n, 75)]
    return {
        "lists of full names": " ".join(lists),
        "one name per sentence": " ".join(f"{name} a dit oui." for name in full),
        "one surname, many first names": " ".join(f"{c} Durand a dit oui." for c in caps[:n]),
        "first names alone": " ".join(f"{c} a dit : « oui »." for c in caps[:n]),
        "names spelt two ways": " ".join(
            f"{f} Dupont a dit oui. {f} Dupond a dit non." for f in caps[: n // 2]
        ),
        "particles and hyphens": " ".join(
            f"{caps[i]}-{caps[-i - 1]} de La {caps[i + 1]} a dit oui." for i in range(n)
        ),
        "en: one name per sentence": " ".join(f"{name} said yes." for name in full),
        "en: lower-case sentences": " ".join(f"the {c[:4].upper()} said yes." for c in caps[:n]),
        "lower-case sentences": " ".join(f"le {c[:4].upper()} a dit oui." for c in caps[:n]),
        "en: lists of full names": " ".join(lists).replace(" ont dit oui.", " said yes."),
    }


def _long_sentences(caps: list[str]) -> dict[str, str]:
    """One long sentence of many cues without a full stop (speed59): each cue read its clause
    back to the sentence's start, and each draft was compared with every one kept."""
    n = len(caps) // 5
    return {
        "en: yes, said X, and": " ".join(f"yes, said {c}, and" for c in caps[:n]),
        "en: lower case, no full stops": " ".join(
            f"the {c[:4].upper()} said yes," for c in caps[:n]
        ),
        "quoted, lower case": " ".join(f"le {c[:4].upper()} a dit « oui » et" for c in caps[:n]),
    }


def measure(name: str, words: int) -> dict:
    """In this process: the case's analysis time (processor) and peak memory growth."""
    from quizapp.draft import analyze

    text, language = cases(words)[name], "en" if name.startswith("en: ") else "fr"
    analyze("« Oui », a dit Paul Durand, maire de Lyon.\n\nIl pleut.", language)  # lexicons loaded
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.process_time()
    analyze(text, language)
    seconds = time.process_time() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    return {"seconds": seconds, "mb": peak / 1024, "words": max(1, len(text.split()))}


def _child(name: str, words: int) -> dict | None:
    command = [sys.executable, __file__, "--child", name, str(words)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return None
    return json.loads(done.stdout.strip().splitlines()[-1])


def growth() -> None:
    """The normal text at 8,000, 32,000 and 64,000 words (long55): its time per 1,000 words as
    a ratio to the 8,000 words' (1 is linear; main at hostile55: x2.6 at 32,000, x4.5 at
    64,000)."""
    base = None
    for size in (8000, 32000, 64000):
        got = _child("normal", size)
        if got is None:
            print(f"normal {size:6} words: over {TIMEOUT:.0f} s", flush=True)
            continue
        per_word = got["seconds"] / got["words"]
        base = base or per_word
        print(f"normal {got['words']:6} words {got['seconds']:6.2f} s, {per_word * 1e6:5.0f} ms "
              f"per 1,000 (x{per_word / base:4.1f} the 8,000 words')", flush=True)  # fmt: skip


def main(argv: list[str]) -> None:
    if argv[:1] == ["--child"]:
        print(json.dumps(measure(argv[1], int(argv[2]))))
        return
    if argv[:1] == ["--long"]:
        growth()
        return
    words = int(argv[0]) if argv else 2000
    names = argv[1:] or list(cases(10))
    base = {size: _child("normal", size) for size in (words, 4 * words)}
    for name in names:
        row = [f"{name:32}"]
        for size in (words, 4 * words):
            got = _child(name, size)
            if got is None:
                row.append(f"{size:6} words: over {TIMEOUT:.0f} s")
                continue
            per_word = got["seconds"] / got["words"]
            ratio = per_word / max(1e-9, base[size]["seconds"] / base[size]["words"])
            row.append(
                f"{got['words']:6} words {got['seconds']:6.2f} s, {per_word * 1e6:5.0f} ms per "
                f"1,000 (x{ratio:4.1f} normal's) {got['mb']:4.0f} MB"
            )
        print("  ".join(row), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
