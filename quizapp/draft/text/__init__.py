"""The article cut into the pieces every reader works on: paragraphs, quotations, sentences and
word tokens with their offsets (``segment``), the quotations found from their marks before any
sentence is cut (``quotation_marks``), and the words and quotation marks around a cue
(``sentence/``). Grouped by regroup39 because every other part reads the text through them and
none of them knows a reporting verb or a speaker."""
