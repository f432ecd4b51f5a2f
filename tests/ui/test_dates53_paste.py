"""dates53 through the editor: a forwarded mail and a news page pasted into a new set's empty
article (offscreen). The mail's headers stay out of the article, its subject gives the
headline when the article has none; a publication line in figures dates the set."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.ui.editor.entry import open_new_editor
from tests.ui.editor_helpers import paste_article

PASTES = Path(__file__).parent.parent / "data" / "pastes"
CASES = [  # file, language, headline, date, a line of the paste that must not be kept
    ("thunderbird_fr.txt", "fr", "La piscine municipale rouvre ses portes", "2026-12-03", "De :"),
    ("outlook_en.txt", "en", "Bus fares to rise in January", "2026-12-02", "Sent:"),
    ("gmail_fr.txt", "fr", "Le collège Jean-Moulin fermera en juin", "2026-12-03", "Publié le"),
    ("news_en.txt", "en", "Mayor of Brookfield resigns", "2026-12-03", "Updated:"),
]


@pytest.mark.parametrize(("name", "language", "headline", "date", "gone"), CASES)
def test_a_pasted_mail_or_page(
    qtbot, settings, tmp_path, no_dialogs, name, language, headline, date, gone
) -> None:
    window = open_new_editor(settings, tmp_path / "data", language=language)
    qtbot.addWidget(window)
    paste_article(window, (PASTES / name).read_text(encoding="utf-8"))
    article = window.draft.data["article"]
    assert (article["title"], article["date"]) == (headline, date)
    assert gone not in window.article.text.toPlainText() and "@" not in article["text"]
    assert window.article.fields["title"].text() == headline
