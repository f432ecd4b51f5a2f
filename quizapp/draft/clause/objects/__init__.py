"""The object of a reporting verb, apart from the shapes that read it (detect/object_clause,
detect/clauses, passives/stance_noun): what it must look like for the verb to report it
(``allowed``), where it starts past the words between verb and object (``start``), the
readings of its words that make a verb a cue (``readings``), and an object that stands before
its subject in a relative of expectation (``expected``: "the 13 percent analysts had
expected"), and an unowned noun of speech that is a source (``heard``: "reports surfaced
that…"); both english22, kept here because ``detect/`` is at its size limit. Moved out of
``detect/`` (structure16), which held them beside the shapes and neared its size limit, so a
new shape has room there. The objects that carry no statement (an intent, a topic, a target, a
shell noun, no word of its own) are ``contentless/`` (tidy42)."""
