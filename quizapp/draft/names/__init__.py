"""How a mention names someone: which capitalised runs are proper names, the role words and
genders written beside them and people named by rank (``naming/``), and the titles and
describing nouns set next to a name that let a later description take the person up again
(``titles/``). Grouped by regroup39: what one mention says of a person on its own, before the
speakers met (``speakers/``) and the descriptions taken up (``anaphora/``) are resolved."""
