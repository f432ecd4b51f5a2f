"""French quotation marks kept with their words on screen, the text's length unchanged.

« and » are written with a space inside (« comme ceci »), and a plain space is where Qt may
break a line: the student's article showed « une méthode « at a line end and brutale » on
the next, the review's explanations « « un conseiller ministériel » with the closing » alone
at a line start (teacher49). Shown, that space becomes a no-break space, one character for
one, so every offset into the article (highlights, the passage a student selects, the
findings' spans) stays right. Only the display changes: the article, the set's file and the
drafter's words keep their plain spaces (a view's ``toPlainText`` gives plain spaces back).
"""

from __future__ import annotations

import re

NO_BREAK = "\u00a0"
_INSIDE_MARKS = re.compile(r"(?<=«) | (?=»)")


def marks_kept(text: str) -> str:
    """``text`` with the plain space just inside each « and » a no-break space; same length."""
    return _INSIDE_MARKS.sub(NO_BREAK, text)
