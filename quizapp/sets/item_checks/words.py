"""Words of prompts and options, as the item-writing checks compare them.

A clue a learner can follow without understanding is a content word of the prompt that comes
back in the right option only ("clang association"). Short function words (« dans », "with")
come back everywhere and mean nothing, so they are left out; so are the words every question
about an article uses (« article », "source").
"""

from __future__ import annotations

import re
import unicodedata

MIN_WORD_LENGTH = 4
_WORD = re.compile(r"[^\W\d_]+")

# Function words of four letters or more, and the vocabulary every sourcing question shares.
_COMMON_WORDS = frozenset(
    """
    avec dans pour sans sous mais donc elle elles leur leurs cette ceci cela celui celle ceux
    quel quelle quels quelles quoi dont sont être était étaient avoir avait plus moins tout
    tous toute toutes très bien aussi comme selon entre après avant chez même autre autres
    encore ainsi alors parce lorsque quand vous nous votre notre article texte question
    réponse phrase passage source sources propos dire
    with from that this these those what which whose when where there their they them have
    been were will would about into than then also only more most some such each other
    does your text article question answer sentence passage source sources said says
    """.split()  # noqa: SIM905 (a word list reads better as words)
)

_ALL_OR_NONE = re.compile(
    r"\b(?:all|none|both|neither)\s+of\s+(?:the\s+)?(?:above|these|previous|answers|options)\b"
    r"|\b(?:toutes?|tous|aucune?)\s+(?:les\s+|des\s+|de\s+)?(?:ces\s+)?"
    r"(?:réponses?|propositions?|options?|choix|ci-dessus|précédentes?)(?!\w)",
    re.IGNORECASE,
)


def folded(text: str) -> str:
    """The text as two options are compared: same letters and case, one space between words."""
    return " ".join(unicodedata.normalize("NFC", text).split()).casefold()


def content_words(text: str) -> set[str]:
    """The words of a text that carry meaning: long enough and not shared by every question."""
    words = _WORD.findall(unicodedata.normalize("NFC", text).casefold())
    return {word for word in words if len(word) >= MIN_WORD_LENGTH and word not in _COMMON_WORDS}


def is_all_or_none_option(text: str) -> bool:
    """An "all of the above" / « aucune de ces réponses » option, in English or French."""
    return _ALL_OR_NONE.search(unicodedata.normalize("NFC", text)) is not None
