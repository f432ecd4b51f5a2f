"""tidy56: a saved web page is read in sets/articles/web_page.py, apart from the file kinds;
reading.py turns what it finds into the editor's fields as before. Made-up pages."""

from __future__ import annotations

from quizapp.sets.articles.text import first_line
from quizapp.sets.articles.web_page import read_web_page, site_host, web_address


def test_a_page_with_no_text_gives_no_article() -> None:
    assert read_web_page("<html><body></body></html>") is None


def test_addresses_and_hosts() -> None:
    assert web_address("https://www.leprogres.fr/a") == "https://www.leprogres.fr/a"
    assert web_address("C:/Users/prof/page.html") == ""
    assert site_host("https://www.leprogres.fr/a") == "leprogres.fr"


def test_the_first_line_that_holds_anything() -> None:
    assert first_line("\n  \n  Le maire démissionne \n\nTexte.") == "Le maire démissionne"
