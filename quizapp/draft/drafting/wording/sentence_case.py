"""How a reported sentence reads after « que » / "that": its opening coordinator left out and,
when it is no name, its first word's capital lowered (ui38, mend38e), or a French capital
written without its accent taken back (sanity22). Split out of reported_words.py when that
file reached its size limit; phrasing.py calls both."""

from __future__ import annotations

import re
import unicodedata

from quizapp.draft.drafting.wording.clauses import has_verb
from quizapp.draft.drafting.wording.explanation_words import phrasing_lexicon
from quizapp.draft.words.lexicon import fold, folded_words, load


def accented(text: str, capitals: frozenset[str]) -> str:
    """A French sentence opening on a capital written without its accent (« A Caen, 350
    éleveurs… »; ``capitals``: the lexicon's ``unaccented_capitals``) takes it back, since
    inside the question it goes to lower case: « qui affirme qu'a Caen » read as the verb
    « avoir » (sanity22)."""
    first = re.match(r"[A-Z](?=\s)", text)
    if first is None:
        return text
    for word in capitals:
        if unicodedata.normalize("NFD", word)[0] == first.group().lower():  # « à »: « a »
            return word + text[1:]
    return text


def past_connective(
    text: str, connectives: frozenset[str], dropped: frozenset[str] = frozenset()
) -> int:
    """Where ``text`` goes on past an opening coordinator (``dropped``: « Mais », "And", a
    comma after it or not) or an opening connective and its comma (``connectives``:
    « Pourtant, », « Pour sa part, », "However,"), 0 when it opens on neither: such a word
    ties the sentence to the one before it, which a question shown alone does not have
    (truefalse50: « L'article écrit… : « Pourtant, le chantier… » »). A coordinator right
    after the first is no opening one's second: the first is then a noun (« Or et argent
    ont… », mend50b). A coordinator may be two words (« Sauf que la destruction… »: « qui
    affirme que sauf que… », teacher53), elided before a vowel (« Sauf qu'il… »)."""
    pair = re.match(r"[^\W\d_]+\s+[^\W\d_]+(?:['’]|,?\s+)", text)
    if pair and fold(pair.group().rstrip(", \n")) in dropped:
        return pair.end()
    first = re.match(r"([^\W\d_]+),?\s+", text)
    if first and fold(first.group(1)) in dropped:
        second = re.match(r"[^\W\d_]+", text[first.end() :])
        return 0 if second and fold(second.group()) in dropped else first.end()
    opening = re.match(r"([^\W\d_][^,.;:!?«»“”\"]{0,24}?),\s+", text)
    return opening.end() if opening and fold(opening.group(1)) in connectives else 0


def after_that(
    text: str,
    article: str,
    dropped: frozenset[str],
    common: CommonWords | None = None,
    connectives: frozenset[str] = frozenset(),
) -> str:
    """A sentence as it reads after « que » / "that": its opening coordinator (``dropped``)
    left out (« qui affirme que mais l'individu refuse… », "claims that but not everyone
    agrees"), and its first word in lower case when it is no name: never with a capital
    inside a sentence of the ``article``, and either written in lower case elsewhere
    (« que C'est à l'entrée… », "claims that Kids were playing") or a common word by
    ``common`` (ui38: « qu'Appuyées par des… », "claims that Dozens of nurses…", words the
    article writes once). A paragraph break ends a sentence: after a headline with no full
    stop ("…approved\n\nCouncillors were…") the word opens one (sanity25). So is an opening
    connective and its comma (``connectives``, ``past_connective``: truefalse50)."""
    text = text[past_connective(text, connectives, dropped) :]
    word = re.match(r"[A-ZÀ-Ý](?:[^\W\d_]+(?=[\s,])|(?=['’]))", text)
    if word is None or text[word.end() :].lstrip("'’ ")[:1].isupper():
        return text  # « Pierre Hémon », « A Canteleu », "I": left as written
    lower, name = re.escape(word.group().lower()), re.escape(word.group())
    known = common is not None and common.holds(word.group().lower(), text[word.end() :])
    if not known and not re.search(rf"\b{lower}\b", article):
        return text
    if re.search(rf"[a-zà-ÿ,][^\S\n]+{name}\b", article):
        return text  # capitalised inside a sentence: a name (« Labour », « Paris »)
    return word.group().lower() + text[word.end() :]


_CAPITALS_RUN = re.compile(r"((?:[A-ZÀ-Ý][A-ZÀ-Ý'’]*\s+)+)(?=[a-zà-ÿ])")


def lede_cased(
    text: str, article: str, openers: frozenset[str], common: CommonWords | None = None
) -> str:
    """``text`` with the run of capitals a lede may open on written in sentence case ("AN
    angry resident" → "An angry resident", "A TOWN council's numbers" → "A town council's
    numbers"): many weeklies set a lede's first words in capitals, and a question naming that
    speaker or reporting that sentence carried them into its own (questions52). Each word of
    the run is a determiner of ``openers`` or a longer word that is common (``common``) or
    written in lower case in the ``article``, and never written in capitals inside one of its
    sentences; else the run is left: an acronym ("NHS staff", "US officials", « la SNCF »)
    or a name keeps its capitals."""
    run = _CAPITALS_RUN.match(text)
    if run is None or not any(len(w) > 1 for w in run.group(1).split()):
        return text
    for word in run.group(1).split():
        lower = word.lower()
        if lower in openers:
            continue
        known = common is not None and common.holds(lower)
        if len(word) < 3 or not (known or re.search(rf"\b{re.escape(lower)}\b", article)):
            return text
        if re.search(rf"[a-zà-ÿ,(][^\S\n]+{re.escape(word)}\b", article):
            return text  # « la SNCF »: capitals inside a sentence, an acronym
    cased = run.group(1).lower()
    return cased[:1].upper() + cased[1:] + text[run.end() :]


class CommonWords:
    """A sentence's first words that are no name: listed in lower case in the lexicon (any
    list) or ending as a participle, gerund or adjective does (phrasing.json ``common_endings``),
    and not before a verb. Names are such words too (« Vaillant », « Petit », "Reading",
    "May"), and written once they open a sentence as its subject, a verb next (« Vaillant a
    quitté… »): they keep their capital; a listed plural is a noun ("Teachers were…")."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.words = _lower_words(load(language).raw)
        self.endings = tuple(phrasing_lexicon()[language].get("common_endings", []))

    def holds(self, word: str, rest: str = "") -> bool:
        """``word`` (lower case) is common before ``rest`` (mend38e, review38 item 7)."""
        if not (word in self.words or (bool(self.endings) and word.endswith(self.endings))):
            return False
        after = folded_words(rest)[:1]
        if rest[:1] in ("'", "’") or not after or not has_verb(after[0], self.language):
            return True  # « C'est », « Appuyées par… », "Dozens of…", « Environ 300 »
        return word.endswith("s") and word[:-1] in self.words  # "Teachers were…"


def _lower_words(raw: object) -> frozenset[str]:
    """Every word written in lower case in a lexicon's lists (its notes, keys ``_about`` and
    ``…_about``, are prose and left out)."""
    found: set[str] = set()
    stack = [raw]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            found.update(w for w in item.replace("'", " ").split() if w.isalpha() and w.islower())
        elif isinstance(item, dict):
            stack.extend(v for k, v in item.items() if not _note(str(k)))
        elif isinstance(item, list):
            stack.extend(item)
    return frozenset(found)


def _note(key: str) -> bool:
    return key.startswith("_") or key.endswith("_about")
