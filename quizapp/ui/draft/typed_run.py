"""Whether the keys reaching the proposals list are shortcuts or a teacher typing words.

On the list, A accepts and D drops the selected proposal. A teacher who believed she was in
the question's text and typed a sentence there had each « a » and « d » of it decide a
proposal, and every other letter move the selection by the list's type-ahead (teacher58, in
the real window): she changed decisions she never meant to make. A key is a shortcut only
while the keys around it are shortcuts too: a printable key that is not one (a letter, a
figure, a space) within ``GAP`` seconds of the key before makes the run typing, the decisions
its first keys made are taken back, and nothing in the run decides or moves any more until a
pause of ``TYPING_PAUSE`` seconds or a navigation key (a slow typist, mend59f). A and D
pressed alone, or one after the other as fast as she likes, still decide.

Qt-free: the dialog (``review_keys``) feeds it each printable key and does what it answers.
"""

from __future__ import annotations

import time
from collections.abc import Callable

# how long after a key the next still belongs to the same run: a teacher deciding reads the
# next proposal for longer than this; a slow typist's 1.2 s a key stays within (mend59f)
GAP = 2.0
# once a run is words, how long a pause ends it: a typist who stops to think between words
# pauses longer than GAP, and an A or D then was read as a decision (review59b); a
# navigation key ends the run at once
TYPING_PAUSE = 5.0

DECIDE = "decide"  # a shortcut, alone or among shortcuts: do what it says
TYPING_BEGUN = "typing begun"  # this key showed the run is words: take back its decisions
TYPING = "typing"  # a key of a run already known to be words: do nothing


class TypedRun:
    """The run of printable keys the list has had; ``steps`` the decisions made in it."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._last = float("-inf")
        self._typing = False
        self.steps = 0

    def key(self, shortcut: bool) -> str:
        """What the key just pressed is: ``shortcut`` whether it is A or D alone."""
        now = self._clock()
        if now - self._last > (TYPING_PAUSE if self._typing else GAP):  # a pause: a new run
            self._typing = False
            self.steps = 0
        self._last = now
        if self._typing:
            return TYPING
        if shortcut:
            return DECIDE
        self._typing = True
        return TYPING_BEGUN

    def decided(self) -> None:
        """A shortcut of the run made a decision Ctrl+Z could take back."""
        self.steps += 1

    def end(self) -> None:
        """Another key (an arrow, Ctrl+Z, Enter) ends the run."""
        self._last = float("-inf")
