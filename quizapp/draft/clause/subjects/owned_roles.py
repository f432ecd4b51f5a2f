"""A role a body owns as the subject of a verb of saying, "Acme's chief" or "Westshire County
Council's (WCC) head of care": it opens its phrase as "the" does, so a name set before it by a
comma is who speaks (english38). Apart from ``apposed_subject``, which reads the name before."""

from __future__ import annotations

from quizapp.draft.shapes.detect.view import SentenceView
from quizapp.draft.text.segment import Span
from quizapp.draft.text.sentence.apposition import ONE_WORD_OWNER, OWNED_ROLE, OWNER_BEFORE_ACRONYM
from quizapp.draft.words.folding import fold


def with_owner(view: SentenceView, span: Span) -> Span:
    """ "head of care" after "Westshire County Council's (WCC)": the role with the body that
    owns it, one phrase (english38); the acronym's brackets cut it in two, and the body alone
    would be read as a name set before the role. Only a lower-case role word takes its owner
    (as ``OWNED_ROLE`` asks): "Leeds City Council's (LCC) Jane Roe" is Jane Roe (mend38d)."""
    if view.lex.language != "en" or not view.text[span[0] : span[0] + 1].islower():
        return span
    owner = OWNER_BEFORE_ACRONYM.search(view.text, view.span[0], span[0])
    return (owner.start(), span[1]) if owner else span


def owned_role(view: SentenceView, span: Span, head: str) -> bool:
    """ "Boeing's chief", and a body named in several words with its acronym, "Westshire
    County Council's (WCC) head of care" (``OWNED_ROLE``): a role a body owns opens the
    phrase as "the" does, so a name set before it by a comma is the subject (english38)."""
    return bool(ONE_WORD_OWNER.fullmatch(head) or OWNED_ROLE.match(view.text, *span))


def group_noun(view: SentenceView, name: str) -> bool:
    """ "Residents, Harford Council's tenants, said": a capitalised plural for a group (lexicon
    ``vague_heads``, ``pair_people_heads``) before an owned role is no name set before it; the
    role stays a vague group, and its owner is not who speaks (mend38d)."""
    groups = view.lex.word_set("vague_heads") | view.lex.word_set("pair_people_heads")
    return " " not in name and fold(name) in groups
