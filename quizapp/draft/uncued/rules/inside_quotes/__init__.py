"""Statements nested inside a quotation: a third party's words the quoted speaker tells
(told_inside) and a source the quoted speaker cites (according_inside). Cues are never read
inside quotations, so both read the quotations the sentence's findings hold (``held``)."""
