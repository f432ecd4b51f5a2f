"""The standfirst (chapô) of a saved web page, which the page extractor leaves out.

trafilatura, asked for precision, keeps the article's body and drops the paragraph under the
headline that most French papers set apart (« <p class="chapo"> »): teacher51's saved page lost
« Vingt-neuf personnes ont été évacuées…, selon les pompiers », its first claim and source, from
both the article and the draft. The standfirst is found by the name the page gives it (a word
of ``standfirst_classes`` in its class, id or itemprop), a few sentences long and not a list of
links; it is put back as the article's first paragraph, after the headline line when the body
opens with it. A page's meta description is never used: it is often a summary written for
search engines, not text on the page (teacher50).

Those names are common in page furniture too (review51 F1: a cookie banner's « cookie-intro »,
Bootstrap's « lead » on a subscription promo, another article's « summary », an
« author-description », a « site-description » tagline were each put above the headline and
drafted into questions). So the standfirst must be the article's own: after its headline (the
first ``h1`` outside furniture) in document order, within the headline's article container
(``article``, ``main`` or their roles), close under it (little text between), before the body's
first paragraph, and neither it nor what holds it inside the container named as furniture
(``page_furniture_classes``) or set in navigation, asides, figures, footers or forms.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizapp.sets.articles.article_words import article_words

MIN_WORDS, MAX_WORDS = 8, 120  # a standfirst is a sentence or three; a body is longer
MAX_BETWEEN = 40  # words between the headline and the standfirst: a link, a byline, a date
_NAMES = article_words("standfirst_classes")
_FURNITURE = tuple(sorted(article_words("page_furniture_classes")))
_ATTRIBUTES = ("class", "id", "itemprop", "role")
_OUTSIDE = {"nav", "aside", "figure", "figcaption", "footer", "form", "button", "a", "li"}
_TAGS = {"p", "div", "h2", "h3", "span", "section"}
_CONTAINERS = {"article", "main"}


def with_standfirst(page: str | object, body: str) -> str:
    """``body`` (the extracted text) with the page's standfirst as its first paragraph (after
    the headline line when the body opens with it), when the page has one of its own.
    ``page`` is the page's HTML or the tree the extractor parsed it into (paste52: parsed
    once, not once by trafilatura and again here)."""
    found, headline = standfirst(page, body)
    if not found:
        return body
    first, _, rest = body.partition("\n")
    if headline and _squeezed(first) == _squeezed(headline):
        return f"{first}\n\n{found}\n\n{rest.lstrip()}"
    return f"{found}\n\n{body}"


def standfirst(page: str | object, body: str) -> tuple[str, str]:
    """The article's standfirst above ``body``'s first paragraph and the headline's text;
    ("", "") when the page names none of the article's own. ``page``: as ``with_standfirst``."""
    root = _parsed(page) if isinstance(page, str) else page
    headline = _headline(root) if root is not None else None
    if headline is None:
        return "", ""
    opening, title = _words(body)[:8], _element_text(headline)
    for element, between in _under(headline, _container(headline, root)):
        text = _element_text(element)
        if between > MAX_BETWEEN or (opening and _words(text)[:8] == opening):
            return "", ""  # too far from the headline, or the body's first paragraph reached
        if _is_standfirst(element, text):
            return ("" if _squeezed(text) in _squeezed(body) else text), title
    return "", ""


def _parsed(html: str) -> object | None:
    """The page's tree as lxml reads it; None when it cannot."""
    import lxml.html  # trafilatura's own parser, imported on use as trafilatura is

    try:
        return lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None


def _headline(root: object) -> object | None:
    """The article's headline: the first ``h1`` in an article container, else the first
    ``h1``, neither set in page furniture (a site's name is sometimes an ``h1``)."""
    headlines = [h for h in root.iter("h1") if not _furnished(h, None)]
    held = [h for h in headlines if _container(h, None) is not None]
    return (held or headlines or [None])[0]


def _container(element: object, default: object) -> object:
    """The nearest ``article`` / ``main`` (by tag or role) holding ``element``."""
    for parent in element.iterancestors():
        if parent.tag in _CONTAINERS or parent.get("role", "").lower() in _CONTAINERS:
            return parent
    return default


def _under(headline: object, container: object) -> Iterator[tuple[object, int]]:
    """The elements after ``headline`` within ``container``, in document order, each with the
    number of words of text met since the headline (outside the elements themselves)."""
    inside = set(headline.iter())
    started, between = False, 0
    for element in container.iter():
        if element is headline:
            started = True
        elif started and element not in inside and isinstance(element.tag, str):
            yield element, between
            between += len(_words(element.text or "")) + len(_words(element.tail or ""))


def _is_standfirst(element: object, text: str) -> bool:
    """Named so, of a standfirst's length, outside the page's furniture, mostly not links."""
    if element.tag not in _TAGS or not _NAMES.intersection(_named(element)):
        return False
    if _furnished(element, _container(element, None)):
        return False
    linked = sum(len(link.text_content()) for link in element.iter("a"))
    return MIN_WORDS <= len(text.split()) <= MAX_WORDS and linked * 2 < len(text)


def _furnished(element: object, container: object | None) -> bool:
    """``element`` or what holds it below ``container`` is navigation, an aside, a footer…,
    or named as page furniture (a banner, a promo, a teaser, an author's box)."""
    for held in (element, *element.iterancestors()):
        if held is container:
            return False
        if held is not element and held.tag in _OUTSIDE:
            return True
        if any(word.startswith(_FURNITURE) for word in _named(held)):
            return True
    return False


def _named(element: object) -> list[str]:
    named = " ".join(element.get(name, "") for name in _ATTRIBUTES).lower()
    return [word for word in re.split(r"[\W_]+", named) if word]


def _element_text(element: object) -> str:
    if not isinstance(element.tag, str) or element.tag in {"script", "style"}:
        return ""
    return " ".join(element.text_content().split())


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _squeezed(text: str) -> str:
    return " ".join(_words(text))
