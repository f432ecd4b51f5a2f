"""JSON syntax errors in a teacher's words, never the ``json`` module's own sentence.

Python's JSON reader has a small, fixed set of errors ("Expecting ',' delimiter", "Extra
data"...); each becomes a sentence of our catalogue that says what to write, in the user's
language. A sentence not known here still gets a general message of the catalogue.
"""

from __future__ import annotations

from quizapp.sets.catalog import say


def explain_json_error(reason: str) -> str:
    """The message for the ``json`` module's error ``reason`` (``JSONDecodeError.msg``)."""
    if reason.startswith("Expecting property name"):
        return say(
            "json_key_expected",
            'a field name in double quotes is expected here, such as "prompt" (no comma '
            "after the last field of an object)",
        )
    if reason.startswith("Expecting ':'"):
        return say("json_colon_expected", "a ':' is expected between a field name and its value")
    if reason.startswith("Expecting ','"):
        return say(
            "json_comma_expected",
            "a ',' is expected between two values or fields (or the text has a stray \" inside:"
            ' write it \\")',
        )
    if reason.startswith("Expecting value"):
        return say(
            "json_value_expected",
            "a value is expected here: a text in double quotes, a number, true, false, a list "
            "[...] or an object {{...}} (no comma after the last item of a list)",
        )
    if reason.startswith("Unterminated string"):
        return say("json_string_open", 'this text is never closed: add its closing "')
    if reason.startswith("Invalid control character"):
        return say(
            "json_line_break", "a text cannot go on to the next line in JSON: write \\n instead"
        )
    if reason.startswith(("Invalid \\escape", "Invalid \\u")):
        return say("json_backslash", "a \\ in a text starts a special character: write \\\\")
    if reason.startswith("Extra data"):
        return say(
            "json_extra", "the file goes on after its end: one object {{...}} holds the whole set"
        )
    return say(
        "json_unreadable",
        "this place cannot be read as JSON: check the quotes, commas and brackets around it",
    )
