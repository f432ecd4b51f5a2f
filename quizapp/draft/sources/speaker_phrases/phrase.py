"""Cleaning a source phrase and a name before they become a speaker's identity.

A reader knows that « L'Élysée » and « l'Elysée » are one speaker (French writes capitals with
or without their accents and names with or without their article), and that "a study by X"
speaks for X. The dates written around a source are ``speaker_phrases.source_dates``'.
"""

from __future__ import annotations

import re
from functools import lru_cache

from quizapp.draft.clause.subjects.around_cue import past_time_words
from quizapp.draft.names.naming.gender import person_nouns
from quizapp.draft.text.segment import Span
from quizapp.draft.words.folding import unaccented
from quizapp.draft.words.lexicon import Lexicon, alternation, built_once, finite_or_auxiliary, fold
from quizapp.draft.words.plural import written_plural

_WORD = re.compile(r"[\w'’-]+|[^\w\s]")


@lru_cache(maxsize=4096)
def identity(word: str) -> str:
    """The key a name is known by: folded, without accents, without an elided article
    ("L'Élysée" and "Elysée" are one). Kept per word: the narration asks it twice for every
    name it meets, and undoing the accents is costly (tidy41)."""
    word = fold(word)
    word = unaccented(word)
    for article in ("l'", "d'"):
        if word.startswith(article) and len(word) > len(article):
            word = word[len(article) :]
    return word


_APPOSED_NAME = re.compile(
    r"(?P<name>(?:(?:M|Mme|Mr|Mrs|Ms|Dr)\.?\s+)?[A-ZÀ-Ý][\w'’-]+"
    r"(?:\s+(?:(?:de|du|van|von|der|al|ben|bin|le|la)\s+)?[A-ZÀ-Ý][\w'’-]+){0,3})"
    r"\s*,\s*(?:\d{1,3}(?:\s*(?:ans|years?\s+old))?\s*,\s*|\d{1,3}\s+)?$"  # or "X, 54 " + "ans"
)


def with_apposed_name(
    text: str, sentence_start: int, span: Span | None, lex: Lexicon
) -> Span | None:
    """ "Mr Rennie, 77, a volunteer driver, said…", « Thierry Martin, 54 ans, éleveur à X,
    explique… »: a description set between commas after the name that opens the sentence
    describes that person, who speaks; the source then runs from the name. A setting that
    opens on a function word of the lexicon (« Auprès de Radio X, », « Sur X, ») is no name."""
    if span is None or not text[span[0] : span[0] + 1].islower():
        return span
    if _PLURAL.match(text, span[0]):
        return span  # "Vendredi, les supporters…": a group describes no one name
    before = text[sentence_start : span[0]]
    found = _APPOSED_NAME.search(before)
    aged = text.startswith("ans", span[0])  # « X, 54 ans, raconte »: the age read as subject
    if found is None or (re.search(r"\d\s+$", before) and not aged):
        return span
    opening = _past_lead(before[: found.start()].strip(" \"«“'"), lex)
    if opening and _OWN_FULL_NAME.match(text, span[0], span[1]):
        return span  # « le chef du Parti X, le Tunisien Y Z, … »: the phrase names its own
    if opening and not _TITLE_BEFORE_NAME.fullmatch(opening[:1].upper() + opening[1:]):
        return span
    name, first = found.group("name"), found.group("name").split()[0]
    setting = first in lex.raw_set("function_words") and first not in _ARTICLES
    if first.lower() in _SETTING_WORDS or setting:  # an article opens « Le Niger »
        return span  # "In Paris, officials said…", « Auprès de Radio X, »: no name opens it
    met = opening or re.search(rf"\b{re.escape(name)}\b", text[:sentence_start])
    if " " not in name and not met and not aged:
        return span  # "Afterward, several…": one capitalised word is a name met before
    return sentence_start + found.start("name"), span[1]


def _past_lead(opening: str, lex: Lexicon) -> str:
    """« Hier, le sénateur X, maire de Y, a estimé », « De son côté le sénateur X, … »,
    « Mardi soir le maire X, … »: a short setting or link before the title (up to four words
    and a comma, a time with no comma as ``around_cue.past_time_words`` reads it before a
    subject, or a lead of the lexicon's ``skip_segment_words`` or ``weekdays``) is no part of
    who speaks; the title after it still opens the subject whose name the apposition
    describes (subjects35; one reading of the time since mend35d)."""
    lead, comma, rest = opening.rpartition(",")
    if comma and len(lead.split()) <= 4:
        return rest.strip()
    start = past_time_words(opening, (0, len(opening)), lex)[0]
    found = None if start else _lead_word(lex).match(opening)
    return opening[found.end() if found else start :]


@built_once
def _lead_word(lex: Lexicon) -> re.Pattern[str]:
    """« De son côté », « Lundi » (and English "Meanwhile", "Monday") before a subject."""
    leads = alternation(lex.words("skip_segment_words") + lex.words("weekdays"))
    return re.compile(rf"(?i)(?:{leads})\s+(?=\w)")


# an article and a first name with a surname in the phrase itself (« le Tunisien Rached G. »)
_OWN_FULL_NAME = re.compile(r"(?i:le|la|l['’])\s*[^,]*?\b[A-ZÀ-Ý][\w'’-]+\s+[A-ZÀ-Ý][\w'’-]+")
_TITLE_BEFORE_NAME = re.compile(  # « Le capitaine X, … », « Une habitante, X, 54 ans, … »
    r"(?:Le|La|L['’])\s*(?:[a-zà-ÿ-]+\s+){0,2}[a-zà-ÿ-]+|(?:Un|Une)\s+[a-zà-ÿ-]+,"
)
_SETTING_WORDS = {"in", "on", "at", "after", "before", "during", "since", "from", "for", "with",
                  "by", "last", "this", "next", "à", "en", "dans", "après", "avant", "depuis",
                  "pour", "sur", "lors"}  # fmt: skip
_ARTICLES = {"Le", "La", "Les", "L'", "L’", "The"}
_PLURAL = re.compile(
    r"(?:les|des|ces|certains|certaines|plusieurs|the\s+\w+s\b|several|some|many|two|three|"
    r"four)\b",
    re.IGNORECASE,
)


_WORK_BY_AGENT = re.compile(
    r"(?:les|des|la|le|l['’]|une?|ces|the|an?|some)\s*(?P<head>[\w-]+)(?:\s+(?P<next>[\w-]+))?"
    r"\s+(?P<made>[\w-]+(?:é|ée|és|ées|i|ie|is|ies|ise|ises|it|ite|its|ites|u|ue|us|ues|ed|out))"
    r"(?P<setting>(?:\s+[\w'’-]+){0,4}?)\s+(?:par|by)\s+(?=\w)",
    re.IGNORECASE,
)


def agent_of_work(text: str, span: Span | None, lex: Lexicon) -> Span | None:
    """ "Les analyses réalisées par la fédération de pêche ont relevé…", "a study conducted
    by the agency": a piece of work done by someone speaks for its agent, up to the clause's
    verb; a person so described (« un homme arrêté par la police ») still speaks. A rank
    before the noun (« un premier bilan »), a participle in -i or -u (« une liste établie »,
    « des relevés reçus ») and a short setting before « par » (« publiés ce mardi par »)
    leave it a work (labels22); a body (« les associations soutenues par des élus ») is none."""
    if span is None:
        return None
    found = _WORK_BY_AGENT.match(text, span[0], span[1])
    if found is None:  # « la carte dévoilée » then « en février par le rectorat »
        return _late_agent_of_work(text, span, lex)
    said = {fold(found.group("made")), fold(found.group("next") or "")}  # « interrogés lundi »
    head = _work_head(found, lex)
    if head in person_nouns(lex) or said & lex.word_set("asking_participles"):
        return span  # the people asked speak, the outlet that asked them only relays
    bodies = lex.word_set("organisation_anaphors")  # « les associations soutenues par »
    if head in bodies or (written_plural(head) and head[:-1] in bodies):
        return span  # a body backed or led by someone is no work: it speaks itself
    if any(fold(w) in finite_or_auxiliary(lex) for w in found.group("setting").split()):
        return span  # « les moutons tués la nuit ont été retrouvés par … »: a clause
    return _agent_up_to_verb(text, (found.end(), span[1]), lex) or span


def _work_head(found: re.Match[str], lex: Lexicon) -> str:
    """The work's noun, past a rank or size set before it (« un premier bilan transmis par »,
    « le dernier rapport publié par »: the bilan, not « premier », a person's office)."""
    head, after = fold(found.group("head")), found.group("next")
    before_noun = lex.word_sets("ordinal_adjectives", "prenominal_adjectives")
    return fold(after) if after and head in before_noun else head


def _late_agent_of_work(text: str, span: Span, lex: Lexicon) -> Span:
    """« comme l'avait indiqué la carte scolaire dévoilée en février par le rectorat »: a
    work whose participle closes the source, its agent after a short setting the reader left
    out (up to four words, no verb, no mark), speaks for that agent."""
    made = _WORK_MADE.fullmatch(text, span[0], span[1])
    if made is None or fold(made.group("head")) in person_nouns(lex):
        return span
    late = _late_by(lex).match(text, span[1])
    if late is None or any(fold(w) in finite_or_auxiliary(lex) for w in late.group(1).split()):
        return span
    mark = _MARK.search(text, late.end())
    return _agent_up_to_verb(text, (late.end(), mark.start() if mark else len(text)), lex) or span


def _agent_up_to_verb(text: str, span: Span, lex: Lexicon) -> Span | None:
    """The agent's words from the start of ``span`` up to the clause's verb."""
    end = span[0]
    for word in _WORD.finditer(text, span[0], span[1]):
        folded = fold(word.group())
        if folded in finite_or_auxiliary(lex) or folded in lex.word_set("agent_clause_stops"):
            break
        end = word.end()
    return (span[0], end) if end > span[0] else None


_WORK_MADE = re.compile(
    r"(?:les|des|la|le|l['’]|une?|ces)\s*(?P<head>[\w-]+)(?:\s+[\w-]+)?\s+"
    r"[\w-]+(?:é|ée|és|ées|is|ise|ises|it|ite|its|ites)",
    re.IGNORECASE,
)


@built_once
def _late_by(lex: Lexicon) -> re.Pattern[str]:
    """Up to four words of a setting, then the agent's preposition (lexicon
    ``agent_prepositions``: « par »)."""
    by = alternation(lex.word_set("agent_prepositions"))
    return re.compile(rf"((?:\s+[\w'’-]+){{1,4}}?)\s+(?:{by})\s+(?=\w)")


_MARK = re.compile(r"[,.;:!?«»“”\"()]")


def set_off_agent(text: str, span: Span | None, lex: Lexicon) -> Span | None:
    """ "The letter, signed by Mayor Jane Roe, says…", "The report, written by two professors,
    found…": a document (lexicon issued_documents, possessed_documents) set off with the
    participle of its making (lexicon document_agent_participles) and "by" speaks for that
    agent; None when the source is no such document."""
    if span is None or lex.language != "en":
        return None
    made = _MADE_BY.fullmatch(text, *span)  # the source read as "written by two professors"
    document = span if made is None else _DOCUMENT_BEFORE.search(text, 0, span[0])
    found = _SET_OFF_AGENT.match(text, span[1]) if made is None else made
    if found is None or document is None:
        return None
    head = fold(text[document[0] : document[1]] if made is None else document.group(1)).split()
    documents = lex.word_sets("issued_documents", "possessed_documents")
    if not head or head[-1] not in documents:
        return None
    if fold(found.group("made")) not in lex.word_set("document_agent_participles"):
        return None
    return found.span("agent")


_SET_OFF_AGENT = re.compile(r"\s*,\s*(?P<made>[a-z]+)\s+by\s+(?P<agent>[^,;:“”\"]{2,80}?)\s*,")
_MADE_BY = re.compile(r"(?P<made>[a-z]+)\s+by\s+(?P<agent>[^,;:“”\"]{2,80}?)\s*,?\s*")
_DOCUMENT_BEFORE = re.compile(r"(\w+)\s*,\s*$")


def trimmed_description(phrase: str) -> str:
    """A description without its trailing relative clause ("un élu qui s'est confié...");
    anaphora/descriptions/described names a description so (moved here by structure18)."""
    for marker in (" qui ", " who ", " dont ", " , ", ", qui", ", who", ", dont"):
        at = phrase.find(marker)
        if at > 0:
            phrase = phrase[:at]
    return phrase.strip(" ,")
