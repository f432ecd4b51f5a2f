"""What the drafter finds in an article: attributions, unattributed claims and speakers.

Plain frozen dataclasses (the analysis runs on every keystroke of a pasted article, and pydantic
validation of hundreds of findings is not needed for data the drafter itself builds). Every span
is a half-open pair of Python string indices into the analysed text.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, replace

from quizapp.model.text import overlap

Span = tuple[int, int]
KINDS = ("direct", "indirect", "mixed", "according_to")
SOURCE_LABELS = ("named", "anonymous", "vague")
CLAIM_LABELS = ("author", "fact")


@dataclass(frozen=True)
class Attribution:
    """A statement the article puts in someone's mouth, and who that someone is."""

    content: Span
    cue: Span | None
    source: Span | None
    speaker: str
    speaker_mention: Span | None
    kind: str
    label: str
    via: str | None
    confidence: float


@dataclass(frozen=True)
class Claim:
    """A passage with no source: the outlet's own voice (author) or a plain fact."""

    span: Span
    label: str
    confidence: float
    reason: str = ""  # framing | question | loaded words found | "" (not in the JSON)


@dataclass(frozen=True)
class Speaker:
    """Someone the article quotes or paraphrases, with every place it is mentioned."""

    speaker: str
    label: str
    mentions: tuple[Span, ...]


@dataclass(frozen=True)
class Analysis:
    """Everything the drafter found in one text."""

    language: str
    text: str
    attributions: tuple[Attribution, ...]
    unattributed: tuple[Claim, ...]
    speakers: tuple[Speaker, ...]

    def passage(self, span: Span) -> str:
        """The verbatim text of a span."""
        return self.text[span[0] : span[1]]

    def said_within(self, span: Span) -> bool:
        """A claim whose words an attribution mostly holds: the later paragraphs of a quotation
        running over several are found as said and also as the outlet's own (teacher16,
        teacher17: « “He will continue to serve as councillor…” » highlighted as a plain fact
        over the council spokesperson's words). Questions and the review's highlights take
        them as said; the analysis keeps both (dropping them there cost claims the keys hold)."""
        length = span[1] - span[0]
        held = max((overlap(span, content) for content in self._reaching(span)), default=0)
        return length > 0 and held * 2 > length

    def _reaching(self, span: Span) -> list[Span]:
        """The attributions' contents that may share words with ``span``: those opening
        before its end and at most the longest content's length before its start, found in
        the contents sorted once (cancel56: each claim of a long article read them all)."""
        index = self.__dict__.get("_by_start")  # no field: kept out of ==, replace, JSON
        if index is None:
            index = _contents_by_start(self.attributions)
            object.__setattr__(self, "_by_start", index)
        starts, contents, longest = index
        return contents[bisect_left(starts, span[0] - longest) : bisect_left(starts, span[1])]

    def to_json(self) -> dict:
        """The documented JSON shape (docs/drafting.md); spans become two-item lists."""
        return {
            "language": self.language,
            "text_sha256": hashlib.sha256(self.text.encode("utf-8")).hexdigest(),
            "attributions": [_attribution_json(a) for a in self.attributions],
            "unattributed": [
                {"span": list(c.span), "label": c.label, "confidence": c.confidence}
                for c in self.unattributed
            ],
            "speakers": [
                {"speaker": s.speaker, "label": s.label, "mentions": [list(m) for m in s.mentions]}
                for s in self.speakers
            ],
        }


def join_continued(
    found: list[Attribution], continues: Callable[[Attribution, Attribution], bool]
) -> list[Attribution]:
    """Each attribution that ``continues`` the one kept just before it runs that one's
    content on to its own end: one quotation, however its halves were found."""
    joined: list[Attribution] = []
    for attribution in found:
        previous = joined[-1] if joined else None
        if previous is not None and continues(previous, attribution):
            joined[-1] = replace(previous, content=(previous.content[0], attribution.content[1]))
            continue
        joined.append(attribution)
    return joined


def _attribution_json(found: Attribution) -> dict:
    def pair(span: Span | None) -> list[int] | None:
        return None if span is None else list(span)

    return {
        "content": list(found.content),
        "cue": pair(found.cue),
        "source": pair(found.source),
        "speaker": found.speaker,
        "speaker_mention": pair(found.speaker_mention),
        "kind": found.kind,
        "label": found.label,
        "via": found.via,
        "confidence": found.confidence,
    }


def _contents_by_start(found: tuple[Attribution, ...]) -> tuple[list[int], list[Span], int]:
    """The contents of ``found`` sorted by start, their starts, and the longest's length."""
    contents = sorted(attribution.content for attribution in found)
    longest = max((end - start for start, end in contents), default=0)
    return [start for start, _ in contents], contents, longest
