"""Taking a quiz: one page per question with a widget per question type, the article beside it
with evidence highlighted, feedback, the results screen and the review of missed questions.

Imports the engine and the model; knows nothing of the results database or the shell.
"""
