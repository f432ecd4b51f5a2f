"""Moving sets to and from Moodle: GIFT, Moodle XML and Aiken, in and out.

Importers read a bank of questions into plain records (``bank``), keep what quizapp can
represent and name the rest; exporters write a ``QuizSet`` as Moodle reads it and say what
Moodle cannot hold. ``convert`` is the entry point the CLI and the window call. It imports
``quizapp.model`` and, to check every imported set with the same loader as a hand-written file
and to report errors the same way, ``quizapp.sets``.
"""
