"""A forwarded e-mail's headers at the top of a paste: left out, their subject and date kept.

A teacher who pastes an article a colleague forwarded her copies the mail's headers with it:
« -------- Message transféré -------- », « De : », « Date : », « Objet : », « À : » (Thunderbird,
Gmail, Outlook; "From:", "Sent:", "Subject:", "To:" in English). They stayed article text: the
headline read « De : Marie Dupont <…> », and the drafter read the lines as facts (dates53). A
run of header lines (``mail_headers`` in words.json) right at the top, giving a sender and a
date or a subject, or following a forwarding mark (``mail_forward_marks``), is the mail's.
Anything else stays: a « Date : 3 mars » line inside the article is no header run, nor a
press paste's « Date : » and « De : notre correspondant » lines with no subject nor address.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from quizapp.sets.articles.article_words import article_word_lists, article_words
from quizapp.sets.articles.dating.date_shapes import read_date

_HEADER = re.compile(r"^\s*([^\W\d_][\w'’ -]{0,24}?)[ \t\u00a0\u202f]*:[ \t\u00a0]*(.*?)\s*$")


@dataclass(frozen=True)
class MailHead:
    """The paste without its mail headers, and what the headers give (either may be empty)."""

    text: str
    subject: str = ""
    date: str = ""  # ISO 8601


def _role(label: str) -> str:
    """What a header's label gives (« Objet » a subject), empty when it is no mail label."""
    label = " ".join(label.lower().split())
    lists = article_word_lists("mail_headers")
    return next((role for role, words in lists.items() if label in words), "")


def _forward_mark(line: str) -> bool:
    """« -------- Message transféré -------- », "Begin forwarded message:"."""
    words = " ".join(line.strip(" \t-—–_:").lower().split())
    return bool(words) and words in article_words("mail_forward_marks")


def _headers(lines: list[str], start: int) -> tuple[dict[str, str], int]:
    """The header lines from ``start`` (blank lines before the first allowed) as their roles'
    values, the first of each kept, and the number of the line after the run."""
    found: dict[str, str] = {}
    number = start
    while number < len(lines):
        line = lines[number]
        header = _HEADER.match(line)
        role = _role(header.group(1)) if header else ""
        if not role and (line.strip() or found):
            break
        if role:
            found.setdefault(role, header.group(2))
        number += 1
    return found, number


MAX_NOTE_LINES = 4  # « Bonjour, voici l'article pour jeudi. » above Gmail's forwarding mark


def mail_head(text: str) -> MailHead:
    """``text`` without the forwarded mail's headers at its top, with their subject (its
    « TR : », "Fwd:" left off) and date; ``text`` itself when its top is no header run. A
    forwarding mark may come under a short note of the colleague's, which goes with it."""
    lines = text.split("\n")
    worded = [n for n, line in enumerate(lines) if line.strip()][: MAX_NOTE_LINES + 1]
    first = next((n for n in worded if _forward_mark(lines[n])), worded[0] if worded else 0)
    marked = first < len(lines) and _forward_mark(lines[first])
    found, after = _headers(lines, first + marked)
    if not (marked and found) and not _unmarked_head(found) and not _press_head(found):
        return MailHead(text)
    rest = "\n".join(lines[after:]).lstrip("\n")
    date = read_date(found.get("date", ""), abbreviated=True)
    return MailHead(rest, _bare_subject(found.get("subject", "")), date)


_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|<[^<>]+>")


def _unmarked_head(found: dict[str, str]) -> bool:
    """Header lines with no forwarding mark above are a mail's when they give a sender and a
    subject, or a sender and a date with an address among them (Outlook's « De : Marie Dupont
    <…> », « Envoyé : … »). A press paste's « Date : 12 mars 2026 » / « De : notre
    correspondant à Bruxelles » gives neither, and was dropped (mend53c)."""
    if "from" not in found:
        return False
    return "subject" in found or any(map(_ADDRESS.search, found.values()))


def _press_head(found: dict[str, str]) -> bool:
    """A press paste's « Date : 12 mars 2026 » / « De : notre correspondant à Bruxelles »
    above the headline: a real date, and a sender that is a byline's role
    (``byline_roles``). They are the page's, no text: mend53c kept them, the first as the
    headline, and the article lost its date (mend53f)."""
    sender = found.get("from", "").lower()
    roles = article_words("byline_roles")
    dated = bool(read_date(found.get("date", ""), abbreviated=True))
    return (
        dated and set(found) <= {"date", "from"} and (not sender or sender.startswith(tuple(roles)))
    )


@cache
def _subject_prefix() -> re.Pattern[str]:
    """« TR : », "Fwd:", "RE: Fw:", compiled once from the word list."""
    words = "|".join(map(re.escape, sorted(article_words("mail_subject_prefixes"), key=len)[::-1]))
    return re.compile(rf"^(?:\s*(?:{words})\s*:\s*)+", re.I)


def _bare_subject(subject: str) -> str:
    """The subject without what the mail program wrote before it."""
    return _subject_prefix().sub("", subject).strip()
