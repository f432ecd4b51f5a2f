"""What a web page saved by a browser holds for an article: its main text, title, site name,
address and date, read by trafilatura (a maintained extractor that keeps the article's
paragraphs and drops menus, captions, adverts and footers) and, where it states none, by the
page's own markup (« saved from url=… », its <title>). Nothing is ever fetched.

Out of sets/articles/reading.py (tidy56), which reads a file of any kind and turns what this
module finds into the editor's fields; this one knows only pages.
"""

from __future__ import annotations

import html as entities
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from quizapp.sets.articles.page_tail import (
    without_page_head,
    without_page_links,
    without_page_tail,
)
from quizapp.sets.articles.standfirst import with_standfirst
from quizapp.sets.articles.text import first_line


@dataclass(frozen=True)
class WebPage:
    """A page's article before its paragraphs are tidied: any field may be empty."""

    body: str
    title: str
    outlet: str
    url: str
    date: str  # ISO 8601 (YYYY-MM-DD) or empty


def read_web_page(html: str) -> WebPage | None:
    """The article of a saved page, None when the extractor finds no text in it."""
    tree, document = _extracted(html)
    if document is None or not (document.text or "").strip():
        return None
    title = (document.title or "").strip()
    url = web_address(document.url) or _saved_from(html)
    body = with_standfirst(tree, _without_page_links(document.text, title))
    outlet = _page_outlet(document, html, title, url)
    return WebPage(body, title, outlet, url, (document.date or "")[:10])


def _extracted(html: str) -> tuple[object | None, object | None]:
    """The page's tree and what trafilatura extracts from it. The page is parsed once, by
    trafilatura's own loader (paste52: it was parsed again for the standfirst): extraction
    works on a copy of the tree it is given, so the standfirst reader walks it untouched."""
    import trafilatura  # imported on use: it is large and only the editor needs it

    tree = trafilatura.load_html(html)
    if tree is None:
        return None, None
    document = trafilatura.bare_extraction(
        tree,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        favor_precision=True,
    )
    return tree, document


def _page_outlet(document: object, html: str, title: str, url: str) -> str:
    """The site's name the page states (og:site_name), else the one its <title> gives after
    the headline, else its host (trafilatura gives the host as the name when none)."""
    host = (document.hostname or "").strip() or site_host(url)
    named = (document.sitename or "").strip()
    return named if named and named != host else _site_after_title(html, title) or host


def _without_page_links(text: str, title: str) -> str:
    """The body without the links a page sets under its headline, which the body may open
    with (« À lire aussi : … », teacher51), nor those the extractor kept at its end (« Lire
    aussi » and a link's headline, paste52), nor those between its paragraphs (« Lire
    aussi : … », the paste's rule: ``without_page_links``, polish53), as a paste loses them."""
    headline = first_line(text) == title.strip() and bool(title.strip())
    kept = without_page_tail(without_page_head(text, after=1 if headline else 0))
    return without_page_links(kept)


_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(https?://[^\s>]+?)\s*-->", re.I)
_TITLE_TAG = re.compile(r"<title[^>]*>([^<]{1,400})</title>", re.I)
_SITE_AFTER = re.compile(r"^\s*[-|–—·]\s*(\S.{0,48}?)\s*$")  # « - Le Progrès », « | Le Monde »


def _saved_from(html: str) -> str:
    """The address a browser writes at the top of a page it saved (« saved from url=… »), as
    the page writes it (« ?a=1&amp;b=2 » is « ?a=1&b=2 »)."""
    found = _SAVED_FROM.search(html[:4000])
    return web_address(entities.unescape(found.group(1))) if found else ""


def _site_after_title(html: str, title: str) -> str:
    """The site's name a page's <title> gives after its headline (« Le maire démissionne -
    Le Progrès »), for a page that states no site name of its own (og:site_name)."""
    found = _TITLE_TAG.search(html)
    whole = " ".join(entities.unescape(found.group(1)).split()) if found else ""
    if not title or not whole.startswith(title):
        return ""
    site = _SITE_AFTER.match(whole[len(title) :])
    return site.group(1) if site else ""


def site_host(url: str) -> str:
    """The site of a web address, as an outlet when nothing better names it (« leprogres.fr »)."""
    host = urlsplit(url).hostname or "" if url else ""
    return host.removeprefix("www.")


def web_address(url: str | None) -> str:
    """``url`` when it is a web address, else empty: a page or a Word file may state a local
    path or words there, which are no address a teacher could open."""
    return url if url and re.match(r"^https?://\S+$", url) else ""
