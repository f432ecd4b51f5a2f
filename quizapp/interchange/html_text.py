"""The plain text of an HTML fragment, in one pass: time grows with the length of the input.

The standard library's ``HTMLParser`` rescans the unparsed rest of its buffer each time a tag is
left unfinished, so a question made of 120 KB of ``<a `` took 33 s and 480 KB over five
minutes; its entity decoding also turns a 5,000-digit ``&#...;`` into a ``ValueError``. Here a
tag is read once, from ``<`` to its ``>`` (quoted ``>`` included); a tag that never ends keeps
the rest of the fragment as text, and numeric references are bounded before they are decoded.
"""

from __future__ import annotations

import html
import re

BLOCK_TAGS = frozenset(
    {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "ul"}
)
_SKIPPED_TAGS = frozenset({"script", "style"})
_TAG_START = re.compile(r"<(?:/?[A-Za-z]|!|\?)")
_NAME = re.compile(r"/?([A-Za-z][A-Za-z0-9:-]*)")
_END_OR_QUOTE = re.compile(r"[>\"']")
_REFERENCE = re.compile(r"&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]{0,31};?)")
_HREF = re.compile(r"""\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))""", re.IGNORECASE)
_MAX_DIGITS = 8  # more than any code point needs: a longer number is not a character


def html_text(fragment: str) -> tuple[str, int]:
    """The character data of ``fragment`` with a line break per block element, and how many
    images it held; scripts, styles, comments and declarations are left out."""
    parts: list[str] = []
    links: list[tuple[str, int]] = []  # open links: their address, where their text starts
    images, position, length = 0, 0, len(fragment)
    while position < length:
        found = _TAG_START.search(fragment, position)
        if found is None:
            parts.append(decode_references(fragment[position:]))
            break
        parts.append(decode_references(fragment[position : found.start()]))
        end, name, closing = _read_markup(fragment, found.start())
        if end < 0:  # never closed: what follows is text, as a reader would see it
            parts.append(decode_references(fragment[found.start() :]))
            break
        markup, position = fragment[found.start() : end], end
        if name == "img" and not closing:
            images += 1
        elif name in ("li", "a"):
            _list_item_or_link(parts, links, markup, name, closing)
        elif name in BLOCK_TAGS:
            parts.append("\n")
        elif name in _SKIPPED_TAGS and not closing:
            position = _after_closing(fragment, position, name)
    return "".join(parts), images


def _list_item_or_link(
    parts: list[str], links: list[tuple[str, int]], markup: str, name: str, closing: bool
) -> None:
    """A list item keeps its bullet; a link keeps its address after its text, "text (URL)"
    (shown as text, never followed)."""
    if name == "li":
        if not closing:
            parts.append("\n• ")
        return
    if not closing:
        address = _HREF.search(markup)
        value = next((group for group in address.groups() if group), "") if address else ""
        links.append((decode_references(value.strip()), len(parts)))
        return
    if links:
        address, start = links.pop()
        text = "".join(parts[start:]).strip()
        if address.startswith(("http://", "https://", "mailto:")) and address != text:
            parts.append(f" ({address})" if text else address)


def decode_references(text: str) -> str:
    """Entities and numeric references decoded, each one bounded in length first."""
    if "&" not in text:
        return text
    return _REFERENCE.sub(_decode_one, text)


def _decode_one(found: re.Match[str]) -> str:
    reference = found.group()
    digits = reference[2:].rstrip(";").lstrip("xX")
    if reference.startswith("&#") and len(digits.lstrip("0")) > _MAX_DIGITS:
        return "\ufffd"  # what HTML makes of a reference beyond every code point
    return html.unescape(reference)


def _read_markup(text: str, start: int) -> tuple[int, str, bool]:
    """Where the markup at ``start`` ends (-1: never), its lowercased tag name, and whether
    it is a closing tag; comments and declarations have no name."""
    if text.startswith("<!--", start):
        end = text.find("-->", start + 4)
        return (end + 3 if end >= 0 else len(text)), "", False
    if text[start + 1] in "!?":
        end = text.find(">", start)
        return (end + 1 if end >= 0 else len(text)), "", False
    name = _NAME.match(text, start + 1)
    assert name is not None  # _TAG_START only stops before a letter or '/' and a letter
    position = name.end()
    while True:
        found = _END_OR_QUOTE.search(text, position)
        if found is None:
            return -1, "", False
        if found.group() == ">":
            return found.end(), name.group(1).lower(), name.group().startswith("/")
        closing_quote = text.find(found.group(), found.end())
        if closing_quote < 0:
            return -1, "", False
        position = closing_quote + 1


def _after_closing(text: str, position: int, name: str) -> int:
    """Just past ``</script>`` (or ``</style>``); the end of the text when it never comes."""
    found = re.compile(rf"</{name}\s*>", re.IGNORECASE).search(text, position)
    return found.end() if found else len(text)
