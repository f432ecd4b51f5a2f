"""What every kind of drafted question stands on: the findings in order of interest, the
speakers and which of them may be one person or body, the evidence of a finding, and the
plain data of a question. Each kind of question is drafted in a module of its own
(classify_questions, who_questions, statements), gathered by ``questions``.
"""

from __future__ import annotations

import re
from typing import Any

from quizapp.draft.drafting.options import same_body
from quizapp.draft.drafting.phrasing import Phrasing, apart
from quizapp.draft.findings import Analysis, Attribution, Span
from quizapp.draft.lexicon import load

DRAFT_TAG = "draft"
MAX_WHO, MAX_PAIRS, MAX_TRUE_FALSE, MAX_ITEMS, MIN_PAIRS = 8, 6, 6, 8, 3


class DraftBase(Phrasing):
    """What every kind of drafted question reads: the findings in order of interest, the
    speakers, the evidence of a finding, the statements worth asking, the other speakers."""

    def __init__(self, analysis: Analysis, wording: dict) -> None:
        super().__init__(analysis, wording)
        self.readings = apart(sorted(analysis.attributions, key=interest))  # one a statement
        self.speakers = list(dict.fromkeys(a.speaker for a in self.readings))
        self.asked: set[Span] = set()  # contents a who-said-this already asks about
        self.unasked = 0  # who-said-this left out, their answer given away by its length
        self.lex = load(analysis.language)
        self._function = {w.lower() for w in self.lex.words("function_words")}

    def name_words(self, speaker: str) -> set[str]:
        """The capitalised words of a speaker that are no function word ("Les", "The"): two
        speakers sharing one may be the same person under two forms."""
        words = re.findall(r"\w+", speaker)
        return {w.lower() for w in words if w[:1].isupper() and len(w) > 2} - self._function

    def evidence(self, found: Attribution) -> str:
        spans = [s for s in (found.content, found.cue, found.source) if s is not None]
        return self.passage((min(s[0] for s in spans), max(s[1] for s in spans)))

    def quotable(self) -> list[Attribution]:
        """Statements a question can ask about: a quotation, or reported content that is a
        clause of its own ("le chantier coûtera plus", not "de perdre leurs clients")."""
        found = [
            a
            for a in self.analysis.attributions
            if a.kind in ("direct", "mixed") or self.whole(a.content, sentence=False)
        ]
        return apart(sorted(found, key=interest))

    def others(self, found: Attribution) -> list[str]:
        """The other speakers, wrong options or a false statement's speaker: never one that
        may be the same person under another form ("Ms Palaszczuk", "Annastacia Palaszczuk")."""
        mine = self.display(found.speaker).lower()
        names = {
            self.display(s).lower(): s
            for s in self.speakers
            if s != found.speaker
            and not self.name_words(s) & self.name_words(found.speaker)
            and not same_body(s, found.speaker, self.lex)
        }
        names.pop(mine, None)
        kept: list[str] = []  # one form per person, the fullest: "Paul Ostrander", not "Ostrander"
        for speaker in sorted(names.values(), key=len, reverse=True):
            if not any(self.name_words(speaker) & self.name_words(k) for k in kept):
                kept.append(speaker)
        return sorted(kept, key=lambda s: abs(len(s) - len(found.speaker)))


def interest(found: Attribution) -> tuple:
    """Quotations first, then the surest findings, then in the article's order."""
    kinds = {"direct": 0, "mixed": 1, "indirect": 2, "according_to": 3}
    return (kinds[found.kind], -found.confidence, found.content[0])


def question(question_id: str, kind: str, prompt: str, **fields: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"id": question_id, "type": kind, "prompt": prompt}
    data.update({key: value for key, value in fields.items() if value not in (None, "", [])})
    return data
