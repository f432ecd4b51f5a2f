"""An object that is only the people spoken to: « Le maire s'est vanté auprès de ses amis »
says nothing of what he boasted of (mend55b, review55a item 4: « vanter » left
``needs_speech_shape`` in recall55, and its reflexive form with no object gave « auprès de ses
amis » as its content). A short passage opening on a phrase of lexicon ``audience_openers``,
with no quotation and no clause, is that audience, not something said."""

from __future__ import annotations

from quizapp.draft.reporting.cue_forms.phrases import match_phrase
from quizapp.draft.text.segment import QUOTE_MARKS
from quizapp.draft.words.lexicon import Lexicon, folded_words


def audience_only(lex: Lexicon, passage: str) -> bool:
    """``passage`` opens on an audience (« auprès de », « devant ») and holds at most five
    more words, no quotation mark, no comma and no subordinator: nothing but whom it was told."""
    if QUOTE_MARKS.search(passage) or "," in passage:
        return False
    words = folded_words(passage)
    opening = match_phrase(words, 0, lex.phrases("audience_openers"))
    rest = words[opening:]
    return opening > 0 and len(rest) <= 5 and not set(rest) & lex.word_set("subordinators")
