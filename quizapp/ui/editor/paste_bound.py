"""A bound on what a paste puts into the article (long55, bounds56).

The article's text is saved inside the set file, whose format holds an article of at most
``MAX_ARTICLE_CHARS`` characters (about 15,000 words). Until bounds56 a paste was bounded at
5 MB instead: a 15,000-word report went in, was drafted, and the check then said
« Texte de l'article est trop long », naming a field, not a way out. A paste (or a drop) that
would make the article longer than a set's article may be is refused, with a message giving
its length, the bound and what to do; a shorter one goes in as before. A paste into the empty
article is measured once it is read as an article (``article_from_paste`` drops a page's
menus and links), the same text an opened article file is measured on.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from quizapp.model.quizset import MAX_ARTICLE_CHARS

TIDY_MARGIN = 4  # a paste this many times the bound is refused before it is read (0.2 s a MB)


def pasted_length(current: str, selected: str, pasted: str) -> int:
    """The article's length in characters once ``pasted`` replaces ``selected`` in it."""
    return len(current) - len(selected) + len(pasted)


def refused_paste(widget: QWidget, current: str, selected: str, pasted: str) -> bool:
    """Whether the paste is refused: the article would pass the bound (said over ``widget``).
    Into the empty article, only a paste far past it: the rest is measured once read."""
    length = pasted_length(current, selected, pasted)
    bound = MAX_ARTICLE_CHARS * (TIDY_MARGIN if not current.strip() else 1)
    if length <= bound:
        return False
    say_too_long(widget, length)
    return True


def say_too_long(widget: QWidget, length: int) -> None:
    """Tell the teacher, in her language, that an article of ``length`` characters is longer
    than a set's article may be, and what to do."""
    locale = QLocale()
    QMessageBox.warning(
        widget,
        QCoreApplication.translate("PasteBound", "Article too long"),
        QCoreApplication.translate(
            "PasteBound",
            "With this text the article would be {0} characters long, and an article holds "
            "at most {1} (about 15,000 words). Cut it: paste only the part the questions "
            "are about.",
        ).format(locale.toString(length), locale.toString(MAX_ARTICLE_CHARS)),
    )
