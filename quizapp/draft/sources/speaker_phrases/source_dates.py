"""Dates written around a source phrase, which are no part of who speaks: « a déclaré dimanche
9 novembre Jean Dupont » is said by Jean Dupont, "Apple in March 2010 said" by Apple, and « le
lundi 8 avril » between a verb and « que » is no object the clause relates to.
"""

from __future__ import annotations

import re

from quizapp.draft.text.segment import Span
from quizapp.draft.words.lexicon import Lexicon, alternation, fold

_WORD = re.compile(r"[\w'’-]+|[^\w\s]")


def without_date(text: str, span: Span | None, lex: Lexicon) -> Span | None:
    """A source without the date written between its cue and it ("a affirmé le 9 novembre
    le maire", "a déclaré dimanche Jean Dupont"): a run of weekdays, month names, numbers and
    their fillers, holding at least a weekday, a month or a number, then an optional comma."""
    if span is None:
        return None
    start, dated = _date_end(text, span, lex)
    return (start, span[1]) if dated and start < span[1] else span


def only_date(text: str, span: Span, lex: Lexicon) -> bool:
    """``text[span]`` writes a date and nothing else (« le lundi 8 avril », « ce mardi », « le
    13 janvier dernier »): between a verb and « que » it is no object the clause relates to."""
    start, dated = _date_end(text, span, lex)
    return dated and start >= span[1]


def _date_end(text: str, span: Span, lex: Lexicon) -> tuple[int, bool]:
    """Where the date that opens ``span`` ends (past the spaces after it), and whether one
    does: weekdays, month names, numbers and their fillers (lexicon ``date_leading_words``
    before, ``date_trailing_words`` or a comma after), holding one of the first three."""
    dates, holidays = lex.word_set("date_words"), lex.word_set("holiday_date_words")
    leading, trailing = lex.word_set("date_leading_words"), lex.word_set("date_trailing_words")
    start, dated = span[0], False
    for found in _WORD.finditer(text, span[0], span[1]):
        word = fold(found.group())
        share = text[found.end() : found.end() + 2].lstrip().startswith("%")
        if share:  # « 60% des personnes interrogées »: a share of the source, no date
            break
        if word in holidays and found.start() == span[0]:
            break  # "Easter Island council": a name's first word; "last Easter" is a date
        if word in dates or word.rstrip("er").isdigit():
            dated = True
        elif word in leading:
            continue  # "le" counts only once a date follows it
        elif not (dated and (word == "," or word in trailing)):
            break
        start = found.end()
    while start < span[1] and text[start].isspace():
        start += 1
    return start, dated


def time_phrase(lex: Lexicon) -> str:
    """A regex text for a phrase that writes a time and nothing else, read by its shape, not
    listed: a determiner or none, maybe a weekday and a day's number, a time noun, a weekday
    or a month (lexicon ``leading_time_words``, ``weekdays``, ``date_words``), maybe a year,
    then maybe a word of ``leading_time_after`` (« mardi dernier », « la semaine passée »,
    « le 3 mars », « l'an dernier »); after a determiner only in lower case, since a capital
    there makes a name (« Le Soir », « Le Matin »: newspapers). Set off by commas before a
    verb, such a phrase is no subject (subjects/clause_bounds.skip_segment, mend39c)."""
    opens = lex.one_of("leading_time_determiners")
    days = lex.one_of("weekdays")
    times = alternation(
        lex.words("leading_time_words") + lex.words("weekdays") + lex.words("date_words")
    )
    after = lex.one_of("leading_time_after")
    day = rf"(?:(?:{days})\s+)?(?:\d{{1,2}}(?:er)?\s+)?(?:{times})"
    return (  # after a determiner, in lower case: « Le Soir » is a newspaper
        rf"(?:(?:{opens})\s*(?-i:{day})|{day})(?:\s+\d{{4}})?(?:\s+(?:{after}))?"
    )


def without_trailing_date(text: str, span: Span | None, lex: Lexicon) -> Span | None:
    """A subject or a source without the time written after it ("Apple in March 2010
    called on…", "The company last year said…", « selon le ministère au 1er août », « les
    députés ce mardi »): a lead (lexicon ``trailing_time_leads``: "in", "last", « au »,
    « ce », « le »…) then only month names, weekdays, numbers and time nouns (lexicon
    that_time_nouns) end no name."""
    if span is None:
        return span
    leads = lex.word_set("trailing_time_leads")
    words = list(_WORD.finditer(text, span[0], span[1]))
    for index in range(1, len(words)):
        if fold(words[index].group()) in leads and _only_time(words[index + 1 :], lex):
            last = index - 1 - (index > 1 and _published(words[index - 1].group(), lex))
            return span[0], words[last].end()
    return span


def _published(word: str, lex: Lexicon) -> bool:
    """« le communiqué de la CNIL paru le 24 février »: a participle of publication right
    before the time (lexicon ``publication_participles``) says when, with it; it goes too."""
    return fold(word) in lex.word_set("publication_participles")


def _only_time(words: list[re.Match[str]], lex: Lexicon) -> bool:
    """Words that write a time and nothing else, at least one of them a date or a number
    (« 1er », « 1ᵉʳ »: an ordinal day), with commas and the lexicon's ``date_filler_words``
    ("the 1st of May")."""
    dates, nouns = lex.word_set("date_words"), lex.word_set("that_time_nouns")
    folded = [fold(w.group()) for w in words]
    timed = [w for w in folded if w in dates or w in nouns or w.rstrip("erᵉʳ").isdigit()]
    fillers = lex.word_set("date_filler_words")
    return bool(timed) and all(w in timed or w == "," or w in fillers for w in folded)
