"""A group the article writes with its own name, or its body's, beside its noun: named.

« L'opposition municipale "Châteaudun pour tous" », « L'équipe Ensemble pour la Thiérache »,
« l'opposition liste Mirande pour toutes et tous »: a list, a team, a collective or an
association written with its name is an organisation the reader can identify; « les
organisateurs du festival Au Foin de la Rue », « Les membres du Coceta », « Les élus UMP du
conseil régional » are the people who speak for a named body. The keys call both named
(DESIGN.md: a named organisation, or its spokespeople), while the drafter found the bare group
(« l'opposition municipale », « les organisateurs »: a headline, a later sentence, a phrase cut
before the name) and labelled it vague (grouplabel48). Once the whole article is read, a
speaker left as a determiner, one such noun and at most two words, which the article writes
somewhere followed by a name, is that named group:

- « le / la / l' » + a noun of a body that has a name of its own (lexicon
  ``own_name_group_nouns``), then a quoted name, « liste » and a capital, or a capital;
- « les » + a noun of the members of a body (``body_member_nouns``), then the same, or « du /
  de la / de l' / d' / des » and a capital (« les organisateurs du festival X » is still named
  by its capital: « du festival Au Foin … » is read with a lower-case word before the name).

Plural kinds stay as they are: « les syndicats CGT et FO » is keyed vague as often as named
(benchmarks/grouplabel48_shapes.py), and so does a demonstrative (« ces élus ») that the
resolver labels by its antecedent.
"""

from __future__ import annotations

import re

from quizapp.draft.words.folding import folded_words
from quizapp.draft.words.lexicon import Lexicon

_CAPITAL = r"[A-ZÀ-ÖØ-Þ]"
_SPACE = r"[^\S\n]"  # never across a line: a headline's last word is no name's (mend48a)
_LINKS = r"(?:de|du|des|d|à|au|aux|en|et|le|la|les|l|pour|sur|par|avec|qui|que)"
_ADJECTIVE = rf"(?:{_SPACE}+(?!{_LINKS}\b)[a-zà-ÿ-]+){{0,2}}"  # « municipale »
# a quoted name right after the noun (not after a comma: « …, a déclaré l'opposition, « Nous
# ne voterons pas… » » is a quotation), « liste » and a capital, a capital, or a name in
# brackets (« les élus d'opposition crémolane (CpC) », labels55)
_NAME = (
    rf"(?:{_SPACE}*[\"«“]{_SPACE}*{_CAPITAL}|{_SPACE}+(?:liste{_SPACE}+)?{_CAPITAL}[\w'’-]"
    rf"|{_SPACE}*\({_SPACE}*{_CAPITAL}[\w'’-]+{_SPACE}*\))"
)
# after « d' », « de l' »: an acronym or two capitalised words (« d'EELV », « d'Europe
# Écologie »), not one (« Les élus d'Orthez », like « de Sorbiers », are a town's: mend48a)
_ELIDED_NAME = rf"(?:[A-ZÀ-ÖØ-Þ]{{2,}}\b|{_CAPITAL}[\w-]+{_SPACE}+{_CAPITAL})"
# « du Coceta », « du festival Au Foin … » (one lower-case word before the name)
_BODY = (
    rf"(?:{_SPACE}+(?:du|de{_SPACE}+la|des)(?:{_SPACE}*[a-zà-ÿ-]+)?{_NAME}"
    rf"|{_SPACE}+(?:d['’]|de{_SPACE}+l['’]){_SPACE}*(?:[a-zà-ÿ-]+)?{_NAME}"
    rf"|{_SPACE}+(?:d['’]|de{_SPACE}+l['’]){_SPACE}*{_ELIDED_NAME})"
)


def group_with_its_name(speaker: str | None, text: str, lex: Lexicon) -> bool:
    """A speaker, a determiner + a group noun of the lexicon + at most two words, that the
    article writes somewhere followed by the group's own name, or its body's for members."""
    words = folded_words(speaker or "")
    if not 2 <= len(words) <= 4:
        return False
    if words[0] in lex.word_set("singular_definite_articles"):
        after = _NAME if words[1] in lex.word_set("own_name_group_nouns") else None
    else:
        members = words[0] == "les" and words[1] in lex.word_set("body_member_nouns")
        after = f"(?:{_NAME}|{_BODY})" if members else None
    written = (speaker or "").strip().replace("\u2019", "'").split()
    if after is None or any(not re.fullmatch(r"[\w'-]+", word) for word in written):
        return False
    pattern = (_SPACE + "+").join(re.escape(word).replace("'", "['’]\\s*") for word in written)
    return re.search(rf"(?<!\w)(?i:{pattern}){_ADJECTIVE}{after}", text) is not None
