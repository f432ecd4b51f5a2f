"""What a learner answered, one value per question type, serialisable to plain JSON.

Responses name options by their index in the file and match choices by their text, never by
their place on screen: shuffling only changes what the learner sees, so a stored answer stays
valid and can be replayed whatever order the options were shown in.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar


@dataclass(frozen=True)
class ChoiceResponse:
    """Options picked in a single_choice or multiple_choice question (indices in the file)."""

    kind: ClassVar[str] = "choice"
    picked: frozenset[int] = frozenset()

    def to_json(self) -> dict[str, Any]:
        return {"type": self.kind, "picked": sorted(self.picked)}


@dataclass(frozen=True)
class TrueFalseResponse:
    """The learner's judgement of a true_false statement; None while undecided."""

    kind: ClassVar[str] = "true_false"
    value: bool | None = None

    def to_json(self) -> dict[str, Any]:
        return {"type": self.kind, "value": self.value}


@dataclass(frozen=True)
class ClassifyResponse:
    """The label id chosen for each item of a classify question, in the file's item order."""

    kind: ClassVar[str] = "classify"
    labels: tuple[str | None, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"type": self.kind, "labels": list(self.labels)}


@dataclass(frozen=True)
class MatchResponse:
    """The right-hand text chosen for each pair of a match question, in the file's pair order."""

    kind: ClassVar[str] = "match"
    choices: tuple[str | None, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"type": self.kind, "choices": list(self.choices)}


@dataclass(frozen=True)
class LocateResponse:
    """The article span (start, end offsets, end excluded) the learner selected, if any."""

    kind: ClassVar[str] = "locate"
    span: tuple[int, int] | None = None

    def to_json(self) -> dict[str, Any]:
        return {"type": self.kind, "span": list(self.span) if self.span else None}


Response = ChoiceResponse | TrueFalseResponse | ClassifyResponse | MatchResponse | LocateResponse


def response_to_json(response: Response) -> dict[str, Any]:
    """A plain dict (JSON-ready) that ``response_from_json`` turns back into the same value."""
    return response.to_json()


def response_from_json(data: Any) -> Response:
    """Rebuild a response stored by ``response_to_json``; a malformed dict is a ValueError."""
    if not isinstance(data, dict) or not isinstance(data.get("type"), str):
        raise ValueError(f"not a stored response: {data!r}")
    reader = _READERS.get(data["type"])
    if reader is None:
        raise ValueError(f"unknown response type {data['type']!r}")
    try:
        return reader(data)
    except (KeyError, TypeError) as error:
        raise ValueError(f"malformed {data['type']} response: {data!r}") from error


def _read_choice(data: dict[str, Any]) -> ChoiceResponse:
    picked = data["picked"]
    if not all(isinstance(index, int) and not isinstance(index, bool) for index in picked):
        raise TypeError("option indices must be integers")
    return ChoiceResponse(frozenset(picked))


def _read_true_false(data: dict[str, Any]) -> TrueFalseResponse:
    value = data["value"]
    if value is not None and not isinstance(value, bool):
        raise TypeError("value must be true, false or null")
    return TrueFalseResponse(value)


def _strings_or_none(values: Any) -> tuple[str | None, ...]:
    if not isinstance(values, list) or not all(v is None or isinstance(v, str) for v in values):
        raise TypeError("expected a list of strings or nulls")
    return tuple(values)


def _read_locate(data: dict[str, Any]) -> LocateResponse:
    span = data["span"]
    if span is None:
        return LocateResponse(None)
    start, end = span
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end):
        raise TypeError("span must be two increasing offsets")
    return LocateResponse((start, end))


_READERS = {
    ChoiceResponse.kind: _read_choice,
    TrueFalseResponse.kind: _read_true_false,
    ClassifyResponse.kind: lambda data: ClassifyResponse(_strings_or_none(data["labels"])),
    MatchResponse.kind: lambda data: MatchResponse(_strings_or_none(data["choices"])),
    LocateResponse.kind: _read_locate,
}
