"""English reporting verbs in the passive, with their agent after *by*.

  qualifying verb  "The company was described as "reckless" by regulators" -> "reckless"
  accusation       "The mayor was accused by critics of hiding the losses" -> of hiding…
  with a reason    "The council was criticised by residents for the delay"
                   -> The council … for the delay
A bare subject done to by the agent ("The changes were recommended by the commission", "An
emergency was declared by police") is an act, not words, unless the verb is one of stance
("The closure was criticised by unions"): precision37 counted 0 of 6 in the
keys over the corpus, and leaves it.
The agent must read as someone ("by phone", "by email" do not); with no agent, an accusation
reports its charge in an impersonal voice ("Stagecoach has been accused of cutting…": the keys
give it no speaker, vague, english35) and any other participle but those of telling and belief
leaves the sentence alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from quizapp.draft.clause.subjects.clause_bounds import clause_start_before
from quizapp.draft.reporting.cues import Cue
from quizapp.draft.reporting.english_cue_forms.english_forms import reads_as_clause
from quizapp.draft.shapes.detect.view import (
    Draft,
    SentenceView,
    has_quote,
    relay_window,
    strip_span,
)
from quizapp.draft.shapes.passives.accused_en import accused_with_no_agent, charge, impersonal_draft
from quizapp.draft.shapes.passives.told_en import told_passive, told_span
from quizapp.draft.text.segment import Span, words_in
from quizapp.draft.words.lexicon import Lexicon, alternation, built_once, fold


def passive_drafts_en(view: SentenceView, taken: list[Span]) -> list[Draft]:
    """The passive reporting verbs of an English sentence not part of an active cue."""
    found: list[Draft] = []
    for index, token in enumerate(view.tokens):
        word = fold(token.text)
        if not view.outside[index] or not _reporting_participle(word, view.lex):
            continue
        if any(s <= token.start < e for s, e in taken):
            continue
        draft = _passive(view, index, word)
        if draft is not None:
            found.append(draft)
    return found


def _reporting_participle(word: str, lex: Lexicon) -> bool:
    """ "was reported by the Times" relays news rather than someone's words: left out."""
    relayed = word in lex.word_set("relaying_participles")
    listed = word in lex.word_sets("qualifying_participles", "told_that_passive_forms")
    listed = listed or _accusing(word, lex)
    return listed or (word in lex.participles and not relayed)


def _passive(view: SentenceView, index: int, word: str) -> Draft | None:
    """The English passive whose participle ``word`` stands at ``index`` ("was criticised by
    lawmakers for…", "was described by X as…", "accused by critics of…"): what it reports,
    its agent the source; None for a participle in a noun phrase ("the figures announced
    by…") or an agent that names no one. A passive of telling is read by told_en first."""
    lex = view.lex
    before = view.folded_tokens[max(0, index - 3) : index]
    being = [i for i, w in enumerate(before) if w in lex.word_set("passive_being_forms")]
    qualifying = word in lex.word_set("qualifying_participles")
    if not being and not qualifying and not _accusing(word, lex):
        return None  # "the figures announced by…" is a noun phrase, not a statement
    be = index - len(before) + being[0] if being else None
    if be is not None and word in lex.word_sets("told_passive_forms", "told_that_passive_forms"):
        told = told_passive(view, index, be)  # "were told by officers that…"
        if told is not None:
            return told[0]
    return _with_agent(view, index, word, be)


def _with_agent(view: SentenceView, index: int, word: str, be: int | None) -> Draft | None:
    """A passive read past its participle: a qualifying participle's complement, then "by"
    and its agent; with none after a form of "be" (at ``be``), ``_with_no_agent``."""
    text, lex = view.text, view.lex
    qualifying = word in lex.word_set("qualifying_participles")
    after = view.tokens[index].end
    complement = _as_complement(view, after, word) if qualifying else (None, after)
    if complement is None:
        return None
    said, after = complement
    agent = _agent(view.lex).match(text, after, view.span[1])
    if agent is None and be is not None:
        return _with_no_agent(view, index, word, be)
    if agent is None or fold(agent.group(1)).split()[-1] in lex.word_set("not_agent_words"):
        return None
    infinitive = re.search(r"\s+to\s+[a-z]", agent.group(1))
    if be is not None and infinitive and word in lex.word_set("belief_passive_forms"):
        belief = _believed_with_no_agent(view, index, be, agent)
        source = strip_span(text, (agent.start(1), agent.start(1) + infinitive.start()))
        return replace(belief, source=source, pronoun=None) if belief else None
    being = [be - max(0, index - 3)] if be is not None else []
    return _by_agent(view, (index, word), being, agent, said)


def _as_complement(view: SentenceView, after: int, word: str) -> tuple[Span, int] | None:
    """A qualifying participle's complement before its agent ("described as "reckless" by
    regulators"): what it reports, and where the agent's "by" may start; None without one.
    A participle of naming (lexicon ``naming_participles``) needs no "as" before a quotation
    ("branded “barbaric” by families"): the quotation is what the agent called it."""
    rest = view.text[after : view.span[1]]
    complement = re.match(r"\s+as\s+(.{1,80}?)(?=\s+by\s)", rest)
    if complement is None and word in view.lex.word_set("naming_participles"):
        complement = _QUOTED_COMPLEMENT.match(rest)
    if complement is None:
        return None
    return (after + complement.start(1), after + complement.end(1)), after + complement.end()


# a complement opening on a quotation mark right after the participle, up to its agent's "by"
_QUOTED_COMPLEMENT = re.compile(r"\s+([“\"‘].{0,79}?)(?=\s+by\s)")


def _with_no_agent(view: SentenceView, index: int, word: str, be: int) -> Draft | None:
    """A passive after a form of "be" (at ``be``) with nobody named: told, warned or advised
    says what follows, a participle of belief its whole clause, each in an impersonal voice;
    any other participle reports nothing."""
    if word in view.lex.word_sets("told_passive_forms", "told_that_passive_forms"):
        return _told_with_no_agent(view, index)  # "Passengers are being told to plan ahead"
    if word in view.lex.word_set("belief_passive_forms"):
        return _believed_with_no_agent(view, index, be)
    if _accusing(word, view.lex):
        return accused_with_no_agent(view, index, be, word)
    return None


def _by_agent(
    view: SentenceView,
    participle: tuple[int, str],
    being: list[int],
    agent: re.Match[str],
    said: Span | None,
) -> Draft | None:
    """The draft of a passive whose ``agent`` names someone: the agent its source (up to "of"
    after a participle of accusing: "accused by critics of hiding…"), what it reports read
    by ``_reported``, two words at least (one after a qualifying participle)."""
    (index, word), text, lex = participle, view.text, view.lex
    source = strip_span(text, (agent.start(1), agent.end(1)))
    of = re.search(r"\s+of\s", agent.group(1))
    if _accusing(word, lex) and of:  # "accused by critics of hiding…"
        source = (agent.start(1), agent.start(1) + of.start())
    said = _reported(view, participle, being, source, said)
    if said is None or words_in(text, said) < 2 - (word in lex.word_set("qualifying_participles")):
        return None
    said = strip_span(text, said)
    kind = "mixed" if has_quote(view, said) else "indirect"
    token = view.tokens[index]
    cue = Cue(index, index, (token.start, token.end), "verb", None)
    return Draft(said, cue.span, source, kind, None, 0.55, relay_window(view, cue))


def _reported(
    view: SentenceView,
    participle: tuple[int, str],
    being: list[int],
    source: Span,
    said: Span | None,
) -> Span | None:
    """What a passive reports once its agent (``source``) is read: an accusation's charge
    after it ("accused by critics of hiding…"); else, after a form of "be" (``being``: where
    it stands among the three words before the participle), the clause before that form, with
    the reason after the agent ("was criticized by lawmakers for its slow response": the whole
    charge); without that reason, only for a verb of stance (lexicon
    ``statement_object_verbs``: "was criticised by unions") or one whose subject is a
    statement or judged (``passive_statement_participles``: "was confirmed by the council",
    "was welcomed by residents", mend37e); else ``said``, a qualifying
    participle's complement ("described as…")."""
    (index, word), text = participle, view.text
    if _accusing(word, view.lex):
        return charge(view, source[1])  # "accused by critics of hiding the losses"
    if said is None and being:
        verb = view.tokens[max(0, index - 3) + being[0]]
        start = clause_start_before(view, verb.start)
        said = _without_auxiliary(text, strip_span(text, (start, verb.start)))
        reason = re.match(r"\s+for\s[^,;:.]+", text[source[1] : view.span[1]])
        if reason is None and word not in view.lex.word_sets(
            "statement_object_verbs", "passive_statement_participles"
        ):
            return None  # "The changes were recommended by the commission": an act, no words
        if reason is None:  # "The closure was criticised by unions": their stance on it
            return said
        said = (said[0], source[1] + reason.end())
    return said


def _accusing(word: str, lex: Lexicon) -> bool:
    """A participle of accusing (lexicon ``accusing_participles``: "accused", "suspected")."""
    return word in lex.word_set("accusing_participles")


def _without_auxiliary(text: str, span: Span) -> Span:
    """ "The decision has been announced": the subject without "has" / "had"."""
    found = re.search(r"\s+(?:has|have|had|will|would|could|may|might)$", text[span[0] : span[1]])
    return (span[0], span[0] + found.start()) if found else span


def _told_with_no_agent(view: SentenceView, index: int) -> Draft | None:
    """ "Workers were told (instead) the plant will close", "People are being told that they
    should expect delays", "Passengers are being told to plan ahead": told, warned or advised
    in the passive with nobody named says what follows, an impersonal voice (English keys give
    it no speaker and call it vague: the voice is the participle with the form of "be" before
    it, an entry of lexicon ``impersonal``); its clause must read as one (or open on "to")."""
    start, that = told_span(view, index)
    rest = view.text[start : view.span[1]]
    infinitive = not that and re.match(r"to\s+(?!(?:the|a|an|his|her|their)\b)\w", rest)
    if infinitive:
        start += 3
    elif not (that or reads_as_clause(view.lex, rest)):
        return None
    said = strip_span(view.text, (start, view.span[1]))
    if words_in(view.text, said) < 3:
        return None
    forms = view.lex.word_set("passive_being_forms")
    being = next(
        i for i in range(index - 1, max(-1, index - 4), -1) if fold(view.tokens[i].text) in forms
    )
    return impersonal_draft(view, said, being, index)  # "were (wrongly) told": impersonal


def _believed_with_no_agent(
    view: SentenceView, index: int, be: int, agent: re.Match[str] | None = None
) -> Draft | None:
    """ "The concession is believed to include a new motion", "The government is not
    believed to be willing…", "Supplements were thought to reduce the risk": a participle of
    belief (lexicon ``belief_passive_forms``) after a form of "be", then "to" and a verb,
    with nobody named, says its whole clause, subject and all, in an impersonal voice (an
    entry of lexicon ``impersonal``: the keys hold it so, vague, three times in three, in two
    batches). "is expected to" is none. With its ``agent`` ("was believed by officials to be
    too costly"), the infinitive follows the agent's noun phrase, and the agent speaks."""
    at = view.tokens[index].end if agent is None else agent.start(1) + agent.group(1).find(" to ")
    after = re.match(r"\s+to\s+([a-z]+)", view.text[at : view.span[1]])
    if after is None or after.group(1) in view.lex.word_set("determiners"):
        return None  # "was said to the court", "believed to the end": no infinitive
    start = clause_start_before(view, view.tokens[be].start)
    said = strip_span(view.text, (start, view.span[1]))
    if words_in(view.text, said) < 5:
        return None
    return impersonal_draft(view, said, be, index)  # "is believed": an impersonal voice


@built_once
def _agent(lex: Lexicon) -> re.Pattern[str]:
    """ "by" and the agent, up to a stop or a word of the lexicon's ``agent_end_words``; a
    weekday, a word of ``agent_gap_words`` or an adverb may stand before "by" ("praised on
    Monday by"), an article of ``agent_articles`` or a capital opens the agent."""
    on, ends = lex.one_of("weekday_prepositions"), lex.one_of("agent_end_words")
    gap = alternation(lex.words("weekdays") + lex.words("agent_gap_words")) or "(?!)"
    agent = rf"(?:{lex.one_of('agent_articles')}|[A-Z][\w.'’-]*)\b(?:\s+[\w'’.-]+){{0,7}}?"
    return re.compile(
        rf"(?:\s+(?:(?:{on})\s+)?(?:{gap}|\w+ly))*\s+by\s+({agent})"
        rf"(?=\s*(?:[,.;:!?()\"“”]|$)|\s+(?:{ends})\s)",
        re.IGNORECASE,
    )
