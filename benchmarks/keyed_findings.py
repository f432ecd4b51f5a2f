"""One keyed article read by the drafter, with its findings paired to its keys.

Round probes (speakers47_dump, nobody49_shapes, …) each opened an article the same way:
load the key, take its `annotated` field and headline, analyse, pair findings with keys at
30 %. Written once here so a probe keeps only what it records of each row.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from draft_eval import Article, load_article, match_attributions

from quizapp.draft import analyze
from quizapp.draft.findings import Analysis
from quizapp.sets.articles.text import has_headline


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
    text = article.text
    headline = text.partition("\n")[0].strip() if has_headline(text) else None
    analysis = analyze(text, article.language, headline=headline)
    pairs = dict(match_attributions(analysis, article, 0.3))
    return KeyedArticle(article, annotated, analysis, pairs)
