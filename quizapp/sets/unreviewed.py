"""The questions of a set no teacher has reviewed yet: those the drafter proposed and marked
``draft`` (``UNREVIEWED_TAG``), never accepted in the review nor cleared by hand.

A set drafted on the command line and handed out as it stands gave a class questions no one
had read (ui39): the exports (the window's and ``quizapp export``) ask this first and say how
many are left and which, so she can go to them instead of exporting them silently.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from quizapp.model.questions import UNREVIEWED_TAG


def unreviewed_numbers(questions: Iterable[Any]) -> list[int]:
    """The numbers (1 for the first) of the questions still marked for review; ``questions``
    are models or the plain data the editor holds."""
    numbers = []
    for number, question in enumerate(questions, 1):
        tags = question.get("tags") if isinstance(question, dict) else question.tags
        if isinstance(tags, list | tuple) and UNREVIEWED_TAG in tags:
            numbers.append(number)
    return numbers
