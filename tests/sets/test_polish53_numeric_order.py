"""polish53: an English numeric publication date whose two numbers may both be the month
("Published 03/12/2026": 3 December on a British page, 12 March on an American one) dates
nothing unless the paste shows its order elsewhere; a French label stays day first."""

from __future__ import annotations

import pytest

from quizapp.sets.articles.reading import article_from_paste

BODY = "The council voted on Thursday to close the library, the mayor said."


@pytest.mark.parametrize(
    ("head", "date"),
    [
        ("Mayor resigns\nPublished 03/12/2026", ""),
        ("Mayor resigns\nPublished 03/12/2026 18:43", ""),
        ("Mayor resigns\nPublished 03/12/2026\nUpdated 15/12/2026", "2026-12-03"),
        ("Mayor resigns\nPublished 03/12/2026\nUpdated 12/15/2026", "2026-03-12"),
        ("Mayor resigns\nPublished 03/12/2026\nUpdated 4 December 2026", "2026-12-03"),
        ("Mayor resigns\nPublished 03/12/2026\nUpdated December 4, 2026", "2026-03-12"),
        ("Mayor resigns\nPublished 03/03/2026", "2026-03-03"),
        ("Le maire démissionne\nPublié le 03/12/2026", "2026-12-03"),
    ],
)
def test_an_ambiguous_english_date_needs_its_order(head: str, date: str) -> None:
    article = article_from_paste(f"{head}\n{BODY}")
    assert article.date == date
    assert "03/12/2026" not in article.text and "03/03" not in article.text
