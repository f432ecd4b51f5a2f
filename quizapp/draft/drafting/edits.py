"""The teacher's corrections of a drafted question before she accepts it, and what the review
needs to know about each proposal (how sure the drafter is, which skills it names).

Every function returns a new draft (plain v1 data) and leaves the one it was given alone, so
the review can always show what the drafter proposed next to what the teacher made of it.
"""

from __future__ import annotations

import copy
from dataclasses import replace
from typing import Any

from quizapp.draft.drafting.wording.phrasing import Phrasing
from quizapp.draft.findings import Analysis, Attribution
from quizapp.draft.text.segment import Span
from quizapp.draft.words.lexicon import load

LOW_CONFIDENCE = 0.7  # below this, a finding is shown "to check" and kept out of "Accept all"

# Skill names of the tags the drafter puts on its questions, in the set's language.
SKILL_NAMES = {
    "fr": {
        "attribution": "Attribuer les propos à leur source",
        "named-source": "Reconnaître une source nommée",
        "anonymous-source": "Reconnaître une source anonyme",
        "vague-source": "Reconnaître un groupe vague",
        "author-source": "Reconnaître la voix du média",
        "fact-source": "Reconnaître un fait établi",
        "draft": "Question proposée, à relire",
    },
    "en": {
        "attribution": "Attributing statements to their source",
        "named-source": "Recognising a named source",
        "anonymous-source": "Recognising an anonymous source",
        "vague-source": "Recognising a vague group",
        "author-source": "Recognising the outlet's own voice",
        "fact-source": "Recognising a plain fact",
        "draft": "Drafted question, to review",
    },
}


def with_text(draft: dict[str, Any], field: str, text: str) -> dict[str, Any]:
    """The prompt or the explanation rewritten (an empty explanation is left out)."""
    edited = copy.deepcopy(draft)
    if text.strip() or field == "prompt":
        edited[field] = text
    else:
        edited.pop(field, None)
    return edited


def with_item_label(draft: dict[str, Any], index: int, label: str) -> dict[str, Any]:
    """A classify claim given another label."""
    edited = copy.deepcopy(draft)
    edited["items"][index]["label"] = label
    return edited


def without_item(draft: dict[str, Any], index: int) -> dict[str, Any]:
    """A classify claim removed, with the question's evidence passages only it used."""
    edited = copy.deepcopy(draft)
    gone = edited["items"].pop(index)
    still_used = {item.get("evidence") for item in edited["items"]}
    evidence = [
        e for e in edited.get("evidence", []) if e in still_used or e != gone.get("evidence")
    ]
    if evidence:
        edited["evidence"] = evidence
    else:
        edited.pop("evidence", None)
    return edited


def with_right_option(draft: dict[str, Any], index: int) -> dict[str, Any]:
    """A who-said-this question whose right answer is option ``index`` (and only it)."""
    edited = copy.deepcopy(draft)
    for number, option in enumerate(edited["options"]):
        if number == index:
            option["correct"] = True
        else:
            option.pop("correct", None)
    return edited


def with_answer(draft: dict[str, Any], answer: bool) -> dict[str, Any]:
    """A true/false statement with another answer; the explanation's drafted "True." or
    "False." opening follows it."""
    edited = {**copy.deepcopy(draft), "answer": answer}
    explanation = edited.get("explanation", "")
    for language in ("fr", "en"):
        words = load(language).raw["wording"]
        true, false = (
            words[k].split("{explanation}")[0] for k in ("explain_true", "explain_false")
        )
        old, new = (false, true) if answer else (true, false)
        if explanation.startswith(old):
            edited["explanation"] = new + explanation.removeprefix(old)
            break
    return edited


def with_pair_right(draft: dict[str, Any], index: int, right: str) -> dict[str, Any]:
    """A quotation of a match question given to another speaker (the old one becomes a
    distractor if no other pair uses it, so every speaker stays on offer)."""
    edited = copy.deepcopy(draft)
    old = edited["pairs"][index]["right"]
    edited["pairs"][index]["right"] = right
    rights = {pair["right"] for pair in edited["pairs"]}
    distractors = [d for d in edited.get("distractors", []) if d not in rights]
    if old not in rights and old not in distractors:
        distractors.append(old)
    if distractors:
        edited["distractors"] = distractors
    else:
        edited.pop("distractors", None)
    return edited


def with_source_label(
    draft: dict[str, Any], old: str, new: str, names: dict[str, str]
) -> dict[str, Any]:
    """The kind of source of the attribution a question is built on, changed: its skill tag
    and the label's name in the explanation follow."""
    edited = copy.deepcopy(draft)
    tags = [f"{new}-source" if tag == f"{old}-source" else tag for tag in edited.get("tags", [])]
    if tags:
        edited["tags"] = tags
    explanation = edited.get("explanation", "")
    if names.get(old) and f"({names[old]})" in explanation:
        edited["explanation"] = explanation.replace(f"({names[old]})", f"({names[new]})")
    return edited


# the kinds of attribution that quote their speaker's words, whole or in part
QUOTED_KINDS = frozenset({"direct", "mixed"})


def source_finding(draft: dict[str, Any], analysis: Analysis) -> Attribution | None:
    """The attribution a who-said-this or true/false question is built on (a locate question
    is about an anonymous source by definition)."""
    if draft["type"] not in ("single_choice", "true_false"):
        return None
    for found in analysis.attributions:
        content = analysis.passage(found.content)
        if any(content and content in passage for passage in draft.get("evidence", [])):
            return found
    return None


def source_label(draft: dict[str, Any], analysis: Analysis) -> str | None:
    """The label of the attribution the question is built on (``source_finding``)."""
    found = source_finding(draft, analysis)
    return found.label if found else None


def rests_on_quotation(draft: dict[str, Any], analysis: Analysis) -> bool:
    """Whether that attribution quotes its speaker: the review form calls its source the
    quotation's only then, not on « the council has confirmed … » (ui40's walk-through)."""
    found = source_finding(draft, analysis)
    return found is not None and found.kind in QUOTED_KINDS


def confidence(draft: dict[str, Any], analysis: Analysis) -> float:
    """How sure the drafter is of a question: that of its least sure finding."""
    return confidences([draft], analysis)[0]


def confidences(drafts: list[dict[str, Any]], analysis: Analysis) -> list[float]:
    """``confidence`` of each of ``drafts``, the findings' words read once for all (the
    review, on the GUI thread, read them again for each proposal: cancel56)."""
    found = [(a.content, a.confidence) for a in analysis.attributions]
    found += [(c.span, c.confidence) for c in analysis.unattributed]
    scored = [(words, score) for span, score in found if (words := analysis.passage(span))]
    return [_least_sure(draft, scored) for draft in drafts]


def _least_sure(draft: dict[str, Any], scored: list[tuple[str, float]]) -> float:
    passages = list(draft.get("evidence", []))
    passages += [item.get("evidence", "") for item in draft.get("items", [])]
    joined = "\0".join(passages)  # one search a finding, not one a passage
    used = [
        score
        for words, score in scored
        if (words in joined if "\0" not in words else any(words in p for p in passages))
    ]
    return min(used, default=1.0)


def skill_names(tags: set[str], language: str) -> dict[str, dict[str, str]]:
    """Names, in the set's language, of the drafter's skill tags among ``tags``."""
    names = SKILL_NAMES.get(language, SKILL_NAMES["en"])
    return {tag: {"name": names[tag]} for tag in sorted(tags) if tag in names}


def relabelled(
    analysis: Analysis,
    index: int,
    new: str,
    drafts: list[dict[str, Any]],
    names: dict[str, str],
) -> tuple[Analysis, list[dict[str, Any]], list[int]]:
    """Finding ``index`` (attributions first, then unattributed claims) given label ``new``,
    and every proposal built on it corrected to match: the classify claims that quote it and
    the kind of source of the questions on that quotation. Returns the corrected analysis,
    the drafts, and the rows of the drafts that changed."""
    before = analysis
    analysis, old, span = _with_label(analysis, index, new)
    passage = analysis.passage(span)
    words = load(analysis.language).raw["wording"]
    texts = (Phrasing(before, words).explain_finding(index),
             Phrasing(analysis, words).explain_finding(index))  # fmt: skip
    changed = []
    for row, draft in enumerate(drafts):
        fixed = _relabel_draft(draft, passage, (old, new), texts, names, analysis.language)
        if fixed != draft:
            drafts = [*drafts[:row], fixed, *drafts[row + 1 :]]
            changed.append(row)
    return analysis, drafts, changed


def _with_label(analysis: Analysis, index: int, new: str) -> tuple[Analysis, str, Span]:
    """The analysis with finding ``index`` (attributions first, then unattributed claims)
    labelled ``new`` by the teacher (confidence 1), with its old label and its span."""
    count = len(analysis.attributions)
    if index < count:
        found = analysis.attributions[index]
        attributions = list(analysis.attributions)
        attributions[index] = replace(found, label=new, confidence=1.0)
        return replace(analysis, attributions=tuple(attributions)), found.label, found.content
    claim = analysis.unattributed[index - count]
    claims = list(analysis.unattributed)
    claims[index - count] = replace(claim, label=new, confidence=1.0)
    return replace(analysis, unattributed=tuple(claims)), claim.label, claim.span


def _relabel_draft(
    draft: dict[str, Any],
    passage: str,
    labels: tuple[str, str],
    texts: tuple[str, str],
    names: dict[str, str],
    language: str,
) -> dict[str, Any]:
    """One proposal following a relabelled finding: its claims' labels, and every drafted
    explanation built on the finding (one the teacher rewrote is hers, and stays)."""
    (old, new), (old_text, new_text) = labels, texts
    for number, item in enumerate(draft.get("items", [])):
        if passage and passage in item.get("evidence", "") and item["label"] == old:
            draft = with_item_label(draft, number, new)
            if draft["items"][number].get("explanation") == old_text:
                draft["items"][number]["explanation"] = new_text
    on_it = any(passage and passage in e for e in draft.get("evidence", []))
    if draft["type"] in ("single_choice", "true_false") and on_it:
        draft = with_source_label(draft, old, new, names)
        draft = _kind_answer(draft, new, language)
        if old_text in draft.get("explanation", ""):
            draft["explanation"] = draft["explanation"].replace(old_text, new_text)
    return draft


def _kind_answer(draft: dict[str, Any], new: str, language: str) -> dict[str, Any]:
    """A true/false statement on the kind of source ("… est un groupe vague.") whose finding
    was relabelled: its answer follows the teacher's label."""
    if draft["type"] != "true_false":
        return draft
    for label, phrase in load(language).raw["wording"]["kind_phrases"].items():
        if draft["prompt"].endswith(f" {phrase}."):
            return with_answer(draft, label == new)
    return draft
