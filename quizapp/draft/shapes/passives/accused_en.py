"""An English accusation in the passive and its charge (english35, mend35a).

  "Stagecoach has been accused of cutting services"         -> cutting services (impersonal)
  "The firm was accused of cheating customers by the watchdog" -> the watchdog says it
  "The mayor was not accused of…", "could be accused of…", "If he is accused of…",
  "The man is accused of assault and will appear in court"  -> nothing: not said, or a charge

The charge after "of" is one clause: it ends at a semicolon, a colon, a bracket, a dash, a
comma outside quotation marks (unless a list of gerunds goes on to its "and"/"or"), or a
conjunction that opens a new clause ("and resigned the next day", "but the case was dropped").
"""

from __future__ import annotations

import re

from quizapp.draft.clause.objects.allowed import comma_outside_quotes
from quizapp.draft.reporting.english_cue_forms.english_forms import reads_as_clause
from quizapp.draft.reporting.english_cue_forms.unstated import under_unmet_condition, unstated
from quizapp.draft.shapes.detect.view import Draft, SentenceView, has_quote, strip_span
from quizapp.draft.text.segment import Span, words_in
from quizapp.draft.words.lexicon import Lexicon, built_once, fold

_WORD_OR_NONE = re.compile(r"[\w'’-]*")
_QUOTE_MARKS_EN = re.compile(r"[\"“”‘’]")

# a stop that closes the charge's clause: ; : ( a dash, or the sentence's final point
_STOP = re.compile(r"[;:(]|\s[-–—]\s|[–—]|\.?\s*$")


@built_once
def _charge_patterns(lex: Lexicon) -> tuple[re.Pattern[str], ...]:
    """The words around a charge, from the lexicon (tidy36, out of code): the preposition
    that opens it (``charge_prepositions``, "of"), a gerund after a comma that a later
    coordinated gerund shows to be one more of a list (``coordinators``, the ending
    ``participle_clause_ending``), and the conjunctions that may open a new clause
    (``charge_clause_joins``)."""
    joins, ing = lex.one_of("coordinators"), re.escape(lex.raw["participle_clause_ending"])
    return (
        re.compile(rf"\s+(?:{lex.one_of('charge_prepositions')})\s+"),
        re.compile(rf",\s+(?:(?:{joins})\s+)?\w+{ing}\b"),
        re.compile(rf",?\s+(?:{joins})\s+\w+{ing}\b"),
        re.compile(rf"\s+({lex.one_of('charge_clause_joins')})\s+"),
    )


def charge(view: SentenceView, at: int) -> Span | None:
    """The charge after "of" from ``at`` (the end of the participle or of its agent), up to
    the end of its clause; None when no "of" follows."""
    text = view.text
    opens, list_item, list_close, joins = _charge_patterns(view.lex)
    opening = opens.match(text, at, view.span[1])
    if opening is None:
        return None
    start = opening.end()
    end = start + _STOP.search(text[start : view.span[1]]).start()
    comma = comma_outside_quotes(view, start, end)
    while comma >= 0 and list_item.match(text, comma) and list_close.search(text, comma, end):
        comma = comma_outside_quotes(view, comma + 1, end)
    end = comma if comma >= 0 else end
    for join in joins.finditer(text, start, end):
        if _opens_clause(view, start, join):
            end = join.start()
            break
    return strip_span(text, (start, end)) if end > start else None


def _opens_clause(view: SentenceView, start: int, join: re.Match[str]) -> bool:
    """ "but the case was dropped", "and is due in court", "and resigned the next day": a
    conjunction of contrast, or "and"/"or" before a finite verb or a subject and its verb (a
    word in -ed after a charge that opens on a gerund is one)."""
    lex = view.lex
    if join.group(1) not in lex.word_set("coordinators"):
        return True
    rest = view.text[join.end() : view.span[1]]
    first = fold(_WORD_OR_NONE.match(rest).group(0))
    gerund = fold(view.text[start : join.start()]).split()[0]
    gerund = gerund.endswith(lex.raw["participle_clause_ending"])
    if gerund and first.endswith(lex.raw["past_ending"]):
        return True  # "of hiding the losses and resigned the next day": a past verb
    finite = lex.word_set("clause_finite_words")
    return first in finite or first in lex.finite or reads_as_clause(lex, rest)


def accused_with_no_agent(view: SentenceView, index: int, be: int, word: str) -> Draft | None:
    """ "Stagecoach has been accused of putting profit ahead of people", "The Lib-Dems were
    accused of blackmailing councillors": an accusation in the passive (a participle of
    lexicon ``agentless_accusing_participles``) with nobody named before the charge reports it
    in an impersonal voice (the form of "be" and the participle, an entry of lexicon
    ``impersonal``). The shape stands in five articles of five batches (blind13d, 26a, 28c,
    29b, 29c; docs/drafting.md): four key the charge so, 28c keys the whole sentence to a
    councillor named later. An agent after the charge ("of cheating customers by the watchdog")
    says it. "suspected of" is the police's suspicion, no one's words; a denied, put-off or
    conditional accusation or one before a court is nobody's saying either."""
    token = view.tokens[index]
    if word not in view.lex.word_set("agentless_accusing_participles"):
        return None
    if _unsaid(view, index, be) or _spoken_after(view, token.end):
        return None
    said = charge(view, token.end)
    if said is None:
        return None
    by, late = _late_agent(view, said)
    said = strip_span(view.text, (said[0], by))
    if words_in(view.text, said) < 2:
        return None
    if late is not None:
        return Draft(said, (token.start, token.end), late, _kind(view, said), None, 0.5, "")
    return impersonal_draft(view, said, be, index)


def impersonal_draft(view: SentenceView, said: Span, be: int, index: int) -> Draft:
    """What a passive with nobody named says (``said``), in the impersonal voice of its form
    of "be" (at ``be``) and its participle (at ``index``): "is believed", "were told"."""
    token = view.tokens[index]
    voice = f"{fold(view.tokens[be].text)} {fold(token.text)}"
    return Draft(said, (token.start, token.end), None, _kind(view, said), voice, 0.5, "")


def _kind(view: SentenceView, said: Span) -> str:
    return "mixed" if has_quote(view, said) else "indirect"


def _unsaid(view: SentenceView, index: int, be: int) -> bool:
    """Denied, by nobody, put off by a modal ("was not", "No one has been", "could be"), an
    infinitive (lexicon ``infinitive_markers``: "does not want to be accused"), under a
    condition of lexicon ``unmet_conditions`` ("If the minister is accused…"), or a charge
    before a court (a word of lexicon ``court_words`` in the sentence: "is accused of
    assault and will appear…")."""
    lex = view.lex
    words = view.folded_tokens
    if unstated(words, index, lex) or unstated(words, be, lex):
        return True
    if be > 0 and words[be - 1] in lex.word_set("infinitive_markers"):
        return True
    if under_unmet_condition(lex, view.text[view.span[0] : view.tokens[be].start]):
        return True
    if _AGED.search(view.text[view.span[0] : view.tokens[be].start]):
        return True  # "The man, 34, is accused of assault…": a court report
    return any(w in lex.word_set("court_words") for w in words)


# an age in apposition right before the verb, the way court reports name the accused
_AGED = re.compile(r",\s*\d{1,2},\s*$")


def _spoken_after(view: SentenceView, after: int) -> bool:
    """ "The firm was accused of "cheating customers," said the union", "…, the union said":
    a cue after a comma past the participle (at ``after``), alone or after a short subject,
    speaks for the accusation, and its own rule reads it ("…, but he denied it" does not)."""
    articles = view.lex.word_set("agent_articles")
    for cue in view.cues:
        before = view.text[after : max(after, cue.span[0])]
        if "," not in before:
            continue
        words = _QUOTE_MARKS_EN.sub(" ", before[before.rindex(",") + 1 :]).split()
        if len(words) <= 3 and (not words or fold(words[0]) in articles or words[0][0].isupper()):
            return True
    return False


def _late_agent(view: SentenceView, said: Span) -> tuple[int, Span | None]:
    """The accuser named after the charge ("of cheating customers by the consumer watchdog",
    as French « accusé de favoritisme par ses salariés »): "by" and a phrase that closes the
    charge, not a gerund ("by lying": a means) nor a word of lexicon ``not_agent_words``;
    where the charge ends before it, and the agent (the whole charge and None without one)."""
    found = _late_agent_pattern(view.lex).search(view.text[said[0] : said[1]])
    if found is None:
        return said[1], None
    words = fold(found.group(1)).split()
    if len(words) > 8 or words[-1] in view.lex.word_set("not_agent_words"):
        return said[1], None
    return said[0] + found.start(), (said[0] + found.start(1), said[1])


@built_once
def _late_agent_pattern(lex: Lexicon) -> re.Pattern[str]:
    """The agent's preposition (lexicon ``agent_prepositions``, "by") and a phrase to the
    charge's end, not a gerund (``participle_clause_ending``)."""
    ing = re.escape(lex.raw["participle_clause_ending"])
    by = lex.one_of("agent_prepositions")
    return re.compile(rf"\s(?:{by})\s+(?!\w+{ing}\b)([^,;:()\"“”]{{2,80}})$")
