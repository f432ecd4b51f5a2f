"""The results screen of a run (out of ``ui/quiz/`` in the final read of round 37, when that
folder reached sixteen entries):

- ``results_view``: the score, the pass mark and the questions answered, the screen itself.
- ``source_mixups``: which kinds of source the learner took for which (matrix and tallies).
- ``result_tables``: the table cells, colours and score rounding both read, and the teacher's
  class tables too.
"""
