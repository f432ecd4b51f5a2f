"""The title a set made from an article takes: its headline and what the student does with
it, as the built-in set's « Musk critique Stargate : qui dit quoi ? ». The quiz's header shows
the part past the headline alone when the article beside it shows the headline already, so a
student does not read it twice (ui33: a drafted set's title was its headline, read in the
header and again as the article's first line).
"""

from __future__ import annotations

import re

from quizapp.model import QuizSet

# French punctuation takes a non-breaking space before it, as the built-in set writes it
_TASK = {"fr": "qui dit quoi\u00a0?", "en": "who says what?"}
_SPACES = re.compile(r"[^\S\u00a0]+")  # runs of spaces, a non-breaking one kept as it is
_JOINERS = " \u00a0:—–-·|"
MAX_TITLE = 200  # characters of a set's title made from a headline, the task included


def article_set_title(headline: str, language: str) -> str:
    """The title of a set made from an article whose headline is ``headline`` (``title_from``),
    its spaces joined, within ``MAX_TITLE`` characters: a long headline is cut so that the task
    still fits whole (mend34e: capping the headline alone let a title reach 216 characters).
    The one helper for the drafter and the editor, which titled sets each on its own."""
    head = " ".join(headline.split())
    title = title_from(head, language)
    excess = len(title) - MAX_TITLE
    return title if excess <= 0 else title_from(head[: len(head) - excess].rstrip(), language)


def title_from(headline: str, language: str) -> str:
    """The headline followed by the task in ``language`` (the headline alone in another),
    after a colon, or a dash when the headline has a colon of its own (« Saint-Avé : la
    fermeture… : qui dit quoi ? » read as two titles, ui33 in the real window)."""
    if language not in _TASK:
        return headline
    if ":" in headline:
        return f"{headline} — {_TASK[language]}"
    colon = "\u00a0:" if language == "fr" else ":"
    return f"{headline}{colon} {_TASK[language]}"


def task_after_headline(title: str, headline: str) -> str:
    """What ``title`` says past the article's ``headline`` (« Qui dit quoi ? »), capitalised;
    the whole title when it does not start with the headline, says nothing more, or goes on
    past it without a colon or dash: the headline then ends inside a word (« Le port » of « Le
    portail de Brest… ») or the set was renamed (« … Stargate (CM2) »), and the rest alone
    would read as nonsense (mend33e)."""
    words, head = _SPACES.sub(" ", title).strip(), " ".join(headline.split())
    if not head or not " ".join(words.split()).casefold().startswith(head.casefold()):
        return title
    past = _past(words, head).lstrip()
    rest = past.lstrip(_JOINERS).strip()
    joined = len(rest) < len(past)  # a colon or dash stood between the headline and the rest
    return rest[:1].upper() + rest[1:] if rest and joined else title


def _past(words: str, head: str) -> str:
    """``words`` after as many of its characters as spell ``head``, spaces aside."""
    wanted = len(head.replace(" ", ""))
    for index, char in enumerate(words):
        if wanted == 0:
            return words[index:]
        wanted -= 0 if char.isspace() else 1
    return ""


def header_title(quiz: QuizSet) -> str:
    """The set's title for the quiz's header, without the article's headline the pane beside
    it shows already."""
    if quiz.article is None:
        return quiz.title
    return task_after_headline(quiz.title, quiz.article.title or "")
