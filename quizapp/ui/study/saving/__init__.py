"""Saving the learner's answers without losing any while the results file is busy: what a save
is and how it is written (``entries``), the ordered queue retried in the background
(``pending``), and the journal on disk that keeps waiting saves through a crash (``journal``).
Qt-free but for the journal's lock file."""
