"""paste52: a saved page's import timed, and its imported text dumped, to compare two trees.

Round 52 parses a saved page once (trafilatura.load_html, whose tree serves the extraction and
the standfirst reader) where the standfirst reader parsed it again with lxml. Run it on the
same pages with each tree's ``quizapp`` first on the path, then compare the two dumps:
``PYTHONPATH=/work/main python benchmarks/paste52_html_parse.py PAGES before.json`` and
``PYTHONPATH=. python benchmarks/paste52_html_parse.py PAGES after.json``, ``cmp`` them.
Each page's time is the best of ``--repeats`` runs in CPU time (the machine is shared: wall
time moved by half between two runs of the same tree). Round 52's pages (20: teacher51's
saved France Bleu page, nine rustdoc/rustc manual pages as they ship with Rust, ten news
pages built around corpus articles with a cookie banner, navigation, a chapô, a byline, an
aside of related links and a footer): imported text identical; 369-390 ms before, 372-386
ms after over three runs each, the parse saved being about 3 ms of them (lxml parses the 20
pages in 5 ms, and trafilatura copies the tree it is given: 2 ms).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from quizapp.sets.articles.reading import ArticleError, article_from_html


def _imported(page: Path) -> list[str]:
    html = page.read_text(encoding="utf-8", errors="replace")
    try:
        found = article_from_html(html, page)
    except ArticleError as error:
        return ["error", error.kind]
    return [found.text, found.title, found.outlet, found.url, found.date]


def _best(page: Path, repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        started = time.process_time()
        _imported(page)
        best = min(best, time.process_time() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("pages", type=Path)
    parser.add_argument("dump", type=Path)
    parser.add_argument("--repeats", type=int, default=10)
    args = parser.parse_args()
    pages = sorted(args.pages.glob("*.htm*"))
    _imported(pages[0])  # trafilatura imported before any page is timed
    total = sum(_best(page, args.repeats) for page in pages)
    dump = {page.name: _imported(page) for page in pages}
    args.dump.write_text(json.dumps(dump, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{len(pages)} pages, best of {args.repeats} in CPU time: {total * 1000:.1f} ms")


if __name__ == "__main__":
    main()
