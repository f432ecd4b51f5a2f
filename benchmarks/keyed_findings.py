"""One keyed article read by the drafter, with its findings paired to its keys.

Round probes (speakers47_dump, nobody49_shapes, …) each opened an article the same way:
load the key, take its `annotated` field and headline, analyse, pair findings with keys at
30 %. Written once here so a probe keeps only what it records of each row.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from bench_draft import headline_of
from draft_eval import CORPUS, Article, load_article, match_attributions, same_speaker

from quizapp.draft import analyze
from quizapp.draft.findings import Analysis


@dataclass(frozen=True)
class KeyedArticle:
    """An article, who keyed it, the drafter's analysis, and finding index -> key index."""

    article: Article
    annotated: str
    analysis: Analysis
    pairs: dict[int, int]


def keyed_article(key: Path) -> KeyedArticle:
    """Read ``key`` and its text as quick_score does (headline when the text has one)."""
    article = load_article(key)
    annotated = json.loads(key.read_text(encoding="utf-8")).get("annotated", "")
    analysis = analyze(article.text, article.language, headline=headline_of(article.text))
    pairs = dict(match_attributions(analysis, article, 0.3))
    return KeyedArticle(article, annotated, analysis, pairs)


def dump_or_table(
    rows: Callable[[list[Path]], Iterable[dict]], table: Callable[[list[dict]], None]
) -> bool:
    """The command line round probes share: ``OUT [--only REGEX] [--table]``.

    Without --table, one JSON line per row of ``rows`` over the corpus keys (those whose text
    matches REGEX) goes to OUT; with it, OUT is read back and ``table`` prints it, so a table can
    be redrawn without analysing the corpus again. True when rows were dumped.
    """
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--only")
    parser.add_argument("--table", action="store_true")
    args = parser.parse_args()
    if args.table:
        table([json.loads(line) for line in args.out.open(encoding="utf-8")])
        return False
    keys = sorted(CORPUS.glob("*.json"))
    if args.only:
        keys = [k for k in keys if re.search(args.only, k.read_text(encoding="utf-8"))]
    with args.out.open("w", encoding="utf-8") as out:
        for row in rows(keys):
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return True


def matched_keys(keyed: KeyedArticle) -> dict[str, list]:
    """Key index -> [its finding's content span, whether their speakers agree]: what two
    trees' dumps are compared on (keys gained and lost, speakers fixed and broken)."""
    finds, keys = keyed.analysis.attributions, keyed.article.attributions
    return {
        str(j): [list(finds[i].content), same_speaker(finds[i].speaker, keys[j].speaker)]
        for i, j in keyed.pairs.items()
    }


def french_articles(keys: list[Path]) -> Iterator[tuple[Path, Article, str, str | None]]:
    """Each French key's path, article, who keyed it and headline (as quick_score reads it),
    for probes that analyse the article themselves (inside a tracing ``with`` block)."""
    for path in keys:
        article = load_article(path)
        if article.language != "fr":
            continue
        annotated = json.loads(path.read_text(encoding="utf-8")).get("annotated", "")
        yield path, article, annotated, headline_of(article.text)
