"""The code rules english54 broke where mend54f mends them: the links after a spokesperson
noun ("a spokeswoman for Acme") are a word list of the English lexicon, not words in a
regex of ``last_speaker``, and ``Narration.observe`` reads as named steps of 20 lines at
most (it had grown to 25). The spokesperson rule's behaviour is guarded by english54's
own tests (test_english54_spokesperson_pronoun)."""

from __future__ import annotations

import inspect

from quizapp.draft.anaphora import last_speaker
from quizapp.draft.speakers.narration import Narration
from quizapp.draft.words.lexicon import load


def test_the_spokesperson_links_are_a_word_list() -> None:
    source = inspect.getsource(last_speaker)
    assert "for|of" not in source
    assert set(load("en").words("spokesperson_links")) == {"for", "of", "from", "at"}


def test_observe_stays_short() -> None:
    assert len(inspect.getsource(Narration.observe).splitlines()) <= 20
