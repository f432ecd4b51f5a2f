"""paste52: how many lines of the corpus's articles each new paste rule would leave out.

Round 52's paste rules (quizapp/sets/articles: publication.py, quoting.py, page_tail's heading
of links, datelines' byline with no « By »/« Par ») leave lines out of a pasted text. The
corpus's texts (tests/data/draft/*.txt) are articles, so every line a rule drops from one is a
line of an article lost: this counts them against the round's start (72e43876, its two
modules read with ``git show``), over the whole paste and rule by rule, and counts where the
shapes the rules look for occur anywhere in a text, not only where the rules look.
Run: ``PYTHONPATH=. python benchmarks/paste52_corpus_lines.py`` (from the worktree).
Round 52's reading: 0 lines for every rule on 2,151 articles.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import tempfile
from pathlib import Path

from quizapp.sets.articles import page_tail
from quizapp.sets.articles.dating import datelines
from quizapp.sets.articles.dating.publication import publication_line
from quizapp.sets.articles.quoting import unquoted
from quizapp.sets.articles.reading import article_from_paste, paragraphs

START = "72e43876"
CORPUS = Path("tests/data/draft")


def _start_module(name: str, folder: Path) -> object:
    """quizapp/sets/articles/``name``.py as it was at the round's start."""
    source = subprocess.run(
        ["git", "show", f"{START}:quizapp/sets/articles/{name}.py"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    path = folder / f"start_{name}.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _lost(before: str, after: str) -> list[str]:
    """The lines holding words in ``before`` that ``after`` no longer holds."""
    kept = {line.strip() for line in after.split("\n") if line.strip()}
    return [
        line.strip() for line in before.split("\n") if line.strip() and line.strip() not in kept
    ]


def _count(texts: dict[str, str], old_dates: object, old_tail: object) -> dict[str, list]:
    hits: dict[str, list] = {name: [] for name in ("publication", "quoting", "tail", "byline")}
    hits |= {"whole paste": [], "headings anywhere": [], "role bylines anywhere": []}
    for name, text in texts.items():
        lines = text.split("\n")
        hits["publication"] += [(name, line) for line in lines if publication_line(line)]
        hits["quoting"] += [(name, "quoting taken off")] if unquoted(text) != text else []
        tail = _lost(old_tail.without_page_tail(text), page_tail.without_page_tail(text))
        hits["tail"] += [(name, line) for line in tail]
        byline = _lost(old_dates.without_byline(text), datelines.without_byline(text))
        hits["byline"] += [(name, line) for line in byline]
        head = page_tail.without_page_head(old_dates.without_byline(text))
        before = paragraphs(old_tail.without_page_tail(head))
        hits["whole paste"] += [
            (name, line) for line in _lost(before, article_from_paste(text).text)
        ]
        for line in filter(str.strip, lines):
            if page_tail._heading(line):
                hits["headings anywhere"].append((name, line))
            if len(line.split()) <= datelines.MAX_WORDS and datelines._role_byline(line.strip()):
                hits["role bylines anywhere"].append((name, line))
    return hits


def main() -> None:
    texts = {
        path.name: path.read_text(encoding="utf-8").replace("\r\n", "\n")
        for path in sorted(CORPUS.glob("*.txt"))
    }
    with tempfile.TemporaryDirectory() as folder:
        old_dates = _start_module("datelines", Path(folder))
        old_tail = _start_module("page_tail", Path(folder))
        hits = _count(texts, old_dates, old_tail)
    print(f"{len(texts)} articles")
    for rule, found in hits.items():
        print(f"{rule}: {len(found)} lines")
        for name, line in found[:40]:
            print(f"    {name} | {line[:150]}")


if __name__ == "__main__":
    main()
