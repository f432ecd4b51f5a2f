"""Questions drafted from an analysis: the drafted questions, the whole drafted set, and what
the review dialog needs besides widgets (the analysis itself is in ``quizapp.draft``; how a
question words the article's passages and explains them is in ``quizapp.draft.drafting.wording``).

Since regroup39 ``wording/`` sits inside this package (``drafting/wording/``): how a question
words the article is part of drafting it, and the drafted questions are the one place that
reads it."""
