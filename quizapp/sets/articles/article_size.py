"""The article's one size bound, said in a teacher's words (bounds56).

A set's article holds at most ``MAX_ARTICLE_CHARS`` characters (the format's bound on every
text, model/quizset.py). Until bounds56 the parts of the app each had their own: the set file
refused an article over 100,000 characters (« Texte de l'article est trop long »), a paste
went in up to 5 MB, an opened file up to 5 MB of file, and the drafter read 20,000 words: a
teacher could paste a 15,000-word report, have it drafted, and then be told by the check,
in a field's name, that it was too long. Now a paste, an opened article, ``quizapp draft``
and the check refuse the same texts, and say the same thing: how long the article is, the
bound, and what to do (cut it to the part the questions are about).
"""

from __future__ import annotations

from quizapp.model.quizset import MAX_ARTICLE_CHARS
from quizapp.sets.catalog import current_language, say


def too_long(text: str) -> bool:
    """Whether ``text`` is longer than a set's article may be."""
    return len(text) > MAX_ARTICLE_CHARS


def grouped(number: int) -> str:
    """``number`` with its thousands apart as the language writes them: 100,000 or 100 000."""
    shown = f"{number:,}"
    return shown.replace(",", "\u202f") if current_language() == "fr" else shown


def article_too_long(length: int) -> str:
    """Why an article of ``length`` characters is refused, and what to do, in one sentence."""
    return say(
        "article_too_long",
        "the article is {length} characters long, and an article holds at most {limit} "
        "(about 15,000 words): cut it, keeping the part the questions are about",
        length=grouped(length),
        limit=grouped(MAX_ARTICLE_CHARS),
    )
