"""Build plain Python data from YAML 1.2 text, safely and fast, with positions when asked.

Why not a ready-made loader: the C composer of ruamel.yaml recurses once per nesting level and
crashes the process on a deeply nested file, and its Python constructor is slow. Here the C
parser only produces events; one loop turns them into dicts, lists and scalars of the YAML 1.2
core schema. It refuses every tag outside that schema (no tag ever builds an object), stops
at a nesting limit before the parser's cost grows, and counts what aliases expand to, so an
alias bomb ends in an error in milliseconds. With ``track=True`` it also returns where each
value stands, for locating validation errors.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ruamel.yaml import YAML, events
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.reader import ReaderError

from quizapp.sets.catalog import say
from quizapp.sets.explain.yaml_messages import explain_parser_error
from quizapp.sets.safe_yaml.core_schema import check_tag, scalar_value
from quizapp.sets.safe_yaml.problem import YamlProblem, mark_of

try:  # the C parser of ruamel.yaml.clib; without it the pure-Python parser does the same work
    from ruamel.yaml.main import CParser
except ImportError:  # pragma: no cover - only on interpreters without the C extension
    CParser = None

MAX_DEPTH = 50
MAX_VALUES = 2_000_000
MAX_EXPANDED_CHARS = 10 * 1024 * 1024  # the file's own size limit, counted after aliases


@dataclass
class Position:
    """Where a value stands; for a mapping, also where each key stands and its value's position."""

    line: int
    col: int
    keys: dict[Any, tuple[int, int]] = field(default_factory=dict)
    children: dict[Any, Position] = field(default_factory=dict)


@dataclass
class _Open:
    """A collection being built: its value, its position, and the pending mapping key."""

    value: dict | list
    position: Position | None
    key: Any = None
    key_mark: tuple[int, int] | None = None
    has_key: bool = False
    anchor: str | None = None
    size: int = 1
    height: int = 1
    chars: int = 0  # of its text, aliases written out


def read_yaml(text: str, track: bool = False) -> tuple[Any, Position | None]:
    """Parse one YAML document into plain data (and its positions when ``track``)."""
    try:
        return _Builder(track).run(_events(text))
    except MarkedYAMLError as error:
        raise _in_plain_words(error, text) from None
    except ReaderError as error:  # a character YAML forbids, such as a control character
        line, col = _line_col_of(text, error.position)
        message = say(
            "yaml_character",
            "character {character} is not allowed in a YAML file",
            character=repr(error.character),
        )
        raise YamlProblem(message, line, col) from None
    except YAMLError:
        raise _in_plain_words(MarkedYAMLError(), text) from None


def _line_col_of(text: str, offset: int) -> tuple[int, int]:
    before = text[:offset]
    return before.count("\n"), offset - (before.rfind("\n") + 1)


def _events(text: str) -> Iterator[Any]:
    """The parser's events, straight from the C parser when it is there."""
    if CParser is None:
        yield from YAML(typ="safe", pure=True).parse(text)
        return
    parser = CParser(text)
    try:
        while parser.check_event():
            yield parser.get_event()
    finally:
        parser.dispose()


def _in_plain_words(error: MarkedYAMLError, text: str) -> YamlProblem:
    """The parser's error as our catalogue's message, at the line where the mistake is."""
    problem_mark = error.problem_mark or error.context_mark
    context_mark = error.context_mark or problem_mark
    where = (problem_mark.line, problem_mark.column) if problem_mark else (0, 0)
    context = (context_mark.line, context_mark.column) if context_mark else where
    found = explain_parser_error(text, error.problem or "", error.context or "", where, context)
    return YamlProblem(found.message, found.line, found.col)


class _Builder:
    """One pass over the event stream; a stack of open collections instead of recursion."""

    def __init__(self, track: bool) -> None:
        self.track = track
        self.stack: list[_Open] = []
        self.anchors: dict[str, tuple[Any, Position | None, int, int, int]] = {}
        self.total = 0
        self.total_chars = 0
        self.result: Any = None
        self.result_position: Position | None = None
        self.documents = 0
        self.handlers = {
            events.ScalarEvent: self._on_scalar,
            events.MappingStartEvent: self._open,
            events.SequenceStartEvent: self._open,
            events.MappingEndEvent: self._close,
            events.SequenceEndEvent: self._close,
            events.AliasEvent: self._alias,
            events.DocumentStartEvent: self._on_document,
        }

    def run(self, stream: Iterator[Any]) -> tuple[Any, Position | None]:
        handlers = self.handlers
        for event in stream:
            handler = handlers.get(type(event))
            if handler is not None:
                handler(event)
        if self.documents == 0:
            raise YamlProblem(say("yaml_empty", "the file is empty"), 0, 0)
        return self.result, self.result_position

    def _on_document(self, event: Any) -> None:
        self.documents += 1
        if self.documents > 1:
            message = say("yaml_documents", "the file holds more than one YAML document ('---')")
            raise YamlProblem(message, *mark_of(event))

    def _on_scalar(self, event: Any) -> None:
        chars = len(event.value)
        self._count(1, event, chars)
        self._add(scalar_value(event), event, 1, 0, event.anchor, chars=chars)

    def _open(self, event: Any) -> None:
        is_map = type(event) is events.MappingStartEvent
        check_tag(event.tag, "map" if is_map else "seq", event)
        if len(self.stack) >= MAX_DEPTH:
            raise _too_deep(event)
        position = Position(*mark_of(event)) if self.track else None
        self.stack.append(_Open({} if is_map else [], position, anchor=event.anchor))

    def _close(self, event: Any) -> None:
        done = self.stack.pop()
        self._count(1, event)
        self._add(done.value, None, done.size, done.height, done.anchor, done.position, done.chars)

    def _alias(self, event: Any) -> None:
        if event.anchor not in self.anchors:
            message = say(
                "yaml_alias_unknown",
                "alias '*{anchor}' names no anchor defined before it",
                anchor=event.anchor,
            )
            raise YamlProblem(message, *mark_of(event))
        value, position, size, height, chars = self.anchors[event.anchor]
        if len(self.stack) + height > MAX_DEPTH:
            raise _too_deep(event)
        self._count(size, event, chars)
        self._add(value, event, size, height, None, position, chars)

    def _count(self, values: int, event: Any, chars: int = 0) -> None:
        """Keep a running count of values and of text as if every alias were written out in
        full: 176 KB of anchors reused must not become a set of gigabytes to show or export."""
        self.total += values
        self.total_chars += chars
        if self.total_chars > MAX_EXPANDED_CHARS:
            message = say(
                "yaml_expands_text",
                "the file expands to more than {megabytes} MB of text once its aliases are "
                "written out (anchors and aliases repeated too often)",
                megabytes=MAX_EXPANDED_CHARS // (1024 * 1024),
            )
            raise YamlProblem(message, *mark_of(event))
        if self.total > MAX_VALUES:
            message = say(
                "yaml_expands",
                "the file expands to more than {count} values "
                "(anchors and aliases repeated too often)",
                count=f"{MAX_VALUES:,}",
            )
            raise YamlProblem(message, *mark_of(event))

    def _add(self, value, event, size, height, anchor=None, position=None, chars=0) -> None:
        """Give a finished value to the open collection, or make it the document."""
        if anchor:
            self.anchors[anchor] = (value, position, size, height, chars)
        if position is None and self.track and event is not None:
            position = Position(*mark_of(event))
        if not self.stack:
            self.result, self.result_position = value, position
            return
        parent = self.stack[-1]
        parent.size += size
        parent.chars += chars
        if height >= parent.height:
            parent.height = height + 1
        if type(parent.value) is list:
            if parent.position is not None:
                parent.position.children[len(parent.value)] = position
            parent.value.append(value)
        elif parent.has_key:
            self._take_value(parent, value, position)
        else:
            self._take_key(parent, value, event)

    def _take_key(self, parent: _Open, key: Any, event: Any) -> None:
        mark = mark_of(event) if event is not None else (0, 0)
        if isinstance(key, (dict, list)):
            message = say("yaml_key_not_text", "a key must be plain text, not a list or a mapping")
            raise YamlProblem(message, *mark)
        if key == "<<" and event is not None and not event.style:
            message = say(
                "yaml_merge_key",
                "YAML merge keys ('<<') are not supported in question files; write the fields "
                "out in full",
            )
            raise YamlProblem(message, *mark)
        if key in parent.value:
            raise YamlProblem(self._key_twice(key), *mark)
        parent.key, parent.has_key = key, True
        parent.key_mark = mark if self.track else None

    def _key_twice(self, key: Any) -> str:
        """An item's first key again most often starts the next item without its '- '."""
        parent = self.stack[-1].value
        in_item = len(self.stack) > 1 and type(self.stack[-2].value) is list
        if in_item and next(iter(parent)) == key:
            return say(
                "yaml_key_twice_in_item",
                "key '{key}' appears twice in the same item: if this line starts a new "
                "item, begin it with '- '",
                key=key,
            )
        return say("yaml_key_twice", "key '{key}' appears twice in the same mapping", key=key)

    def _take_value(self, parent: _Open, value: Any, position: Position | None) -> None:
        parent.value[parent.key] = value  # type: ignore[index]
        if parent.position is not None and parent.key_mark is not None:
            parent.position.keys[parent.key] = parent.key_mark
            parent.position.children[parent.key] = position
        parent.has_key = False


def _too_deep(event: Any) -> YamlProblem:
    message = say(
        "nested_too_deep", "the file is nested more than {depth} levels deep", depth=MAX_DEPTH
    )
    return YamlProblem(message, *mark_of(event))
