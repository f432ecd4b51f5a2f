"""Self-study that lasts: saving each answer, the home beside the library (progress chart,
record, resume), review of mistakes and boosters, the settings and export dialogs.

Attaches itself to the shell's main window (it imports ``ui.shell``, never the reverse) and
talks to ``quizapp.results`` through the study controller.
"""
