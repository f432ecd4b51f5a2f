"""A saved page is parsed once (paste52): trafilatura's tree serves its extraction and the
standfirst reader, which parsed the page a second time with lxml before."""

from __future__ import annotations

import lxml.html
import pytest
import trafilatura.utils

from quizapp.sets.articles.reading import article_from_html

STANDFIRST = "Vingt-neuf personnes ont été évacuées lundi d'un immeuble, selon les pompiers."
BODY = "".join(
    f"<p>Le feu est parti du local à poubelles vers quatorze heures, paragraphe {n}, et les "
    "flammes ont gagné les étages en quelques minutes, ont raconté plusieurs voisins.</p>"
    for n in range(4)
)
PAGE = (
    "<html><head><title>Un immeuble évacué</title></head><body><article>"
    f"<h1>Un immeuble évacué</h1><p class='chapo'>{STANDFIRST}</p>"
    f"<div class='article-body'>{BODY}</div></article></body></html>"
)


def test_the_standfirst_is_read_without_parsing_the_page_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    parse, parsed = lxml.html.fromstring, []

    def counted(*args: object, **kwargs: object) -> object:
        text = args[0].decode() if isinstance(args[0], bytes) else str(args[0])
        parsed.append(text.startswith("<html"))  # the whole page; trafilatura parses pieces
        return parse(*args, **kwargs)

    monkeypatch.setattr(lxml.html, "fromstring", counted)  # the standfirst reader's
    monkeypatch.setattr(trafilatura.utils, "fromstring", counted)  # the extractor's own name
    assert article_from_html(PAGE).text.startswith(f"{STANDFIRST}\n\nLe feu est parti")
    assert sum(parsed) == 1  # trafilatura's; the standfirst reader parsed it again before
