"""The PySide6 widgets, by screen family: shell, quiz, study, teacher (and editor); the only
layer that imports Qt apart from the app.py composition root. Shared widgets (common, background)
sit at this level. Nothing imports quizapp.ui but app.py; the UI never imports quizapp.cli.
"""
