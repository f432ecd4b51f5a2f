"""The subject after an inverted reporting verb (« …, a déclaré le ministre à l'AFP. », "said
on Monday to reporters"): ``subject`` reads it past the time, relay and setting words between;
``relays`` the outlet a statement was made to, never the speaker; ``audience`` a setting with a
noun phrase of its own (« a affirmé devant les députés la fédération »); ``clauses`` whether a
cue after a comma has its inverted subject right there, closing the clause. Apart from
``subjects/`` (the subject before a verb, the antecedent of a relative, the subject a second
verb shares) because these four read forward from the verb together, and ``subjects/`` had
reached the package limit."""
