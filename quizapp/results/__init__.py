"""The learner's results: the SQLite database, its migrations, statistics, Leitner boxes,
exports, and the class results a teacher merges from students' hand-ins (``handin``).

Every answer is written here in its own transaction; statistics and exports read it back.
Everything in this package is plain Python over ``sqlite3``: no Qt, no question-file parsing.
It imports ``quizapp.model`` (the default labels) and the package's version only.
"""
