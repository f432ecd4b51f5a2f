"""Every YAML parser error turned into the teacher's words, never the parser's own sentence.

First the text is searched for the mistakes teachers make most (``yaml_diagnosis``), which
also moves the location to where the mistake is. When none of them fits, the kind of error
the parser reports still picks a message of our catalogue, and anything else gets a general
message about indentation and quotes. Nothing the parser says is ever shown.
"""

from __future__ import annotations

from collections.abc import Callable

from quizapp.sets.catalog import say
from quizapp.sets.explain.yaml_diagnosis import DIAGNOSERS
from quizapp.sets.explain.yaml_stop import Diagnosis, ParserStop


def explain_parser_error(
    text: str, problem: str, context: str, mark: tuple[int, int], context_mark: tuple[int, int]
) -> Diagnosis:
    """The message and 0-based place for the parser error ``problem`` (``context``) in ``text``."""
    stop = ParserStop(text.splitlines(), mark[0], mark[1], problem, context, context_mark[0])
    for diagnose in DIAGNOSERS:
        found = diagnose(stop)
        if found is not None:
            return found
    for words, describe in _BY_KIND:
        if any(word in problem or word in context for word in words):
            return describe(stop, context_mark)
    return _unreadable(stop, context_mark)


def _character_at(stop: ParserStop, line: int, col: int) -> str:
    text = stop.at(line)
    return text[col] if 0 <= col < len(text) else ""


def _starts_with(stop: ParserStop, at: tuple[int, int]) -> Diagnosis:
    char = _character_at(stop, *at) or _character_at(stop, stop.line, stop.col)
    message = say(
        "yaml_bad_start",
        "a text cannot start with '{char}' in YAML: put the text in quotes",
        char=char or "?",
    )
    return Diagnosis(message, *at)


def _start_token(stop: ParserStop, _context_mark: tuple[int, int]) -> Diagnosis:
    return _starts_with(stop, (stop.line, stop.col))


def _context_token(stop: ParserStop, context_mark: tuple[int, int]) -> Diagnosis:
    return _starts_with(stop, context_mark)


def _unclosed_quote(stop: ParserStop, context_mark: tuple[int, int]) -> Diagnosis:
    quote = _character_at(stop, *context_mark) or '"'
    message = say(
        "yaml_quote_unclosed",
        "the text opened with {quote} here is never closed: add the closing {quote} at its end",
        quote=quote,
    )
    return Diagnosis(message, *context_mark)


def _escape(stop: ParserStop, _context_mark: tuple[int, int]) -> Diagnosis:
    message = say(
        "yaml_backslash",
        "between double quotes a \\ starts a special character: write \\\\ for a backslash, "
        "or put the text between single quotes",
    )
    return Diagnosis(message, stop.line, max(0, stop.col - 1))


def _block_scalar(stop: ParserStop, context_mark: tuple[int, int]) -> Diagnosis:
    message = say(
        "yaml_block_header",
        "after '|' or '>' nothing may follow on the line: start the text on the next line, "
        "indented",
    )
    return Diagnosis(message, *context_mark)


def _sequence_inline(stop: ParserStop, _context_mark: tuple[int, int]) -> Diagnosis:
    message = say(
        "yaml_list_inline",
        "a list cannot start on the line of its key: put each '- ' item on its own line "
        "below, indented, or write the list as [a, b]",
    )
    return Diagnosis(message, stop.line, stop.col)


def _directive(stop: ParserStop, _context_mark: tuple[int, int]) -> Diagnosis:
    message = say(
        "yaml_directive",
        "a line starting with '%' or '---' has a special meaning in YAML: put the text in "
        "quotes, or remove the line",
    )
    return Diagnosis(message, stop.line, 0)


def _after_quote(stop: ParserStop, _context_mark: tuple[int, int]) -> Diagnosis:
    message = say(
        "yaml_after_value",
        "nothing may follow this value on the line except a comment starting with '#': "
        "put the whole text in quotes",
    )
    return Diagnosis(message, stop.line, stop.col)


def _no_value(stop: ParserStop, _context_mark: tuple[int, int]) -> Diagnosis:
    message = say(
        "yaml_no_value",
        "a value is missing here, or it starts with a character YAML reserves: put the "
        "text in quotes",
    )
    return Diagnosis(message, stop.line, stop.col)


def _unreadable(stop: ParserStop, _context_mark: tuple[int, int]) -> Diagnosis:
    message = say(
        "yaml_unreadable",
        "this line cannot be read: check that it is lined up with the lines of its block "
        "(spaces, not tabs), that each list item starts with '- ', and that a text holding "
        ": # or quotes is between quotes",
    )
    return Diagnosis(message, stop.line, stop.col)


_BY_KIND: tuple[tuple[tuple[str, ...], Callable[[ParserStop, tuple[int, int]], Diagnosis]], ...] = (
    (("unexpected end of stream", "unexpected document indicator"), _unclosed_quote),
    (("escape", "hexdecimal", "Unicode character"), _escape),
    (("cannot start any token", "mapping keys are not allowed"), _start_token),
    (("anchor", "alias", "tag", "'!'", "URI", "'>'"), _context_token),
    (("block scalar", "indentation indicator"), _block_scalar),
    (("block sequence entries",), _sequence_inline),
    (("directive", "document start", "incompatible YAML", "version"), _directive),
    (("comment or line break",), _after_quote),
    (("node content",), _no_value),
)
