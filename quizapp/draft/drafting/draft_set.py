"""A whole drafted set: the article, the five labels in its language and the drafted
questions, as v1 data that the loader accepts (the command line writes it, the editor's
review dialog takes its questions).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from quizapp.draft.analysis import analyze
from quizapp.draft.drafting.edits import skill_names
from quizapp.draft.drafting.questions import draft_questions, label_definitions
from quizapp.draft.findings import Analysis
from quizapp.draft.words.lexicon import load
from quizapp.model import QuizSet
from quizapp.model.slugs import slugify
from quizapp.sets.files.set_files import NotRegularFile, read_regular
from quizapp.sets.loader import validate_data
from quizapp.sets.set_title import article_set_title


def guess_language(text: str) -> str:
    """'fr' or 'en', by the commonest short words (enough to tell the two apart)."""
    french, english = _short_words(text)
    return "en" if english > french else "fr"


def clear_language(text: str) -> str | None:
    """'fr' or 'en' when the text's short words say so clearly (ten at least, twice as many
    as the other language's), else None: a question bank in German, or one of a few words,
    keeps the language the teacher's computer speaks (teacher55: a French bank imported on
    an English computer was marked English)."""
    french, english = _short_words(text)
    if max(french, english) >= CLEAR_WORDS and max(french, english) >= 2 * min(french, english):
        return "fr" if french > english else "en"
    return None


CLEAR_WORDS = 10  # short words enough to name a bank's language


def _short_words(text: str) -> tuple[int, int]:
    """How many of the commonest French and English short words ``text`` holds."""
    words = Counter(re.findall(r"[a-zàâçéèêëîïôûùüÿœ']+", text.lower()))
    french, english = _language_words()
    return sum(words[w] for w in french), sum(words[w] for w in english)


@cache
def _language_words() -> tuple[frozenset[str], frozenset[str]]:
    """The French and the English short words, read once from their data file."""
    source = resources.files("quizapp.draft.words") / "lexicons" / "short_words.json"
    data = json.loads(source.read_text(encoding="utf-8"))
    return frozenset(data["fr"]), frozenset(data["en"])


def file_language(source: Path, fallback: str, limit: int) -> str:
    """The language of a question file's own words when they say it clearly
    (``clear_language``), else ``fallback`` (the teacher's own language): File > Import…
    and ``quizapp import`` guess alike (mend55g). A file that cannot be read is the
    import's to report (its first ``limit`` bytes are read, as the import reads them)."""
    try:
        data = read_regular(source, limit)
    except (NotRegularFile, OSError):
        return fallback
    return clear_language(data.decode("utf-8", "replace")) or fallback


def draft_set_data(
    text: str,
    language: str,
    *,
    title: str = "",
    outlet: str = "",
    url: str = "",
    date: str = "",
    analysis: Analysis | None = None,
) -> dict[str, Any]:
    """The v1 data of a drafted set on ``text`` (every question a draft, its id ending in
    « -draft »), titled as the editor titles a set made from an article (tidy34)."""
    analysis = analysis or analyze(text, language, headline=title or None)
    wording = load(language).raw["wording"]
    article = _article_data(text, wording, (title, outlet, url, date))
    set_title = article_set_title(title, language) if title.strip() else wording["untitled"]
    questions = draft_questions(analysis)
    used = {tag for question in questions for tag in question.get("tags", [])}
    return {
        "schema_version": 1,
        "id": (slugify(title, max_length=50) or "draft") + "-draft",
        "title": set_title,
        "language": language,
        "description": wording["description"],
        "article": article,
        "labels": label_definitions(language),
        "settings": {"shuffle_options": True, "feedback": "immediate"},
        "tags": skill_names(used, language),  # a French learner reads French skill names
        "questions": questions,
    }


def _article_data(
    text: str, wording: dict[str, str], given: tuple[str, str, str, str]
) -> dict[str, Any]:
    """The set's article: the title, outlet, address and date ``given``, its title else the
    text's first line (else the language's « untitled »), its outlet else « unknown », and
    its text; none left empty."""
    title, outlet, url, date = given
    first_line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    article: dict[str, Any] = {
        "title": title or first_line[:200] or wording["untitled"],
        "outlet": outlet or wording["unknown_outlet"],
        "url": url,
        "date": date,
        "text": text,
    }
    return {key: value for key, value in article.items() if value}


def checked_set(data: dict[str, Any], path: Path) -> QuizSet:
    """The drafted data through the loader's own checks (raises the loader's LoadError)."""
    return validate_data(data, path)
