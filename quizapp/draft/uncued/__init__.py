"""Statements with no cue of their own: quotations standing alone, after a colon, running over
paragraphs, set out in a headline or signed under a block (``rules/``), and a source's words
going on past the sentence of its finding (``going_on/``). Grouped by regroup39: both are read
once a sentence's cues are, and both give a statement to a speaker met elsewhere rather than to
the subject of a reporting verb."""
