"""Where the narration before a quotation starts when a final cue reports the whole sentence
(a partial quotation inside a paraphrase): out of ``sentence_parts.py`` at mend58f, which had
reached 300 lines, with the guards review58a asked for (a colon that is no sentence's, a setting
or a sentence adverb with no comma, a lead that is the cue's own subject)."""

from __future__ import annotations

import re

from quizapp.draft.shapes.detect.view import SentenceView, strip_span
from quizapp.draft.text.segment import Span, clock_colon, words_in
from quizapp.draft.text.sentence.sentence_parts import place_or_time_opening
from quizapp.draft.words.lexicon import Lexicon, alternation, built_once, fold
from quizapp.draft.words.plural import singular_of

_SET_OFF_AT_END = re.compile(r"[,;–—-]\s*$")
_ANY_QUOTE_MARK = re.compile(r"[«“\"»”]")
_OPENING_MARK = re.compile(r"\s*[«“\"]")
# A colon that ends a sentence's part: a space after it, not « 18:30 », « 2:1 », « http:// »
_SENTENCE_COLON = re.compile(r":(?=\s)")


def narration_before(
    view: SentenceView, quote: Span, comma_after: bool = False, pronoun: str | None = None
) -> int | None:
    """Where the sentence's narration starts when a quotation ending on a final cue sits
    inside it after four words or more with no cue: the final cue then reports the whole
    sentence, a partial quotation inside a paraphrase, other quoted words closed within the
    narration included (« Cette femme … ces "photos volées" va poursuivre … "…", a déclaré
    son avocat »; "…books that contain “obscene material,” the head wrote"; None otherwise).
    French narration may start past a colon, and two or three words opening the quotation's
    clause do when a comma sets the cue off after it (« Cette procédure "…", estime X »), its
    subject ``pronoun`` (« dit-il ») not standing for them."""
    if (opening := _narration_opening(view, quote)) is None:
        return None
    lead = strip_span(view.text, (opening, quote[0]))
    passage = view.text[opening : quote[0]]
    short = comma_after and _clause_subject_lead(view, passage, pronoun)
    cued = any(c.span[0] < quote[0] for c in view.cues)
    if cued or words_in(view.text, lead) < (2 if short else 4):
        return None
    set_off = view.lex.language == "en" and _SET_OFF_AT_END.search(passage)
    fragments = _closed_fragments(passage)
    return (
        None if set_off or not fragments else lead[0]
    )  # not "In a statement on Monday, “…,” X said"


def _narration_opening(view: SentenceView, quote: Span) -> int | None:
    """The sentence's start, or in French past its last colon; None when a colon stands
    before the quotation in English, or in French one with no space after it (« Dès 18:30 la
    salle « … » », « 2:1 »: a time, a score, an address, no part of the sentence to start
    after; such a quotation stays direct, as it was before misses58). An English colon
    between digits ("won 2:1 “…”", "at 6:50") is a score or a time, not a colon: the
    narration runs over it as over "2-1" (english59)."""
    colon = view.text.rfind(":", view.span[0], quote[0])
    while colon >= 0 and view.lex.language == "en" and clock_colon(view.text, colon):
        colon = view.text.rfind(":", view.span[0], colon)
    if colon < 0:
        return view.span[0]
    if view.lex.language != "fr" or not _SENTENCE_COLON.match(view.text, colon):
        return None
    return colon + 1


def _clause_subject_lead(view: SentenceView, passage: str, pronoun: str | None) -> bool:
    """A short French lead opening the quotation's clause (« Cette procédure », « Mieux vaut »),
    not a setting set off by a comma or a dash (« De plus, », « A Marseille, » stay direct),
    nor connectives alone (« Et puis « … » »: ``opening_connectives``, ``fronted_connectives``),
    nor a setting or a sentence adverb with no comma (« Mardi soir « … » », « Bien sûr « … » »,
    « Dans la salle « … » »), nor the subject the cue's pronoun stands for (« Les élus « … »,
    indiquent-ils »: the speaker's own words, not a paraphrase of them)."""
    if view.lex.language != "fr" or _SET_OFF_AT_END.search(passage):
        return False
    words = passage.split()
    connectives = _connective_words(view.lex)
    if all(fold(word) in connectives for word in words) or _unset_setting(view.lex, passage):
        return False
    return not _pronoun_subject(view.lex, words, pronoun)


@built_once
def _connective_words(lex: Lexicon) -> frozenset[str]:
    """The single words of the lexicon's connectives, which never make a clause's start."""
    phrases = lex.words("opening_connectives") + lex.words("fronted_connectives")
    return frozenset(fold(phrase) for phrase in phrases if " " not in phrase)


def _unset_setting(lex: Lexicon, passage: str) -> bool:
    """« Mardi soir », « Hier matin », « Bien sûr », « Sans doute », « Dans la salle »: a lead
    made only of time words and sentence adverbs, or opened by a preposition of place or time,
    sets the scene or hedges with no comma after it; it is no subject of the quoted clause."""
    first = passage.split()[:1]
    if first and place_or_time_opening(lex).fullmatch(first[0]):
        return True
    return _setting_words(lex).fullmatch(passage.strip()) is not None


@built_once
def _setting_words(lex: Lexicon) -> re.Pattern[str]:
    """A run of the lexicon's time words (days, parts of the day, « la veille ») and sentence
    adverbs (``adverbs_between``, ``likelihood_hedges``, ``unset_sentence_adverbs``)."""
    keys = ("weekdays", "leading_time_determiners", "leading_time_words", "leading_time_after")
    keys += ("time_words_after_verb", "apposition_time_words", "adverbs_between")
    words = [
        w for key in (*keys, "likelihood_hedges", "unset_sentence_adverbs") for w in lex.words(key)
    ]
    return re.compile(rf"(?i)(?:(?:{alternation(words)})(?:\s+|(?<=['’])|$))+")


def _pronoun_subject(lex: Lexicon, words: list[str], pronoun: str | None) -> bool:
    """Whether the cue's pronoun (« indiquent-ils », « dit-elle ») stands for the lead: a
    name (« Stéphane Giraud ») or a person or a group of the lexicon (« Les élus », « La
    maire ») the pronoun resolves to, the quotation then the speaker's words after their own
    subject (review58a: « Qui affirme que Stéphane Giraud « regrette… » »)."""
    if pronoun is None or fold(pronoun) not in lex.word_set("lead_subject_pronouns"):
        return False
    nouns = lex.word_sets("person_descriptions", "people_group_nouns")
    rest = words[1:] or words
    return any(w[:1].isupper() or singular_of(fold(w)) in nouns or fold(w) in nouns for w in rest)


def _closed_fragments(passage: str) -> bool:
    """No quotation mark in the narration, or only short quotations it opens and closes
    again after its first word (not « «…» dit-il, puis … »)."""
    if not _ANY_QUOTE_MARK.search(passage):
        return True
    balanced = passage.count("«") == passage.count("»") and passage.count("“") == passage.count("”")
    return balanced and passage.count('"') % 2 == 0 and not _OPENING_MARK.match(passage)
