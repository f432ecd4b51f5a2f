"""The relay between an inverted reporting verb and its subject: the outlet a statement was
made to (« a déclaré à l'AFP le ministre », « sur franceinfo », "told the BBC"), which is
never the speaker, nor, after an inverted « on », the place it was heard at.

Moved out of subject.py beside it (review14: it had grown past 300 lines).
"""

from __future__ import annotations

import re
from itertools import pairwise

from quizapp.draft.names.naming.gender import first_name_gender
from quizapp.draft.sources.outlets import without_article
from quizapp.draft.words.lexicon import Lexicon, alternation, built_once

_LEADING_RELAY = re.compile(
    r"\s*(?:à|au|aux|to|dans|sur|auprès\s+d[eu']|au\s+micro\s+d[eu']|in)\s+"
    r"(?:(?i:le|la|les|l['’]|the)\s*)?(?P<name>[A-Z][\w.-]*(?:\s+[A-Z0-9][\w-]*)*)"
)


def relay_length(lex: Lexicon, rest: str) -> int:
    """The length of a relay opening ``rest`` ("à l'AFP", "sur France Inter"); a known
    outlet's name ends it, so the speaker's name written right after stays out of it
    (« a réagi auprès de l'AFP Franck X », « a affirmé sur France Inter Marc Y »)."""
    relay = _LEADING_RELAY.match(rest)
    if relay is None:  # « sur franceinfo »: an outlet that writes its name in lower case
        lower = _lower_case_relay(lex)
        found = lower.match(rest) if lower is not None else None
        return found.end() if found else 0
    name = relay.group("name")
    outlets = [o for o in _bare_outlets(lex) if name.startswith(o + " ")]
    if outlets:
        return relay.start("name") + max(map(len, outlets))
    return relay.start("name") + _outlet_length(name, lex)


def _outlet_length(name: str, lex: Lexicon) -> int:
    """The length of an outlet's name the lexicon does not know, up to the last first name
    that a surname follows (« au micro de Radio Sud Paul X », « sur BFM Var Nicolas Y »): the
    capitalised run goes on into the speaker's own name, which is no part of the relay
    (subjects32); the whole run when no such first name stands in it. The last pair, not the
    first: « sur Radio Saint Louis Marie Durand » is Marie Durand's (mend32b)."""
    words = list(re.finditer(r"\S+", name))
    cut = len(name)
    for word, after in pairwise(words[1:]):
        if first_name_gender(word.group(), lex) and after.group()[:1].isupper():
            cut = len(name[: word.start()].rstrip())
    return cut


@built_once
def _bare_outlets(lex: Lexicon) -> list[str]:
    """The outlets' names without their article (« au Parisien », "to the Times"), once."""
    return [without_article(o) for o in lex.raw["outlets"]]


@built_once
def _lower_case_relay(lex: Lexicon) -> re.Pattern[str] | None:
    """A relay through an outlet whose name starts in lower case (« sur franceinfo »), or
    a news agency's initials written in lower case, as Swiss papers do (« à l'ats »)."""
    names = [o for o in _bare_outlets(lex) if o[:1].islower()]
    names += [o.lower() for o in _bare_outlets(lex) if re.fullmatch(r"[A-Z]{2,5}", o)]
    if not names:
        return None
    lead = _LEADING_RELAY.pattern.split("(?:(?i:le|la")[0]  # the prepositions of a relay
    return re.compile(lead + rf"(?:l['’]\s*)?(?:{alternation(names)})\b")


def outlet_told(lex: Lexicon, rest: str) -> bool:
    """« explique-t-on à l'AFP », « a-t-on indiqué au Parisien », « à Radio Lunel »: an
    outlet named after « à » (lexicon ``outlets``, or a name opening on an
    ``outlet_name_heads`` word) is whom « on » spoke to, never where it was heard."""
    relay = _LEADING_RELAY.match(rest)
    if relay is None:
        return False
    name = relay.group("name").rstrip(".")  # the name may close the sentence
    if name.split()[0] in lex.raw.get("outlet_name_heads", []):
        return True
    return any(name == o or name.startswith(o + " ") for o in _bare_outlets(lex))
