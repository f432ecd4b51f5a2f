"""Which step of a definite description's reading gave each French finding its speaker, and,
where it is wrong, what the key's speaker is in the article (round 50, descr50).

Not part of the app. Like ``paths49_probe.py`` it shadows, for the time of a ``with`` block,
the steps ``described.Described._taken_up`` tries in turn (``_met_before``, the bare
description's ``_recent_subject`` / ``_wider_noun`` / ``_epithet_of_last``,
``speaker_in_focus``, ``view_of_named``, ``only_person_named``) and ``_own_description``,
recording for every description span the first step that answered and whom it gave; the
findings are the app's own (the hash is printed, to check against quick_score's).

For a finding whose source span a description reading resolved, a row: the step, the
description, the finding's speaker, the key's, right or not, and for the key's speaker (when
it is a name written in the article before the description) where it stands: ``head_near``
when the description's head noun (or its other gender's form, by its first four letters) is
written within 60 characters of that earlier name (« Marie X, avocate de la famille »,
« l'avocate Marie X »), ``complement`` when that name follows « par », « de », « selon »…
or a comma after a noun (an apposition or a complement), ``gender_clash`` when the finding's
speaker is a named person of the other gender than the description.

Usage: python benchmarks/descr50_probe.py OUT.jsonl [--only REGEX]; then
python benchmarks/descr50_probe.py --table OUT.jsonl. Stand-in rows (blind49) are counted,
never printed.
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from draft_eval import match_attributions, same_speaker
from keyed_findings import dump_or_table, french_articles

from quizapp.draft import analyze
from quizapp.draft.anaphora.descriptions import bare_descriptions, described

STEPS = {  # (owner, attribute) shadowed; the name a row reports
    (described.Described, "_met_before"): "met_before",
    (bare_descriptions.BareDescriptions, "_recent_subject"): "recent_subject",
    (bare_descriptions.BareDescriptions, "_wider_noun"): "wider_noun",
    (bare_descriptions.BareDescriptions, "_epithet_of_last"): "epithet",
    (bare_descriptions, "speaker_in_focus"): "focus",
    (described, "view_of_named"): "view_of_named",
    (described, "only_person_named"): "only_named",
    (described, "person_of_paragraph"): "paragraph",
}
RECORD: dict[tuple[int, int], tuple[str, str, str]] = {}  # span -> (step, phrase, key)
CURRENT: list[dict] = []


def _shadow(name: str, function):
    def shadow(*args, **kwargs):
        result = function(*args, **kwargs)
        if result is not None and CURRENT and CURRENT[-1].get("step") is None:
            CURRENT[-1]["step"] = name
        return result

    return shadow


def _described_shadow(function):
    def shadow(self, phrase, span, reading, *args, **kwargs):
        CURRENT.append({"step": None})
        try:
            result = function(self, phrase, span, reading, *args, **kwargs)
        finally:
            record = CURRENT.pop()
        if span is not None:
            step = record["step"] or "own_description"
            RECORD[tuple(span)] = (step, phrase, reading.head, reading.gender)
        return result

    return shadow


@contextmanager
def traced() -> Iterator[None]:
    saved = [(owner, name, getattr(owner, name)) for owner, name in STEPS]
    saved.append((described.Described, "_description", described.Described._description))
    for (owner, name), label in STEPS.items():
        setattr(owner, name, _shadow(label, getattr(owner, name)))
    described.Described._description = _described_shadow(described.Described._description)
    try:
        yield
    finally:
        for owner, name, original in saved:
            setattr(owner, name, original)


_LINKS = r"(?:par|de|d['’]|du|selon|pour|avec|à|,)\s*(?:\w+\s+){0,3}"


def where_named(text: str, name: str, at: int, head: str) -> list[str]:
    """Where the key's speaker stands before the description (see the module docstring)."""
    marks: list[str] = []
    last = name.split()[-1] if name.split() else ""
    if not last or not last[:1].isupper():
        return ["not_a_name"]
    places = [m.start() for m in re.finditer(re.escape(last), text[:at])]
    if not places:
        return ["not_before"]
    stem = head[:4].lower()
    if any(stem and stem in text[max(0, p - 60) : p + 60].lower() for p in places):
        marks.append("head_near")
    if any(
        re.search(_LINKS + r"$", text[max(0, p - 40) : p - len(name) + len(last)]) for p in places
    ):
        marks.append("complement")
    return marks or ["before"]


def rows(keys: list[Path]) -> Iterator[dict]:
    digest = hashlib.sha256()
    for path, article, annotated, head in french_articles(keys):
        RECORD.clear()
        with traced():
            analysis = analyze(article.text, "fr", headline=head)
        digest.update(path.name.encode())
        for f in analysis.attributions:
            digest.update(repr((f.content, f.speaker, f.label, f.kind)).encode())
        for c in analysis.unattributed:
            digest.update(repr((c.span, c.label)).encode())
        for i, j in match_attributions(analysis, article, 0.3):
            got, want = analysis.attributions[i], article.attributions[j]
            record = RECORD.get(tuple(got.source)) if got.source else None
            if record is None:
                continue
            step, phrase, noun, gender = record
            right = same_speaker(got.speaker, want.speaker)
            batch = re.search(r"blind\d+", annotated)
            yield {
                "article": article.name,
                "batch": batch.group(0) if batch else "other",
                "step": step,
                "phrase": phrase,
                "head": noun,
                "gender": gender,
                "found": got.speaker,
                "key": want.speaker,
                "right": right,
                "where": []
                if right
                else where_named(article.text, want.speaker, got.source[0], noun),
            }
    print("French findings hash", digest.hexdigest()[:12], file=sys.stderr)


def table(records: list[dict]) -> None:
    groups = {"tuning": r"blind(2[7-9]|3\d|4[0-8])$", "stand-in": r"blind49$", "all": r""}
    for label, pattern in groups.items():
        chosen = [r for r in records if re.search(pattern, r["batch"])]
        counts = Counter((r["step"], r["right"]) for r in chosen)
        print(f"## {label}")
        for step in sorted({s for s, _ in counts}):
            print(f"{step:16} right {counts[step, True]:5}  wrong {counts[step, False]:4}")
        wrong = Counter((r["step"], "+".join(r["where"])) for r in chosen if not r["right"])
        for (step, where), n in sorted(wrong.items()):
            print(f"   wrong {step:16} {where:24} {n}")


def main() -> None:
    dump_or_table(rows, table)


if __name__ == "__main__":
    main()
