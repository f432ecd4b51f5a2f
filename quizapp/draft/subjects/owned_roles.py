"""A role a body owns as the subject of a verb of saying, "Acme's chief" or "Westshire County
Council's (WCC) head of care": it opens its phrase as "the" does, so a name set before it by a
comma is who speaks (english38). Apart from ``apposed_subject``, which reads the name before."""

from __future__ import annotations

import re

from quizapp.draft.detect.view import SentenceView
from quizapp.draft.segment import Span
from quizapp.draft.sentence.apposition import OWNED_ROLE

# "Westshire County Council's (WCC) ": a body's possessive, maybe with its acronym, right
# before a role that the acronym's brackets cut off from it
_OWNER_BEFORE = re.compile(r"(?:[A-Z][\w.&-]*\s+){0,5}[A-Z][\w.&-]*['’]s\s+\([A-Z]+\)\s*$")


def with_owner(view: SentenceView, span: Span) -> Span:
    """ "head of care" after "Westshire County Council's (WCC)": the role with the body that
    owns it, one phrase (english38); the acronym's brackets cut it in two, and the body alone
    would be read as a name set before the role."""
    if view.lex.language != "en":
        return span
    owner = _OWNER_BEFORE.search(view.text, view.span[0], span[0])
    return (owner.start(), span[1]) if owner else span


def owned_role(view: SentenceView, span: Span, head: str) -> bool:
    """ "Boeing's chief", and a body named in several words with its acronym, "Westshire
    County Council's (WCC) head of care" (``OWNED_ROLE``): a role a body owns opens the
    phrase as "the" does, so a name set before it by a comma is the subject (english38)."""
    return bool(re.fullmatch(r"[A-Z][\w.&-]*['’]s", head) or OWNED_ROLE.match(view.text, *span))
