"""Question files in and out: reading, checking and explaining them, and writing new ones.

This package owns the v1 question-set format on disk: the safe YAML reader, the loader that turns
a file into a ``quizapp.model.QuizSet`` or a list of located problems, the messages of those
problems in English and French (``catalog/``), the commented template of ``quizapp new``, the
JSON Schema, the built-in sets shipped with the app, and the files a set reads and names (its
text, its images, always inside its own folder: ``files/``). It imports ``quizapp.model`` only;
the UI and the command line turn its typed errors (``errors``) into what a teacher reads.
"""
