"""An office taken up as the one who holds it: « le ministre de l'Industrie » before or after
« Marc Ferracci, ministre délégué à l'Industrie » (``holders``), an office heard before the
name of its holder, "selon le gouverneur de la province" then "le gouverneur provincial X"
(``named_later``), the head of a named body, « le patron du RC Lens » after « Gervais
Martel, président du RC Lens » (``leaders``). Each links a description of an office to the
one person of the article written with that office; apart from ``anaphora/`` (pronouns,
descriptions, groups, documents, institutions) because all three read titles and offices."""
