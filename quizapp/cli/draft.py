"""``quizapp draft ARTICLE -o DRAFT.quiz.yaml``: a set of drafted questions from an article.

Reads .txt (a first line followed by a blank line is the headline), a saved .html page or a
.docx through ``quizapp.sets.articles.reading``; analyses it (rules only, offline); writes a
set that the loader accepts, every question marked as a draft; prints a short report; with
``--analysis`` also writes the findings as the JSON documented in docs/drafting.md. Qt is never
imported here.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from quizapp.sets.articles.text import has_headline, map_span, tidy_paragraphs
from quizapp.sets.catalog import say

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


def add_draft_command(commands: argparse._SubParsersAction) -> None:
    draft = commands.add_parser("draft", help="draft a question set from an article")
    draft.add_argument("article", type=Path, metavar="ARTICLE", help=".txt, .html or .docx")
    draft.add_argument("-o", "--output", type=Path, required=True, metavar="DRAFT.quiz.yaml")
    draft.add_argument("--language", choices=("fr", "en"), help="default: guessed from the text")
    draft.add_argument("--analysis", type=Path, metavar="OUT.json", help="also write the findings")
    draft.add_argument("--force", action="store_true", help="replace existing output files")
    draft.set_defaults(handler=run_draft)


def run_draft(args: argparse.Namespace) -> int:
    from quizapp.draft import analyze
    from quizapp.draft.drafting.draft_set import checked_set, draft_set_data, guess_language
    from quizapp.sets.editing.writer import set_text

    for target in (args.output, args.analysis):
        if target is not None and target.exists() and not args.force:
            print(say("draft_exists", "{path}: already exists (use --force to replace it)",
                      path=target), file=sys.stderr)  # fmt: skip
            return EXIT_USAGE
    article = _article(args.article)
    if article is None:
        return EXIT_INVALID
    drafted = article.text  # a set's article, drafted whole (bounds56)
    language = args.language or guess_language(drafted)
    stated = has_headline(article.file_text) if article.file_text else bool(article.title)
    headline = article.title if stated else None  # a web page or a Word file says its title
    analysis = analyze(drafted, language, headline=headline)
    if args.analysis is not None:  # the findings stand even when no question can be drafted
        found = analysis_json(analysis, article.file_text)
        _write(args.analysis, json.dumps(found, ensure_ascii=False, indent=2) + "\n")
    data = draft_set_data(
        article.text, language, title=article.title, outlet=article.outlet, url=article.url,
        date=article.date, analysis=analysis,
    )  # fmt: skip
    if not data["questions"]:
        print(say("draft_empty", "{path}: no question could be drafted from this text",
                  path=args.article), file=sys.stderr)  # fmt: skip
        return EXIT_INVALID
    checked_set(data, args.output)
    _write(args.output, set_text(data))
    _report(args, language, analysis, data)
    return EXIT_OK


def _article(path: Path) -> Any:
    """The article in ``path``, or None once the error stream said it is longer than a set's
    article may be, by how much, and what to do (bounds56: the set written would not load)."""
    from quizapp.sets.articles.article_size import article_too_long
    from quizapp.sets.articles.reading import ArticleError, read_article

    try:
        return read_article(path)
    except ArticleError as error:
        if error.kind != "too_long":
            raise
        reason = article_too_long(int(error.detail))
        print(say("draft_too_long", "{path}: {reason}", path=path, reason=reason), file=sys.stderr)
        return None


def analysis_json(analysis: Any, file_text: str) -> dict:
    """The findings as JSON, their offsets into the file's own text when it was a plain-text
    file (the drafter reads a tidied copy; a reader of the JSON has the file as it is)."""
    found = analysis.to_json()
    if not file_text:
        return found
    tidy, positions = tidy_paragraphs(file_text)
    if tidy != analysis.text:  # not the text analysed: keep the tidy offsets and their hash
        return found
    found["text_sha256"] = hashlib.sha256(file_text.encode("utf-8")).hexdigest()
    for item in found["attributions"]:
        for name in ("content", "cue", "source", "speaker_mention"):
            if item[name] is not None:
                item[name] = list(map_span(positions, tuple(item[name])))
    for claim in found["unattributed"]:
        claim["span"] = list(map_span(positions, tuple(claim["span"])))
    for speaker in found["speakers"]:
        speaker["mentions"] = [list(map_span(positions, tuple(m))) for m in speaker["mentions"]]
    return found


def _write(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8", newline="\n")


def _report(args: argparse.Namespace, language: str, analysis, data: dict) -> None:
    """What was drafted, by kind of question and how many to check, then what was found:
    statements by the kind of their source, from how many speakers (teacher16 read « sources
    4 (nommées 7, …) », speakers before the brackets and statements inside them)."""
    from quizapp.draft.drafting.edits import LOW_CONFIDENCE, confidence

    questions = data["questions"]
    kinds = Counter(q["type"] for q in questions)
    unsure = sum(confidence(q, analysis) < LOW_CONFIDENCE for q in questions)
    print(say("draft_written", "{path}: draft questions {count} ({language}); review them in "
              "the editor before use", path=args.output, count=len(questions),
              language=language))  # fmt: skip
    print(say("draft_kinds", "by kind (as the review names them): who said it {who}, true "
              "or false {true_false}, classify {classify}, match {match}, locate {locate}; to "
              "check {unsure}",
              who=kinds["single_choice"], true_false=kinds["true_false"],
              classify=kinds["classify"], match=kinds["match"], locate=kinds["locate"],
              unsure=unsure))  # fmt: skip
    labels = Counter(a.label for a in analysis.attributions)
    labels.update(c.label for c in analysis.unattributed)
    print(say("draft_findings", "found: attributed statements {attributions} (named {named}, "
              "anonymous {anonymous}, vague {vague}) from {speakers} speakers; passages in the "
              "outlet's own voice {author}, plain facts {fact}",
              attributions=len(analysis.attributions), speakers=len(analysis.speakers),
              named=labels["named"], anonymous=labels["anonymous"], vague=labels["vague"],
              author=labels["author"], fact=labels["fact"]))  # fmt: skip
    if args.analysis is not None:
        print(say("draft_analysis_written", "analysis written to {path}", path=args.analysis))
