"""The standfirst (chapô) of a saved web page, which the page extractor leaves out.

trafilatura, asked for precision, keeps the article's body and drops the paragraph under the
headline that most French papers set apart (« <p class="chapo"> »): teacher51's saved page lost
« Vingt-neuf personnes ont été évacuées…, selon les pompiers », its first claim and source, from
both the article and the draft. The standfirst is found by the name the page gives it (a word
of ``standfirst_classes`` in its class, id or itemprop), above the body's first paragraph,
outside navigation, asides, figures and footers, a few sentences long and not a list of links;
it is put back as the article's first paragraph. A page's meta description is never used: it
is often a summary written for search engines, not text on the page (teacher50).
"""

from __future__ import annotations

import re

from quizapp.sets.articles.article_words import article_words

MIN_WORDS, MAX_WORDS = 8, 120  # a standfirst is a sentence or three; a body is longer
_NAMES = article_words("standfirst_classes")
_ATTRIBUTES = ("class", "id", "itemprop")
_OUTSIDE = {"nav", "aside", "figure", "figcaption", "footer", "form", "button", "a", "li"}
_TAGS = {"p", "div", "h2", "h3", "span", "section"}


def with_standfirst(html: str, body: str) -> str:
    """``body`` (the extracted text) with the page's standfirst as its first paragraph, when
    the page names one above the body and the body does not already hold it."""
    found = standfirst(html, body)
    return f"{found}\n\n{body}" if found else body


def standfirst(html: str, body: str) -> str:
    """The text of the first element named as a standfirst above ``body``'s first paragraph."""
    import lxml.html  # trafilatura's own parser, imported on use as trafilatura is

    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return ""
    opening = _words(body)[:8]
    for element in root.iter():
        text = _element_text(element)
        if opening and _words(text)[:8] == opening:
            return ""  # the body's first paragraph reached: nothing named above it
        if _is_standfirst(element, text) and _words(text)[:8] != opening:
            return "" if _squeezed(text) in _squeezed(body) else text
    return ""


def _is_standfirst(element: object, text: str) -> bool:
    """Named so, of a standfirst's length, outside the page's furniture, mostly not links."""
    if not isinstance(element.tag, str) or element.tag not in _TAGS:
        return False
    named = " ".join(element.get(name, "") for name in _ATTRIBUTES).lower()
    if not _NAMES.intersection(re.split(r"[\W_]+", named)):
        return False
    if any(parent.tag in _OUTSIDE for parent in element.iterancestors()):
        return False
    linked = sum(len(link.text_content()) for link in element.iter("a"))
    return MIN_WORDS <= len(text.split()) <= MAX_WORDS and linked * 2 < len(text)


def _element_text(element: object) -> str:
    if not isinstance(element.tag, str) or element.tag in {"script", "style"}:
        return ""
    return " ".join(element.text_content().split())


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _squeezed(text: str) -> str:
    return " ".join(_words(text))
