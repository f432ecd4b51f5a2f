"""A verb of saying inside a comme-clause or an English as-clause, whose subject follows it
or stands right before it: « La crise est grave, comme l'a rappelé le ministre », « Comme il
l'a rappelé, la crise est grave », « X souligne, ainsi que l'a rappelé Y, qu'il faut… »,
"As the minister noted, …", "…, as the report says.". What was said is the sentence without
the clause (or the object clause it was set before). Read for ``relative``, which says which
inverted reading a verb stands in (out of it since tidy38)."""

from __future__ import annotations

import re

from quizapp.draft.clause.inverted_subjects.subject import source_after
from quizapp.draft.reporting.cues import Cue
from quizapp.draft.reporting.english_cue_forms.english_forms import reads_as_clause
from quizapp.draft.shapes.detect.view import (
    Draft,
    SentenceView,
    has_quote,
    inner,
    relay_window,
    strip_span,
)
from quizapp.draft.text.segment import Span, words_in
from quizapp.draft.words.lexicon import Lexicon, built_once, fold

_AS_CLAUSE = re.compile(r"(?i)(?:^|,\s*)as\s+((?:[\w'’.-]+\s+){0,6}?[\w'’.-]+)\s*$")


def as_clause(view: SentenceView, cue: Cue) -> re.Match[str] | None:
    """ "As the minister noted, …" / "…, as the report says.": the subject is before the
    verb and what is said is the rest of the sentence."""
    if view.lex.language != "en" or cue.participle or cue.pronoun is not None:
        return None
    found = _AS_CLAUSE.search(view.text, view.span[0], cue.span[0])
    if found is None or (found.start() > view.span[0] and not found.group().startswith(",")):
        return None
    if reads_as_clause(view.lex, view.text[cue.span[1] : view.span[1]].strip()):
        return None  # "…, as patients said they felt ripped off": the verb's own clause
    if any(found.start(1) <= other.span[0] < cue.span[0] for other in view.cues):
        return None  # "as patients said they felt": "felt" is said, no as-clause of its own
    return found


def as_draft(view: SentenceView, cue: Cue, clause: re.Match[str]) -> Draft | None:
    text = view.text
    source = (clause.start(1), clause.end(1))
    if clause.start() <= view.span[0]:  # "As X noted on Tuesday, the economy…"
        comma = text.find(",", cue.span[1], view.span[1])
        if comma < 0:
            return None
        content = strip_span(text, (comma + 1, view.span[1]))
    else:
        content = strip_span(text, (view.span[0], clause.start()))
    if words_in(text, content) < 3:
        return None
    kind = "mixed" if has_quote(view, content) else "indirect"
    return Draft(content, cue.span, source, kind, None, 0.65, relay_window(view, cue))


def comme_clause_start(view: SentenceView, cue: Cue) -> int | None:
    """The token index of "comme" in "comme l'a dit X", "comme le souligne X", "comme il
    l'a rappelé", "as X said" is left to the English shapes; None when absent."""
    if view.lex.language != "fr":
        return None
    words = view.folded_tokens
    index = cue.first - 1
    if index < 1 or words[index] not in view.lex.word_set("neuter_object_clitics"):
        return None
    index -= 1
    if words[index] in view.lex.word_set("third_person_subject_pronouns") and index > 0:
        index -= 1
    if words[index] == "comme" or (words[index] == "que" and index and words[index - 1] == "ainsi"):
        return index - 1 if words[index] == "que" else index
    return None


def comme_draft(view: SentenceView, cue: Cue, comme: int) -> Draft | None:
    """The sentence without its comme-clause is what the subject of the clause said; set
    between a verb and its object clause (« X souligne, ainsi que l'a rappelé Y, qu'il
    faut… »), that clause; a quotation ending the sentence right after it, that quotation."""
    text = view.text
    subject = _comme_subject(view, cue)
    if subject is None:
        return None
    source, clause_end = subject
    clause_start = view.tokens[comme].start
    if clause_start <= view.span[0] + 1:  # "Comme l'a dit X, la crise…"
        comma = re.match(r"[^,]*,", text[clause_end : view.span[1]])
        if comma is None:
            return None
        content = strip_span(text, (clause_end + comma.end(), view.span[1]))
    else:
        quoted = _quotation_after(view, clause_end)
        if quoted is not None:
            return Draft(quoted, cue.span, source, "direct", None, 0.65, relay_window(view, cue))
        content = _object_after(view, clause_end) or strip_span(text, (view.span[0], clause_start))
    if words_in(text, content) < 3:
        return None
    kind = "mixed" if has_quote(view, content) else "indirect"
    return Draft(content, cue.span, source, kind, None, 0.65, relay_window(view, cue))


def _comme_subject(view: SentenceView, cue: Cue) -> tuple[Span, int] | None:
    """The comme-clause's subject and where the clause ends: a pronoun before the clitic
    (« comme il l'a dit »), never « que » of « ainsi que », the clause ending on its verb; or
    the subject after the verb (« comme l'a dit X »), the clause ending on it."""
    token = view.tokens[cue.first - 2]  # « comme il l'a dit », not « ainsi que l'a »
    if fold(token.text) in view.lex.word_set("third_person_subject_pronouns"):
        return (token.start, token.end), cue.span[1]
    source = source_after(view, cue)
    return None if source is None else (source, source[1])


def _quotation_after(view: SentenceView, clause_end: int) -> Span | None:
    """The quotation right after an inserted comme-clause's closing comma, when it ends the
    sentence (« … car, comme le disait l'un d'eux, « quand on a été au smic… » »): the
    clause gives those words, not the sentence before it, which is the outlet's (quotes47);
    the words inside the marks, as a direct quotation's content is."""
    comma = re.match(r"[^,.;:«“\"]*,\s*", view.text[clause_end : view.span[1]])
    if comma is None:
        return None
    opening = clause_end + comma.end()
    quote = next((q for q in view.quotes if q[0] == opening), None)
    if quote is None or view.text[quote[1] : view.span[1]].strip(' .»”"') != "":
        return None
    content = inner(view.text, quote)
    return content if words_in(view.text, content) >= 3 else None


def _object_after(view: SentenceView, clause_end: int) -> Span | None:
    """The object clause right after an inserted comme-clause's closing comma (« …, ainsi
    que l'a rappelé Y, qu'il faut… »: lexicon ``subordinators``), to the sentence's end."""
    comma = re.match(r"[^,.;:]*,\s*", view.text[clause_end : view.span[1]])
    if comma is None:
        return None
    opener = _subordinator(view.lex).match(view.text, clause_end + comma.end(), view.span[1])
    return None if opener is None else strip_span(view.text, (opener.end(), view.span[1]))


@built_once
def _subordinator(lex: Lexicon) -> re.Pattern[str]:
    """« que » or « qu' » opening an object clause."""
    words = lex.one_of("subordinators")
    return re.compile(rf"(?i)(?:{words})(?:(?<=['’])|\b)\s*")
