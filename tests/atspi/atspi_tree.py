"""Questions asked of an accessible tree as the walker returns it: node dicts, depth first.

What a screen reader can say of a node is its name, its description and, for text nodes,
its text; "on screen" means the node and all its ancestors are visible and showing (Qt
keeps hidden pages of a stacked widget in the tree, without those states).
"""

from __future__ import annotations

import re
import unicodedata

Node = dict
CONTROL_ROLES = {
    "radio button",
    "check box",
    "combo box",
    "push button",
    "push button menu",
    "toggle button",
}
HTML = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?/?>|&(lt|gt|amp|quot|nbsp|#\d+);")


def normal(text: str) -> str:
    """Text compared as words: case, spacing (incl. no-break spaces) and quote styles ignored.

    A quotation mark is a word of its own: « x » (French spacing) and “x” (the English
    interface's rows, student54) read the same."""
    text = unicodedata.normalize("NFKC", text).casefold().replace("’", "'")
    for mark in '«»“”„"':
        text = text.replace(mark, ' " ')
    return " ".join(text.split())


def spoken(node: Node) -> str:
    """All a screen reader can say of a node: name, description, text."""
    return " ".join(part for part in (node["name"], node["description"], node["text"]) if part)


def says(node: Node, words: str) -> bool:
    return normal(words) in normal(spoken(node))


def on_screen(nodes: list[Node]) -> list[tuple[int, Node]]:
    """(index, node) of the nodes a learner can reach: they and their ancestors are shown."""
    shown: list[tuple[int, Node]] = []
    hidden_below: int | None = None
    for index, node in enumerate(nodes):
        depth = node["depth"]
        if hidden_below is not None and depth > hidden_below:
            continue
        hidden_below = None
        states = node.get("states", [])
        if node.get("role") == "application" or {"visible", "showing"} <= set(states):
            shown.append((index, node))
        else:
            hidden_below = depth
    return shown


def ancestors(nodes: list[Node], index: int) -> list[Node]:
    """The chain of parents of ``nodes[index]``, nearest first."""
    found, depth = [], nodes[index]["depth"]
    for node in reversed(nodes[:index]):
        if node["depth"] < depth:
            found.append(node)
            depth = node["depth"]
    return found


def is_placeholder(name: str) -> bool:
    """A name that tells nothing: empty, only digits or punctuation, or a "— choose —" prompt."""
    bare = name.replace("&", "").strip()
    if not any(character.isalpha() for character in bare):
        return True
    return bare.startswith("—") and bare.endswith("—")


def unnamed_focusable(nodes: list[Node]) -> list[str]:
    """Focusable nodes on screen whose name says nothing (a table cell may be a bare number)."""
    return [
        f"{node['role']} {node['name']!r} (description {node['description']!r})"
        for _, node in on_screen(nodes)
        if "focusable" in node.get("states", [])
        and is_placeholder(node.get("name", ""))
        and not (node["role"] == "table cell" and node["name"].strip().isdigit())
    ]


def with_markup(nodes: list[Node]) -> list[str]:
    """Names and descriptions that carry HTML tags or entities instead of plain words."""
    return [
        f"{node['role']} {node['name']!r} {node['description']!r}"
        for node in nodes
        if node.get("role") != "gone"
        and (HTML.search(node.get("name", "")) or HTML.search(node.get("description", "")))
    ]


def first_saying(nodes: list[Node], words: str) -> int | None:
    """Index of the first on-screen node that says ``words``."""
    return next((index for index, node in on_screen(nodes) if says(node, words)), None)


def order_of(sequence: list[str], parts: list[str]) -> list[int | None]:
    """Where each part is first said in a sequence of utterances, counted in characters."""
    joined = normal(" \n ".join(sequence))
    return [joined.find(normal(part)) if normal(part) in joined else None for part in parts]
