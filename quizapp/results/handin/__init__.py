"""Students' hand-ins: their results files read back (``reading``, the CSV in ``csv_reading``),
then checked against each other before a class merge: the same attempt handed in twice counts
once, an attempt id reused for another attempt is a conflict kept apart, and attempts on
different versions of a set are reported, because their question ids may differ. The merge
makes the class's results (``class_results``) and its class.csv (``class_results_csv``)."""
