"""One way to make an id from any title, so an imported, edited, drafted or fixed id agree.

Ids (of sets, questions, labels and tags) are lowercase ASCII words. Teachers write titles in
French, German or Nordic languages, so letters Unicode does not decompose (œ, æ, ß, ø, ł…) are
spelled out before accents are dropped: "Cœur" gives "coeur", never "c-ur".
"""

from __future__ import annotations

import re
import unicodedata

_SPELLED_OUT = str.maketrans(
    {
        "œ": "oe",
        "Œ": "oe",
        "æ": "ae",
        "Æ": "ae",
        "ß": "ss",
        "ẞ": "ss",
        "ø": "o",
        "Ø": "o",
        "ł": "l",
        "Ł": "l",
        "đ": "d",
        "Đ": "d",
        "ð": "d",
        "Ð": "d",
        "þ": "th",
        "Þ": "th",
        "ı": "i",
    }
)
_WORD = re.compile(r"[a-z0-9]+")
_WORD_OR_UNDERSCORE = re.compile(r"[a-z0-9]+(?:_[a-z0-9]+)*")


def ascii_fold(text: str) -> str:
    """``text`` in lowercase ASCII letters: special letters spelled out, accents dropped."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPELLED_OUT))
    return decomposed.encode("ascii", "ignore").decode("ascii").lower()


def slugify(text: str, max_length: int = 60, keep_underscores: bool = False) -> str:
    """An id from ``text``: its words joined by '-', cut at a word end within ``max_length``.

    ``keep_underscores`` keeps ``cas_d_ecole`` as one word (a teacher's own id being fixed);
    a first word longer than ``max_length`` is cut rather than lost.
    """
    pattern = _WORD_OR_UNDERSCORE if keep_underscores else _WORD
    words = pattern.findall(ascii_fold(text))
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > max_length:
            break
        slug = candidate
    return slug or (words[0][:max_length].strip("_") if words else "")
