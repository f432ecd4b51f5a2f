"""What the paste tests share: an article pasted as lines, the text it keeps (mend57b: the
same few lines had been written out in three tests)."""

from __future__ import annotations

from quizapp.sets.articles.reading import article_from_paste


def pasted_text(*lines: str) -> str:
    """The article text kept from ``lines`` pasted one under the other ("" a blank line)."""
    return article_from_paste("\n".join(lines)).text
