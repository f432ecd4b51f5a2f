"""Drafting from an article in the set editor: the review dialog where the teacher reads the
drafter's findings highlighted in the article, corrects their kinds of source and each
proposed question, and accepts or drops them (the analysis itself is Qt-free, in
``quizapp.draft``). The editor opens the dialog by name, lazily, from ``ui.editor.drafting``.
"""
