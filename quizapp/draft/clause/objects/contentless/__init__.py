"""Objects of a reporting verb that carry no statement, left out of the findings: words with
no content of their own (``hollow``: « ce que l'officier a démenti par la suite »), an intent
(``intents``: « souhaite rester président »), the matter a verb of telling was about
(``shell``: « a décrit la situation »), a target (``targets``: « s'en est pris au maire ») and
what a verb of explaining is about (``topics``: « a justifié sa décision »). Grouped by tidy42
when ``objects/`` held fifteen entries, its limit, so the next object rule has room."""
