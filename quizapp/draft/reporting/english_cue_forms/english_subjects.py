"""Whether an English base form ("say", "argue", "forecast") is a verb here: after a plural
subject, a collective body, or a source followed by *that*. Moved out of reporting_verb.py,
which turns a base form away when none of these holds ("his false claim that" stays a noun).
Also how long a subject between a quotation and its cue may be (a name with its appositions,
a noun phrase with its relative clause: ``long_subject_fits``), and who speaks in a participle
after a document and its agent ("a letter from officers confirming…": ``document_agent``).
The inverted plural after a quotation ("“…,” say critics") is read in quoted_plurals.py."""

from __future__ import annotations

import re

from quizapp.draft.reporting.english_cue_forms.long_subjects import postmodified_plural
from quizapp.draft.reporting.english_cue_forms.quoted_plurals import plural_after_quotation
from quizapp.draft.speakers.speaker_checks.can_speak import speaking_noun
from quizapp.draft.text.segment import Span
from quizapp.draft.words.lexicon import Lexicon, fold


def tokens_capitalised(words: list[str], index: int, lex: Lexicon) -> bool:
    """A capitalised word inside a sentence is a name ("State Department"), not a verb."""
    original = lex.cache.get("current_tokens")
    return bool(original) and original[index][:1].isupper()


def stranded_to(words: list[str], index: int, lex: Lexicon) -> bool:
    """ "A commuter we spoke to said…": a "to" that ends a relative clause ("we spoke to")
    leaves no infinitive after it. A form that is no base form ("said", "says") cannot
    follow an infinitive's "to", so it is the main verb once a pronoun subject and its verb
    stand before that "to"."""
    if index < 3 or words[index - 1] != "to" or words[index] in lex.base_forms:
        return False
    verb = words[index - 2]
    return verb.isalpha() and words[index - 3] in lex.word_set("subject_pronouns")


def plural_subject(words: list[str], index: int, lex: Lexicon) -> bool:
    """ "critics say", "they argue", "Other CEOs also think": an English base form is a verb
    after a plural subject (an adverb may stand between)."""
    if index == 0:
        return False
    if plural_after_quotation(words, index, lex) or plural_after_comma(words, index, lex):
        return True  # "“…,” say critics", "…, say two senior sources": the subject after
    if words[index - 1] == ",":  # "Nurses, who are due to strike, say…": the subject's word
        opening = _relative_opening(words, index - 1, lex)
        index = opening if opening is not None else index
    adverbs = lex.word_set("adverbs_between")
    if index > 1 and (words[index - 1] in adverbs or words[index - 1].endswith("ly")):
        index -= 1
    heads = [index - 1, _head_before_complement(words, index - 1, lex)]
    plural = any(at is not None and _plural_word(words, at, lex) for at in heads)
    return plural or _joined_subject(words, index, lex) or postmodified_plural(words, index, lex)


def unbound_base_form(words: list[str], index: int, lex: Lexicon) -> bool:
    """A base form of lexicon ``subject_bound_base_cues`` ("call for", "urge") with no
    subject that makes it a verb of saying: a noun ("a wake-up call for", "the residents’
    call for"), a relative ("Parents who urge…"), an order ("Call for help if…") or an
    intention ("plan to call for"). It reports after a plural subject or a pronoun
    ("Parents call for…", "We urge…") or after "to" and a verb of no intention ("went on to
    call for…"; lexicon ``intention_verbs_before_to``) (mend36b)."""
    if words[index] not in lex.word_set("subject_bound_base_cues"):
        return False
    before = words[index - 1] if index > 0 else ""
    if before == "to":
        return index < 2 or words[index - 2] in lex.word_set("intention_verbs_before_to")
    if not before or before in lex.word_set("subject_relatives"):
        return True
    return not plural_subject(words, index, lex)


# what stands before a subject that opens its clause
_CLAUSE_EDGE = {",", ";", ":", "—", "–", "that", '"', "“", "”"}


def _joined_subject(words: list[str], index: int, lex: Lexicon) -> bool:
    """ "He and other supporters of the policy say…", "MPs and the public call…": two noun
    phrases joined by a word of lexicon ``coordinators`` from the clause's start (at most
    nine words, no verb among them) make a plural subject, whatever the last word's number."""
    start = index
    while start > 0 and words[start - 1] not in _CLAUSE_EDGE and index - start < 10:
        start -= 1
    subject = words[start:index]
    if (start > 0 and words[start - 1] not in _CLAUSE_EDGE) or len(subject) < 3:
        return False
    joins = [i for i, w in enumerate(subject) if w in lex.word_set("coordinators")]
    plain = all(w.replace("-", "").replace("'", "").isalpha() for w in subject)
    return bool(joins) and 0 < joins[0] < len(subject) - 1 and plain and no_verb(lex, subject)


def plural_noun_subject(words: list[str], index: int, lex: Lexicon) -> bool:
    """ "Doctors confirmed", "Residents of the town reported": a plural noun or pronoun
    heads the subject before the verb at ``index`` (no body taking a plural verb)."""
    heads = [index - 1, _head_before_complement(words, index - 1, lex)]
    return any(at is not None and _plural_word(words, at, lex, False) for at in heads)


def _plural_word(words: list[str], at: int, lex: Lexicon, bodies: bool = True) -> bool:
    before = words[at]
    pronoun = before in lex.word_set("plural_subject_words")
    pronoun = pronoun or before in lex.word_set("vague_determiners")  # "Most of those…"
    plural = before.endswith("s") and before not in lex.word_set("s_ending_singulars")
    plural = plural or before in lex.word_set("plural_heads")  # "police", "people"
    return pronoun or plural or (bodies and _collective_subject(words, at, lex))


def _head_before_complement(words: list[str], last: int, lex: Lexicon) -> int | None:
    """ "critics of the plan say", "residents in the north warn": the word before the
    complement (a link of lexicon ``open_title_bare_links``) heads the subject, when it opens
    its clause (after determiners only): "he heard residents of the area complain" is no
    one saying anything; a head that cannot speak ("Rows of tents on the lawn say") is no
    subject of saying either (mend56d: it left a finding with no speaker)."""
    links = lex.word_set("open_title_bare_links")
    at = next((i for i in range(last - 1, max(0, last - 9), -1) if words[i] in links), 0)
    if at < 1 or not all(w.replace("-", "").isalpha() for w in words[at:last]):
        return None  # "Many of those displaced by the so-called storm say": eight words
    start = at - 1
    determiners = ("taking_up_determiners", "vague_determiners")
    while start > 0 and any(words[start - 1] in lex.word_set(key) for key in determiners):
        start -= 1
    if start > 0 and words[start - 1] in lex.word_set("opening_connectives"):
        start -= 1  # "But critics of the plan say": a connective opens the clause
    closing = lex.raw_set("closing_quote_marks")
    opening = start == 0 or words[start - 1] in {",", ";", ":", "—", "–", "that"} | closing
    return at - 1 if opening and _can_head(words[at - 1], lex) else None


def _can_head(word: str, lex: Lexicon) -> bool:
    """A head that can say something: a noun that can speak, or a pronoun or quantifier
    standing for people ("Many of those displaced… say"); not "Rows of tents" (mend56d)."""
    return speaking_noun(word, lex) or word in lex.word_sets(
        "plural_subject_words", "vague_determiners"
    )


def _collective_subject(words: list[str], last: int, lex: Lexicon) -> bool:
    """A body's name or a collective noun takes a plural verb in British writing and in names
    with a plural head ("Network Rail say", "police fear", "the council believe", "the Centers
    for Disease Control and Prevention say"); a capitalised sentence opener is no name."""
    name = last > 0 and tokens_capitalised(words, last, lex) and words[last].isalpha()
    bodies = ("named_institutions", "organisation_anaphors")  # tested one by one, no union
    return name or any(words[last] in lex.word_set(key) for key in bodies)


def source_then_that(words: list[str], index: int, lex: Lexicon) -> bool:
    """ "The bank forecast that…", "Smith forecast that…": a base form between a word for
    a source (a name, a body, a person) and *that* is a verb whatever its number ("his
    false claim that…" stays a noun)."""
    if index == 0 or words[index + 1 : index + 2] != ["that"]:
        return False
    sources = ("organisation_anaphors", "named_institutions", "person_descriptions")
    return tokens_capitalised(words, index - 1, lex) or any(
        words[index - 1] in lex.word_set(key) for key in sources
    )


def _relative_opening(words: list[str], comma: int, lex: Lexicon) -> int | None:
    """The index of the comma opening ", who…,", ", whose contractors…," (english56) or ",
    speaking to reporters," (a participle aside) that ends at ``comma``, if there is one; the
    relative words are lexicon ``subject_aside_relatives``."""
    relatives = lex.word_set("subject_aside_relatives")
    for at in range(comma - 1, max(0, comma - 25), -1):
        opener = words[at + 1] if words[at] == "," else ""
        if opener in relatives or (opener.endswith("ing") and len(opener) > 4):
            return at
        if words[at] in {",", ".", ";", ":"}:
            return None
    return None


def long_subject_fits(lex: Lexicon, name: str) -> bool:
    """A subject between a quotation and its cue longer than seven words is still one when it
    is a noun phrase and its relative clause ("an official who asked not to be named said") or
    a name and its appositions set off by commas ("Jane Roe, chair of the county's housing
    committee, said"): the cap is there to keep narration out, and neither holds a verb of its
    own outside the relative clause (lexicon ``relative_pronouns``, ``clause_finite_words``)."""
    words = name.split()
    if subject_length(lex, words) <= 7:
        return True  # "AMCS Great Barrier Reef campaign director Jane Roe": four words
    if lex.language != "en" or any(mark in name for mark in '“”"«»;:'):
        return False
    relative = next((i for i, w in enumerate(words) if w in lex.word_set("relative_pronouns")), 0)
    if relative and "," not in name:  # "a man who lives nearby", no comma before "who"
        return relative <= 7 and len(words) - relative <= 12 and no_verb(lex, words[:relative])
    pieces = [piece.split() for piece in name.split(",")]
    return (
        len(pieces) >= 2
        and 1 <= len(pieces[0]) <= 7
        and all(1 <= len(piece) <= 12 for piece in pieces[1:])
        and no_verb(lex, words)
    )


def subject_length(lex: Lexicon, words: list[str]) -> int:
    """How many words a subject counts against its cap, a run of capitalised words (a body's
    or a person's name, « Queensland Fire and Emergency Services ») counting as one, with the
    small words that join a name's parts (lexicon ``name_link_words``): the cap keeps a clause
    of narration out, and a name hides no verb of its own."""
    links, count, in_name = lex.word_set("name_link_words"), 0, False
    for at, word in enumerate(words):
        capital = word[:1].isupper()
        joins = word in links and at + 1 < len(words) and words[at + 1][:1].isupper()
        count += not (in_name and (capital or joins))
        in_name = capital or (in_name and joins)
    return count


def no_verb(lex: Lexicon, words: list[str]) -> bool:
    """No finite verb among ``words`` (lexicon ``clause_finite_words``, irregular pasts)."""
    verbs = (lex.word_set("clause_finite_words"), lex.word_set("irregular_past_forms"))
    return not any(w.lower() in found for w in words for found in verbs)


def plural_after_comma(words: list[str], index: int, lex: Lexicon) -> bool:
    """ "…, say two senior government sources.", "…, say police in Leeds.": a base form right
    after the comma closing a clause, before a plural noun phrase that ends there or at a
    complement or relative (lexicon ``open_title_links``), is an inverted verb; not the plural
    verb of a subject set off before the comma ("Nurses, who strike, say pay is low"), nor an
    imperative ("If in doubt, tell a guard")."""
    if index < 2 or words[index - 1] != "," or _relative_opening(words, index - 1, lex) is not None:
        return False
    if words[0] in lex.word_set("conditional_openers") and "," not in words[1 : index - 1]:
        return False  # "If the alarm sounds, tell the guards": an order, nothing reported
    phrase: list[str] = []
    for word in words[index + 1 : index + 8]:
        if not word.isalpha() or word in lex.word_set("open_title_links"):
            break
        phrase.append(word)
    if len(phrase) == 7:
        return False
    skipped = ("taking_up_determiners", "vague_determiners", "number_words")  # "the", "two"
    while phrase and any(phrase[0] in lex.word_set(key) for key in skipped):
        phrase = phrase[1:]
    if not 1 <= len(phrase) <= 4 or not no_verb(lex, phrase):
        return False
    head = phrase[-1]
    plural = len(head) > 3 and head.endswith("s") and not head.endswith("ss")
    return plural or head in lex.word_set("plural_heads")


def document_agent(text: str, clause_start: int, cue_start: int, lex: Lexicon) -> Span | None:
    """ "received a letter from officers confirming the road would close", "a report by the
    watchdog warning that…": a participle right after a document (lexicon issued_documents)
    and its agent after "from" or "by" (at most six words, no mark between) is that agent's;
    the sentence's subject only received the document."""
    found = _DOCUMENT_AGENT.search(text[max(clause_start, cue_start - 120) : cue_start])
    if found is None or fold(found.group("document")) not in lex.word_set("issued_documents"):
        return None
    offset = max(clause_start, cue_start - 120)
    return offset + found.start("agent"), offset + found.end("agent")


_DOCUMENT_AGENT = re.compile(
    r"\b(?P<document>[a-z]+)\s+(?:from|by)\s+"
    r"(?P<agent>(?:[\w.&'’-]+\s+){0,5}?[\w.&'’-]+)\s+$"
)
