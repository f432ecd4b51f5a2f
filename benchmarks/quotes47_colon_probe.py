"""Round 47's shape 3 measured, not landed (quotes47): a quotation a colon opens that no colon
rule takes (rules/colon_quotes, colons/colon_person), given to the subject of the clause that
ends on the colon (its last clause after a comma, « mais » or « que », else the sentence's),
and with ``--sentence-before`` to the subject of the sentence before in the same paragraph
when that clause has none. The reader's ``_colon_draft`` is patched for the run; the dump is
quotes47_dump.py's, to diff with quotes47_diff.py against a dump of the unpatched tree.

python benchmarks/quotes47_colon_probe.py OUT.jsonl [--sentence-before]
"""

from __future__ import annotations

import re
import sys

from quotes47_dump import main as dump

from quizapp.draft.pipeline import reader as reader_module
from quizapp.draft.pipeline.attributions import Draft, SentenceView
from quizapp.draft.shapes.colons.colon_quotation import colon_draft, quotation_colon
from quizapp.draft.text.segment import Span
from quizapp.draft.uncued.rules.clause_subject import clause_subject

_BREAK = re.compile(r";|,|\bmais\s+|\bque\s+|\bqu['’]", re.IGNORECASE)
_ORIGINAL = reader_module.ArticleReader._colon_draft


def subject_before_colon(view: SentenceView, earlier: SentenceView | None) -> Draft | None:
    """The sentence's colon quotation, given to the subject of the clause ending on the colon,
    else (``earlier`` given) to the subject of the sentence before."""
    quotes = view.opened_quotes()
    colon = quotation_colon(view, quotes, 30) if quotes else None
    if colon is None:
        return None
    subject: Span | None = None
    for start in reversed([m.end() for m in _BREAK.finditer(view.text, view.span[0], colon)]):
        subject = subject or clause_subject(view, colon, start=start)
    subject = subject or clause_subject(view, colon, past_connective=True)
    if subject is None and earlier is not None:
        subject = clause_subject(earlier, earlier.span[1], past_connective=True)
    return None if subject is None else colon_draft(view.text, quotes, subject)


def patched(sentence_before: bool):
    """``_colon_draft`` with the fallback after the rules that exist."""

    def colon_draft_or_subject(self, view: SentenceView, para: Span, framing: bool):
        found = _ORIGINAL(self, view, para, framing)
        if found is not None or framing:
            return found
        before = [s for s in self.sentence_spans[-2:-1] if s[0] >= para[0]]
        earlier = self._sentence_view(before[0]) if before and sentence_before else None
        return subject_before_colon(view, earlier)

    return colon_draft_or_subject


if __name__ == "__main__":
    reader_module.ArticleReader._colon_draft = patched("--sentence-before" in sys.argv)
    dump(sys.argv[1])
