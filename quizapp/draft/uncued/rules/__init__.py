"""Statements with no cue of their own, read once the cues of a sentence are: a quotation after
a colon or standing alone (given to the person the narration is about, or to the last speaker
going on), a quotation after « car » giving its subject's reason (``reason.py``, recall25), a
quotation running over paragraphs or across its cue, and an English headline whose source
follows a colon. What a reader infers from the narration rather than from a verb, kept apart
from the shapes of ``detect/`` that start from a cue. The quotations a colon opens and who its
lead names are read in ``colons/`` (tidy25), which these rules ask; a source's word going on
after its finding, a conditional, « Et que », quoted words in the narration, in ``going_on/``
(tidy28). The quotations standing alone and whom they go to are ``lone_quotes/``."""
