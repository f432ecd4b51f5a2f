"""The editor's forms: fields bound to the set being edited (``bindings``), lists of rows
(``rows``), and the forms of the set and of a question (``set_form``, ``question_form``)."""
