"""Quotations that run on: one quotation over several paragraphs (each reopened paragraph its
own attribution, the piece nearest the cue keeping it), "A," he said. "B." joined into one
across its cue in English, quotations written one after the other with no cue of their own, and
a quotation set out with no cue that the article quotes again later. The analysis applies them
to a whole article's attributions once the sentences are read.

Moved out of lone_quotes/continuation.py and lone_quotes/alone.py (which passed 300 lines);
behaviour unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from quizapp.draft.findings import Attribution, join_continued
from quizapp.draft.text.segment import Span

_LINE_BREAK_QUOTE = re.compile(r"\s*\n\s*[«“\"]?\s*")
_CLOSE_THEN_OPEN = re.compile(r"\s*[»”\"]\s*[«“\"]\s*")
_CLOSING_MARK = re.compile(r"\s*[»”\"]")
_STOP_THEN_OPENING_AT_END = re.compile(r"[.!?…]\s*[«“\"]\s*$")
_PARAGRAPH_OPENING_MARKS = re.compile(r"[\s«“\"‘'—–-]")


def by_paragraph(found: list[Attribution], text: str) -> list[Attribution]:
    """A quotation running over several paragraphs, one attribution per paragraph: each
    reopened paragraph is read (and annotated) as the speaker going on; the piece nearest the
    cue keeps it and the source, the others continue the same speaker with no cue."""
    result: list[Attribution] = []
    for found_one in found:
        pieces = _paragraph_pieces(text, found_one.content)
        if found_one.kind != "direct" or len(pieces) < 2:
            result.append(found_one)
            continue
        at = found_one.cue[0] if found_one.cue else found_one.content[0]
        keeper = min(
            pieces, key=lambda p: 0 if p[0] <= at <= p[1] else min(abs(p[0] - at), abs(p[1] - at))
        )
        for piece in pieces:
            if piece == keeper:
                result.append(replace(found_one, content=piece))
            else:
                result.append(
                    replace(
                        found_one,
                        content=piece,
                        cue=None,
                        source=None,
                        speaker_mention=None,
                        confidence=min(found_one.confidence, 0.5),
                    )
                )
    return _one_per_content(result)


def _one_per_content(found: list[Attribution]) -> list[Attribution]:
    """'She went on: "A.¶"B," she added.': the colon's finding and the final cue's both hold
    the quotation from its first paragraph to its last, so each paragraph came out twice for
    the same speaker, once with its cue and once as the other's continuation. One finding
    per content span and speaker: the one read with a cue (the first when both or neither
    have one). Two speakers of one content ("dismissed claims from X that…") both stay."""
    best: dict[tuple[Span, str], Attribution] = {}
    for found_one in found:
        kept = best.get((found_one.content, found_one.speaker))
        if kept is None or (kept.cue is None and found_one.cue is not None):
            best[(found_one.content, found_one.speaker)] = found_one
    seen: set[tuple[Span, str]] = set()
    result = []
    for found_one in found:
        key = (found_one.content, found_one.speaker)
        if key not in seen:
            seen.add(key)
            result.append(best[key])
    return result


def _paragraph_pieces(text: str, content: Span) -> list[Span]:
    """The parts of ``content`` between its blank-line paragraph breaks, each without the
    reopening quotation mark and spaces."""
    pieces: list[Span] = []
    start = content[0]
    for brk in _LINE_BREAK_QUOTE.finditer(text[content[0] : content[1]]):
        end = content[0] + brk.start()
        if end > start:
            pieces.append((start, end))
        start = content[0] + brk.end()
    if content[1] > start:
        pieces.append((start, content[1]))
    return pieces


def join_across_cue(found: list[Attribution], text: str, language: str) -> list[Attribution]:
    """ "A," she said. "B.": in English one attribution from the first mark to the last, as
    the English keys count a quotation whose cue sits between two of its sentences (39 of 52
    in the corpus); B has no cue of its own and the same speaker, in the same paragraph. The
    French keys count « A », raconte-t-il. « B » as two (76 of 94: the annotators' rule, a
    new sentence after the cue is a new attribution), so French keeps them apart."""
    return join_continued(
        found,
        lambda first, second: (
            (language == "en" and _continued_after_cue(first, second, text))
            or _run_of_quotations(first, second, text)
        ),
    )


def _run_of_quotations(first: Attribution, second: Attribution, text: str) -> bool:
    """« Florilège : "Non à la fermeture !" "Rendez-nous nos heures !" »: quotations written
    one after the other with nothing between them and no cue of their own are one run."""
    if first.kind != "direct" or second.kind != "direct" or second.cue is not None:
        return False
    gap = text[first.content[1] : second.content[0]]
    return first.speaker == second.speaker and _CLOSE_THEN_OPEN.fullmatch(gap) is not None


def _continued_after_cue(first: Attribution, second: Attribution, text: str) -> bool:
    if first.kind != "direct" or second.kind != "direct" or second.cue is not None:
        return False
    if first.cue is None or first.speaker != second.speaker:
        return False
    if not first.content[1] <= first.cue[0] < second.content[0]:
        return False
    gap = text[first.content[1] : second.content[0]]
    closes = _CLOSING_MARK.match(gap)
    opens = _STOP_THEN_OPENING_AT_END.search(gap)
    clause_end = max(first.cue[1], first.source[1] if first.source else 0)
    narration = _SENTENCE_INSIDE.search(
        text, clause_end, second.content[0]
    )  # « A », dit X. N. « B »
    return bool(closes and opens) and not narration and "\n" not in gap and len(gap.split()) <= 30


_SENTENCE_INSIDE = re.compile(r"[.!?…]\s+[A-ZÀ-Ö][a-zà-ÿ]")


def split_listed(found: list[Attribution], text: str) -> list[Attribution]:
    """« « Un toit c'est un droit ! », « Solidarité avec les mal-logés ! » », « leurs
    revendications : « A », « B », « C » »: quotations listed with only commas between them
    (slogans, placards, grievances), read as one by the shape that found them, are each a
    statement of the same speaker, as the heldout keys count them (10 lists of 12), when
    each holds three words or more."""
    result: list[Attribution] = []
    for found_one in found:
        pieces = _listed_pieces(text, found_one.content) if found_one.kind == "direct" else []
        if len(pieces) < 2:
            result.append(found_one)
            continue
        result += [replace(found_one, content=piece) for piece in pieces]
    return result


_LIST_SEPARATOR = re.compile(r"\s*[»”\"]\s*,\s*[«“\"]\s*")


def _listed_pieces(text: str, content: Span) -> list[Span]:
    pieces: list[Span] = []
    start = content[0]
    for separator in _LIST_SEPARATOR.finditer(text, content[0], content[1]):
        pieces.append((start, separator.start()))
        start = separator.end()
    pieces.append((start, content[1]))
    if len(pieces) < 2 or any(len(text[a:b].split()) < 3 for a, b in pieces):
        return []  # « « Petit pédé », « grande tarlouze » »: quoted words, not statements
    return pieces


def pulled_quotes(found: list[Attribution], text: str) -> list[Attribution]:
    """A quotation set out with no cue (a pull quote under the headline: « «Quand est-ce
    que X a reçu ce mandat-là…?» ») whose opening words the article quotes again later
    is the later quotation's speaker's, not whoever the reader had met before it; so is one
    set out as a paragraph of its own whose words come again inside a later finding
    (``_quoted_again``)."""
    opening = {id(a): _opening_words(text, a.content) for a in found}
    same_opening: dict[str, list[Attribution]] = {}  # by opening words, in order: not n x n
    for b in found:
        same_opening.setdefault(opening[id(b)], []).append(b)
    again = _quoted_again(found, text)
    result = []
    for index, a in enumerate(found):
        pulled = a.cue is None and a.source is None and opening[id(a)]
        group = same_opening[opening[id(a)]] if pulled else []
        later = [b for b in group if b.content[0] >= a.content[1]]
        b = later[0] if later else again.get(index)
        if b is not None:
            a = replace(a, speaker=b.speaker, label=b.label, via=b.via)
        result.append(a)
    return result


def _opening_words(text: str, span: Span) -> str:
    """The first words of a quotation, folded, when it holds enough of them to be told apart."""
    words = re.findall(r"\w+", text[span[0] : span[1]].lower())[:_PULLED_WORDS]
    return " ".join(words) if len(words) == _PULLED_WORDS else ""


_PULLED_WORDS = 8


def _quoted_again(found: list[Attribution], text: str) -> dict[int, Attribution]:
    """« "J'ai peur pour la pêche de demain" » as a paragraph of its own, then « Et Paul, …,
    confirme : "Il y a 30 ans… J'ai peur pour la pêche de demain, …" »: a quotation with
    neither cue nor source that opens its paragraph, whose first words (five to eight) come
    again inside a later finding, is that finding's speaker's, not the one heard before it
    (the paragraph sets out words its speaker says in full further on: cueless30). The index
    of each such quotation in ``found``, with that later finding. The words of every such
    quotation are sought in one reading of the text (a lookahead of alternatives, since one
    may stand inside another's words), not one reading per quotation."""
    sought = {}
    for index, a in enumerate(found):
        words = re.findall(r"\w+", text[a.content[0] : a.content[1]])[:_PULLED_WORDS]
        alone = a.cue is None and a.source is None and _opens_paragraph(text, a.content[0])
        if alone and len(words) >= _SET_OUT_WORDS:
            sought[f"q{index}"] = r"\W+".join(re.escape(word) for word in words)
    if not sought:
        return {}
    first_end = min(found[int(name[1:])].content[1] for name in sought)
    if not any(b.content[0] >= first_end for b in found):
        return {}  # no finding after one of them: none can hold its words, none is compiled
    alternatives = "|".join(rf"\b(?P<{name}>{words})\b" for name, words in sought.items())
    again: dict[int, Attribution] = {}
    for match in _places_said(alternatives, text):
        index = int(match.lastgroup[1:])
        after = found[index].content[1]
        holders = (b for b in found if after <= b.content[0] <= match.start() < b.content[1])
        holder = next(holders, None)
        if holder is not None:
            again.setdefault(index, holder)
    return again


def _places_said(alternatives: str, text: str) -> Iterator[re.Match[str]]:
    """Each place one of the sought quotations' words start, in one reading of the text: the
    one pattern ``_quoted_again`` compiles, so that a test can tell when it does."""
    return re.finditer(f"(?=(?:{alternatives}))", text, re.IGNORECASE)


# A quotation set out alone is told apart by five of its words at least
_SET_OUT_WORDS = 5


def _opens_paragraph(text: str, start: int) -> bool:
    """Nothing but its opening mark between the paragraph's start and the quotation's."""
    line_start = text.rfind("\n", 0, start) + 1
    return not _PARAGRAPH_OPENING_MARKS.sub("", text[line_start:start])
