"""Turning the cues of one sentence into attributions: what is said, by whom, how.

The shapes handled, in the order they are tried for a reporting verb:
  quotation then cue       «…», a-t-il déclaré  /  "…," the official said
  cue then que/that        X a affirmé que…  (a quotation inside makes it *mixed*)
  cue then colon           X a déclaré : «…»
  clause then cue          Un suspect a été identifié, a-t-elle ajouté.
  cue then its object      X accuse Y de…  /  X said the plan…
and "selon / d'après / according to X" before or after what X says. A quotation cut by an
inserted cue («…», a-t-il dit, «…») is one attribution over both halves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizapp.draft.cues import Cue
from quizapp.draft.lexicon import Lexicon, fold
from quizapp.draft.rules.syntax import (
    before_relative_clause,
    clause_goes_on,
    participial_subject,
    person_like,
    with_apposed_name,
    without_trailing_time,
    words_before_subject,
)
from quizapp.draft.segment import Span, Token, words_in
from quizapp.draft.sources import relay_outlet

_CLAUSE_BREAK = {",", ";", ":", "(", ")", "–", "—"}
_QUOTE_MARKS = {'"', "«", "»", "“", "”", "„"}
_CLAUSE_WORDS = {"que", "qu'", "mais", "car", "lorsque", "quand", "si", "dont", "où",
                 "that", "but", "because", "when", "while", "if"}  # fmt: skip
_SKIP_SEGMENT = re.compile(
    r"^(?:lui|elle|eux|elles|lui-même|elle-même|quant à (?:lui|elle)|de son côté|pour sa part|"
    r"mardi|lundi|mercredi|jeudi|vendredi|samedi|dimanche|hier|however|meanwhile|"
    r"[RDI]-[A-Z][\w.]*|(?:qui|who|interrogée?s?|citée?s?|asked|speaking)\b.*|"
    r"(?:of|for|in|on|at|by|with|from|because|despite)\s.*|"
    r"also|then|later|still|too|aussi|ensuite|également|encore|enfin|lui aussi|elle aussi)$",
    re.IGNORECASE,
)
_CLAUSE_OPENING = re.compile(
    r"(?:^|[,;:–—]|\b(?:mais|et|or|car|toutefois|but|and))\s*"
    r"(?:(?:toujours|encore|aussi|également|notamment|still|also)\s+)?$",  # "car, toujours selon X"
    re.IGNORECASE,
)
_TOLD_WHOM = re.compile(
    r"\s*(?:(?:[A-Z][\w.&'’-]*\s+)*[A-Z][\w.&'’-]*|reporters|journalists|him|her|them|me|us|"
    r"(?:the|a|an)\s+\w+)(?:\s+that)?(?=\s)"
)
_POUR_ADVERBIAL = re.compile(
    r"\s*(?:la\s+(?:première|dernière|deuxième|seconde)\s+fois|l['’]instant|le\s+moment|"
    r"l['’]heure|sa\s+part|leur\s+part|ma\s+part|rappel|autant|l['’]essentiel|le\s+reste|"
    r"cela|ce\s+faire|mémoire|finir|commencer|résumer|preuve|l['’]occasion)\b",
    re.IGNORECASE,
)
_LEADING_RELAY = re.compile(
    r"\s*(?:à|au|aux|to|dans|sur|auprès\s+d[eu']|au\s+micro\s+d[eu']|in)\s+"
    r"(?:(?:le|la|les|l['’]|the)\s*)?[A-Z][\w.-]*(?:\s+[A-Z0-9][\w-]*)*"
)
_LEADING_TIME = re.compile(
    r"\s*(?:(?:(?:ce|cette)\s+(?:matin|soir|midi|semaine|week-end|année|nuit)|hier|lundi|"
    r"mardi|mercredi|jeudi|vendredi|samedi|dimanche|on|last|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|matin|soir|midi|après-midi|"
    r"aujourd'hui|aujourd’hui|today|yesterday|later|encore|ensuite|enfin|alors|aussi|"
    r"dans\s+(?:la\s+matinée|l['’]après-midi|la\s+soirée|la\s+journée|la\s+nuit)|"
    r"plus\s+tard|en\s+fin\s+de\s+journée)\s+)+",
    re.IGNORECASE,
)
_TO_THE_PRESS = re.compile(
    r"\s*(?:à|aux|devant|auprès\s+de|auprès\s+des|to)\s+(?:la\s+|les\s+|des\s+|l['’]|the\s+)?"
    r"(?:presse|journalistes|médias|reporters|journalists|agence|radio|télévision)\b",
    re.IGNORECASE,
)
_TRAILING_PP = re.compile(
    r"(?<=[\w\x22»”])\s+(?:à|au|aux|sur|dans|devant|lors|en|auprès|pendant|depuis|mardi|lundi|mercredi|jeudi|"
    r"vendredi|samedi|dimanche|hier|to|on|in|at|during|after|before|while|who|qui|"
    r"told|according)\b.*$",
    re.IGNORECASE | re.DOTALL,
)


@dataclass(frozen=True)
class Draft:
    """An attribution before its source is resolved."""

    content: Span
    cue: Span | None
    source: Span | None
    kind: str
    pronoun: str | None
    confidence: float
    relay_text: str


@dataclass
class SentenceView:
    """One sentence with its tokens, quotations and cues."""

    text: str
    span: Span
    tokens: list[Token]
    outside: list[bool]
    quotes: list[Span]
    cues: list[Cue]
    lex: Lexicon

    def substantive_quotes(self) -> list[Span]:
        return [q for q in self.quotes if words_in(self.text, q) >= 4 or self._alone(q)]

    def _alone(self, quote: Span) -> bool:
        rest = self.text[self.span[0] : quote[0]] + self.text[quote[1] : self.span[1]]
        return words_in(rest, (0, len(rest))) <= 6 and words_in(self.text, quote) >= 2


def drafts(view: SentenceView) -> list[Draft]:
    """The attributions of one sentence (sources not yet resolved)."""
    found: list[Draft] = []
    used: set[Span] = set()
    cues = [c for c in view.cues if not _feeds_later_cue(view, c)]
    opening = bool(cues) and cues[0].kind == "according" and cues[0].first <= 1
    if not opening and not any(_has_que_later(view, c) or _colon_after(view, c) for c in cues):
        cues.sort(key=lambda c: not (_closes_sentence(view, c) and c.pronoun != "on"))
    for cue in cues:
        if cue.kind == "according" and _outlet_relays_a_verb(view, cue, cues):
            continue  # "Selon l'AFP, …, a ajouté le diplomate": the diplomate speaks
        draft = _according(view, cue) if cue.kind == "according" else _verb(view, cue, used)
        if draft is not None and not any(_overlap(draft.content, d.content) for d in found):
            if cue.participle and draft.source is None and found:
                draft = _same_subject(draft, found[-1])  # "a dit X, ajoutant que…"
            found.append(draft)
            used |= {q for q in view.quotes if _covers(draft.content, q)}
    return found


def _outlet_relays_a_verb(view: SentenceView, cue: Cue, cues: list[Cue]) -> bool:
    """ "Selon AFP, …, a ajouté le diplomate russe": the outlet only relays the speaker."""
    after = view.text[cue.span[1] : view.span[1]]
    phrase = re.split(r"[,:]", after, maxsplit=1)[0].strip()
    outlet = relay_outlet(phrase, view.lex)
    if outlet is None or len(phrase.split()) > len(outlet.split()) + 1:
        return False
    return any(c.kind == "verb" and c.first > cue.last and _closes_sentence(view, c) for c in cues)


def _same_subject(draft: Draft, earlier: Draft) -> Draft:
    """A participle after a cue in the same sentence shares that cue's subject."""
    if earlier.source is None and earlier.pronoun is None:
        return draft
    return Draft(
        draft.content, draft.cue, earlier.source, draft.kind, earlier.pronoun,
        draft.confidence, draft.relay_text,
    )  # fmt: skip


def _colon_after(view: SentenceView, cue: Cue) -> bool:
    rest = view.text[cue.span[1] : view.span[1]]
    colon = rest.find(":")
    return colon >= 0 and len(rest[:colon].split()) <= 8


def _closes_sentence(view: SentenceView, cue: Cue) -> bool:
    """ ", a dit cette source." at the very end: the cue governs everything before it."""
    if cue.participle or not view.text[view.span[0] : cue.span[0]].rstrip().endswith(","):
        return False
    rest = view.text[cue.span[1] : view.span[1]]
    rest = re.split(r",\s+(?=\w+(?:ant|ing)\b)", rest, maxsplit=1)[0]  # ", réaffirmant…"
    return len(rest.split()) <= 10 and not re.search(r"[«“\"]|\bque\b|\bqu'|\bthat\b", rest)


def _feeds_later_cue(view: SentenceView, cue: Cue) -> bool:
    """ "un élu qui s'est confié au quotidien a affirmé que": the first verb has no content."""
    later = [c for c in view.cues if c.first > cue.last and c.kind == "verb"]
    if not later or cue.kind != "verb":
        return False
    relative = {fold(t.text) for t in view.tokens[max(0, cue.first - 2) : cue.first]}
    if not relative & {"qui", "who", "that", "which"}:
        return False  # only a verb inside a relative clause of the subject feeds the next one
    between = view.text[cue.span[1] : later[0].span[0]]
    return len(between.split()) <= 5 and not re.search(r"[,:;«“\"]|\bque\b|\bqu'|\bthat\b", between)


# ----- reporting verbs -----
def _verb(view: SentenceView, cue: Cue, used: set[Span]) -> Draft | None:
    for shape in (
        _inserted_cue,
        _quote_then_cue,
        _cue_then_que,
        _cue_then_colon,
        _clause_then_cue,
        _cue_announces_clause,
        _cue_then_object,
    ):
        draft = shape(view, cue, used)
        if draft is not None:
            return draft
    return None


def _inserted_cue(view: SentenceView, cue: Cue, used: set[Span]) -> Draft | None:
    """ "Cette source, précise l'AFP, «accompagnait…»": an inverted cue between commas splits
    what is said in two; the source is the noun phrase after the verb."""
    if view.lex.language == "en":
        return _inserted_cue_en(view, cue)
    if cue.kind != "verb" or cue.pronoun is not None:
        return None
    before = view.text[view.span[0] : cue.span[0]]
    after = re.match(r"\s*([^,.;:«“\"]{2,60}?),\s*(?=\S)", view.text[cue.span[1] : view.span[1]])
    if not before.rstrip().endswith(",") or after is None or _has_que_later(view, cue):
        return None
    lead = _strip_span(view.text, (view.span[0], cue.span[0]))
    if words_in(view.text, lead) < 2 or re.search(r"[»”\"]\s*$", before.rstrip(" ,")):
        return None
    goes_on = clause_goes_on(view.text, cue.span[1] + after.end(1), view.span[1], "fr")
    if not goes_on and not re.match(r"[«“\"]", view.text[cue.span[1] + after.end() :]):
        return None  # ", a déclaré X, réaffirmant…": the sentence ends with its source
    source = _strip_span(view.text, (cue.span[1] + after.start(1), cue.span[1] + after.end(1)))
    content = (lead[0], _strip_span(view.text, (cue.span[1] + after.end(), view.span[1]))[1])
    kind = "mixed" if _has_quote(view, content) else "indirect"
    return Draft(content, cue.span, source, kind, None, 0.7, _relay_text(view, cue))


def _inserted_cue_en(view: SentenceView, cue: Cue) -> Draft | None:
    """ "Some of the documents, one of the officials said, would most likely…" """
    if cue.kind != "verb" or cue.participle:
        return None
    before = view.text[view.span[0] : cue.span[0]]
    subject = re.search(r",\s*((?:[\w'’.-]+\s+){1,6}?)$", before)
    after = view.text[cue.span[1] : view.span[1]]
    if subject is None or not re.match(r"\s*,\s*\w", after) or _has_quote(view, view.span):
        return None
    if not clause_goes_on(view.text, cue.span[1], view.span[1], "en"):
        return None  # "…, the official said, adding that…" is no second half
    lead = _strip_span(view.text, (view.span[0], view.span[0] + subject.start()))
    if words_in(view.text, lead) < 2:
        return None
    source = _strip_span(view.text, (view.span[0] + subject.start(1), cue.span[0]))
    content = (lead[0], _strip_span(view.text, (cue.span[1], view.span[1]))[1])
    return Draft(content, cue.span, source, "indirect", None, 0.7, _relay_text(view, cue))


def _quote_then_cue(view: SentenceView, cue: Cue, used: set[Span]) -> Draft | None:
    before = [q for q in view.substantive_quotes() if q[1] <= cue.span[0] and q not in used]
    if not before or _has_que_later(view, cue):
        return None
    quote = before[-1]
    gap = view.text[quote[1] : cue.span[0]]
    subject = None
    if not re.fullmatch(r"[\s,.–—-]*(?:(?:lui|leur|nous|vous|me|m'|m’|l'|l’|le|la|les)\s+)?", gap):
        stop = before_relative_clause(gap)  # "the official, who asked not to be named, told"
        name = gap[:stop].strip(" ,–—-")
        if view.lex.language != "en" or len(name.split()) > 7 or not re.match(r"^[,\s]", gap):
            return None
        subject = _strip_span(view.text, (quote[1], quote[1] + stop))
    start = _first_quote_of_run(view, before)
    end = _inner(view.text, quote)[1]
    after = _quote_after_inserted_clause(view, cue)
    if after is not None:
        end = _inner(view.text, after)[1]
    source = subject or _source_after(view, cue)
    content = (_inner(view.text, start)[0], end)
    return Draft(content, cue.span, source, "direct", cue.pronoun, 0.9, _relay_text(view, cue))


def _first_quote_of_run(view: SentenceView, before: list[Span]) -> Span:
    """Quotations separated by "(…)", spaces or a few words of narration belong together
    («Six corps…» national de Donka samedi «entre 11H00 et 17H00», a affirmé…)."""
    first = before[-1]
    for quote in reversed(before[:-1]):
        gap = view.text[quote[1] : first[0]]
        joined = re.fullmatch(r"[\s.,;(…)\[\]]*", gap) or (
            len(gap.split()) <= 8
            and not re.search(r"[.;:!?]", gap)
            and not any(quote[1] <= c.span[0] < first[0] for c in view.cues)
        )
        if not joined:
            break
        first = quote
    return first


def _quote_after_inserted_clause(view: SentenceView, cue: Cue) -> Span | None:
    for quote in view.substantive_quotes():
        if quote[0] >= cue.span[1]:
            between = view.text[cue.span[1] : quote[0]]
            if between.rstrip().endswith(",") and len(between.split()) <= 8:
                return quote
            return None
    return None


def _cue_then_que(view: SentenceView, cue: Cue, used: set[Span]) -> Draft | None:
    words = [fold(t.text) for t in view.tokens]
    subordinators = set(view.lex.words("subordinators"))
    for index in range(cue.last + 1, min(cue.last + 10, len(words))):
        if any(c.first == index for c in view.cues) or words[index] in {".", ";"}:
            return None
        if words[index] in subordinators and view.outside[index]:
            start = view.tokens[index].end
            content = _strip_span(view.text, (start, _content_end(view, index)))
            if content[1] - content[0] < 3:
                return None
            return _reported(view, cue, content)
    return None


def _cue_then_colon(view: SentenceView, cue: Cue, used: set[Span]) -> Draft | None:
    rest = view.text[cue.span[1] : view.span[1]]
    colon = rest.find(":")
    if view.lex.language == "en" and (comma := re.match(r"[^,:]{0,60}?,\s*(?=[“\"])", rest)):
        colon = comma.end() - 1 if colon < 0 or comma.end() - 1 < colon else colon
    if colon < 0 or len(rest[:colon].split()) > 8:
        return None
    start = cue.span[1] + colon + 1
    content = _strip_span(view.text, (start, view.span[1]))
    if content[1] - content[0] < 3:
        return None
    quotes = [q for q in view.quotes if q[0] >= start]
    kind = "direct" if quotes and quotes[0][0] <= content[0] else "indirect"
    if kind == "direct":
        content = (_inner(view.text, quotes[0])[0], _inner(view.text, quotes[-1])[1])
    source = _source_before(view, cue)
    return Draft(content, cue.span, source, kind, cue.pronoun, 0.8, _relay_text(view, cue))


def _clause_then_cue(view: SentenceView, cue: Cue, used: set[Span]) -> Draft | None:
    """ "Le projet est mort, a déclaré le ministre." / "The deal is off, an aide said." """
    before = view.text[view.span[0] : cue.span[0]]
    subject = None
    if cue.participle:
        return None
    if view.lex.language == "fr":
        match = re.search(r",\s*$", before)
        fits = match is not None and (cue.pronoun is not None or _subject_follows(view, cue))
    else:
        match = re.search(r",\s*((?:[\w'’.-]+\s+){0,6}?)$", before)
        subject = match.group(1).strip() if match else None
        closed = _en_clause_closed if subject else _en_inverted
        fits = match is not None and closed(view, cue)
    if not fits or match is None or _has_que_later(view, cue):
        return None
    end = view.span[0] + match.start()
    start = _after_last_quote_or_colon(view, end)
    content = _strip_span(view.text, (start, end))
    if words_in(view.text, content) < 3 and start > view.span[0]:
        content = _strip_span(view.text, (view.span[0], end))  # Le ministre «a été direct», a dit X
    if words_in(view.text, content) < 3:
        return None
    source = None
    if subject:
        source = _strip_span(view.text, (view.span[0] + match.start(1), cue.span[0]))
    if source is None:
        source = _source_after(view, cue)
    after = max(cue.span[1], source[1] if source and source[0] > cue.span[0] else 0)
    if clause_goes_on(view.text, after, view.span[1], view.lex.language):
        content = _strip_span(view.text, (content[0], view.span[1]))  # "X, he said, would…"
    kind = "mixed" if _has_quote(view, content) else "indirect"
    return Draft(content, cue.span, source, kind, cue.pronoun, 0.7, _relay_text(view, cue))


_EN_FINITE = re.compile(
    r"\b(?:is|was|were|are|has|had|have|will|would|could|can|did|does|do|may|might|should|must|"
    r"isn't|wasn't|weren't|aren't|hasn't|haven't|hadn't|won't|wouldn't|can't|didn't|doesn't|don't)\b"
)


def _en_clause_closed(view: SentenceView, cue: Cue) -> bool:
    """ ", an aide said." or ", an aide said Monday, as…": nothing said follows the verb."""
    rest = view.text[cue.span[1] : view.span[1]].strip(" .")
    return not rest or rest.startswith(",") or len(rest.split()) <= 3


def _en_inverted(view: SentenceView, cue: Cue) -> bool:
    """ ", said GOP aides, who…": a noun phrase follows, not a clause of its own."""
    verb = fold(view.text[cue.span[0] : cue.span[1]]).split()[-1]
    if verb not in _EN_INVERTING:
        return False
    rest = view.text[cue.span[1] : view.span[1]]
    head = re.split(r"[,;:.]", rest, maxsplit=1)[0]
    return bool(head.strip()) and not _EN_FINITE.search(head) and not re.match(r"\s*that\b", head)


_EN_INVERTING = {"said", "says", "added", "wrote", "continued", "explained", "noted", "recalled",
                 "replied", "told", "warned", "argued", "insisted"}  # fmt: skip


def _subject_follows(view: SentenceView, cue: Cue) -> bool:
    """ ", a déclaré (à l'AFP) le ministre." — not ", a répondu aux habitants." """
    if not _closes_sentence(view, cue):
        return False
    rest = view.text[cue.span[1] : view.span[1]]
    rest = rest[_setting_words(view.lex, rest) :]
    return not re.match(r"\s*(?:à|au|aux|sur|dans|devant|en|pour|contre|avec|après)\b", rest)


def _ends_clause(view: SentenceView, cue: Cue) -> bool:
    """The verb closes what was said: an inverted form, the sentence end, or a new clause."""
    if cue.pronoun is not None or _closes_sentence(view, cue):
        return True
    rest = view.text[cue.span[1] : view.span[1]].strip()
    return view.lex.language == "en" and rest.startswith(",")


def _after_last_quote_or_colon(view: SentenceView, end: int) -> int:
    start = view.span[0]
    for quote in view.quotes:
        if quote[1] <= end:
            start = max(start, quote[1])
    colon = view.text.rfind(":", start, end)
    return colon + 1 if colon >= 0 else start


_EN_ZERO_THAT = {"said", "says", "say", "told", "tells", "added", "argued", "argues", "warned",
                 "wrote", "writes", "insisted", "noted", "believes", "believe", "thinks", "think",
                 "thought", "believed", "claimed", "claims", "acknowledged", "predicted",
                 "estimated", "conceded", "admitted", "reported", "explained", "saying",
                 "arguing", "adding", "noting", "warning", "insisting", "described", "pledged",
                 "vowed", "promised", "denied", "confirmed"}  # fmt: skip


def _cue_announces_clause(view: SentenceView, cue: Cue, used: set[Span]) -> Draft | None:
    """ "Cette source l'assure, la France n'a pas de plan caché": a clitic *l'* / *le*
    before the verb stands for the clause after the comma."""
    if cue.first == 0 or fold(view.tokens[cue.first - 1].text) not in {"l'", "le"}:
        return None
    comma = re.match(r"\s*,\s*", view.text[cue.span[1] : view.span[1]])
    if comma is None:
        return None
    content = _strip_span(view.text, (cue.span[1] + comma.end(), view.span[1]))
    if words_in(view.text, content) < 3:
        return None
    clitic = view.tokens[cue.first - 1]
    subject_cue = Cue(cue.first - 1, cue.last, (clitic.start, cue.span[1]), cue.kind, cue.pronoun)
    source = _source_before(view, subject_cue)
    kind = "mixed" if _has_quote(view, content) else "indirect"
    return Draft(content, cue.span, source, kind, cue.pronoun, 0.7, _relay_text(view, cue))


def _cue_then_object(view: SentenceView, cue: Cue, used: set[Span]) -> Draft | None:
    verb = fold(view.text[cue.span[0] : cue.span[1]]).split()[-1]
    objects = view.lex.word_set("statement_object_verbs")  # "accused Israel of distorting…"
    if view.lex.language == "en" and verb not in _EN_ZERO_THAT and verb not in objects:
        return None
    if any(verb.startswith(stem) for stem in view.lex.words("no_object_verbs")):
        return None  # "a lancé une offensive", "poursuit son offensive": no statement
    if re.sub(r"-t$", "", verb.split("-t-")[0]) in view.lex.word_set("speech_shape_forms"):
        return None  # "a lancé une offensive", "poursuit son offensive": no speech here
    start = cue.span[1]
    clitic = cue.first > 0 and fold(view.tokens[cue.first - 1].text) in {"l'", "le"}
    if clitic and view.text[start:].lstrip().startswith(","):  # "Cette source l'assure, …"
        start = view.text.index(",", start) + 1
    relay = re.match(
        r"\s*(?:(?:à|au|aux|to)\s+(?:l['’])?[A-Z][\w.-]*(?:\s+[A-Z][\w-]*)*)?", view.text[start:]
    )
    start += relay.end() if relay else 0
    if verb in {"told", "tells", "tell", "telling"}:  # "told BuzzFeed News he suspects…"
        told = _TOLD_WHOM.match(view.text, start)
        start = told.end() if told else start
    end = _content_end_text(view, start)
    content = _strip_span(view.text, (start, end))
    if words_in(view.text, content) < 3 or re.match(r"[,.;:]", view.text[start:].lstrip()):
        return None
    if _speech_noun_first(view, content):
        return None  # "rapporte des propos d'une source": the source speaks next
    return _reported(view, cue, content, confidence=0.55)


def _speech_noun_first(view: SentenceView, content: Span) -> bool:
    words = [fold(w) for w in view.text[content[0] : content[1]].split()[:3]]
    return any(w in view.lex.word_set("speech_nouns") for w in words[:2])


def _reported(view: SentenceView, cue: Cue, content: Span, confidence: float = 0.8) -> Draft:
    kind = "mixed" if _has_quote(view, content) else "indirect"
    source = None if cue.participle else _source_before(view, cue)
    pronoun = cue.pronoun
    if cue.participle:  # "with some experts saying…"
        source = participial_subject(view.text, view.span[0], cue.span[0])
        pronoun = None if source else pronoun
    if source is None and cue.pronoun is None:
        source = _source_after(view, cue)
    if source is not None:
        source = without_trailing_time(view.text, source)  # "The Pentagon on Sunday said"
    return Draft(content, cue.span, source, kind, pronoun, confidence, _relay_text(view, cue))


# ----- according to -----
def _according(view: SentenceView, cue: Cue) -> Draft | None:
    text, (s_start, s_end) = view.text, view.span
    if re.search(r"\b(?:who|which|qui)\s*,\s*$", text[s_start : cue.span[0]]):
        return None  # "a person who, according to the rules, could only be…"
    if re.match(
        r"\s*(?:laquelle|lequel|lesquel(?:le)?s|quoi|which|whom)\b", text[cue.span[1] : s_end]
    ):
        return None  # "la nouvelle selon laquelle…" introduces a rumour's content, not a source
    if fold(text[cue.span[0] : cue.span[1]]) == "pour" and _POUR_ADVERBIAL.match(
        text[cue.span[1] : s_end]
    ):
        return None
    after = text[cue.span[1] : s_end]
    comma = re.search(r"[,:]|\s(?:qui|who|which|ayant|having|speaking|s['’]exprimant)\s|$", after)
    source = _strip_span(text, (cue.span[1], cue.span[1] + comma.start()))
    joined = re.search(r"\s(?:et|and)\s", text[source[0] : source[1]])
    if joined and words_in(text, (source[0] + joined.end(), source[1])) >= 4:
        source = (source[0], source[0] + joined.start())
    if source[1] - source[0] < 2 or words_in(text, source) > 12:
        return None
    if fold(text[source[0] : source[1]]).startswith(("nos informations", "our information")):
        return None
    before = _strip_span(text, (s_start, cue.span[0]))
    following = _strip_span(text, (cue.span[1] + comma.end(), s_end))
    apposed = with_apposed_name(text, source, s_end)
    after_name = re.match(r"\s*,", text[apposed[1] : s_end])
    if apposed != source and after_name:  # "Selon le ministre, Bruno Le Maire, la…"
        source = apposed
        following = _strip_span(text, (apposed[1] + after_name.end(), s_end))
    relative = re.match(r"(?:dont|qui|où|whose|which)\b[^,]*,\s*", text[following[0] : s_end])
    if relative:  # "D'après le Point, dont le numéro paraît jeudi, X…"
        following = _strip_span(text, (following[0] + relative.end(), s_end))
    opens_clause = comma.group().startswith((",", ":")) and words_in(text, following) >= 3
    opens_clause = opens_clause and not joined
    lead = text[s_start : cue.span[0]]
    opens_clause = opens_clause and _CLAUSE_OPENING.search(lead)
    content = following if opens_clause or words_in(text, before) < 3 else before
    if words_in(text, content) < 2:
        return None
    phrase = text[source[0] : source[1]]
    pronoun = fold(phrase) in {"lui", "elle", "eux", "elles"}  # "Pour lui, …" opens a sentence
    if fold(text[cue.span[0] : cue.span[1]]) == "pour" and not (
        pronoun or person_like(phrase, view.lex)
    ):
        return None
    if view.lex.language == "en" and _EN_FINITE.search(phrase):
        return None  # "outlets citing officials had revealed…": a modifier, not a source
    return Draft(content, cue.span, source, "according_to", None, 0.85, phrase)


def _person_like(phrase: str, lex: Lexicon | None = None) -> bool:
    if lex is not None:
        words = set(fold(phrase).split())
        heads = lex.word_set("vague_heads") | lex.word_set("anonymous_heads")
        if words & (heads | lex.word_set("named_institutions")):
            return True
    return bool(
        re.search(r"\b[A-ZÉ][\wé]+|\b(?:ministre|président|expert|avocat|procureur)", phrase)
    )


# ----- helpers -----
def _source_before(view: SentenceView, cue: Cue) -> Span | None:
    """The subject before a verb, without an object pronoun left before the verb ("Un
    ministre en témoigne", "Cette source l'assure")."""
    span = _subject_before(view, cue)
    if span is None:
        return None
    clitic = re.search(r"\s+(?:en|l['’]|le|la|les|lui|leur|y)$", view.text[span[0] : span[1]])
    return (span[0], span[0] + clitic.start()) if clitic and clitic.start() > 0 else span


def _subject_before(view: SentenceView, cue: Cue) -> Span | None:
    """The subject before a verb: back to the clause start, skipping "lui", "qui…" segments."""
    end = cue.span[0]
    for _ in range(5):
        start = _clause_start_before(view, end)
        span = _strip_span(view.text, (start, end))
        segment = view.text[span[0] : span[1]]
        if re.match(r"(?:qui|who|which)\b", segment, re.IGNORECASE):
            return _antecedent(view, start)
        if fold(segment) in {"et", "and", "mais", "but", "puis", "then"}:
            earlier = [c for c in view.cues if c.span[1] <= start and c.kind == "verb"]
            return _source_before(view, earlier[-1]) if earlier else None
        if (
            fold(segment) in {"elle", "elles", "eux", "ils"}
            and "," not in view.text[span[1] : cue.span[0]]
        ):
            return span  # "elle a estimé": a subject, not "X, elle, a estimé"
        if re.search(r"\s(?:and|et)$", segment):  # "X interrupted and pointed out that…"
            subject = _before_first_verb(view, span)
            if subject is None:
                end = start - 1
                continue
            return _with_name_before(view, subject)
        pronoun = re.search(r"\s(he|she|they|il|elle|ils|elles|on)$", segment, re.IGNORECASE)
        if pronoun:
            return (span[0] + pronoun.start(1), span[1])
        trailing = re.search(r"\s(?:qui|who|which)$", segment)
        if trailing:
            lead = re.match(r"(?:selon|d['’]après|according to|pour)\s+", segment, re.IGNORECASE)
            begin = span[0] + (lead.end() if lead else 0)
            return (begin, span[0] + trailing.start())
        if span[1] > span[0] and not _SKIP_SEGMENT.match(segment):
            if len(segment.split()) > 14:
                return None
            return _with_name_before(view, span)
        if start <= view.span[0]:
            return None
        end = _before_quote_ending_at(view, start)
    return None


def _before_quote_ending_at(view: SentenceView, position: int) -> int:
    """Step back over a quotation that ends where the clause starts (it belongs to the
    subject, as in "les enfants, «grand amateur de voyages», assurent")."""
    for quote in view.quotes:
        if quote[0] < position <= quote[1] + 1:
            return quote[0]
    return position - 1


def _before_first_verb(view: SentenceView, span: Span) -> Span | None:
    """The words of a segment before its first verb ("reporters" in "reporters interrupted
    and"); None when the segment starts with the verb."""
    lex = view.lex
    for token in (t for t in view.tokens if span[0] <= t.start < span[1]):
        word = fold(token.text)
        verb = word in lex.finite or word in lex.auxiliaries or word in {"se", "s'"}
        verb = verb or (lex.language == "en" and word.endswith("ed") and token.start > span[0])
        if verb:
            stripped = _strip_span(view.text, (span[0], token.start))
            return stripped if stripped[1] > stripped[0] else None
    return None


def _with_name_before(view: SentenceView, span: Span) -> Span:
    """ "Brian Straessle, a spokesman for the committee, said": the name and its apposition."""
    head = view.text[span[0] : span[1]].split(maxsplit=1)[0].lower()
    if head not in {"a", "an", "the", "un", "une", "le", "la", "les", "l'", "l’"}:
        return span
    before = view.text[view.span[0] : span[0]]
    if re.search(
        r"\b(?:sur|à|de|du|en|dans|vers|contre|avec|in|on|at|to|from|of|for)\s+"
        r"(?:[A-Z][\w.'’-]*\s+)*[A-Z][\w'’-]+,\s*$",
        before,
    ):
        return span  # "Après une offensive sur Tripoli, une source…": a place, not a name
    name = re.search(r"((?:[A-Z][\w.'’-]*\s+(?:(?:et|and)\s+)?){0,3}[A-Z][\w'’-]+),\s*$", before)
    if name is None or re.search(r"\b[a-zà-ÿ'’]+\s*$", before[: name.start(1)]):
        return span  # "sur Tripoli, une source…": a name after a preposition is no subject
    return (view.span[0] + name.start(1), span[1])


def _antecedent(view: SentenceView, relative: int) -> Span | None:
    """The noun phrase a relative "qui" / "who" stands for: the one just before it.

    Read from the right: the nearest determiner that does not open a complement ("de la…").
    """
    end = relative
    while end > view.span[0] and view.text[end - 1] in " ,":
        end -= 1
    window = [t for t in view.tokens if t.end <= end and t.text not in _QUOTE_MARKS][-12:]
    words = [fold(t.text) for t in window]
    openers = view.lex.word_set("vague_determiners") | view.lex.word_set("anonymous_determiners")
    openers |= {"le", "la", "les", "l'", "the", "ses", "son", "sa", "leurs", "his", "her", "their"}
    complement = {"de", "d'", "du", "des", "of", "à", "au", "aux"}
    index = len(window) - 1
    while index >= 0:
        pair = " ".join(words[index : index + 2])
        before = words[index - 1] if index else ""
        if (
            before in {"l'", "la", "le", "les", "the"}
            and index > 1
            and words[index - 2] in complement
        ):
            before = words[index - 2]  # "du chef de l'Etat": still a complement
        opens = words[index] in openers and (before not in complement or words[index] in _INDEF)
        if pair in openers or opens:
            return (window[index].start, end)
        if window[index].text[:1].isupper() and before not in complement:
            return (window[index].start, end)
        index -= 1
    return None


_INDEF = {"un", "une", "a", "an"}


def _clause_start_before(view: SentenceView, end: int) -> int:
    """Back from ``end`` to the start of its clause; a quotation inside a subject ("les deux
    enfants, «grand amateur de voyages» et qui…") is stepped over, the one just before a verb
    ("«…», a-t-il dit") ends the clause."""
    for token, outside in zip(reversed(view.tokens), reversed(view.outside), strict=True):
        if token.end > end:
            continue
        if not outside:
            if not view.text[token.end : end].strip(' ,»”"'):
                return token.end + (1 if view.text[token.end : token.end + 1] in '»”"' else 0)
            continue
        if token.text in _CLAUSE_BREAK or fold(token.text) in _CLAUSE_WORDS:
            return token.end
    return view.span[0]


def _source_after(view: SentenceView, cue: Cue) -> Span | None:
    """The subject after an inverted verb: "…, a déclaré le ministre à l'AFP." -> le ministre."""
    rest = view.text[cue.span[1] : view.span[1]]
    rest_start = cue.span[1]
    if cue.pronoun == "on":  # "a-t-on appris (dimanche) d'une source policière"
        origin = re.match(r"\s*(?:[\w-]+\s+){0,2}?(?:auprès\s+)?(?:d['’]|de\s+|du\s+)", rest)
        if origin is None:
            return None
        rest_start += origin.end()
        rest = view.text[rest_start : view.span[1]]
    elif cue.pronoun is not None:
        return None
    relay = _LEADING_RELAY.match(rest)
    if relay:
        rest_start += relay.end()
        rest = view.text[rest_start : view.span[1]]
    rest_start += _setting_words(view.lex, rest)  # "dimanche", "dans l'après-midi à la presse"
    rest = view.text[rest_start : view.span[1]]
    unquoted = re.sub(
        r"[«“\"]\s?([\w'’ -]{1,30}?)\s?[»”\"]", lambda m: " " + m.group(1) + " ", rest
    )
    stop = re.search(r"[,;:(«“\"!?]|\.(?!\s?[A-ZÀ-Ö])|$", unquoted)  # "cette «source»", "M. X"
    phrase = rest[: stop.start()]
    phrase = _TRAILING_PP.sub("", phrase) if len(phrase.split()) > 1 else phrase
    phrase = re.sub(r"\s+(?:de|du|des|d['’]|of)\s*$", "", phrase)  # "une dépêche AFP de jeudi"
    span = _strip_span(view.text, (rest_start, rest_start + len(phrase)))
    return with_apposed_name(view.text, span, view.span[1]) if span[1] > span[0] else None


def _setting_words(lex: Lexicon, rest: str) -> int:
    """The length of the time, relay and setting words that open ``rest``."""
    skipped = 0
    for _ in range(4):
        piece = rest[skipped:]
        leads = (
            _LEADING_TIME.match(piece),
            _TO_THE_PRESS.match(piece),
            _LEADING_RELAY.match(piece),
        )
        step = max((lead.end() for lead in leads if lead), default=0)
        step = step or words_before_subject(lex, piece)
        if not step or step >= len(piece.rstrip(" .")):
            return skipped
        skipped += step
    return skipped


def _relay_text(view: SentenceView, cue: Cue) -> str:
    """Where a relay ("à Politico", "told CNN", "au quotidien") would be written."""
    start = max(view.span[0], cue.span[0] - 60)
    return view.text[start : min(view.span[1], cue.span[1] + 40)]


def _content_end(view: SentenceView, index: int) -> int:
    return _content_end_text(view, view.tokens[index].end)


def _content_end_text(view: SentenceView, start: int) -> int:
    """The end of reported content: the sentence end, a semicolon, or an inverted cue."""
    end = view.span[1]
    semicolon = view.text.find(";", start, end)
    if semicolon >= 0 and not _inside_quote(view, semicolon):
        end = semicolon
    later = [c for c in view.cues if c.span[0] > start and c.kind == "verb" and not c.participle]
    if later:  # ", while officials said…" / "et rappelle que…" begins another claim
        between = view.text[start : later[0].span[0]]
        cut = max(
            between.rfind(","), *(m.start() for m in re.finditer(r"\s(?:et|and)\s", between)), -1
        )
        if cut > 0 and not _inside_quote(view, start + cut):
            end = min(end, start + cut)
    for cue in view.cues:
        closes = cue.pronoun is not None or cue.kind == "according"
        after_comma = view.text[start : cue.span[0]].rstrip().endswith(",")
        if closes and cue.span[0] > start and after_comma:
            end = min(end, view.text.rfind(",", start, cue.span[0]))
    return end


def _inside_quote(view: SentenceView, position: int) -> bool:
    return any(q[0] < position < q[1] for q in view.quotes)


def _has_que_later(view: SentenceView, cue: Cue) -> bool:
    """The verb has its own que/that clause within a few words (before any comma or cue)."""
    subordinators = set(view.lex.words("subordinators"))
    for index in range(cue.last + 1, min(cue.last + 6, len(view.tokens))):
        word = fold(view.tokens[index].text)
        if word in {",", ";", ":"} or any(c.first == index for c in view.cues):
            return False
        if word in subordinators:
            return True
    return False


def _has_quote(view: SentenceView, content: Span) -> bool:
    return any(content[0] <= q[0] and q[1] <= content[1] + 1 for q in view.quotes)


def _inner(text: str, quote: Span) -> Span:
    start, end = quote
    if text[start] in '«“„"‹':
        start += 1
    if end > start and text[end - 1] in '»”"›“':
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _strip_span(text: str, span: Span) -> Span:
    start, end = span
    while start < end and (text[start].isspace() or text[start] in ",;:–—-"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:.–—-"):
        end -= 1
    return start, end


def _overlap(a: Span, b: Span) -> bool:
    return min(a[1], b[1]) > max(a[0], b[0])


def _covers(content: Span, quote: Span) -> bool:
    return content[0] - 1 <= quote[0] and quote[1] <= content[1] + 1
