"""Figures as a source: « selon les projections de l'institut X », « les chiffres de la
fréquentation publiés par la mairie ». Figures speak for whoever worked them out, and figures of
what they count speak for the one named past the counted noun, or stay the source when no one is;
out of ``speaker_phrases.phrase`` (which it outgrew with mend42a) since the end of round 42.
"""

from __future__ import annotations

import re

from quizapp.draft.speakers.speaker_checks.can_speak import speaking_noun
from quizapp.draft.text.segment import Span
from quizapp.draft.words.folding import past_elision
from quizapp.draft.words.lexicon import Lexicon, alternation, built_once, fold

_WORD = re.compile(r"[\w'’-]+|[^\w\s]")


def author_of_figures(text: str, span: Span | None, lex: Lexicon) -> Span | None:
    """« selon les projections de l'institut X », « les estimations du ministère »: figures
    someone worked out (the lexicon's ``figures_nouns``) speak for the one who made them,
    named after « de » / « du » / « d' » (« les chiffres des experts » keeps its article).
    Figures of what they count (``measured_nouns``) speak for the one named past that noun
    (« les statistiques de la délinquance du ministère », « … de la fréquentation publiés
    par la mairie »), and stay the source when no one is (mend42a)."""
    if span is None or not lex.words("figures_nouns"):
        return span
    found = _figures(lex).match(text, span[0], span[1])
    if found is None or found.end() >= span[1]:
        return span
    counted = _counted(text, found.end(), span[1], lex)
    if counted is None:
        return found.end(), span[1]
    author = _author_past(text, counted, span[1], lex)
    return span if author is None else (author, span[1])


def counted_figures(text: str, span: Span, lex: Lexicon) -> bool:
    """The source is figures of what they count with no one named past it: the figures
    stay the source (« les chiffres de la hausse des prix »)."""
    if not lex.words("figures_nouns") or _figures(lex).match(text, *span) is None:
        return False
    return author_of_figures(text, span, lex) == span


def _counted(text: str, start: int, end: int, lex: Lexicon) -> int | None:
    """« les chiffres de la fréquentation »: where the complement from ``start`` names what
    the figures count (the lexicon's ``measured_nouns``), not who counted them, the end of
    that noun; else None (ui42, round 41's walk: « La fréquentation » was offered as a
    speaker)."""
    skipped = lex.word_set("determiners")
    for word in _WORD.finditer(text, start, end):
        bare = past_elision(fold(word.group()))
        if bare and bare not in skipped:
            return word.end() if bare in lex.word_set("measured_nouns") else None
    return None


def _author_past(text: str, start: int, end: int, lex: Lexicon) -> int | None:
    """Where the author named past a measured noun opens: after « du », « de » before a
    capital, « l' » or « la », « d' » before a capital, or a participle of publishing
    (``publication_participles``) and « par »; the author a name or a noun of someone who
    speaks (« la hausse du chômage », « … des prix » name no one)."""
    found = _past_measured(lex).match(text, start, end)
    if found is None or found.end() >= end:
        return None
    words = [past_elision(w.replace("’", "'")) for w in _WORD.findall(text, found.end(), end)]
    head = next((w for w in words if fold(w) not in lex.word_set("determiners")), "")
    return found.end() if head[:1].isupper() or speaking_noun(fold(head), lex) else None


@built_once
def _past_measured(lex: Lexicon) -> re.Pattern[str]:
    """The words between a measured noun and its figures' author (``_author_past``)."""
    made = alternation(lex.word_set("publication_participles"))
    return re.compile(
        rf"\s+(?:du\s+|de\s+(?=(?-i:[A-Z])|l['’]|la\s)|d['’](?=[A-ZÀ-Ö])|(?:{made})\s+par\s+)",
        re.IGNORECASE,
    )


@built_once
def _figures(lex: Lexicon) -> re.Pattern[str]:
    """Figures (``figures_nouns``) up to the « de » / « du » / « d' » naming their author."""
    nouns = "|".join(re.escape(n) for n in lex.raw.get("figures_nouns", []))
    return re.compile(
        rf"(?:les|des|ses|leurs|de\s+nouvelles|de\s+nouveaux)\s+(?:[\w-]+\s+)?(?:{nouns})"
        rf"\s+(?:(?P<du>du)\s+|de\s+(?=(?-i:[A-Z])|l['’]|la\s)|d['’](?=[A-ZÀ-Ö])"
        rf"|(?=des\s))",
        re.IGNORECASE,
    )
