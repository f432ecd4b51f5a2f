"""English verb forms around a cue: whether a reporting verb is passive ("was reported by"),
progressive ("are warning") or a noun ("reports suggest"), an impersonal voice ("It is
understood…"), a participle opening the sentence ("Asked about…,"), a quotation after the
object of "called". Kept apart from ``cues`` so that module stays short."""

from __future__ import annotations

import re

from quizapp.draft.reporting.cue_forms.phrases import match_phrase
from quizapp.draft.reporting.english_cue_forms.setting_names import closing_name, connective_length
from quizapp.draft.reporting.english_cue_forms.that_follows import it_passive_that
from quizapp.draft.words.folding import folded_words
from quizapp.draft.words.lexicon import (
    Lexicon,
    clause_subjects,
    english_verb_words,
    finite_or_auxiliary,
    fold,
)

_CONTRACTION_AT_END = re.compile(r"['’](?:d|ll|s|re|ve|m)$")


def opening_participle(words: list[str]) -> bool:
    """ "Asked about…,", "Questioned on…,": a past participle opening the sentence is passive;
    whoever was asked speaks in the main clause."""
    after = words[1] if len(words) > 1 else ""
    return words[0].endswith("ed") and after in {
        "about",
        "whether",
        "if",
        "why",
        "what",
        "how",
        "on",
        "by",
        "for",
        "to",
        "in",
        "at",
        "during",
    }


def quote_after_object(words: list[str], index: int) -> bool:
    """ "called the decision “a betrayal”": an object, then a quotation, in the same clause
    ("a film called “Heat”" names a title: the quotation follows the verb at once)."""
    if words[index + 1 : index + 2] in (["for"], ["on"], ["off"], ["up"], ["in"], ["“"], ['"']):
        return False  # "called for “an urgent review”": a demand; "labeled “Secret”": a name
    if "what" in words[max(0, index - 3) : index]:
        return False  # "what they call a “culture of corruption”": the writer's naming
    for at in range(index + 2, min(index + 8, len(words))):
        if words[at] in {"“", '"', "‘"}:
            return True
        if words[at] in {".", ";", ",", ":", "”"}:
            return False
    return False


def noun_before_verb(words: list[str], index: int, lex: Lexicon) -> bool:
    """An -s form followed by a verb (lexicon ``verbs_after_plural_noun``) is a plural noun
    ("reports suggest", "estimates were")."""
    if not words[index].endswith("s") or index + 1 >= len(words):
        return False
    following = words[index + 1]
    if _verb_of_relative(words, index):
        return False
    verbs = lex.word_set("verbs_after_plural_noun")
    return following in verbs or (following.endswith("ed") and len(following) > 4)


def _verb_of_relative(words: list[str], index: int) -> bool:
    """ "the plan, which the ministry says will…", "which he says is…": after a pronoun, or
    after a relative pronoun and a short subject, the -s form is a verb, not a plural noun."""
    if words[index - 1 : index] in (["he"], ["she"], ["it"]):
        return True
    before = words[max(0, index - 5) : index]
    relative = [at for at, word in enumerate(before) if word in {"which", "who", "whom"}]
    if not relative or relative[-1] == len(before) - 1:
        return False  # "which reports were…": the -s word is the relative's own subject
    return not {",", ";", ":"} & set(before[relative[-1] :])


def progressive(words: list[str], index: int, lex: Lexicon) -> bool:
    """ "The agency is arguing that…", "top scientists are warning.": a form of *be* (and
    perhaps one adverb) before the -ing form of a reporting verb is active, not passive."""
    if not words[index].endswith("ing") or words[index] not in lex.finite:
        return False
    forms = lex.word_set("progressive_be_forms")
    if words[index - 1] in forms:
        return True
    before = words[index - 1]
    adverb = before in lex.word_set("adverbs_between") or before.endswith("ly")
    return adverb and index > 1 and words[index - 2] in forms


def progressive_start(words: list[str], index: int, lex: Lexicon) -> int:
    """Where a progressive cue starts: its form of *be*, or the auxiliary before *been*
    ("have long been saying")."""
    start = index - 1 if words[index - 1] in lex.word_set("passive_being_forms") else index - 2
    if words[start] != "been":
        return start
    before = start - 1
    adverbs = lex.word_set("adverbs_between")
    if before > 0 and (words[before] in adverbs or words[before].endswith("ly")):
        before -= 1
    return before if before >= 0 and words[before] in lex.auxiliaries else start


def impersonal_voice(words: list[str], index: int, lex: Lexicon) -> int:
    """ "It is understood several officers were hurt", "It is believed that…": the lexicon's
    impersonal voices opening with *it* are a cue of their own (their length, else 0). "It's
    understood" is "it is understood" written in one token (the tokenizer keeps a contraction
    whole): read as the lexicon's "it is" form, one word shorter."""
    contracted = words[index] == "it's"
    if not (contracted or words[index] == "it") or (
        index > 0 and words[index - 1] not in {",", "but", "and"}
    ):
        return 0
    read = ["it", "is", *words[index + 1 : index + 8]] if contracted else words
    length = match_phrase(read, 0 if contracted else index, lex.phrases("impersonal"))
    length = length or it_passive_that(read, 0 if contracted else index, lex)
    length -= 1 if contracted and length else 0
    following = words[index + length] if length and index + length < len(words) else "."
    return 0 if following in lex.word_set("impersonal_voice_breakers") else length


def passive_before(words: list[str], index: int, lex: Lexicon) -> bool:
    """ "was reported", "was first reported", "was also reported", "was repeatedly
    criticised" (any adverb of the lexicon or in -ly); not "The company previously reported…";
    and a passive set off after a noun ("The plan, said to cost…", "The man, believed to be
    40,": lexicon ``plain_saying_forms`` then "to"), which names no one who says it."""
    being = lex.word_set("passive_being_forms")
    if words[index - 1] in being:
        return True
    reduced = words[index - 1] == "," and words[index + 1 : index + 2] == ["to"]
    if reduced and words[index] in lex.word_set("plain_saying_forms"):
        return True
    before = words[index - 1]
    adverb = before in lex.word_set("adverbs_between") or before.endswith("ly")
    return adverb and index > 1 and words[index - 2] in being


def opening_setting(passage: str, lex: Lexicon) -> bool:
    """ "In a statement" before ", the company said demand…": a phrase of setting (a
    preposition, no comma, no verb) is where something was said, not what."""
    passage = passage[connective_length(passage, lex) :]  # "But in Paris, the mayor said…"
    words = passage.lower().replace("’", "'").split()
    if not words or words[0] not in lex.word_set("setting_openers") or "," in passage:
        return False
    verbs, past = finite_or_auxiliary(lex), lex.word_set("irregular_past_forms")
    return not any(w in verbs or w in past or w.endswith("ed") for w in words[1:])


def subordinate_only(passage: str, lex: Lexicon) -> bool:
    """The clause before a final cue is only a clause of time or condition (lexicon
    ``conditional_openers``: "When tenants want a repair", "If it rains"), with no main clause
    after it: what the cue's subject does then, not what anyone said (english35). News English
    often drops the comma after the condition ("If the council does nothing the town will
    flood, the mayor warned"), so a clause with a second finite verb reports (mend35b)."""
    words = folded_words(passage)
    if not words or words[0] not in lex.word_set("conditional_openers") or "," in passage:
        return False
    return not _second_clause(words[1:], lex)


def _second_clause(words: list[str], lex: Lexicon) -> bool:
    """Two finite verbs (lexicon ``clause_finite_words``, irregular pasts, the reporting forms
    and auxiliaries), or one after a second subject (an article or a subject pronoun past the
    condition's own subject): the condition's verb is often one no list holds ("acts",
    "want"), so a known verb after a new subject is the main clause's ("Unless the council acts
    now the town will flood")."""
    known, verbs = english_verb_words(lex), finite_or_auxiliary(lex)  # joined, far too many
    found = [index for index, word in enumerate(words) if word in known or word in verbs]
    if len(found) != 1:
        return len(found) > 1
    articles = lex.word_sets("definite_articles", "indefinite_articles")
    return any(w in articles or w in clause_subjects(lex) for w in words[1 : found[0]])


_OPENING_TIME = re.compile(
    r"(?i)(?:(?:early|late|earlier|later)\s+(?:on\s+)?)?(?:(?:on|in|this|last|next)\s+)?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|"
    r"week|month|year|weekend|morning|afternoon|evening|night|january|february|march|april|"
    r"(?-i:May)|june|july|august|september|october|november|december|(?:19|20)\d\d)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s+"
    r"|(?i:earlier|later)\s+"
)


def opening_setting_length(segment: str, lex: Lexicon) -> int:
    """The characters of a setting that opens a subject with no comma, when, where or how it
    was said, not who said it: a time phrase ("Late Tuesday the company said", "In 2019 the
    firm said") or a phrase of setting up to the last determiner ("In a statement the
    company said"); 0 when the segment opens with no such phrase before other words, or when
    that determiner opens the object of a preposition (", at the meeting,", ", on behalf of
    the council,": the whole segment is a setting, no subject follows it)."""
    connective = connective_length(segment, lex)  # "and in March Ceferin said"
    segment = segment[connective:]
    timed = _opening_time_length(segment, lex)
    if timed:  # "Earlier in the week the transport secretary": a setting may follow the time
        return connective + timed + opening_setting_length(segment[timed:], lex)
    if not opening_setting(segment, lex):
        return 0
    named = closing_name(segment, lex)
    if named > 0:  # "At a trust board meeting on 18 April Mr Yafele said"
        return connective + named
    after = [m.start() for m in _DETERMINER.finditer(segment) if m.start() > 0]
    if not after or len(segment[after[-1] :].split()) > 6:
        return 0
    before = fold(segment[: after[-1]].split()[-1])  # "on behalf of the council": its object
    return 0 if before in lex.word_set("setting_object_prepositions") else connective + after[-1]


_DETERMINER = re.compile(r"(?i)(?<=\s)(?:the|a|an|its|his|her|their|some|many|several)\s")


def _opening_time_length(segment: str, lex: Lexicon) -> int:
    match = _OPENING_TIME.match(segment)
    if match is None or match.end() >= len(segment):
        return 0
    words = match.group().lower().split()
    if len(words) == 1 and words[0] not in lex.word_set("times_alone"):
        return 0  # "June Carter said", "August Wilson said": a bare month is a first name
    return match.end()


_OBJECT_RELATIVE = re.compile(
    r"(?:who|whom|which|that)\s+(?P<subject>(?i:he|she|they|we|I|it)|"
    r"(?:the|a|an|his|her|their|its|some|many|several|other)\s+[\w'’-]+(?:\s+[\w'’-]+){0,4}|"
    r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}|[a-z][\w-]{2,}s)$"
)


def object_relative_subject(segment: str, lex: Lexicon) -> tuple[int, int] | None:
    """ "the plan, which officials said would cut costs", "the delays, which he said were
    avoidable": a relative pronoun with a subject of its own before the reporting verb is
    the verb's object; that subject speaks, not the noun the relative is about. Where that
    subject lies in ``segment``; None for "who said", "which also said"."""
    found = _OBJECT_RELATIVE.match(segment)
    if found is None:
        return None
    subject = found.group("subject")
    last = subject.split()[-1].lower()
    if last.endswith(("ly", "ways")) or last in lex.word_set("adverbs_between"):
        return None  # "who always said", "who repeatedly says": an adverb, no subject
    return found.start("subject"), found.end("subject")


def reads_as_clause(lex: Lexicon, passage: str) -> bool:
    """English words that open with a subject and its finite verb ("it was cutting…", "there
    was a squall", "nine new cases were reported"), before any comma or relative pronoun:
    what a verb of saying reports with no "that"; not a noun phrase ("a merger on Monday")."""
    words = [w.lower() for w in clause_head(lex, passage)[:9]]
    if not words:
        return False  # "the figures announced by the government were…": a participle
    if intention_at(words, lex) >= 0:
        return True  # "announced plans to rebuild…", "revealed its intention to sell"
    words[0] = _CONTRACTION_AT_END.sub("", words[0])  # "she’d veto", "it's"
    if len(words) > 1 and words[0] in clause_subjects(lex):
        return words[1] != "to" and words[1].isalpha()
    finite = lex.word_set("clause_finite_words")
    for word in words[1:]:
        if word in lex.word_set("clause_subject_stops"):
            return False
        if word in finite:
            return True
    return False


def clause_head(lex: Lexicon, passage: str) -> list[str]:
    """The words of ``passage`` as written, before any comma, colon or bracket; none when
    the first is a preposition or a word of time ("by the council", "last week"), which
    opens no clause."""
    written = re.split(r"[,;:()]", passage, maxsplit=1)[0].split()
    if not written or written[0].lower() in lex.word_set("clause_not_openers"):
        return []
    return written


def intention_at(words: list[str], lex: Lexicon) -> int:
    """Where a noun of intention followed by "to" stands among the first three lower-case
    ``words`` ("plans to rebuild", "its intention to sell"), or -1."""
    heads = lex.word_set("intention_heads")
    found = next((i for i, w in enumerate(words[:3]) if w in heads), -1)
    return found if found >= 0 and words[found + 1 : found + 2] == ["to"] else -1
