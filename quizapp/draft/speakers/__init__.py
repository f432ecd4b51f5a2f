"""The speakers and mentions the reader has met in the narration, in reading order: what the
resolver knows of each (``entity``), the names of each sentence with the titles and genders
written next to them and who its subject is (``narration``, on ``sentence_openings`` for the
subjects no name gives, ``subjects``), the names met so far with the indexes that keep a long
text's look-ups linear (``met``), which entity a name stands for (same surname, namesake), and
acronyms joined to the descriptions they spell (``acronyms/``: ``spelled`` on ``initials``); the
bodies met and what takes them up again are ``bodies/`` (tidy28). The pronouns and
descriptions of ``anaphora/`` are resolved against what this package records; whether a
finding's speaker can speak at all is judged once the article is read, in ``speaker_checks/``.

Since regroup39 both sit inside this package (``speakers/bodies/``,
``speakers/speaker_checks/``): the people and bodies met and the check of every finding's
speaker against them are one concern seen from two ends."""
