"""Every finding's speaker checked once the article is read: whether it is anyone who can speak
at all (``can_speak``) and, when it is not, the next reading that can, in a fixed order
(``plausible``). A backstop over every finding, whatever shape found it; moved out of
``speakers/`` (tidy25), which records who the reader met rather than judging a finding."""
