"""Messages of the results layer that the command line and the window translate.

The results layer has no catalogue (it may not import the sets' one): a message is handed
over in English with its catalogue key and values, and said in the user's language at the
edge (``cli/results.said``, the class results window).
"""

from __future__ import annotations

from quizapp.model.wording import printable


class Notice(str):
    """A message in English that also carries its catalogue key and values, so the command
    line and the window can say it in the user's language (this layer has no catalogue).
    Values from the files are escaped (``printable``) before they are put in."""

    key: str
    english: str
    values: dict[str, object]

    @classmethod
    def of(cls, key: str, english: str, **values: object) -> Notice:
        shown = {name: printable(str(value)) for name, value in values.items()}
        notice = cls(english.format(**shown))
        notice.key, notice.english, notice.values = key, english, shown
        return notice


def kept_notice(line: str) -> str:
    """A Notice as it is (its values are escaped already), any other line made printable."""
    return line if isinstance(line, Notice) else printable(line)


def said_later(error: Exception) -> str:
    """An error's message, still carrying its catalogue key when it was raised with one."""
    first = error.args[0] if error.args else ""
    return first if isinstance(first, Notice) else printable(str(error))
