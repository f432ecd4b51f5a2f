"""Quotations a colon opens and who said them when no verb of saying does: the quotation and
the draft a colon makes (``colon_quotation``, shared with ``rules/``), the one person a
colon's lead names (``colon_person``), the subject after a colon that follows an opening
quotation (``colon_subject``), and a predicate of certainty before a colon read as grammar
(``colon_stance``). Moved out of ``rules/`` (tidy25), which asks them for its continuation,
lone quotation, placard and headline rules."""
