"""Quotes that do not do what the teacher meant: curly quotes used as YAML quotes, and a
straight quote (or apostrophe) that ends a quoted text early."""

from __future__ import annotations

from quizapp.sets.catalog import say
from quizapp.sets.explain.yaml_stop import VALUE_START, Diagnosis, ParserStop

_CURLY_OPENERS = "“”„‘’"


def curly_quotes_as_yaml_quotes(stop: ParserStop) -> Diagnosis | None:
    """``title: “Musk : qui ?”``: curly quotes are text for YAML, so the ' : ' breaks it."""
    for number in stop.window():
        line = stop.at(number)
        start = VALUE_START.match(line)
        if start and line[start.end() : start.end() + 1] in _CURLY_OPENERS and line.strip():
            message = say(
                "yaml_curly_quotes",
                '“ ” are not quotes for YAML: put the text between straight quotes "…" '
                "(the curly ones may stay inside)",
            )
            return Diagnosis(message, number, start.end())
    return None


def quote_inside_quotes(stop: ParserStop) -> Diagnosis | None:
    """A straight quote that ends a quoted text early: text follows the closing quote."""
    for number in stop.window():
        line = stop.at(number)
        start = VALUE_START.match(line)
        opening = start.end() if start else -1
        if opening < 0 or line[opening : opening + 1] not in ("'", '"'):
            continue
        closing = _closing_quote(line, opening)
        if closing is None:
            continue
        rest = line[closing + 1 :].strip()
        if rest and rest[0] not in "#,}]":
            return Diagnosis(_early_quote_message(line[opening]), number, closing)
    return None


def _closing_quote(line: str, opening: int) -> int | None:
    quote, index = line[opening], opening + 1
    while index < len(line):
        char = line[index]
        if quote == '"' and char == "\\":
            index += 2
            continue
        if char == quote:
            if quote == "'" and line[index + 1 : index + 2] == "'":
                index += 2
                continue
            return index
        index += 1
    return None


def _early_quote_message(quote: str) -> str:
    if quote == '"':
        return say(
            "yaml_quote_in_double",
            'this " ends the text early: inside a text between " " use « » or ’, '
            "or put the whole text between single quotes ' '",
        )
    return say(
        "yaml_quote_in_single",
        "this ' ends the text early: inside a text between ' ' write the apostrophe "
        "twice ('') or use ’, or put the whole text between double quotes \" \"",
    )
