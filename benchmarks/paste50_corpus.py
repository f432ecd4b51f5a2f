"""paste50: the corpus articles whose tidy reading (``quizapp draft``, the editor) moved.

Round 50's line_shapes cuts a run of lines with no blank line between them where its lines
say a paragraph ends. The scored corpus reading (quick_score, draft_eval) analyses each file
as it is, one paragraph per line, so its figures cannot move; ``quizapp draft`` and the
editor analyse the tidy text instead. For every article whose tidy text changed, this scores
the tidy reading at 7fa2196d and now against the key (offsets carried back to the file with
map_span, as ``quizapp draft --analysis`` does), beside the file's own reading.
Run: ``PYTHONPATH=. python benchmarks/paste50_corpus.py`` (from the worktree).
"""

from __future__ import annotations

import subprocess
import sys
import types
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from draft_eval import load_article, score

from quizapp.draft import analyze
from quizapp.sets.articles.text import file_line_ends, has_headline, map_span
from quizapp.sets.articles.text import tidy_paragraphs as new_tidy

CORPUS = Path("tests/data/draft")


def old_tidy():
    """text.py as it was at round 50's start."""
    source = subprocess.run(
        ["git", "show", "7fa2196d:quizapp/sets/articles/text.py"], capture_output=True, text=True
    ).stdout
    module = types.ModuleType("old_text")
    exec(source, module.__dict__)
    return module.tidy_paragraphs


def mapped(text: str, tidy, language: str):
    """The analysis of the tidy text, its spans carried back to ``text``."""
    tidied, where = tidy(text)
    head = text.partition("\n")[0].strip() if has_headline(text) else None
    found = analyze(tidied, language, headline=head)
    attributions = [replace(a, content=map_span(where, a.content)) for a in found.attributions]
    claims = [replace(c, span=map_span(where, c.span)) for c in found.unattributed]
    return replace(found, attributions=attributions, unattributed=claims)


def main() -> None:
    before = old_tidy()
    for key in sorted(CORPUS.glob("*.json")):
        text = file_line_ends(key.with_suffix(".txt").read_text(encoding="utf-8"))
        if before(text)[0] == new_tidy(text)[0]:
            continue
        article = load_article(key)
        for name, analysis in (
            ("file", analyze(text, article.language)),
            ("tidy before", mapped(text, before, article.language)),
            ("tidy now", mapped(text, new_tidy, article.language)),
        ):
            t = score(article, analysis, 0.3)
            print(f"{key.stem:45} {name:12} key {t.key} matched {t.matched} found {t.found}"
                  f" speakers {t.speaker_right} labels {t.label_right}")  # fmt: skip


if __name__ == "__main__":
    main()
