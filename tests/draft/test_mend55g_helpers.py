"""mend55g: one white-space trimming helper, and the short words that tell French from
English kept as data.

``segment.py`` held a copy of ``bounded.py``'s helper, line for line; ``draft_set.py`` held the
two languages' commonest short words as sets written in code (word lists are data files).
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

from quizapp.draft.drafting import draft_set
from quizapp.draft.drafting.draft_set import clear_language, guess_language
from quizapp.draft.text import bounded, segment

SOURCES = Path(draft_set.__file__).parent.parent


def test_segment_trims_with_the_bounded_helper() -> None:
    assert bounded.stripped("  la mairie  ", 0, 13) == (2, 11)
    assert segment.stripped is bounded.stripped
    assert "def _trim(" not in (SOURCES / "text" / "segment.py").read_text(encoding="utf-8")


def test_the_short_words_are_a_data_file() -> None:
    source = resources.files("quizapp.draft.words") / "lexicons" / "short_words.json"
    words = json.loads(source.read_text(encoding="utf-8"))
    assert {"selon", "elle", "ont"} <= set(words["fr"]) and {"said", "the"} <= set(words["en"])
    code = Path(draft_set.__file__).read_text(encoding="utf-8")
    assert '"selon"' not in code and '"said"' not in code


def test_the_guesses_read_the_same_words() -> None:
    french = "Selon la mairie, elle est dans le projet et il a dit que les travaux ont duré."
    english = "The mayor said that it was on time and he has said the works are done, by the way."
    assert guess_language(french) == "fr" and guess_language(english) == "en"
    assert clear_language(french) == "fr" and clear_language(english) == "en"
    assert clear_language("Quelle est la capitale ?") is None  # too few words to say
