"""Speech nested in an outlet's report: « Le New York Times a indiqué que des responsables ont
déclaré que… », « Selon le quotidien, des diplomates estiment que… ». The outer statement is
the outlet's; the inner one is the officials', and it reached the reader through the outlet,
which is recorded as its relay (``via``), the officials keeping their own label.
"""

from __future__ import annotations

from dataclasses import replace

from quizapp.draft.findings import Attribution


def relayed_by_outer_outlet(found: list[Attribution], outlets: set[str]) -> list[Attribution]:
    """Each attribution without a relay whose cue lies inside the content of an outlet's
    attribution gets that outlet as its relay."""
    reports = [a for a in found if a.speaker in outlets]
    if not reports:
        return found
    result = []
    for inner in found:
        anchor = inner.cue or inner.source
        outer = next(
            (
                report
                for report in reports
                if report is not inner
                and anchor is not None
                and report.content[0] <= anchor[0] < report.content[1]
                and report.speaker != inner.speaker
            ),
            None,
        )
        if inner.via is None and outer is not None:
            inner = replace(inner, via=outer.speaker)
        result.append(inner)
    return result
