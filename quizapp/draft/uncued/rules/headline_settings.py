"""A headline's demand ends before where and when it was made (mend48a, review48 finding 4).

« Des manifestants réclament la dissolution du conseil municipal de X devant la préfecture
à Mende »: a headline ``demanded`` keeps (headlines.said_in_framing) runs to the headline's
end, its place and time included, which is the setting of the act, not the measure asked
for. The content ends before the first setting the lexicon already tells: a preposition of a
setting (``audience_prepositions``: « devant », « lors de », « en marge de »…), « à / en »
and a capital (``place_prepositions``, a place as naming/places reads it) or a weekday.
Other prepositions (« sur », « pour », « à » and a common noun) may be the measure's own
complement (« un référendum sur la fusion »): kept."""

from __future__ import annotations

import re
from dataclasses import replace

from quizapp.draft.findings import Attribution
from quizapp.draft.uncued.rules.headlines import demanded
from quizapp.draft.words.lexicon import Lexicon, built_once


def without_setting(found: Attribution, text: str, lex: Lexicon) -> Attribution:
    """``found`` with its content ended before a trailing setting, when a headline's verb of
    demanding put it there and two words or more are left before it."""
    start, end = found.content
    if found.cue is None or found.cue[1] > start or not demanded(found.cue, text, lex):
        return found  # « X, a annoncé Y »: the content before its cue is no demand's object
    setting = _setting(lex).search(text, start, end)
    if setting is None or len(text[start : setting.start()].split()) < 2:
        return found
    return replace(found, content=(start, setting.start()))


@built_once
def _setting(lex: Lexicon) -> re.Pattern[str]:
    """A setting's opening, after a space: its preposition, a place, or a weekday."""
    audience = lex.one_of("audience_prepositions")
    places = lex.one_of("place_prepositions")
    days = lex.one_of("weekdays")
    capital = r"(?-i:[A-ZÀ-ÖØ-Þ])"
    return re.compile(rf"(?i)\s+(?:(?:{audience})\s|(?:{places})\s+{capital}|(?:{days})\b)")
