"""Whose role a « Name, role » line under a headline gives: an outlet's or some thing's.

"Helen Marsh, editor of The Courier" is a byline (the page's, left out); "Emma Brown, editor of
the Year 9 newsletter" is a caption of the article's subject (kept, review52). What follows
« of » / « de » tells them apart: an outlet is named with capitals, a thing is not.
"""

from __future__ import annotations

import re

from quizapp.sets.articles.article_words import word_alternation

# a preposition, maybe an article, then the owner (words.json: owner_prepositions, owner_articles)
_OWNER = re.compile(
    rf"\b(?:{word_alternation('owner_prepositions')})\s*"
    rf"(?:(?:{word_alternation('owner_articles')})\s*)?(.*)"
)


def of_a_thing(role: str) -> bool:
    """The role is some thing's, no outlet's: "editor of the Year 9 newsletter", « rédactrice
    en chef du journal du lycée » (review52). An outlet is named with capitals ("editor of The
    Courier", « rédacteur en chef du Progrès », « correspondant de La Montagne »), a figure
    among them too (« journaliste de France 24 », « rédacteur en chef de 20 Minutes », "presenter
    of 5 Live News": mend52d); a figure before a lower-case word is no paper's ("Year 9
    newsletter"). A line kept is a byline shown, never article text lost (mend46a)."""
    found = _OWNER.search(role)
    if not found:
        return False
    owner = found.group(1)
    if not re.search(r"\d", owner):
        return not owner[:1].isupper()
    return not all(word[:1].isupper() or word[:1].isdigit() for word in owner.split())
