"""How a passage of the article is shown in a prompt: cut at a word or a clause boundary, its
quotation marks balanced or made the inner kind, French spaces made no-break before « ? » and
« » ». Split out of phrasing.py (structure18), which words the questions around them."""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Iterable

from quizapp.draft.findings import Attribution, Span
from quizapp.draft.text.segment import ELIDED
from quizapp.draft.words.lexicon import fold, load
from quizapp.model.text import overlap, unmatched_marks

REPORTED_LIMIT = 260  # reported speech is cut only at a clause boundary, and only past this


def shorten(text: str, limit: int = 140, language: str = "") -> str:
    """A passage cut at a word boundary, marked as cut; given its ``language``, at the end of a
    phrase (``cut_at_phrase``)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    head = text[:limit].rsplit(" ", 1)[0]
    return (cut_at_phrase(head, language) if language else head) + " […]"


def cut_at_phrase(head: str, language: str) -> str:
    """The first words of a passage too long to show, ending where a phrase does. One that
    stopped on an article, preposition, conjunction or auxiliary (lexicon ``cut_enders``)
    ends at a comma or semicolon in its last third, else without those words: « …pendant
    les vacances, c'est une […] » and "…saw a group of 50 youths start a […]" read as cut
    mid-phrase, nearly half of the corpus's cut passages (ui44). Others are left as cut."""
    words = head.split(" ")
    if not _open_ended(words, language):
        return head
    at = max(head.rfind(", "), head.rfind("; "))
    if at > len(head) * 2 // 3:
        return head[:at]
    while len(words) > 3 and _open_ended(words, language):
        words.pop()
    return " ".join(words)


_ELIDED_HEAD = re.compile(rf"^{ELIDED}")
_AFTER_STOP = re.compile(r"(?:[.!?:…]|^)\W*$")  # a word starting a sentence or a quotation


def _open_ended(words: list[str], language: str) -> bool:
    """Whether the last of ``words`` leaves its phrase open: listed, elided (« l' », « qu' »)
    or listed after a known elision (« qu'il », « d'un »). Inside a sentence a capitalised
    word (a name, an acronym) closes it unless it is an article opening a name (« par Les
    Républicains »: ``cut_name_articles``): "in early May", "to the WHO", "Plan A", « l'Est »
    were cut as "may", "who", "a", « est » (mend44c). « quelqu'un », the end of a phrase
    listed ``cut_complete`` (« il y a ») and a ``cut_nouns`` word after a possessive ("the
    businessman's will") close it too."""
    lexicon = load(language)
    word = words[-1].lstrip('«“"‘(')
    rest = _ELIDED_HEAD.sub("", word)
    before = words[-2] if len(words) > 1 and word == words[-1] else "."
    if not rest or rest[-1] in "'’":
        return True
    if rest[0].isupper() and not _AFTER_STOP.search(before):
        return fold(rest) in lexicon.word_set("cut_name_articles")  # « par Les […] » is open
    tokens = [fold(_ELIDED_HEAD.sub("", w)) for w in words[-3:]]
    if any(" ".join(tokens[-len(p.split()) :]) == p for p in lexicon.words("cut_complete")):
        return False
    if re.search(r"['’]s?$", before) and fold(rest) in lexicon.word_set("cut_nouns"):
        return False
    enders = lexicon.word_set("cut_enders")
    return fold(word) in enders or fold(rest) in enders


def french_spaces(text: str) -> str:
    """A French prompt whose « ? », « : », « ! », « ; » and « » » never start a line alone, nor
    « « » end one: the spaces there become no-break spaces (teacher12's walk-through: the
    review's list showed « …, selon l'article » and, on the next line, « ? »)."""
    return re.sub(r"« ", "«\u00a0", re.sub(r" ([?:!;»])", "\u00a0\\1", text))


def inner_marks(text: str, language: str) -> str:
    """Quotation marks inside a passage shown between quotation marks become the inner kind
    (“ ” in French, ‘ ’ in English), so none is doubled. In French a mark the passage's ends
    leave unmatched is matched (teacher13: a quotation cut by its cue, « agents», il n’y a
    «pas eu… », was shown « agents”, il n’y a “pas eu… »); an English ’ is also an
    apostrophe, so English marks are left as they are."""
    if language != "fr":
        return text.replace("“", "‘").replace("”", "’").replace('"', "'")
    text = re.sub(r"«\s*", "“", re.sub(r"\s*»", "”", curly(text)))
    closed_first, open_marks = unmatched_marks(text, "“", "”")
    return "“" * closed_first + text + "”" * open_marks


def stop_outside(text: str) -> str:
    """A prompt whose quotation goes on into the sentence (« Qui dit « … à proximité. »,
    selon l'article ? », "Who says “… services.”, according to…") loses the quotation's own
    full stop: French and English both end the quoted words there and let the sentence carry
    on (ui37b read twenty drafted prompts of each language). A quotation that ends the
    prompt keeps its stop (« … : « X. » » then no second one: « “….”. » is cut), and « ! »,
    « ? », « … » stay, being the speaker's."""
    text = re.sub(r"([.!?…]\s?[»”])\.", r"\1", text)
    return re.sub(r"(?<![.])\.(\s?[»”])(?=\s*[,?])", r"\1", text)


def cut_inside(words: str, marked: str) -> str:
    """A paragraph's first words whose quotation the cut leaves open: the marks ``inner_marks``
    added to close it come after the cut's « … », not before (« “L’un des petits était
    à”… » read as if the quotation ended on « à »: ui37b's walk-through). The prompt's own
    « … » after it is then left out (``classify_prompt``: ``opening…``)."""
    added = len(marked) - len(marked.rstrip("”")) - (len(words) - len(words.rstrip('”»"')))
    if added <= 0:
        return marked
    return marked[: len(marked) - added] + "…" + "”" * added


def reported_cut(text: str, limit: int = REPORTED_LIMIT, language: str = "") -> str:
    """Reported content whole, or cut at its last clause boundary (a comma or semicolon)
    before ``limit``, so what is left still says what the source said. An exclamation mark
    ending it is the narration's, not the claim's: « qui affirme qu'il part, un point c'est
    tout !. » (sanity25)."""
    text = " ".join(text.split()).rstrip(" ,;.!")
    if len(text) <= limit:
        return text
    head = text[:limit]
    at = max(head.rfind(", "), head.rfind("; "))
    if at > limit // 3:
        return head[:at] + " […]"
    return shorten(text, limit, language)


def whole_number(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A passage of ``text`` whose end falls inside a number (« 1,200 » ended on « 1, »: the
    reading stops at the comma) goes on to the number's end: "the RAC survey of 1, according
    to the article?" read as a cut-off figure (ui38). Any other passage is left as it is."""
    start, end = span
    if not re.search(r"\d[,.]?$", text[start:end]) or not re.match(r"[,.]?\d", text[end:]):
        return span
    more = re.match(r"[,.]?\d+(?:[,.]\d+)*", text[end:])
    return (start, end + more.end()) if more else span


def balanced_marks(text: str, language: str) -> str:
    """Reported content whose French quotation marks its ends leave open are closed (teacher16:
    « qui affirme que lors d'un entretien mardi, M. X « a présenté sa démission au préfet,
    qui l'a acceptée, selon l'article ? », the content ending where the quotation did, on
    its cue's comma); English marks are left, a ’ being an apostrophe too."""
    if language != "fr":
        return text
    text = curly(text)
    unopened, depth = unmatched_marks(text, "«", "»")
    text = "« " * unopened + text + " »" * depth
    unopened, depth = unmatched_marks(text, "“", "”")
    return "“" * unopened + text + "”" * depth


def reported_marks(text: str, language: str) -> str:
    """Reported words a question shows with the quotation marks their ends leave open
    closed, French as ``balanced_marks`` does. English reads straight and curly double marks
    as one family, each straight one opening or closing by where it stands (``curly``), and
    "’’" as a closing mark: "…has "found the layout broadly acceptable? …" showed the
    student one mark (teacher58). Each open mark is closed with its own kind, the innermost
    first (“It was "fine"”), and an inch mark ("the 12" water main") is none (mend58b). A
    claim to classify is paired here too (english59: ``paired_marks``, its twin since
    claims48, read straight and curly marks apart and paired "…from "disappointment to
    outrage”" once more, '“…outrage”"')."""
    if language == "fr":
        return balanced_marks(text, language)
    unopened, still_open = _open_marks(_INCH.sub("\0", text.replace("’’", "”")))
    return unopened + text + still_open


_INCH = re.compile(r'(?<=\d)"(?=-|\s+[a-z])')  # "the 12" water main", "a 6'2" wall", "12"-wide"


def _open_marks(text: str) -> tuple[str, str]:
    """The opening marks ``text``'s unopened closing ones lack, and the closing marks its open
    ones lack, innermost first, each of the kind of its pair (straight or curly)."""
    unopened, opened = "", []
    for written, read in zip(text, curly(text), strict=True):
        if read == "“":
            opened.append('"' if written == '"' else "”")
        elif read == "”" and opened:
            opened.pop()
        elif read == "”":
            unopened += '"' if written == '"' else "“"
    return unopened[::-1], "".join(reversed(opened))


_STOPS = ".,;:!?)»…"  # what may follow a closing mark


def curly(text: str) -> str:
    """French straight quotation marks made “ ” by where they stand, so that a passage cut
    inside a quotation can be balanced like one in « »: a mark after a space or at the start,
    before a word, opens; one after a word or a stop closes; an isolated one closes what is
    open. A French passage shown with one straight mark (« « "Avec les nouveaux horaires,
    je… » », « est "violences […] ») was left unbalanced: 234 prompts and claims in 128
    corpus articles of 63 batches (sanity23). French writes no apostrophe as « " ». A mark
    before a stop or a comma never opens, even after a space, as French spacing sets it
    (« se dit " globalement satisfaite ". » was shown « “ globalement satisfaite “.”” »,
    sanity26)."""
    out, depth = [], 0
    for at, char in enumerate(text):
        if char != '"':
            out.append(char)
            continue
        before = text[at - 1] if at else " "
        after = text[at + 1] if at + 1 < len(text) else " "
        stop_after = after in _STOPS
        opens = (before.isspace() or before in "([«“'’") and not after.isspace() and not stop_after
        closes = not before.isspace() and (after.isspace() or stop_after)
        opening = opens if opens != closes else depth == 0
        depth += 1 if opening else -1 if depth else 0
        out.append("“" if opening else "”")
    return "".join(out)


_PAIRS = {"«": "»", "“": "”", '"': '"'}


def one_quotation(text: str) -> bool:
    """A passage that is one quotation and nothing else, its marks around it and at most a
    full stop after (« « Nous n'avons pas le choix » », "“Des avancées notables”."): someone
    said those words, whether or not the drafter found who (sanity23)."""
    text = text.strip().rstrip(".!?… \u00a0")
    opening = text[:1]
    closing = _PAIRS.get(opening)
    if closing is None or len(text) < 3 or not text.endswith(closing):
        return False
    inner = text[1:-1]
    return closing not in inner and (opening == closing or opening not in inner)


def apart(found: Iterable[Attribution]) -> list[Attribution]:
    """One attribution per statement, the first given standing for the others: two readings
    of the same words (« … jeudi soir » said by « l'AFP de source policière », « … jeudi soir,
    a appris l'AFP » by « policière ») sharing half of the shorter would make two proposals on
    one sentence, the second quoting the first one's cue as what was said. Only those kept
    that the new one's words reach are compared (cancel56: each finding of a long article
    was compared with every one kept before it)."""
    kept: list[Attribution] = []
    near: list[Span] = []  # the kept contents, by start
    longest, blocked = 0, False  # a kept empty content: nothing after it was kept
    for one in found:
        start, end = one.content
        if blocked or end <= start:  # an empty one: kept only first, as compared before
            blocked = blocked or not kept
            kept += [] if kept else [one]
            continue
        reach = near[bisect_left(near, (start - longest, -1)) : bisect_left(near, (end, -1))]
        if all(2 * overlap(one.content, other) < min(end - start, other[1] - other[0])
               for other in reach):  # fmt: skip
            kept.append(one)
            insort(near, one.content)
            longest = max(longest, end - start)
    return kept


_OPENERS, _CLOSERS = '«“"‹„', '»”"›'


def marks_both(text: str, content: Span, span: Span) -> Span:
    """``span`` (a finding's evidence, from its content to its cue and source) taking in both
    marks of a content printed between them, never one alone: « Il a affirmé que « la réforme
    sera appliquée » » and « « Nous ne reculerons pas », a-t-il dit », not an opening mark
    left open (mend49b, review49 finding 4). Other evidence is left as it is."""
    before, after = content[0], content[1]
    while before > 0 and text[before - 1].isspace():
        before -= 1
    while after < len(text) and text[after].isspace():
        after += 1
    if before == 0 or after == len(text):
        return span
    if text[before - 1] not in _OPENERS or text[after] not in _CLOSERS:
        return span
    return min(span[0], before - 1), max(span[1], after + 1)
