"""The English cue that closes a sentence (", an aide said.", ", said GOP aides."): the comma
that closes the clause it reports, and the subject between them when there is one (a few
words, a name and its description, a noun phrase and its relative clause), after a comma or
a spaced dash; an inverted plural present (", say two officials."); a cue inserted after an
opening adverbial or before a clause of reason (english10). Moved out of detect/clauses.py
(english9), which passed 300 lines; clauses.clause_then_cue reads it."""

from __future__ import annotations

import re

from quizapp.draft.reporting.cues import Cue
from quizapp.draft.reporting.english_cue_forms.english_forms import reads_as_clause
from quizapp.draft.reporting.english_cue_forms.english_subjects import (
    long_subject_fits,
    no_verb,
    subject_length,
)
from quizapp.draft.shapes.detect.view import EN_FINITE, SentenceView, strip_span
from quizapp.draft.text.segment import Span
from quizapp.draft.words.lexicon import Lexicon, built_once, fold

_COMMA_THEN_WORD = re.compile(r"\s*,\s*([\w'’]+)")


def en_final_comma(
    view: SentenceView, cue: Cue, before: str
) -> tuple[re.Match[str] | None, str | None]:
    """The comma that closes the clause before an English final cue, with the subject
    between them when there is one ("…, an aide said"); None when the cue ends no clause."""
    match = re.search(rf"{_OPENS}\s*((?:[\w'’.-]+\s+){{0,6}}?)$", before) or _named_subject(
        view, before
    )
    if match and re.match(
        r"(?i)(?:though|although|while|whereas|but|and|as|if|because|who|which)\b"
        r"|(?-i:[a-z]+ing)\s+(?:what|it|he|she|they|we)\b",
        match.group(1),
    ):
        match = None  # ", though some warn of…", ", who says it…", ", echoing what others
        # have found", ", adding it expected…": not a final cue
    apposed = _ENAPPOSED_SUBJECT.search(before) if match and not match.group(1) else None
    match = apposed or match  # "…, the chief executive, Jane Doe, told Reuters."
    if match is None or not match.group(1):  # "…, an official who asked not to be named said"
        relative = _EN_RELATIVE_SUBJECT.search(before)
        match = relative if relative and long_subject_fits(view.lex, relative.group(1)) else match
    if match is None:  # "…, a spokesman for Senate Majority Leader Harry Reid said"
        match = _EN_NAMED_COMPLEMENT.search(before)
    if match and re.search(r"\bthan\b", match.group(1)):
        match = None  # "…, far more than traders expected": a comparison, nothing said
    if match and _says_itself(view, match.group(1)):
        match = None  # "In a post, Ford said the premiers agreed…": a clause, not a subject
    subject = match.group(1).strip() if match else None
    closed = _en_clause_closed if subject else _en_inverted
    fits = match is not None and closed(view, cue)
    return (match if fits else None), subject


def _named_subject(view: SentenceView, before: str) -> re.Match[str] | None:
    """A longer subject whose capitalised words are one name ("…, a Queensland Fire and
    Emergency Services spokeswoman said"): no longer than six words once the name counts as
    one (english_subjects.subject_length)."""
    match = re.search(rf"{_OPENS}\s*((?:[\w'’.-]+\s+){{7,16}}?)$", before)
    fits = match and subject_length(view.lex, match.group(1).split()) <= 6
    return match if fits else None


def _says_itself(view: SentenceView, subject: str) -> bool:
    """A subject holding a finite verb of plain saying in lower case (lexicon
    plain_saying_forms, base forms aside) outside a relative is a clause with its own cue,
    no subject."""
    lex, words = view.lex, subject.split()
    if any(w in lex.word_set("relative_pronouns") for w in words):
        return False  # "a man who said he was a trader": the relative's verb
    forms = lex.word_set("plain_saying_forms")
    return any(w in forms and w not in lex.base_forms for w in words if w.islower())


# what closes the clause before a final cue's subject: a comma, or a spaced dash ("… — sources
# tell CTV News.", "… — with a draft trading hands — a source said.")
_OPENS = r"(?:,|\s[—–])"


# A subject set off by commas before a final cue: a name and its description, either order
# ("…, the chief executive, Jane Doe, said." / "…, Jane Doe, the chief executive, told X.").
_EN_NAME = r"(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+"
_EN_ROLE = (
    r"(?:(?:the|a|an|its|his|her|their|[A-Z][\w.-]*['’]s)\s[^,;:.“”\"]{1,80}?"
    r"|[a-z][\w-]*(?:\s[a-z][\w-]*)?\s(?:of|for|at)\s[^,;:.“”\"]{1,60}?"  # chair of the…
    r"|(?:[A-Z][\w-]*\s){1,2}(?:[a-z][\w-]*\s)?[a-z][\w-]+)"  # Labour group leader
)
_ENAPPOSED_SUBJECT = re.compile(
    rf"{_OPENS}\s*((?:{_EN_NAME},\s*{_EN_ROLE}|{_EN_ROLE},\s*{_EN_NAME})),\s*$"
)


# a noun phrase and its relative clause after the last comma: a subject before a final cue
_EN_RELATIVE_SUBJECT = re.compile(
    _OPENS + r"\s*((?:a|an|the|one|two|three|some|several)\s[^,;:“”\"]{2,60}?\s(?:who|that)\s"
    r"[^,;:“”\"]{2,80}?)\s*$"
)


# a description whose complement is a name, after the last comma: "a spokesman for Senate
# Majority Leader Harry Reid", "the head of the Royal College of Nursing" (a name of up to seven
# capitalised words, "the" or "of" between them; no verb can hide in it)
_EN_NAMED_COMPLEMENT = re.compile(
    _OPENS + r"\s*((?:a|an|the)\s(?:[a-z][\w'’-]*\s+){1,3}(?:of|for|at|from|with)\s+"
    r"(?:the\s+)?[A-Z][\w.&'’-]*\s+(?:(?:[A-Z][\w.&'’-]*|of|the|and)\s+){0,6})$"
)


def _en_clause_closed(view: SentenceView, cue: Cue) -> bool:
    """ ", an aide said." or ", an aide said Monday, as…": nothing said follows the verb."""
    rest = view.text[_past_hearer(view, cue.span[1]) : view.span[1]].strip(" .")
    if not rest or rest.startswith(",") or len(rest.split()) <= 3:
        return True
    setting = re.match(r"(?:in|on|at|during|after|before|to|from|via|through)\s", rest)
    return bool(setting) and not EN_FINITE.search(rest) and not re.search(r"\bthat\b", rest)


def _en_inverted(view: SentenceView, cue: Cue) -> bool:
    """ ", said GOP aides, who…": a noun phrase follows, not a clause of its own."""
    verb = fold(" ".join(view.text[cue.span[0] : cue.span[1]].split()))
    base = verb in view.lex.word_set("inverting_base_forms")  # ", say two senior sources"
    if not base and not any(verb.endswith(f) for f in view.lex.word_set("inverting_forms")):
        return False  # (a base form is a cue here only before a plural: english_subjects)
    before = view.text[view.span[0] : cue.span[0]]
    aside = re.search(r",\s*(who|which|[a-z]+ing)\b[^,]*,\s*$", before)
    if aside and (aside.group(1) in ("who", "which") or not EN_FINITE.search(aside.group())):
        return False  # "Officials, who spoke…, said the talks…", not ", fishing has been…,"
    if _PERSON_RELATIVE_ASIDE.search(before) or _dashed_relative(view, before):
        return False  # "X, the councillor who proposed the rules, said renters…": X speaks
    return _inverted_head(view, cue)


@built_once
def _dashed_relative_pattern(lex: Lexicon) -> re.Pattern[str]:
    """A relative (lexicon ``antecedent_relatives``) set off by spaced dashes right before the
    verb."""
    relatives = lex.one_of("antecedent_relatives")
    return re.compile(rf"\s[—–]\s*(?:{relatives})\b[^—–,;:“”\"]*\s[—–]\s*$")


def _dashed_relative(view: SentenceView, before: str) -> bool:
    """ "Jane Roe – who leads the county council – insisted the plan…": a relative set off by
    spaced dashes right before the verb describes its antecedent, the verb's subject, before
    it (english32). Only when the words before the first dash are a noun phrase (no verb of
    their own): after "The idea is dead – which nobody doubts – said Paul Smith." the
    relative stands for the clause, and the cue is inverted after it (review32)."""
    found = _dashed_relative_pattern(view.lex).search(before)
    if found is None:
        return False
    antecedent = re.split(r"[,;:]", before[: found.start()])[-1]
    return bool(antecedent.strip()) and not EN_FINITE.search(antecedent)


# an apposition set off by commas whose noun a "who" clause describes: a person, the subject
_PERSON_RELATIVE_ASIDE = re.compile(r",\s*(?:the|a|an)\s[^,;:“”\"]{1,60}?\bwho\s[^,]*,\s*$")


def _inverted_head(view: SentenceView, cue: Cue) -> bool:
    """What follows an inverted final cue is a noun phrase, not a clause of its own."""
    rest = view.text[cue.span[1] : view.span[1]]
    head = re.split(r"[;:]|(?<!\d)[,.]|[,.](?!\d)", rest, maxsplit=1)[0]  # not "1,500"
    return bool(head.strip()) and not EN_FINITE.search(head) and not re.match(r"\s*that\b", head)


def en_clause_after_opening(view: SentenceView, end: int, after: int) -> Span | None:
    """ "As a result, they said, the law would force…": when all before an inserted cue is an
    opening adverbial (a connective of lexicon ``opening_connectives`` or a phrase of at most
    four words opening on one of ``clause_not_openers``, with no verb), what was said is the
    clause after the cue."""
    if view.lex.language != "en":
        return None
    opening = fold(view.text[view.span[0] : end]).strip(" ,")
    words = opening.split()
    connective = opening in view.lex.word_set("opening_connectives")
    phrase = 1 <= len(words) <= 4 and words[0] in view.lex.word_set("clause_not_openers") | {"as"}
    if not words or not (connective or phrase) or not no_verb(view.lex, words):
        return None
    after = _past_hearer(view, after)
    rest = re.match(r"\s*,\s*", view.text[after : view.span[1]])
    clause = strip_span(view.text, (after + rest.end(), view.span[1])) if rest else None
    if clause is None or not reads_as_clause(view.lex, view.text[clause[0] : clause[1]]):
        return None
    return clause


def en_reason_goes_on(view: SentenceView, after: int) -> bool:
    """ "The ruling doesn't change much, he said, because the state…": a clause of reason or
    condition after an inserted cue goes on with what was said (lexicon
    ``continuing_subordinators``)."""
    after = _past_hearer(view, after)
    rest = _COMMA_THEN_WORD.match(view.text[after : view.span[1]])
    return bool(rest) and fold(rest.group(1)) in view.lex.word_set("continuing_subordinators")


def _past_hearer(view: SentenceView, after: int) -> int:
    """Past whom a "tell" cue was said to, when the cue ends at ``after`` ("…, critics tell
    reporters, because…", "…, he told CNN, because…")."""
    if not _TELL.search(view.text, view.span[0], after):
        return after
    hearer = _HEARER.match(view.text, after, view.span[1])
    return hearer.end() if hearer else after


_TELL = re.compile(r"(?i)\b(?:told|tells?|telling)$")
_HEARER = re.compile(r"\s+(?:[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}|reporters|journalists|"
                     r"him|her|them|me|us|(?:the|a|an)\s+\w+)(?=\s*,)")  # fmt: skip
