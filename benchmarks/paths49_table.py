"""The tables of ``paths49_probe.py``: by reading, matched findings and right speakers on the
tuning set (blind27-47), the rest of the corpus and the stand-in (blind48, counted only), the
tuning set's share right by window of three rounds, and for the weak readings what the other
readings would have given on the same rows."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from draft_eval import same_speaker

WINDOWS = [(27, 29), (30, 32), (33, 35), (36, 38), (39, 41), (42, 44), (45, 47)]
ALTERNATIVES = (
    "next",
    "last",
    "before_last",
    "subject",
    "near",
    "between",
    "between_person",
    "unchanged",
)


def group_of(batch: str) -> str:
    number = int(re.sub(r"\D", "", batch) or 0)
    if batch == "blind48":
        return "stand-in"
    return "tuning" if 27 <= number <= 47 else "rest"


def window_of(batch: str) -> int | None:
    number = int(re.sub(r"\D", "", batch) or 0)
    return next((i for i, (a, b) in enumerate(WINDOWS) if a <= number <= b), None)


def _share(total: int, right: int) -> str:
    """« right of total, share »: the counts first, the ratio after."""
    return f"{right}/{total} {100 * right / total:.0f}%" if total else "-"


def by_reading(rows: list[dict]) -> dict[str, dict]:
    """reading -> {group: [matched, right], "windows": [[matched, right] * 7]}."""
    table: dict[str, dict] = defaultdict(
        lambda: {"windows": [[0, 0] for _ in WINDOWS], "all": [0, 0]}
    )
    for row in rows:
        entry = table[row["reading"]]
        group = group_of(row["batch"])
        counts = entry.setdefault(group, [0, 0])
        for pair in (counts, entry["all"]):
            pair[0] += 1
            pair[1] += row["right"]
        window = window_of(row["batch"]) if group == "tuning" else None
        if window is not None:
            entry["windows"][window][0] += 1
            entry["windows"][window][1] += row["right"]
    return table


def print_tables(rows: list[dict], least: int = 20) -> None:
    """The reading table (readings with ``least`` matched findings or more on the corpus,
    the others summed), then the alternatives on the weak readings."""
    table = by_reading(rows)
    print_families(rows)
    print("\n| reading | corpus | tuning | rest | stand-in | tuning by window (27-29 … 45-47) |")
    print("|---|---|---|---|---|---|")
    small = [0, 0]
    for name, entry in sorted(table.items(), key=lambda item: -item[1]["all"][0]):
        if entry["all"][0] < least:
            small[0] += entry["all"][0]
            small[1] += entry["all"][1]
            continue
        windows = " ".join(f"{100 * r / m:.0f}" if m >= 3 else "·" for m, r in entry["windows"])
        cells = [_share(*entry.get(g, [0, 0])) for g in ("all", "tuning", "rest", "stand-in")]
        print(f"| {name} | " + " | ".join(cells) + f" | {windows} |")
    print(
        f"| {len([e for e in table.values() if e['all'][0] < least])} smaller readings | "
        f"{_share(*small)} | | | | |"
    )
    print_alternatives(rows, table, least)
    print_switches(rows, table, least)
    print_stages(rows)


def print_alternatives(rows: list[dict], table: dict, least: int) -> None:
    """On each weak reading's rows (under 60 % right, ``least`` findings or more): how many
    each other reading gets right that the reading got wrong (fixed) and wrong that it got
    right (broken), on the corpus and the tuning set, and in how many windows it is ahead."""
    weak = [n for n, e in table.items() if _weak(e["all"], least)]
    print(
        "\n| weak reading | other reading | corpus fixed/broken | tuning fixed/broken |"
        " stand-in fixed/broken | windows better/equal/worse |"
    )
    print("|---|---|---|---|---|---|")
    for name in sorted(weak, key=lambda n: -table[n]["all"][0]):
        mine = [r for r in rows if r["reading"] == name]
        for other in [a for a in ALTERNATIVES if any(a in r["alt"] for r in mine)]:
            print(f"| {name} | {other} | " + " | ".join(_moved(mine, other)) + " |")


def _weak(counts: list[int], least: int) -> bool:
    """Under 60 % right over ``least`` findings or more; or under 90 % with 40 wrong or more
    (the large readings hold most wrong rows at a share above 60 %)."""
    matched, right = counts
    many_wrong = matched - right >= 40 and right < 0.9 * matched
    return matched >= least and (right < 0.6 * matched or many_wrong)


def _moved(rows: list[dict], other: str) -> list[str]:
    counts = defaultdict(lambda: [0, 0])
    for row in rows:
        alt = row["alt"].get(other, [None, False])[1]
        delta = (alt and not row["right"], row["right"] and not alt)
        group = group_of(row["batch"])
        for where in ("all", group) + (
            (f"w{window_of(row['batch'])}",) if group == "tuning" else ()
        ):
            counts[where][0] += delta[0]
            counts[where][1] += delta[1]
    windows = [counts[f"w{i}"][0] - counts[f"w{i}"][1] for i in range(len(WINDOWS))]
    better, equal = sum(w > 0 for w in windows), sum(w == 0 for w in windows)
    steady = f"{better}/{equal}/{len(windows) - better - equal}"
    return [f"{counts[g][0]}/{counts[g][1]}" for g in ("all", "tuning", "stand-in")] + [steady]


def print_stages(rows: list[dict]) -> None:
    """Each later step that rebuilt findings with another speaker, against the speaker the
    reading first gave: right now and wrong before (fixed), the other way (broken)."""
    print(
        "\n| step that changed the speaker | matched | corpus fixed/broken | tuning fixed/broken |"
        " stand-in fixed/broken | windows better/equal/worse |"
    )
    print("|---|---|---|---|---|---|")
    steps: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        if " then " in row["reading"]:
            steps[row["reading"].split(" then ")[-1]].append(
                {**row, "alt": {"unchanged": row["alt"]["unchanged"]}}
            )
    for step, changed in sorted(steps.items(), key=lambda item: -len(item[1])):
        # the step is the reading here: fixed = right now, wrong unchanged
        flipped = [
            {**r, "right": r["alt"]["unchanged"][1], "alt": {"now": [None, r["right"]]}}
            for r in changed
        ]
        print(f"| {step} | {len(changed)} | " + " | ".join(_moved(flipped, "now")) + " |")


def print_switches(rows: list[dict], table: dict, least: int = 20) -> None:
    """A weak reading's rows switched to another reading only where that one names someone
    else (the simplest rule each alternative makes), outside the stand-in: rows switched, fixed
    and broken on the corpus and on the tuning set; with the ceiling (wrong rows some
    alternative gets right) and how the wrong rows spread (tuning rounds holding one, the
    most from one article)."""
    print(
        "\n| weak reading | wrong | ceiling | rounds with a wrong row | most wrong in one article"
        " | switched to: rows, corpus fixed/broken, tuning fixed/broken |"
    )
    print("|---|---|---|---|---|---|")
    for name in sorted(
        (n for n, e in table.items() if _weak(e["all"], least)), key=lambda n: -table[n]["all"][0]
    ):
        mine = [r for r in rows if r["reading"] == name and r["batch"] != "blind48"]
        wrong = [r for r in mine if not r["right"]]
        ceiling = sum(any(v[1] for v in r["alt"].values()) for r in wrong)
        rounds = {r["batch"] for r in wrong if group_of(r["batch"]) == "tuning"}
        most = max(Counter(r["article"] for r in wrong).values(), default=0)
        cells = [_switched(mine, alt) for alt in ALTERNATIVES if any(alt in r["alt"] for r in mine)]
        print(
            f"| {name} | {len(wrong)} | {ceiling} | {len(rounds)}/21 | {most} | "
            + "; ".join(c for c in cells if c)
            + " |"
        )


def _switched(rows: list[dict], alt: str) -> str:
    moved = [r for r in rows if (r["alt"].get(alt) or [None])[0]]
    moved = [r for r in moved if not same_speaker(r["alt"][alt][0], r["found"])]
    if not moved:
        return ""
    tuning = [r for r in moved if group_of(r["batch"]) == "tuning"]

    def fixed_broken(some: list[dict]) -> str:
        fixed = sum(r["alt"][alt][1] and not r["right"] for r in some)
        return f"{fixed}/{sum(r['right'] and not r['alt'][alt][1] for r in some)}"

    return f"{alt} {len(moved)}, {fixed_broken(moved)}, {fixed_broken(tuning)}"


FAMILIES = (  # (family, test on the reading's name), first that fits
    ("a cue's source: a name", lambda r: r.startswith("resolved_drafts.resolved:_by_form>_named")),
    ("a cue's source: a description of its own", lambda r: "=_own_description" in r),
    (
        "a cue's source: a pronoun, the last speaker for want of a person",
        lambda r: "_pronoun" in r and r.split(" then ")[0].endswith("_last_speaker"),
    ),
    (
        "a cue's source: a pronoun or « ce dernier »",
        lambda r: "_pronoun" in r or "_demonstrative" in r,
    ),
    (
        "a cue's source: no words of its own (the sentence's speaker)",
        lambda r: "_sentence_speaker" in r,
    ),
    (
        "a cue's source: a description taking someone up",
        lambda r: r.startswith("resolved_drafts.resolved"),
    ),
    (
        "a lone quotation: the last finding's speaker",
        lambda r: r.startswith("alone._given_on:last_finding"),
    ),
    ("a lone quotation: the fresh subject", lambda r: r.startswith("alone.")),
    ("another rule without a cue", lambda r: True),
)


def print_families(rows: list[dict]) -> None:
    """The readings gathered in families: right of matched per set, and wrong rows."""
    print("\n| family | corpus | tuning | rest | stand-in | wrong (corpus) |")
    print("|---|---|---|---|---|---|")
    counts: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for row in rows:
        family = next(name for name, fits in FAMILIES if fits(row["reading"]))
        for group in ("all", group_of(row["batch"])):
            counts[family][group][0] += 1
            counts[family][group][1] += row["right"]
    for family, _ in FAMILIES:
        cells = [_share(*counts[family][g]) for g in ("all", "tuning", "rest", "stand-in")]
        wrong = counts[family]["all"][0] - counts[family]["all"][1]
        print(f"| {family} | " + " | ".join(cells) + f" | {wrong} |")
