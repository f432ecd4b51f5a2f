"""Reading rules added by the independent evaluation: tests on the words around a cue
(``syntax``), kept apart so the analysis package stays within its line budget."""
