"""Finding who speaks around a reporting verb: the subject before it (back over relative
clauses, appositions and quotations inside the subject); the inverted subject after it (past
time, relay and setting words) is read in inverted_subjects/subject.py."""

from __future__ import annotations

import re
from dataclasses import replace

from quizapp.draft.clause.noun_phrases.speaker_guards import around_reporting_verb
from quizapp.draft.clause.subjects.antecedent import antecedent
from quizapp.draft.clause.subjects.apposed_subject import with_name_before
from quizapp.draft.clause.subjects.clause_bounds import (
    before_first_verb,
    before_quote_ending_at,
    bracket_opening,
    clause_start_before,
    past_prepositional_relative,
    skip_segment,
    subordinate_subject,
    without_trailing_adverb,
)
from quizapp.draft.clause.subjects.clause_step import Step, phrase_subject
from quizapp.draft.clause.subjects.given_subjects import part_of_before, turn_given_to
from quizapp.draft.clause.subjects.joined_verbs import (
    cue_of_object_clause,
    opening_subject,
    same_number,
)
from quizapp.draft.clause.subjects.object_clitics import (
    without_object_clitic,
    without_personal_clitic,
)
from quizapp.draft.clause.subjects.relative_clauses import (
    before_trailing_relative,
    member_of_group,
    set_off_relative,
    that_relative,
)
from quizapp.draft.clause.subjects.subject_asides import (
    aside_in_brackets,
    inner_clause_start,
    open_relative_start,
    relative_aside_end,
    relative_before_aside,
)
from quizapp.draft.reporting.cues import Cue
from quizapp.draft.reporting.english_cue_forms.english_forms import (
    object_relative_subject,
    opening_setting_length,
)
from quizapp.draft.reporting.english_cue_forms.object_speakers import caused_speaker
from quizapp.draft.shapes.detect.view import SentenceView, strip_span
from quizapp.draft.text.segment import Span
from quizapp.draft.text.sentence.syntax import past_plain_saying, without_fillers
from quizapp.draft.words.lexicon import Lexicon, alternation, built_once, fold


# ----- helpers -----
def source_before(view: SentenceView, cue: Cue) -> Span | None:
    """The subject before a verb, without an object pronoun left before the verb ("Un
    ministre en témoigne", "Cette source l'assure")."""
    turn = turn_given_to(view, cue)
    if turn is not None:
        return turn
    english = view.lex.language == "en"
    caused = caused_speaker(view.text, view.span[0], cue.span[0], view.lex) if english else None
    span = caused or member_of_group(view, _subject_before(view, cue))  # "led X to suspect"
    if span is None:
        return None
    span = past_plain_saying(
        view.text, [c.span for c in view.cues], span, view.lex, skip_segment(view.lex)
    )
    span = around_reporting_verb(view.text, span, view.lex)  # « X demandent au… de retirer »
    span = without_object_clitic(view.text, span)
    return without_personal_clitic(view.text, past_time_words(view.text, span, view.lex), view.lex)


def source_before_clitic(view: SentenceView, cue: Cue) -> Span | None:
    """The subject before an object clitic and its verb (« Le maire l'a confirmé », « Il le
    nie en bloc »): read back from the clitic, which is no part of who speaks, set off from
    its subject or not."""
    clitic = view.tokens[cue.first - 1]
    return source_before(view, replace(cue, first=cue.first - 1, span=(clitic.start, cue.span[1])))


def _subject_before(view: SentenceView, cue: Cue) -> Span | None:
    """The subject before a verb: back to the clause start, skipping "lui", "qui…" segments."""
    end = cue.span[0]
    for _ in range(5):
        step = _clause_subject(view, cue, end)
        if step.done:
            return _outside_relative(view, cue, step.subject)
        end = step.next_end
    return None


def _outside_relative(view: SentenceView, cue: Cue, subject: Span | None) -> Span | None:
    """The subject found, or the antecedent of the relative that holds it ("Jane Roe, who
    represents Ashby, Wenford and Hale, said": Jane Roe, not "Wenford and Hale")."""
    relative = open_relative_start(view, subject, cue.span[0]) if subject else None
    found = antecedent(view, relative + 1) if relative is not None else None
    return found or subject


def _clause_subject(view: SentenceView, cue: Cue, end: int) -> Step:
    """The subject the clause ending at ``end`` gives, or the clause to try next."""
    start = clause_start_before(view, end)
    span = strip_span(view.text, (start, end))
    segment = view.text[span[0] : span[1]]
    step = _relative_or_aside(view, cue, span, start, end)
    if step is not None:
        return step
    own = subordinate_subject(view, span, end) if end == cue.span[0] else None
    if own is not None:  # "…were angry as the council pledged": the council
        return Step(True, own)
    step = _referred_subject(view, start, segment)
    step = step or _subject_in_segment(view, cue, span, start, segment)
    if step is not None:
        return step
    if start <= view.span[0]:
        return Step(True)
    return Step(False, next_end=before_quote_ending_at(view, start))


def _relative_or_aside(
    view: SentenceView, cue: Cue, span: Span, start: int, end: int
) -> Step | None:
    """A clause whose subject is its antecedent's (« X, dont certains ont affirmé », "Acme,
    whose CEO Jo Li said"), or one to step over back to it: a relative « dont » / "whose", an
    inner clause or a relative aside, an aside in brackets."""
    segment = view.text[span[0] : span[1]]
    relative = re.search(r"\b(?:dont|whose)\s*$", view.text[view.span[0] : span[0]])
    own = _WHOSE_NAMED.match(segment) if end == cue.span[0] else None
    if own:  # "Acme, whose CEO Jo Li said that…": the verb is the relative's, Jo Li says
        return Step(True, (span[0] + own.end(), span[1]))
    part = part_of_before(view, segment, relative is not None)
    if part:  # "X, dont certains ont affirmé", "X, many of whom said": X says it
        return Step(True, antecedent(view, view.span[0] + relative.start() if relative else start))
    if relative is not None:  # "X, dont le film est primé, a dit": back to X
        return Step(False, next_end=view.span[0] + relative.start() - 1)
    before_aside = relative_before_aside(view, span, cue.span[0])
    if before_aside is not None:  # « Paul X qui, lundi encore, dénonce »: Paul X
        return Step(True, antecedent(view, before_aside))
    inner = inner_clause_start(view, span, cue.span[0])
    inner = inner or relative_aside_end(view, span, cue.span[0])  # "X, who asked that…, said"
    right_before = view.text[end : cue.span[0]].strip() == ","  # only its comma between
    inner = inner or _inserted_cue(view, span, right_before)
    if inner is not None:  # « X, maire de la ville où il est né, affirme »: back to X
        return Step(False, next_end=inner - 1)
    opened = bracket_opening(view.text, view.span[0], start)  # "(Ind, Ward)": the whole aside
    bracket = view.text[opened - 1 : opened] == "("
    outer = clause_start_before(view, opened - 1)
    if bracket and aside_in_brackets(view.text, outer, opened, (opened, span[1]), view.lex):
        return Step(False, next_end=opened - 1)
    return None


def _inserted_cue(view: SentenceView, span: Span, last: bool) -> int | None:
    """ "The mayor, Tom Reed said, recommended…": a clause of at most four words closing on
    a cue of its own, set between commas right before the verb, tells who reports the rest;
    the verb's subject is before it (english37). Where it opens, else None."""
    inside = view.text[span[0] : span[1]]
    if not last or not view.text[view.span[0] : span[0]].rstrip().endswith(","):
        return None
    if len(inside.split()) > 4 or not any(c.span[1] == span[1] for c in view.cues):
        return None
    return view.text.rindex(",", view.span[0], span[0]) + 1


# "whose CEO George Kurtz", "whose chief executive Jo Li": a named holder of an office of the
# antecedent (a first name and a surname at the end of the segment)
_WHOSE_NAMED = re.compile(r"whose\s+(?=[^,]*?\s[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)+,?$)")


def _referred_subject(view: SentenceView, start: int, segment: str) -> Step | None:
    """A clause that points elsewhere for its subject: a relative ("qui…", "the team that
    won…") to its antecedent, a bare "et / mais" to the subject of the verb before."""
    if re.match(r"(?:qui|who|which)\b", segment, re.IGNORECASE):
        inner = object_relative_subject(segment, view.lex) if view.lex.language == "en" else None
        if inner is not None:  # "the plan, which officials said…": the officials
            offset = view.text.index(segment, start)
            return Step(True, (offset + inner[0], offset + inner[1]))
        set_off = set_off_relative(view, start)
        if set_off is not None:  # "La fédération des pharmaciens, qui suit…, affirme"
            return Step(False, next_end=set_off)
        return Step(True, antecedent(view, start))
    that = that_relative(view, start, segment)
    if that is not None:  # "The team that won the title said…": the team
        return Step(True, antecedent(view, that))
    bare = not segment or skip_segment(view.lex).match(segment)  # "…, but later rejected"
    if bare and view.lex.language == "en" and _setting_then_subject(segment, view):
        bare = None  # "But on Monday the mayor said": a setting, then the subject
    if fold(segment) in view.lex.word_set("chained_verb_leads") or (
        bare and _but_before(view.lex).search(view.text, view.span[0], start)
    ):  # "X parle de…, mais souligne que": the subject of the verb before
        earlier = [c for c in view.cues if c.span[1] <= start and c.kind == "verb"]
        if earlier:
            return Step(True, source_before(view, earlier[-1]))
        return Step(
            True, before_first_verb(view, (view.span[0], start))
        )  # "X a invalidé… et proclamé"
    return None


def _setting_then_subject(segment: str, view: SentenceView) -> bool:
    """ "on Monday the mayor", "in a statement the company": a whole setting (a preposition
    and its noun) opens the segment and a subject follows it; not "in a statement" alone."""
    setting = opening_setting_length(segment, view.lex)
    return len(segment[:setting].split()) >= 2


def _subject_in_segment(
    view: SentenceView, cue: Cue, span: Span, start: int, segment: str
) -> Step | None:
    """The subject the clause's own words give: a pronoun, the words before "et", a phrase
    before "qui", or the whole segment when it is no setting word ("lui", "mardi"…)."""
    kept = without_fillers(view.text, span, view.lex)  # « Les élus, de leur côté, jugent »
    if kept[1] <= kept[0]:
        return _filler_alone(view, span, start, segment)
    span, segment = kept, view.text[kept[0] : kept[1]]
    past = past_prepositional_relative(segment, view.lex)  # « au cours de laquelle X »
    span, segment = (span[0] + past, span[1]), segment[past:]
    if (
        fold(segment) in view.lex.word_set("stressed_subject_pronouns")
        and "," not in view.text[span[1] : cue.span[0]]
    ):
        return Step(True, span)  # "elle a estimé": a subject, not "X, elle, a estimé"
    if re.search(r"\s(?:and|et)$", without_trailing_adverb(segment, view.lex)):  # "and even"
        return _second_verb_subject(view, cue, span, start)
    pronoun = re.search(r"\s(he|she|they|il|elle|ils|elles|on)$", segment, re.IGNORECASE)
    if pronoun:
        return Step(True, (span[0] + pronoun.start(1), span[1]))
    trailing = _trailing_relative(view.lex).search(segment)
    if trailing:
        return Step(True, before_trailing_relative(view, span, segment, trailing.start()))
    if view.lex.language == "en":  # "Late Tuesday the company said": not "Late"
        span = (span[0] + opening_setting_length(segment, view.lex), span[1])
        segment = view.text[span[0] : span[1]]
    return phrase_subject(view, cue, span, start, segment)


def _filler_alone(view: SentenceView, span: Span, start: int, segment: str) -> Step | None:
    """A filler alone in the segment: its pronoun when it opens the clause (« Elle aussi »)."""
    opens = start <= view.span[0]
    alone = re.match(r"(?i)(?:lui|elle|eux|elles)\b", segment) if opens else None
    return Step(True, (span[0], span[0] + alone.end())) if alone else None


def _second_verb_subject(view: SentenceView, cue: Cue, span: Span, start: int) -> Step:
    """The subject of a second verb after "et / and": the first verb's (« X a annoncé qu'il
    … et a appelé »: X, not « il »), else the clause's own subject before its first verb."""
    said = cue_of_object_clause(view, span[0])
    if said is not None and same_number(view, said, cue):
        return Step(True, source_before(view, said))
    subject = before_first_verb(view, span) or opening_subject(view, span[0])
    if subject is None:
        return Step(False, next_end=start - 1)
    return Step(True, with_name_before(view, subject))


@built_once
def _trailing_relative(lex: Lexicon) -> re.Pattern[str]:
    """A relative pronoun closing the clause before the verb, with the object clitics the
    verb may take after it (« des voisins qui les accusent », « une habitante qui nous
    confie »: lexicon ``clitics_after_subject``, ``personal_object_clitics``): the subject is
    the relative's antecedent, the clitic no part of it (speakers31)."""
    clitics = lex.words("clitics_after_subject") + lex.words("personal_object_clitics")
    forms = sorted({re.escape(c).replace("'", "['’]") for c in clitics}, key=len, reverse=True)
    after = rf"(?:\s+(?:{'|'.join(forms)}))?" if forms else ""
    return re.compile(rf"\s(?:qui|who|which){after}$")


@built_once
def _but_before(lex: Lexicon) -> re.Pattern[str]:
    """« mais », "but" right before (lexicon ``contrast_conjunctions``)."""
    return re.compile(rf"\b(?:{lex.one_of('contrast_conjunctions')})\s*$", re.IGNORECASE)


def past_time_words(text: str, span: Span, lex: Lexicon) -> Span:
    """« la semaine dernière le ministre soulignait », « L'an dernier le maire avait promis »,
    « Mardi soir le préfet a dit »: a time set before the subject with no comma (lexicon
    ``leading_time_words``, weekdays, months) is no part of it; the subject starts at the
    next determiner (speakers23, read on sanity23's fresh articles). French only."""
    found = _leading_time(lex).match(text, span[0], span[1]) if lex.language == "fr" else None
    return (found.end(), span[1]) if found else span


@built_once
def _leading_time(lex: Lexicon) -> re.Pattern[str]:
    """A time with its determiner and the word after it, up to the subject's opening word."""
    times = alternation(lex.words("leading_time_words") + lex.words("weekdays"))
    after = alternation(lex.words("leading_time_after"))
    opens = lex.one_of("leading_time_determiners")
    subject = lex.one_of("leading_time_subject_openers")
    return re.compile(
        rf"(?i)(?:(?:{opens})\s*)?(?:{times})(?:\s+(?:{after}))?\s+(?=(?:{subject})\b)"
    )
