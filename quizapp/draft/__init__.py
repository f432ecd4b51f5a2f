"""The article drafter: who says what in an article, and draft questions built on it.

No Qt here: the editor's review dialog and the ``quizapp draft`` command both call
``analyze`` and ``draft_questions``.
"""

from quizapp.draft.analysis import analyze
from quizapp.draft.findings import Analysis, Attribution, Claim, Speaker

__all__ = ["Analysis", "Attribution", "Claim", "Speaker", "analyze"]
