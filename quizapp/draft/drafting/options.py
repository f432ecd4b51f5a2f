"""The options of a drafted "who said this?": every speaker written in the same kind of form,
and wrong options chosen so that the right one's length does not give it away.

A test-wise student picks the longest option, and the editor's checks warn of it (W02: the
right option the longest in more than 40 % of a set's single-choice questions; W03: 1.5 times
the others' length). The drafter's right answer is most often a named person quoted at
length, written in full with a title (« Dr Marta Serra-Garcia »), its wrong options often
short groups (« academics »): left alone, the right one stands out. So each option drops what
only some speakers carry (a title before a full name, an acronym in brackets after one), and
one wrong option is at least as long as the right one whenever the article has one. A fourth
option so short that it alone makes the right one 1.5 times the mean is left out; a question
whose answer is still that much longer is not asked as "who said this?" at all (teacher13:
205 of the corpus's drafted questions tripped W03), its statement becomes a true/false.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizapp.draft.drafting.wording.speaker_openings import opening_words
from quizapp.draft.names.naming.gender import first_name_words
from quizapp.draft.names.titles.descriptions import singular
from quizapp.draft.speakers.acronyms.initials import spells
from quizapp.draft.speakers.acronyms.spelled import acronym_of
from quizapp.draft.words.lexicon import Lexicon, built_once, fold
from quizapp.sets.item_checks.balance import LONGER_MAX_RATIO, LONGEST_MAX_SHARE, MIN_QUESTIONS

_BRACKETED_END = re.compile(r"\s*\([^()]*\)$")


@built_once
def _titles(lex: Lexicon) -> tuple[tuple[str, ...], ...]:
    """The lexicon's titles (« Dr », « Prime Minister »), folded word tuples, longest first."""
    return lex.phrases("titles")


def option_form(speaker: str, lex: Lexicon) -> str:
    """The speaker as an option: a full name without the title before it (« Rep. Phil
    Gingrey » → « Phil Gingrey ») and without an acronym in brackets after it; a name of a
    single word after its title keeps the title (« Mme Roux »), and a description stays."""
    form = _BRACKETED_END.sub("", speaker).strip() or speaker
    words = form.split()
    start = 0
    while start < len(words):
        taken = _title_at(words, start, lex)
        if not taken:
            break
        start += taken
    name = words[start:]
    if start and len(name) >= 2 and all(w[:1].isupper() for w in (name[0], name[-1])):
        return " ".join(name)
    return form


def capitalised(option: str) -> str:
    """An option, a choice of its own, opens on a capital as the names beside it do: the
    lower-case « l'inspection académique » among « Un agent… » and « L'opposition », or "the
    council" beside "Campaigners", set the right answer apart by its case alone (ui40). A first
    word with a capital past its first letter ("eBay", « iPhone ») is a brand: left as it is;
    not past an elided article (« l'Académie d'Aix-Marseille » beside « L'inspection
    académique », teacher55)."""
    first = option.split(" ", 1)[0]
    brand = any(letter.isupper() for letter in first[1:]) and not _ELIDED.match(first)
    if not option[:1].islower() or brand:
        return option
    return option[:1].upper() + option[1:]


def _title_at(words: list[str], start: int, lex: Lexicon) -> int:
    """How many words a title takes at ``start`` (0: none)."""
    folded = [fold(w) for w in words[start:]]
    for title in _titles(lex):
        if tuple(folded[: len(title)]) == title:
            return len(title)
    return 0


def same_body(one: str, other: str, lex: Lexicon) -> bool:
    """Two speakers that may be one body, so that one as a wrong option would name the right
    answer again: one written as the other's acronym (« NTSB », « National Transportation
    Safety Board »), or one a bare noun of the other's name (« the board », « Betsi Cadwaladr
    University Health Board »; « Officials », « Health officials »)."""
    for short, long in ((one, other), (other, one)):
        acronym = acronym_of(short)
        if acronym and acronym_of(long) is None and spells(acronym, long):
            return True
        if bare_noun_of(short, long, lex):
            return True
    return False


@built_once
def _kind_words(lex: Lexicon) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Folded words for a body (« association », "authority"), for a person (« maire »,
    "spokesman") and first names, from the lexicon's lists."""
    body = frozenset(fold(word) for word in lex.raw.get("body_hypernyms", {}))
    for key in ("organisation_anaphors", "named_institutions", "organisation_name_words"):
        body |= lex.word_set(key)
    person: frozenset[str] = frozenset()
    for key in ("person_descriptions", "unnamed_person_nouns", "anonymous_heads",
                "masculine_person_nouns", "feminine_person_nouns"):  # fmt: skip
        person |= lex.word_set(key)
    first = first_name_words(lex)
    return body, person, first  # a role (« avocat ») may be both: as a head, a person


def first_names(lex: Lexicon) -> frozenset[str]:
    """The lexicon's first names, folded."""
    return _kind_words(lex)[2]


def unnamed(speaker: str, lex: Lexicon) -> bool:
    """A speaker written without a name: no capital past its determiners (« l'association »,
    "the police watchdog"), where « Al Ng » or "A COUNCIL leader" has one. A capital only in
    the complement of its head names another (« le vice-président de l'APVF », "the head of
    Acme Corp"): the person is still unnamed, unless that complement holds a first name
    (« le porte-parole de Jean Castex »): teacher15, « c'est Antoine Homé qui dit … : Faux »
    on the words of « le vice-président de l'APVF », who was Antoine Homé."""
    words = re.findall(r"[^\W\d_][\w-]*'?", speaker.replace("’", "'"))
    openers = opening_words().complement_openers
    cut = next((at for at, w in enumerate(words) if at and w.lower() in openers), len(words))
    head, complement = words[:cut], [w.rstrip("'") for w in words[cut + 1 :]]
    determiners = lex.word_set("determiners")
    head = [w.rstrip("'") for w in head]
    if any(w[:1].isupper() for w in head if fold(w) not in determiners and len(w) > 1):
        return False
    return not any(fold(w) in _kind_words(lex)[2] for w in complement)


def kind_of(speaker: str, lex: Lexicon) -> str | None:
    """« body » or « person » when a speaker's words tell (« l'association », "Anna Roy",
    "NTSB", « le maire », an outlet), None when they do not: a person and a body are never
    one speaker. Capitalised words alone make a person's name only when the first is no
    common word (« Air France », « Rassemblement National », "United States" may be bodies:
    no kind, so that « la compagnie » is never a wrong option beside them); a surname may
    be one (« Noé Petit »)."""
    body, person, first = _kind_words(lex)
    words = [fold(w) for w in re.findall(r"[\w-]+", speaker.replace("’", "'"))]
    words = [w for w in words if w not in lex.word_set("determiners") and len(w) > 1]
    if not words:
        return None
    if words[0] in first or words[0] in person:
        return "person"
    if words[0] in body or any(w in body for w in words) or acronym_of(speaker.strip()):
        return "body"
    if fold(speaker.strip()) in _outlets(lex):
        return "body"  # « France Bleu », "Associated Press"
    names = [w for w in speaker.split() if fold(w) not in lex.word_set("determiners")]
    if 2 <= len(names) <= 4 and all(_is_name_word(name) for name in names):
        common = len(names[0]) > 2 and fold(names[0]) in _common_words(lex)
        return None if common else "person"  # « Rodrigue Furcy », « Noé Petit »; not « Air France »
    return None


@built_once
def _outlets(lex: Lexicon) -> frozenset[str]:
    return frozenset(fold(outlet) for outlet in lex.raw.get("outlets", []))


@built_once
def _common_words(lex: Lexicon) -> frozenset[str]:
    """Every word the lexicon's lists write in lower case (« air », « rassemblement »,
    "united"), first names and outlets aside: a name of capitalised words opening on one
    (« Air France ») may be a body's as well as a person's, and its shape tells neither."""
    found: set[str] = set()
    pending = [v for k, v in lex.raw.items() if not _names_or_notes(k)]
    while pending:
        item = pending.pop()
        if isinstance(item, dict):
            pending += [*item.keys(), *item.values()]
        elif isinstance(item, list):
            pending += item
        elif isinstance(item, str):
            found |= {w for w in _WORD.findall(item) if w.islower() and len(w) > 2}
    return frozenset(found)


def _names_or_notes(key: str) -> bool:
    return key.endswith("_about") or key.startswith("first_names") or key == "outlets"


_WORD = re.compile(r"[^\W\d_][\w-]*")
_ELIDED = re.compile(r"[a-zà-ÿ]{1,2}['’][^\W\d_]")  # « l'Académie », « d'Europe »: no brand


def _is_name_word(word: str) -> bool:
    """« Furcy », « Jean-Luc »: a capital, then small letters (not « UFC-Que », « 06 »)."""
    parts = word.split("-")
    return all(len(p) > 1 and p[0].isupper() and p[1:].isalpha() and p[1:].islower() for p in parts)


def bare_noun_of(short: str, long: str, lex: Lexicon) -> bool:
    """``short`` is one noun, after a determiner or not, that ``long`` holds (« a union »,
    « The Seafarers union »): the same body, or one of the group, said more vaguely."""
    words = [fold(word) for word in re.findall(r"[\w'’-]+", short)]
    if words and words[0] in lex.words("determiners"):
        words = words[1:]
    if len(words) != 1 or fold(short) == fold(long):
        return False
    return singular(words[0]) in {singular(fold(w)) for w in re.findall(r"[\w'’-]+", long)}


def wrong_options(right: str, others: Sequence[str], count: int = 3) -> list[str]:
    """``count`` wrong options among ``others`` (option forms, none the right speaker): those
    closest in length to ``right``, one of them at least as long as it when ``others`` has
    one, so that picking the longest option does not win; the shortest left out when two
    are enough to keep ``right`` under 1.5 times their mean (W03)."""
    ranked = sorted(others, key=lambda other: abs(len(other) - len(right)))
    chosen = ranked[:count]
    if chosen and all(len(other) < len(right) for other in chosen):
        longer = [other for other in ranked[count:] if len(other) >= len(right)]
        if longer:
            chosen[-1] = longer[0]
    fewer = sorted(chosen, key=len)[1:]  # without the shortest, which drags the mean down
    if len(fewer) >= 2 and gives_away(right, chosen) == 2 and gives_away(right, fewer) < 2:
        return [other for other in chosen if other in fewer]
    return chosen


def gives_away(right: str, wrong: Sequence[str]) -> int:
    """How plainly the right option's length gives it away: 0 not at all, 1 longer than every
    wrong one (what W02 counts), 2 longer than their mean by the share W03 warns of."""
    length, others = len(right.strip()), [len(option.strip()) for option in wrong]
    if length / max(sum(others) / len(others), 1.0) > LONGER_MAX_RATIO:
        return 2
    return int(all(other < length for other in others))


def fair_selection(giveaways: Sequence[int], limit: int) -> list[int]:
    """The questions kept, by index in the order given (the surest first), at most ``limit``:
    every one whose answer's length does not give it away, then as many of those whose answer
    is merely the longest as keep the set clear of the editor's W02 (fewer than its minimum of
    questions, or their share at most its maximum); never one that trips W03. A statement
    left out may still become a true/false."""
    fair = [index for index, given in enumerate(giveaways) if not given][:limit]
    unfair = [index for index, given in enumerate(giveaways) if given == 1]
    extra = min(limit - len(fair), len(unfair))
    while extra and not _clear(len(fair), extra):
        extra -= 1
    return sorted(fair + unfair[:extra])


def _clear(fair: int, unfair: int) -> bool:
    total = fair + unfair
    return total < MIN_QUESTIONS or unfair / total <= LONGEST_MAX_SHARE
