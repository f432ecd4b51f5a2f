"""What the review of drafted questions needs besides widgets: label names, questions fitted
to the set's labels, an accepted question without its draft marks, a plain-text preview.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from quizapp.draft.drafting.questions import DRAFT_TAG, label_definitions
from quizapp.model import Label

LabelLike = Label | dict[str, Any]


def label_pairs(labels: Sequence[LabelLike] | None) -> list[tuple[str, str]]:
    """(id, name) of each label, given as models or as the plain data the editor edits."""
    pairs = []
    for label in labels or ():
        if isinstance(label, dict):
            pairs.append((str(label.get("id", "")), str(label.get("name", "") or label.get("id"))))
        else:
            pairs.append((label.id, label.name))
    return [(label_id, name) for label_id, name in pairs if label_id]


def label_names(labels: Sequence[LabelLike] | None, language: str) -> dict[str, str]:
    """The set's own label names where it has them, the drafter's words for the others."""
    names = {d["id"]: d["name"] for d in label_definitions(language)}
    for label_id, name in label_pairs(labels):
        if label_id in names:
            names[label_id] = name
    return names


def fitting(drafts: list[dict[str, Any]], label_ids: set[str]) -> list[dict[str, Any]]:
    """Classify items only with labels the set has; a classify left with one label goes."""
    kept = []
    for draft in drafts:
        if draft["type"] == "classify":
            items = [i for i in draft["items"] if i["label"] in label_ids]
            if len({i["label"] for i in items}) < 2:
                continue
            draft = {**draft, "items": items}
        kept.append(draft)
    return kept


def finalised(draft: dict[str, Any]) -> dict[str, Any]:
    """An accepted question: its draft tag and id prefix removed."""
    tags = [t for t in draft.get("tags", []) if t != DRAFT_TAG]
    question = {**draft, "id": draft["id"].removeprefix("draft-"), "tags": tags}
    return question if tags else {k: v for k, v in question.items() if k != "tags"}


def details(draft: dict[str, Any]) -> str:
    """A question as plain text, for the preview."""
    lines = [draft["prompt"], ""]
    for option in draft.get("options", []):
        lines.append(("✔ " if option.get("correct") else "– ") + option["text"])
    for item in draft.get("items", []):
        lines.append(f"[{item['label']}] {item['claim']}")
    for pair in draft.get("pairs", []):
        lines.append(f"{pair['left']} → {pair['right']}")
    if "answer" in draft:
        lines.append(str(draft["answer"]))
    lines += ["", draft.get("explanation", "")]
    return "\n".join(lines)
