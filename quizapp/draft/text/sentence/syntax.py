"""Small tests on the words around a cue, shared by the attribution shapes.

Each answers one question the shapes ask about a phrase: what stands between an inverted cue
and its subject ("a déclaré lundi dans l'après-midi à la presse l'ambassadeur…"), whether
"pour X" names someone, who the subject of "with some experts saying" is, whether a clause
goes on after an inserted cue ("Some of the documents, one official said, would…"). The word
lists they use are in the lexicons; a name in apposition is read in ``apposition``.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import TYPE_CHECKING

from quizapp.draft.reporting.cue_forms.phrases import match_phrase
from quizapp.draft.text.segment import Span
from quizapp.draft.words.lexicon import Lexicon, alternation, built_once, fold, folded_words

_COMMA_OR_MARK = re.compile(r"[,«»“”\"]")
_ELIDED_ARTICLE = re.compile(r"\b([lLdD])['’]")

if TYPE_CHECKING:
    from quizapp.draft.shapes.detect.view import SentenceView

_CONTINUING_VERB = {
    "en": re.compile(
        r"\s*,\s*(?:would|will|is|was|are|were|has|have|had|could|can|may|might|should|must|"
        r"did|does|do|remains?|seems?|appears?)\b"
    ),
    "fr": re.compile(
        r"\s*,\s*(?:n['’]|ne\s|est|sont|a|ont|sera|seront|serait|seraient|va|vont|doit|doivent|"
        r"peut|peuvent|pourrait|pourraient|devrait|devraient|reste|restent|était|étaient|avait|"
        r"avaient|aurait|auraient|je|j['’]|nous|vous)\b"  # "…, poursuit l'élu, je me vois…"
    ),
}


def words_before_subject(lex: Lexicon, rest: str) -> int:
    """How many characters of setting words ("dans l'après-midi", "à la presse", "in an
    interview") open ``rest``, the text after an inverted cue; 0 when none."""
    folded = fold(rest)
    spaces = len(folded) - len(folded.lstrip())
    for phrase in lex.words("between_cue_and_subject") + lex.words("discourse_fillers"):
        if folded.lstrip().startswith(phrase + " "):
            return spaces + len(phrase) + 1
    return 0


def adverbs_length(lex: Lexicon, rest: str) -> int:
    """How many characters of adverbs of the lexicon's ``adverbs_between`` open ``rest``, the
    text after an inverted verb, before its subject (« précise toujours l'AFP », « soulignent
    toutefois des experts », « calcule même Paul X »): an adverb opens no subject. 0 unless a
    determiner or a capital follows them (« de même source »: « même » describes the noun),
    and never past a word that may open a noun phrase (« tout le monde ») or a setting
    (« depuis Kourou »), a comma or a quotation mark (« s'est dit « très inquiet » »)."""
    words = list(islice(re.finditer(r"\S+", rest), 8))  # a subject comes within a few words
    folded = [folded_words(w.group()) for w in words]
    at = _adverbs_ending([part for parts in folded for part in parts], lex)
    skipped = next((i for i in range(len(words) + 1) if sum(map(len, folded[:i])) >= at), 0)
    if not at or skipped >= len(words) or sum(map(len, folded[:skipped])) != at:
        return 0
    if _COMMA_OR_MARK.search(rest[: words[skipped].start()]):
        return 0
    following = words[skipped].group()
    opens = following[:1].isupper() or folded[skipped][0] in lex.word_set("determiners")
    return words[skipped].start() if opens else 0


def _adverbs_ending(words: list[str], lex: Lexicon) -> int:
    """How many of the folded ``words`` are adverbs before anything else."""
    at = 0
    openers = lex.word_sets("noun_phrase_openers", "scene_openers")  # not « depuis Kourou X »
    while at < len(words) and words[at] not in openers:
        length = match_phrase(words, at, lex.adverbs)
        if not length:
            break
        at += length
    return at


@built_once
def _fillers(lex: Lexicon) -> re.Pattern[str]:
    """The lexicon's ``discourse_fillers`` at either end of a phrase, commas included."""
    either = alternation(lex.words("discourse_fillers"), loose_spacing=True)
    return re.compile(rf"(?i)^[\s,]*(?:{either})(?=[\s,]|$)[\s,]*|[\s,]+(?:{either})[\s,]*$")


def marks_another_speaker(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """A discourse filler in ``text[start:end]`` (« estime quant à lui le maire », « Le
    maire, lui aussi, juge »): the speaker is set against or beside one heard before."""
    if not lex.words("discourse_fillers"):
        return False
    return _fillers_anywhere(lex).search(text, start, end) is not None


@built_once
def _fillers_anywhere(lex: Lexicon) -> re.Pattern[str]:
    either = alternation(lex.words("discourse_fillers"), loose_spacing=True)
    return re.compile(rf"(?i)(?<!\w)(?:{either})(?!\w)")


def without_fillers(text: str, span: Span, lex: Lexicon) -> Span:
    """A subject phrase without the discourse fillers set next to it (« le maire quant à
    lui », « de leur côté les élus »): they say how the statement stands to another, never
    who makes it; an empty span when the phrase is nothing but a filler."""
    if not lex.words("discourse_fillers"):
        return span
    start, end = span
    for _ in range(2):  # one filler at each end at most
        found = _fillers(lex).search(text[start:end])
        if found is None:
            break
        start, end = (
            (start + found.end(), end) if found.start() == 0 else (start, start + found.start())
        )
    return (start, max(start, end))


def person_like(phrase: str, lex: Lexicon) -> bool:
    """ "Pour le ministre," / "Pour Jean Dupont," give a source; "Pour la première fois" does
    not: the first word past the determiners is a name or a word for a person or a body."""
    words = _ELIDED_ARTICLE.sub(r"\1' ", phrase).split()
    head = next((w for w in words if fold(w) not in lex.word_set("person_head_skipped_words")), "")
    if head[:1].isupper():
        return True
    roles = lex.word_sets("anonymous_heads", "vague_heads")
    return fold(head).strip(",.") in roles | lex.word_set("named_institutions")


def participial_subject(text: str, span: Span, lex: Lexicon) -> Span | None:
    """ "with some experts saying it could be…": the noun phrase after *with* (lexicon
    ``participial_subject_prepositions``) says it; ``span``: from the clause's start to the
    cue's."""
    clause_start, cue_start = span
    found = _participial_subject(lex).search(text, clause_start, cue_start)
    if found is None or re.search(r"[,;:]", found.group(1)):
        return None
    return found.start(1), found.end(1)


_QUOTED_AS = re.compile(r"\bquot(?:ed|es|ing)\s+(.{2,80}?)\s+as\s+$")
_WAS_QUOTED_AS = re.compile(
    r"^\s*(.{2,80}?)\s+(?:was|were|has\s+been|have\s+been|is|are)\s+quoted\b[^,;:]{0,60}?"
    r"\bas\s+$"
)


def quoted_as_saying(text: str, clause_start: int, cue_start: int) -> Span | None:
    """ "The agency quoted the minister as saying…" / "The minister was quoted by state media
    as saying…": the one quoted says it, not the subject that quotes (a relay)."""
    before = text[clause_start:cue_start]
    found = _WAS_QUOTED_AS.match(before) or _QUOTED_AS.search(before)
    if found is None:
        return None
    return clause_start + found.start(1), clause_start + found.end(1)


def clause_goes_on(text: str, after: int, end: int, language: str) -> bool:
    """ "Some of the documents, one of the officials said, would most likely…": the verb of
    the reported clause comes after the inserted cue."""
    pattern = _CONTINUING_VERB.get(language)
    return bool(pattern and pattern.match(text, after, end))


def left_unfinished(before: str, lex: Lexicon) -> bool:
    """ "Son équipe va, dit-il, présenter…": the words before an inserted French cue end on
    an auxiliary or a modal (lexicon unfinished_verbs), so the clause goes on after it."""
    words = fold(before).rstrip(" ,").split()
    return bool(words) and words[-1] in lex.word_set("unfinished_verbs")


def without_trailing_time(text: str, span: Span, lex: Lexicon) -> Span:
    """ "The Pentagon on Sunday", "Sources all universally": no part of the source."""
    for _ in range(2):  # "all universally", "on Monday also"
        found = _trailing_time(lex).search(text, span[0], span[1])
        if found is None or found.start() <= span[0]:
            return span
        span = span[0], found.start()
    return span


def before_relative_clause(gap: str) -> int:
    """Where a subject stops before its relative clause ("the official, who asked not to be
    identified because…, told"): the offset of ", who" in ``gap``, or its length."""
    found = re.search(r",\s*(?:who|which|qui)\b", gap)
    return found.start() if found else len(gap)


__all__ = [
    "before_relative_clause",
    "clause_goes_on",
    "left_unfinished",
    "participial_subject",
    "person_like",
    "quoted_as_saying",
    "without_trailing_time",
    "words_before_subject",
]


def clause_stop(view: SentenceView, words: list[str], index: int) -> bool:
    """A semicolon or a full stop, not the dot of an abbreviation ("said (Feb. 3) that"); an
    English "that" that opens no reported clause ("plans that would…", "sold that day")."""
    if that_opens_no_clause(view.lex, words, index):
        return True
    if words[index] != ".":
        return words[index] == ";"
    before = view.tokens[index - 1].text if index else ""
    return before + "." not in view.lex.raw["sentence_abbreviations"]


def asked_question(lex: Lexicon, words: list[str], last: int, index: int) -> bool:
    """An indirect question after a verb of asking, right after it or its short object
    ("asked the minister why…"), not after a request ("asked residents to stay if…")."""
    between = words[last + 1 : index]
    return words[index] in lex.word_set("question_openers") and (
        len(between) <= 3 and "to" not in between and "," not in between
    )


def past_plain_saying(
    text: str, cues: list[Span], span: Span, lex: Lexicon, skip: re.Pattern[str]
) -> Span:
    """The subject of a verb nested after plain saying ("The mayor said residents fear…":
    residents, not "The mayor said residents"), unless what follows opens like no subject
    (``skip``: a preposition…); English only (lexicon ``plain_saying_forms``)."""
    crossed = [c for c in cues if span[0] <= c[0] and c[1] < span[1]]
    if not crossed or fold(text[crossed[-1][0] : crossed[-1][1]]) not in lex.word_set(
        "plain_saying_forms"
    ):
        return span
    start = crossed[-1][1]
    while start < span[1] and text[start].isspace():
        start += 1
    return span if skip.match(text[start : span[1]]) else (start, span[1])


def that_opens_no_clause(lex: Lexicon, words: list[str], index: int) -> bool:
    """An English "that" before a finite verb is a relative pronoun or a subject ("announced
    plans that would…", "said that was wrong"), before a time noun a determiner ("were sold
    that day"): no reported clause opens after it."""
    if lex.language != "en" or words[index] != "that" or index + 1 >= len(words):
        return False
    after = words[index + 1]
    return after in lex.word_set("clause_finite_words") or after in lex.word_set("that_time_nouns")


@built_once
def _trailing_time(lex: Lexicon) -> re.Pattern[str]:
    """A weekday or a word of the lexicon's ``trailing_time_words`` (after a preposition of
    ``weekday_prepositions`` maybe, a part of the day of ``trailing_day_parts`` maybe after
    it) or an adverb known by its ending ("Officials all universally"), at a span's end."""
    on, parts = lex.one_of("weekday_prepositions"), lex.one_of("trailing_day_parts")
    times = alternation(lex.words("weekdays") + lex.words("trailing_time_words")) or "(?!)"
    adverb = r"(?-i:[a-z]+(?:al|ous|ent|ant|ive|ate)ly)"
    return re.compile(rf"(?i)\s+(?:(?:{on})\s+)?(?:{times}|{adverb})(?:\s+(?:{parts}))?$")


@built_once
def _participial_subject(lex: Lexicon) -> re.Pattern[str]:
    with_ = lex.one_of("participial_subject_prepositions")
    return re.compile(rf"\b(?:{with_})\s+((?:[\w.'’-]+\s+){{0,4}}[\w.'’-]+)\s*$")
