"""What the anaphora rules read of the narration, declared once (tidy36).

The readers that take a description or a document up as someone met before
(``documents``, ``descriptions/speaker_in_focus``, ``descriptions/heard_last``) read the same
state of the reading in order (``speakers/sentence_openings``): the entities met and where,
the sentence read now and where it starts, who spoke when and last, the article's quotations.
A member taken up as its group and a couple or a counted pair taken up as the two named
before (``members``, ``pairs``) read a part of it too. Each wrote that shape as a protocol of
its own (``pairs`` repeated six fields of ``members``' until tidy57); one declaration keeps them
from drifting apart.
"""

from __future__ import annotations

from typing import Protocol

from quizapp.draft.speakers.entity import Entity
from quizapp.draft.speakers.met import Seen
from quizapp.draft.text.segment import Overlaps
from quizapp.draft.words.lexicon import Lexicon


class NarrationReader(Protocol):
    """The narration as read so far: the text and its lexicon, the entities met and their
    mentions in reading order (``seen``), the speakers in the order they spoke and the
    sentence each last spoke in, the sentence read now and its start, the quotations."""

    text: str
    lex: Lexicon
    entities: dict[str, Entity]
    seen: list[Seen]
    speakers_order: list[str]
    spoke_in: dict[str, int]
    sentence: int
    sentence_start: int
    quotes: Overlaps

    def last_speaker_key(self) -> str | None: ...
