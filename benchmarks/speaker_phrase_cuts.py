"""More shapes of a speaker phrase cut wrong, for benchmarks/speaker_phrase_scan.py
(speakers21): the twentieth round's unseen French spoke as « Le 11 août 2025 » (a date opening
the sentence), « l'heure » (« pas question pour l'heure de »), « Du côté de la direction » (the
phrase around the body), « eux dans la manifestation partie du Vieux-Port » (a pronoun and the
words after it), « Agence Française » (a body's name cut at its first lowercase word), « Je »
(a quotation's own first person) and « des sources proches » (the sources an outlet cites).
Each test reads the mention as written and the text around it; a diagnostic, not a score."""

from __future__ import annotations

import re

from quizapp.draft.findings import Attribution
from quizapp.draft.words.lexicon import Lexicon

_TIME_NOUNS = ("heure", "instant", "moment")
_SIDE = re.compile(r"(?i)^(?:du\s+)?côté\s+(?:de|du|des|d['’])")
_PRONOUNS = ("eux", "elles", "elle", "lui", "ils", "il")
_NAME_GOES_ON = re.compile(
    r"^\s+(?:(?:de|du|des|la|le|les|l['’]|d['’]|contre|pour|sur)\s*"
    r"|\w+(?:ique|iques|ale|ales|al|aux|elle|elles)\s+)+[A-ZÉÈÀÂÎÔ]"
)
_CITED = re.compile(r"(?i)\b(?:citant|cite|cité|cités|citée|citées)\s*$")


def cut_shapes(text: str, attribution: Attribution, words: list[str], lex: Lexicon) -> list[str]:
    """The shapes of speakers21 an attribution's speaker mention has."""
    span = attribution.speaker_mention or attribution.source
    if span is None or not words:
        return []
    phrase = text[span[0] : span[1]]
    shapes = [name for name, test in _PHRASE_TESTS if test(phrase, words, lex)]
    if _name_goes_on(text, span):
        shapes.append("cut_name")
    if _CITED.search(text[max(0, span[0] - 30) : span[0]]):
        shapes.append("cited")
    return shapes


def _date(phrase: str, words: list[str], lex: Lexicon) -> bool:
    """Only a date: determiners, numbers, months and days (« Le 11 août 2025 »)."""
    dates = lex.word_set("date_words") | lex.word_set("determiners")
    return all(w in dates or w.rstrip("er").isdigit() for w in words) and any(
        w in lex.word_set("date_words") or w.isdigit() for w in words
    )


def _time(phrase: str, words: list[str], lex: Lexicon) -> bool:
    """A time noun as the head (« l'heure », « le moment »)."""
    content = [w.split("'")[-1] for w in words if w not in lex.word_set("determiners")]
    return bool(content) and content[0] in _TIME_NOUNS


def _side(phrase: str, words: list[str], lex: Lexicon) -> bool:
    """« Du côté de X »: the phrase around the one who speaks."""
    return _SIDE.match(phrase.lstrip()) is not None


def _pronoun_more(phrase: str, words: list[str], lex: Lexicon) -> bool:
    """A personal pronoun followed by more words (« eux dans la manifestation »)."""
    return words[0] in _PRONOUNS and len(words) > 1


def _first_person(phrase: str, words: list[str], lex: Lexicon) -> bool:
    """The first person alone (« Je », « Nous »): a quotation's own voice."""
    return len(words) == 1 and words[0] in ("je", "j'", "nous", "moi")


def _name_goes_on(text: str, span: tuple[int, int]) -> bool:
    """A capitalised last word followed by linking words and another capital (« Agence
    Française » before « de la Lutte… », « Santé » before « publique France »)."""
    last = text[span[0] : span[1]].split()[-1:] or [""]
    return last[0][:1].isupper() and _NAME_GOES_ON.match(text[span[1] : span[1] + 60]) is not None


_PHRASE_TESTS = (
    ("date", _date),
    ("time", _time),
    ("side", _side),
    ("pronoun_more", _pronoun_more),
    ("first_person", _first_person),
)
CUT_SHAPES = ("date", "time", "side", "pronoun_more", "first_person", "cut_name", "cited")
