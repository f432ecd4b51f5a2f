"""A bound on what a paste puts into the article (long55).

An article opened from a file is read only up to ``MAX_ARTICLE_BYTES`` (5 MB); a paste had no
bound at all, and the article's text is saved inside the set file, which the loader reads only
up to 10 MB: a larger paste made a set that could not be opened again, and every draft of it
read the whole text. A paste (or a drop) that would make the article larger than an article
file may be is refused, with a message saying why and what to do; a smaller one goes in as
before. Pasting runs at about 0.2 s a MB (``article_from_paste``, long55); the drafter reads
only the first ``MAX_DRAFT_WORDS`` words of any article.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from quizapp.sets.articles.reading import MAX_ARTICLE_BYTES

_MB = 1024 * 1024


def pasted_size(current: str, pasted: str) -> int:
    """The article's size in bytes (UTF-8, as saved) once ``pasted`` is added to it."""
    return sum(len(part.encode("utf-8", "surrogatepass")) for part in (current, pasted))


def refused_paste(widget: QWidget, current: str, pasted: str) -> bool:
    """Whether the paste is refused: the article would pass the bound. The teacher is told
    the size and the bound, in her language, in a message box over ``widget``."""
    size = pasted_size(current, pasted)
    if size <= MAX_ARTICLE_BYTES:
        return False
    locale = QLocale()
    QMessageBox.warning(
        widget,
        QCoreApplication.translate("PasteBound", "Paste refused"),
        QCoreApplication.translate(
            "PasteBound",
            "The article would be {0} MB with this text, and an article holds at most {1} MB, "
            "as an article file does. Paste the article alone, without the rest of the page "
            "or document.",
        ).format(locale.toString(size / _MB, "f", 1), MAX_ARTICLE_BYTES // _MB),
    )
    return True
