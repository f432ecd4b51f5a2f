"""The titles and describing nouns set next to a name, and the later descriptions that take the
person up through them: « Le ministre de l'Intérieur, X » or « X, conseiller du Président, »
then « le ministre » (``beside_name`` reads the title, ``descriptions`` keeps a description as
its content words and matches a later one), any noun that describes a named person,
« X, pharmacienne à Lunel, » then « la pharmacienne » (``open_nouns``), and what the narration
keeps of both as it reads (``met``). Apart from ``naming/`` (which capitalised runs are names,
role words, gender) because these four work together across mentions, and ``naming/`` had
reached the package limit."""
