"""What the review of drafted questions needs besides widgets: label names, questions fitted
to the set's labels, an accepted question without its draft marks, a plain-text preview.

And the teacher's « this is not a claim » (dismiss47). The drafter can highlight a passage
that nobody claims (the tail of a sentence, a date, a place): changing its kind of source does
not mend it (teacher47). A dismissal is one more ``Correction`` (kind ``DISMISS``), kept and
replayed in the order she made it with the others, and taken back by a second one on the same
finding (value empty), as a label is taken back by choosing it again. It changes neither the
analysis nor the drafts, so taking it back loses nothing: the review leaves the dismissed
findings unhighlighted and withdraws the proposals that rest on them alone.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from quizapp.draft.drafting.questions import DRAFT_TAG, label_definitions, match_explanation
from quizapp.draft.drafting.respeak import DISMISS, Correction
from quizapp.draft.findings import Analysis
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


DISMISSED = "dismissed"  # the value of a dismissal; an empty value takes it back


def dismissal(index: int, dismissed_now: Collection[int]) -> Correction:
    """The correction the teacher's « not a claim » makes on finding ``index``: a dismissal,
    or its taking back when the finding is dismissed already."""
    return Correction(DISMISS, index, "" if index in dismissed_now else DISMISSED)


def dismissed_findings(corrections: Iterable[Correction]) -> set[int]:
    """The findings (attributions first, then claims) left dismissed by ``corrections``:
    the last dismissal or taking back of each finding decides."""
    gone: set[int] = set()
    for correction in corrections:
        if correction.kind != DISMISS:
            continue
        if correction.value:
            gone.add(correction.index)
        else:
            gone.discard(correction.index)
    return gone


def withdrawn_rows(
    analysis: Analysis, drafts: Sequence[dict[str, Any]], dismissed: Collection[int]
) -> set[int]:
    """The rows of the drafts that rest only on dismissed findings: every passage a proposal
    quotes (its evidence, and each claim's to classify) holds findings, all dismissed. A
    quoted sentence holding a finding still highlighted keeps its proposal (« Le conseil de
    Saint-Aubin a voté… » stays when the place name alone was dismissed)."""
    if not dismissed:
        return set()
    spans = [found.content for found in analysis.attributions]
    spans += [claim.span for claim in analysis.unattributed]  # the index corrections name
    passages = [(index, analysis.passage(span)) for index, span in enumerate(spans)]
    passages = [(index, passage) for index, passage in passages if passage]
    return {
        row
        for row, draft in enumerate(drafts)
        if (quoted := _quoted(draft))
        and all(_only_dismissed(quote, passages, dismissed) for quote in quoted)
    }


def _only_dismissed(
    quote: str, passages: Sequence[tuple[int, str]], dismissed: Collection[int]
) -> bool:
    """Whether the findings a quoted passage holds are some, and all dismissed."""
    held = [index for index, passage in passages if passage in quote]
    return bool(held) and all(index in dismissed for index in held)


def _quoted(draft: dict[str, Any]) -> list[str]:
    """Every passage of the article a proposal rests on."""
    quoted = [str(e) for e in draft.get("evidence", []) if e]
    return quoted + [str(i["evidence"]) for i in draft.get("items", []) if i.get("evidence")]


# A proposal resting PARTLY on dismissed findings (teacher48): a classify or a match also
# built on other findings is rebuilt from those, its parts on dismissed passages set aside
# (kept, to go back in place when the dismissal is taken back); withdrawn with its reason
# when what is left no longer makes a question.
PASSAGE_GONE = "passage"  # every passage it rests on is no claim
TOO_FEW_LEFT = "too_few"  # rebuilt without those passages, too little is left to ask

Part = tuple[int, dict[str, Any], str]  # (place, claim or pair, the pair's passage)
_PARTS = {"classify": "items", "match": "pairs"}


@dataclass
class Rebuilt:
    """The proposals as the review shows them, what each set aside, why some are withdrawn."""

    drafts: list[dict[str, Any]]
    aside: dict[int, list[Part]]
    withdrawn: dict[int, str]  # row -> PASSAGE_GONE or TOO_FEW_LEFT


def rebuilt(
    analysis: Analysis,
    drafts: Sequence[dict[str, Any]],
    aside: dict[int, list[Part]],
    dismissed: Collection[int],
) -> Rebuilt:
    """``drafts`` (each without the parts ``aside`` holds for its row) rebuilt for the
    findings ``dismissed`` now: the parts set aside before go back first, then those resting
    only on dismissed findings go (a quoted passage still holding a highlighted finding
    stays, as in ``withdrawn_rows``)."""
    whole = [put_back(draft, aside.get(row, [])) for row, draft in enumerate(drafts)]
    gone = dict.fromkeys(withdrawn_rows(analysis, whole, dismissed), PASSAGE_GONE)
    passages = _passages(analysis)
    result = Rebuilt([], {}, gone)
    for row, draft in enumerate(whole):
        kept, parts = _set_aside(draft, passages, dismissed) if row not in gone else (draft, [])
        if parts or aside.get(row):
            kept = _explained(analysis, drafts[row], kept)
        result.drafts.append(kept)
        if parts:
            result.aside[row] = parts
            if not makes_a_question(kept):
                result.withdrawn[row] = TOO_FEW_LEFT
    return result


def put_back(draft: dict[str, Any], parts: Sequence[Part]) -> dict[str, Any]:
    """The draft with the parts set aside back in their places (after her own edits, at
    most at the end)."""
    if not parts:
        return draft
    key = _PARTS[draft["type"]]
    items, evidence = list(draft[key]), list(draft.get("evidence", []))
    for place, part, passage in sorted(parts, key=lambda p: p[0]):
        at = min(place, len(items))
        if key == "pairs" and len(evidence) == len(items):
            evidence.insert(at, passage)
        items.insert(at, part)
    return {**draft, key: items} | ({"evidence": evidence} if key == "pairs" else {})


def _explained(analysis: Analysis, before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    """A match rebuilt (``after``) with the explanation of the pairs it keeps, when ``before``
    had the drafter's for its own: teacher48's rebuilt match still named the cue of a pair
    set aside. An explanation of hers, or pairs no longer each on a finding, stay as they
    are."""
    if after["type"] != "match":
        return after
    drafted = match_explanation(analysis, before.get("evidence", []))
    if drafted is None or drafted != before.get("explanation"):
        return after
    explanation = match_explanation(analysis, after.get("evidence", []))
    return after if explanation is None else {**after, "explanation": explanation}


def makes_a_question(draft: dict[str, Any]) -> bool:
    """Whether a rebuilt classify or match still asks something: two claims with two labels
    at least (as ``fitting`` keeps), two quotations given to two speakers at least."""
    if draft["type"] == "classify":
        items = draft.get("items", [])
        return len(items) >= 2 and len({i["label"] for i in items}) >= 2
    pairs = draft.get("pairs", [])
    return len(pairs) >= 2 and len({p["right"] for p in pairs}) >= 2


def _passages(analysis: Analysis) -> list[tuple[int, str]]:
    """Each finding's words, by the index corrections name (attributions, then claims)."""
    spans = [found.content for found in analysis.attributions]
    spans += [claim.span for claim in analysis.unattributed]
    found = [(index, analysis.passage(span)) for index, span in enumerate(spans)]
    return [(index, passage) for index, passage in found if passage]


def _set_aside(
    draft: dict[str, Any], passages: Sequence[tuple[int, str]], dismissed: Collection[int]
) -> tuple[dict[str, Any], list[Part]]:
    """A classify's claims, or a match's pairs, resting only on dismissed findings, taken
    out; other kinds of proposal (one passage each) are left to ``withdrawn_rows``."""
    key = _PARTS.get(draft["type"])
    if key is None or not dismissed:
        return draft, []
    parts = list(draft.get(key, []))
    if key == "items":
        quoted = [str(item.get("evidence", "")) for item in parts]
    else:
        quoted = [str(e) for e in draft.get("evidence", [])]
        if len(quoted) != len(parts):  # her edits broke the pairing: left as it is
            return draft, []
    out = [n for n, q in enumerate(quoted) if q and _only_dismissed(q, passages, dismissed)]
    if not out:
        return draft, []
    kept = {**draft, key: [p for n, p in enumerate(parts) if n not in out]}
    if key == "pairs":
        kept["evidence"] = [q for n, q in enumerate(quoted) if n not in out]
    return kept, [(n, parts[n], quoted[n] if key == "pairs" else "") for n in out]
