"""mend46a (review of ui46, findings 2 and 4): a one-word cue took the French object clitics
« nous » / « vous » as its subject (« Le maire nous explique » -> “nous explique”), a date
after the verb as a name ("said Monday"), a question's inverted pronoun as a subject ("didn’t
she say"); and every short name after the verb was taken for a title cut at its dot ("asked
Anna." stayed “asked”). Now « nous » / « vous » are the subject only before a verb of their
person, a date is no name, and only a lexicon title before a dot is a title."""

from __future__ import annotations

import pytest

from quizapp.draft.drafting.wording.explanation_words import with_pronoun
from quizapp.draft.words.lexicon import load


def _cue(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


def _quoted(text: str, cue: str, language: str) -> str:
    start, end = with_pronoun(text, _cue(text, cue), load(language))
    return text[start:end]


@pytest.mark.parametrize(
    ("text", "cue", "quoted", "language"),
    [
        ("Le maire nous explique que la piscine ferme.", "explique", "explique", "fr"),
        ("« C'est fini », nous explique Marie Dupont.", "explique", "explique Marie Dupont", "fr"),
        ("Il vous explique que la piscine ferme.", "explique", "explique", "fr"),
        ("« C'est fini », vous dira le maire.", "dira", "dira", "fr"),
        ("« C'est fini », nous expliquons aux parents.", "expliquons", "nous expliquons", "fr"),
        ("« C'est fini », vous direz aux parents.", "direz", "vous direz", "fr"),
        ("« C'est fini », elle explique aux parents.", "explique", "elle explique", "fr"),
        ("« Non », dit Li.", "dit", "dit Li", "fr"),
        ("« Non », dit mardi le maire.", "dit", "dit", "fr"),
        ("“We lost,” said Monday.", "said", "said", "en"),
        ("“We lost,” said March.", "said", "said", "en"),
        ("“Not now,” didn’t she say?", "say", "say", "en"),
        ("“Why?” asked Anna.", "asked", "asked Anna", "en"),
        ("“We lost,” said Khan.", "said", "said Khan", "en"),
        ("“We lost,” said Dr. Khan, the coach.", "said", "said", "en"),
        ("“We lost,” said Cllr. Hale, the leader.", "said", "said", "en"),
        ("“We lost,” she said.", "said", "she said", "en"),
    ],
)
def test_the_cue_takes_its_subject_and_nothing_else(
    text: str, cue: str, quoted: str, language: str
) -> None:
    assert _quoted(text, cue, language) == quoted
