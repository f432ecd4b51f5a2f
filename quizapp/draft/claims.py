"""Unattributed passages: the outlet's own voice (author) or a plain fact.

DESIGN.md's border: a checkable event told in loaded words is ``author``; the same event in
neutral words is ``fact``. Headlines, standfirsts, subheads and rhetorical questions are the
outlet speaking (``author``). What is left of a sentence once its attributions are taken out is
cut into clauses, each judged on its own words.
"""

from __future__ import annotations

import re
from functools import lru_cache, partial

from quizapp.draft.clause.scraps import is_scrap, without_dangling_end
from quizapp.draft.findings import Claim, Span
from quizapp.draft.shapes.detect.view import strip_span
from quizapp.draft.text.word_patterns import WORD_WITH_MARKS
from quizapp.draft.words.lexicon import Lexicon, built_once, fold

# The word patterns judging a clause reads, compiled once: a claim is judged at every clause
# and re's own cache of 512, filled by patterns built from each article's names, drops them
_WORD = re.compile(r"\w+")
_NOT_A_WORD = re.compile(r"[^\w'’-]+")
_CLAUSE_CUT = re.compile(
    r"\s*(?:;|:|\s[–—]\s|,\s+(?=(?:qui|mais|alors que|tandis que|who|which|but|while)\b))\s*"
)


def claims_of_sentence(
    text: str, sentence: Span, taken: list[Span], lex: Lexicon, framing: bool
) -> list[Claim]:
    """The unattributed clauses of a sentence (``framing``: a headline, standfirst or subhead)."""
    claims: list[Claim] = []
    for piece in _free_pieces(sentence, taken):
        for clause in _clauses(text, piece, lex):
            clause = without_dangling_end(text, clause, taken, lex)  # « …, car, comme le »
            if len(_WORD.findall(text, *clause)) < 3:
                continue
            claim = _judge(text, clause, lex, framing)
            if claim.label == "fact" and not framing and is_scrap(text, clause, taken, lex):
                continue  # « …, qui a souhaité garder l'anonymat. »; an « author » tail stays
            claims.append(claim)
    return claims


def _free_pieces(sentence: Span, taken: list[Span]) -> list[Span]:
    pieces = [sentence]
    for start, end in sorted(taken):
        next_pieces: list[Span] = []
        for a, b in pieces:
            if end <= a or start >= b:
                next_pieces.append((a, b))
                continue
            if start > a:
                next_pieces.append((a, start))
            if end < b:
                next_pieces.append((end, b))
        pieces = next_pieces
    return pieces


def _clauses(text: str, piece: Span, lex: Lexicon) -> list[Span]:
    clauses: list[Span] = []
    begin = piece[0]
    for cut in _cuts(text, piece, lex):
        clauses.append(_trim(text, (begin, cut[0])))
        begin = cut[1]
    clauses.append(_trim(text, (begin, piece[1])))
    return [c for c in clauses if c[1] > c[0]]


def _cuts(text: str, piece: Span, lex: Lexicon) -> list[Span]:
    """Where clauses part: punctuation and relatives (_CLAUSE_CUT), and a comma before a
    present participle opening a clause of its own (", putting the bill on…", « , conduisant
    le ministère à… »): the outlet's comment on the event before, to be judged apart."""
    cuts = [m.span() for m in _CLAUSE_CUT.finditer(text, piece[0], piece[1])]
    participle = _participle_clause(lex)
    if participle is not None:
        comma, others = participle
        for match in comma.finditer(text, piece[0], piece[1]):
            if fold(match.group(1)) not in others:
                cuts.append((match.start(), match.start(1)))
    return sorted(cuts)


@built_once
def _participle_clause(lex: Lexicon) -> tuple[re.Pattern[str], frozenset[str]] | None:
    """The comma-and-participle pattern and the words that only look like participles, built
    once per lexicon (every free piece of every sentence asks); None without an ending."""
    ending = lex.raw.get("participle_clause_ending")
    others = lex.word_sets("participle_lookalikes", "participle_clause_lookalikes")
    comma = re.compile(rf",\s+(\w+{ending})\b") if ending else None
    return (comma, others) if comma else None


def _trim(text: str, span: Span) -> Span:
    """A clause without the punctuation around it, a quotation mark or a bracket left over
    from a cut among it (a clause may open on a stop, never end on one: its sentence's): «
    Le nombre de chômeurs (3,2 millions selon l'Insee) a augmenté » leaves « Le nombre de
    chômeurs » and « a augmenté », no lone bracket (mend54c)."""
    return strip_span(text, span, leading=',;:.–—-»”")', trailing=',;:–—-«“"(')


def _judge(text: str, span: Span, lex: Lexicon, framing: bool) -> Claim:
    passage = text[span[0] : span[1]]
    tail = text[span[1] : span[1] + 2]
    if framing:
        return Claim(span, "author", 0.75, "framing")
    if "?" in passage or tail.startswith("?") or "!" in passage:
        return Claim(span, "author", 0.8, "question")
    if _trails_off(passage, tail):  # « il n'est pas le seul… »: the outlet hinting, not stating
        return Claim(span, "author", 0.7, "suspension points")
    loaded = loaded_words(passage, lex)
    if loaded:
        return Claim(span, "author", 0.7, ", ".join(loaded))
    remarks = commentary_words(passage, lex)
    if remarks:  # "donc", "c'est", "in fact": the outlet concluding or stressing, not reporting
        return Claim(span, "author", 0.6, ", ".join(remarks))
    hedged = speculative_words(passage, lex)
    if hedged:  # "Une taupe sévirait à l'Elysée": the outlet's conjecture, not a checked fact
        return Claim(span, "author", 0.65, ", ".join(hedged))
    return Claim(span, "fact", fact_confidence(passage, lex))


def _trails_off(passage: str, tail: str) -> bool:
    """Suspension points closing a clause; an elision mark in brackets (« […] ») is none."""
    closing = passage.rstrip(' »”"') + (tail if tail[:1] in ".…" else "")
    end = closing.rstrip("…. ")
    rest = closing[len(end) :]
    return ("…" in rest or "..." in rest) and not end.endswith(("[", "("))


def fact_confidence(passage: str, lex: Lexicon) -> float:
    """How sure the drafter is that a neutral clause is a checkable fact. A date or a
    figure makes it checkable (on the corpus such clauses were facts 9 times in 10, the
    others 2 times in 3); a longer clause gives more words to judge by; a very short one,
    or one with a modal or hedge ("devrait", "might"), is often a judgement."""
    words = WORD_WITH_MARKS.findall(fold(passage))
    confidence = 0.6
    if any(w.isdigit() for w in words) or set(words) & lex.word_set("date_words"):
        confidence += 0.15
    if len(words) >= 12:
        confidence += 0.05
    if len(words) < 7:
        confidence -= 0.15
    if set(words) & lex.word_set("hedge_words"):
        confidence -= 0.1
    return round(min(0.85, max(0.35, confidence)), 2)


def speculative_words(passage: str, lex: Lexicon) -> list[str]:
    """Verbs in the conditional (French -rait, -raient), the mood of unverified claims."""
    exceptions = lex.word_set("speculative_exceptions")
    words = _WORD.findall(fold(passage))
    return [w for w in words if conditional_form(w, lex) and w not in exceptions]


def conditional_form(word: str, lex: Lexicon) -> bool:
    """A folded word with a conditional's ending (lexicon ``speculative_endings``: French
    -rait, -raient; English lists none) and more than five letters (« trait » is no verb),
    built on a future stem: « déclarait », « enregistraient » are imperfects, facts of the
    past the outlet states, not its conjecture (lexicon ``conditional_stems``, sanity24)."""
    endings = _conditional_endings(lex)
    ending = next((e for e in endings if word.endswith(e)), "")
    if not ending or len(word) <= 5:
        return False
    return (word[: -len(ending)] + "r").endswith(_conditional_stems(lex))


@built_once
def _conditional_endings(lex: Lexicon) -> tuple[str, ...]:
    """The conditional's endings, longest first (« -raient » before « -rait »)."""
    return tuple(sorted(lex.words("speculative_endings"), key=len, reverse=True))


@built_once
def _conditional_stems(lex: Lexicon) -> tuple[str, ...]:
    return tuple(lex.words("conditional_stems"))


def loaded_words(passage: str, lex: Lexicon) -> list[str]:
    """The loaded words and evaluative openers of a passage, as the lexicon lists them."""
    found = _listed(passage, lex, "loaded_words")
    start = passage.lstrip()
    found += [o.rstrip(",") for o in lex.raw["evaluative_openers"] if start.startswith(o)]
    return found


def commentary_words(passage: str, lex: Lexicon) -> list[str]:
    """The outlet's own inference or emphasis (« donc », « bref », « c'est… », "in fact"): a
    clause that concludes or stresses is its judgement, however neutral its other words."""
    return _listed(passage, lex, "commentary_words")


def _listed(passage: str, lex: Lexicon, key: str) -> list[str]:
    """The entries of list ``key`` the passage holds as whole words, in the lexicon's order:
    a one-word entry is looked up among the passage's words (hundreds of entries, searched
    one by one in each sentence, were the slowest part of judging it), a longer one searched."""
    folded, present = _passage_words(passage)
    one_word, longer = lex.remembered("listed_entries", key, partial(_entries, lex))
    at = _positions(present, folded, one_word, longer)
    names = _names_only(passage) & present if at else set()
    if names:  # looked for only when a word is listed: most passages hold none
        at = _positions(present - names, folded, one_word, longer)
    words = lex.words(key)
    return [words[i] for i in sorted(at)]


@lru_cache(maxsize=16)
def _passage_words(passage: str) -> tuple[str, frozenset[str]]:
    """A passage folded, its marks made spaces, between spaces, and the set of its words:
    read once for both lists a clause is judged by, its loaded words and its remarks
    (speed45)."""
    folded = " " + _NOT_A_WORD.sub(" ", fold(passage)) + " "
    return folded, frozenset(folded.split(" "))


def _positions(
    present: frozenset[str], folded: str, one_word: dict[str, list[int]], longer: Entries
) -> list[int]:
    """The positions in the list of the entries ``folded`` holds: a one-word entry among its
    words ``present``, a longer one opening on one of them searched in it."""
    at = [i for word in present for i in one_word.get(word, ())]
    return at + [i for word in present for i, padded in longer.get(word, ()) if padded in folded]


def _names_only(passage: str) -> set[str]:
    """The words a passage writes only with a capital inside a sentence, folded: names, not
    the listed word they spell ("a deadline in early May", "Theresa May", "Wednesday (May
    22)" read as the hedge "may", making ten corpus facts the outlet's, sanity26). A title
    in capitals ("Scientists May Have Solved…") names nothing."""
    tokens = list(WORD_WITH_MARKS.finditer(passage))
    capitals = [t for t in tokens if len(t.group()) > 3 and t.group()[:1].isupper()]
    if 2 * len(capitals) > len([t for t in tokens if len(t.group()) > 3]):
        return set()
    names, lower = set(), set()
    for token in tokens:
        word = token.group()
        if word[:1].isupper() and not _opens_sentence(passage, token.start()):
            names.add(fold(word))
        elif not word[:1].isupper():
            lower.add(fold(word))
    return names - lower


def _opens_sentence(passage: str, at: int) -> bool:
    """Whether the word at ``at`` opens the passage or follows a stop, a colon, an opening
    mark or a bracket (spaces between): read back from the word, not by a search through
    everything before it at each word (speed44: quadratic in the passage)."""
    while at and passage[at - 1].isspace():
        at -= 1
    return at == 0 or passage[at - 1] in '.!?:«“"('


Entries = dict[str, list[tuple[int, str]]]


def _entries(lex: Lexicon, key: str) -> tuple[dict[str, list[int]], Entries]:
    """The positions of list ``key``'s one-word entries by word, and its other entries by
    their first word, each between spaces as searched: a passage holding an entry holds its
    first word, so only the entries opening on one of its words are searched (speed18)."""
    one_word: dict[str, list[int]] = {}
    longer: Entries = {}
    for index, entry in enumerate(lex.words(key)):
        if entry and " " not in entry:
            one_word.setdefault(entry, []).append(index)
        else:
            longer.setdefault(entry.split(" ")[0], []).append((index, " " + entry + " "))
    return one_word, longer
