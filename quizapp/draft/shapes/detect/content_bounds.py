"""Where reported content ends: at the sentence's end, a semicolon, a colon opening a
quotation, a later claim's cue, a colon before a quotation with its own cue. Apart from
``view`` (the sentence and its spans) because every shape reads these bounds, and the two
together passed the ~300-line file limit; whether a cue closes its sentence or has its own
que/that clause is ``cue_reach`` (out of this module since tidy28)."""

from __future__ import annotations

import re

from quizapp.draft.clause.noun_phrases.noun_phrase import holds_finite_verb
from quizapp.draft.reporting.cues import Cue
from quizapp.draft.shapes.detect.view import SentenceView
from quizapp.draft.text.segment import last_comma
from quizapp.draft.words.lexicon import Lexicon, built_once, finite_or_auxiliary, fold, folded_words


def content_end(view: SentenceView, index: int) -> int:
    return content_end_text(view, view.tokens[index].end)


def content_end_text(view: SentenceView, start: int) -> int:
    """The end of reported content: the sentence end, a semicolon, or an inverted cue."""
    end = view.span[1]
    semicolon = view.text.find(";", start, end)
    if semicolon >= 0 and not _inside_quote(view, semicolon):
        end = semicolon
    end = _colon_before_quotation(view, start, end)
    later = (c for c in view.cues if c.span[0] > start and c.kind == "verb")
    claim = next((c for c in later if _new_claim(view, c)), None)  # the first one only
    if claim is not None:  # ", while officials said…" / "et rappelle que…" begins another claim
        between = view.text[start : claim.span[0]]
        cut = max(last_comma(between), *_joins_before(view, start, claim), -1)
        if (
            cut > 0
            and not _inside_quote(view, start + cut)
            and not _fronted_adverbial(view, start, between[:cut])
            and not _fronted_subordinate(view, between[:cut])
        ):
            end = min(end, start + cut)
    return _before_closing_cue(view, start, end)


def _before_closing_cue(view: SentenceView, start: int, end: int) -> int:
    """``end``, or earlier where a participle or an inverted cue after the content closes it
    ("…, adding he…", "…,” adding", "… - saying…"): at the comma or the dash before it."""
    for cue in view.cues:
        if cue.span[0] <= start or (cue.pronoun is None and cue.kind != "according"):
            continue
        before = view.text[start : cue.span[0]].rstrip()
        if before.endswith(","):
            end = min(end, start + last_comma(before))
        elif _CLOSING_COMMA.search(before):
            end = min(end, start + len(before))  # "are a “dynamic situation,” adding he…"
        elif dash := _SET_OFF_DASH.search(before):
            end = min(end, start + dash.start())  # "… - saying…"
    return end


def _colon_before_quotation(view: SentenceView, start: int, end: int) -> int:
    """« X a indiqué que C : « … » »: a colon outside any quotation that opens one ends the
    reported clause when the words before it hold a verb of their own or a quotation (« la
    décision de M. X « de rejoindre… » : « … » »); the quotation after it is the same
    speaker's own words (going_on/quoted_on.quotation_after_colon), as the keys have it. A noun
    phrase alone before the colon (« …, confirme le président du syndicat : « … » ») is no
    clause: the bound stays where it was. Words opened by « que » are a clause whatever their
    verb (« Mohamed espère que le tramway changera le regard : « … » »: the lexicon does not
    list « changera », recall25)."""
    after_que = _after_subordinator(view.lex).search(view.text, max(0, start - 8), start)
    for colon in _COLON_QUOTE.finditer(view.text, start, end):
        if _inside_quote(view, colon.start()):
            continue
        clause = (start, colon.start())
        quoted = any(start <= q[0] < colon.start() for q in view.quotes)
        if quoted or after_que or holds_finite_verb(view.text, clause, view.lex):
            return colon.start()
    return end


_COLON_QUOTE = re.compile(r"\s*:\s*[«“\"]")


def _fronted_adverbial(view: SentenceView, start: int, piece: str) -> bool:
    """ "a précisé qu'à plusieurs reprises, des téléspectateurs avaient signalé…": what comes
    before the comma is a short phrase set in front of the reported clause (a preposition
    of lexicon ``scene_openers`` first, no verb, no subject pronoun; « que selon lui, »,
    "that when it rains," are no such phrase), so the later verb is that clause's own and the
    content goes on through it."""
    after_que = _after_subordinator(view.lex).search(view.text, max(0, start - 8), start)
    words = folded_words(piece)
    if after_que is None or not view.text[start + len(piece) :].lstrip().startswith(","):
        return False
    if not words or len(words) > 5 or words[0] not in view.lex.word_set("scene_openers"):
        return False
    verbs = finite_or_auxiliary(view.lex)
    pronouns = view.lex.word_set("subject_pronouns")  # one language's: English "on" is none
    return not any(w in verbs or w in pronouns for w in words)


def _fronted_subordinate(view: SentenceView, piece: str) -> bool:
    """ "He said until there was a resolution, the trust would…": what comes before the
    comma is a clause of time, condition or concession set in front of the reported clause
    (it opens on a word of lexicon ``fronted_subordinators``, after "that" or not, and holds
    no comma of its own), so the later verb is that clause's own and the content goes on."""
    words = fold(piece).split()
    words = words[1:] if words[:1] and words[0] in view.lex.word_set("subordinators") else words
    return bool(words) and words[0] in view.lex.word_set("fronted_subordinators")


@built_once
def _after_subordinator(lex: Lexicon) -> re.Pattern[str]:
    """A position right after « que » / "that" (lexicon ``subordinators``)."""
    words = lex.one_of("subordinators")
    return re.compile(rf"\b(?:{words})\s*$", re.IGNORECASE)


def _joins_before(view: SentenceView, start: int, later: Cue) -> list[int]:
    """Where a conjunction joins the later claim ("said X but added Y", "…and the mayor
    added"), as offsets from ``start``: none whose words up to the later cue hold a finite verb
    of their own ("said he and his family were at the zoo when staff told them…": that "and"
    joins two subjects inside the reported clause)."""
    joins = _claim_joins(view.lex).finditer(view.text, start, later.span[0])
    return [
        join.start() - start
        for join in joins
        if not holds_finite_verb(view.text, (join.end(), later.span[0]), view.lex)
    ]


@built_once
def _claim_joins(lex: Lexicon) -> re.Pattern[str]:
    """A conjunction joining a second claim (lexicon ``claim_joining_words``)."""
    words = lex.one_of("claim_joining_words")
    return re.compile(rf"\s(?:{words})\s")


# a comma typed inside the closing mark (the American way) before a participle or a cue
_CLOSING_COMMA = re.compile(r",\s*[”\"’]$")
# a dash set off by spaces that stands where a comma would ("approve the plans - saying the
# concerns had been met"): a participle or a cue after it closes the content the same way
_SET_OFF_DASH = re.compile(r"\s[-–—]$")


def _new_claim(view: SentenceView, cue: Cue) -> bool:
    """A later verb starts a claim of its own: a finite one, or "… et annoncer" / "… et pour
    exiger que" after "pour dénoncer X": each infinitive of purpose reports its own object."""
    before = fold(view.tokens[cue.first - 1].text) if cue.first > 0 else ""
    if before == "qui" and "," in view.text[cue.span[1] : view.span[1]]:
        return False  # "le député, qui s'en était pris à…, «s'est fait…»": a relative
    if view.lex.language == "en" and before in view.lex.word_set("subject_relatives"):
        set_off = cue.first > 1 and view.tokens[cue.first - 2].text == ","
        if not (set_off and before in view.lex.word_set("relative_pronouns")):
            return False  # "the only member who called for…", ", which shows…": no new claim
    aside = view.lex.language == "en" and _EN_RELATIVE_ASIDE.search(view.text, 0, cue.span[0])
    if aside and "," in view.text[cue.span[1] : view.span[1]]:  # the object goes on after it
        return False  # "cited concerns about X, which appellants said was too high, and Y"
    if not cue.participle:
        return True
    if view.lex.language == "fr" and _after_comma(view, cue.first) and _que_next(view, cue):
        return True  # "…, tout en estimant que…", "…, ajoutant qu'…": a second claim
    if _WITH_SUBJECT.search(view.text, view.span[0], cue.span[0]):
        return True  # "…, with most economists predicting a rise": another speaker's claim
    ahead = fold(view.tokens[cue.first - 2].text) if cue.first > 1 else ""
    return before == "et" or (before == "pour" and ahead in {"et", ",", "puis", "mais"})


_EN_RELATIVE_ASIDE = re.compile(r",\s*which\s+(?:[\w'’-]+\s+){1,3}$")
_WITH_SUBJECT = re.compile(r",\s*with\s+(?:[\w'’.-]+\s+){1,5}$")


def _after_comma(view: SentenceView, first: int) -> bool:
    at = first - 1
    while at > 0 and fold(view.tokens[at].text) in {"en", "tout"}:
        at -= 1
    return at >= 0 and view.tokens[at].text == ","


def _que_next(view: SentenceView, cue: Cue) -> bool:
    nxt = view.tokens[cue.last + 1 : cue.last + 2]
    return bool(nxt) and fold(nxt[0].text) in set(view.lex.words("subordinators"))


def _inside_quote(view: SentenceView, position: int) -> bool:
    return any(q[0] < position < q[1] for q in view.quotes)


def quote_with_own_cue(view: SentenceView, colon: int) -> bool:
    """ "a fustigé la « posture » de X : « … », a-t-elle conclu": the quotation after the
    colon has a cue of its own after it, so the colon ends what the first verb reports."""
    after = [q for q in view.quotes if q[0] > colon]
    if not after or view.text[colon + 1 : after[0][0]].strip():
        return False
    closing = _clitic_before_cue(view.lex).match(view.text[after[0][1] :])
    cue_at = after[0][1] + (closing.end() if closing else 0)
    return any(c.kind == "verb" and c.span[0] == cue_at for c in view.cues)


def object_end(view: SentenceView, start: int) -> int:
    """Where a verb's object ends: as any content, or at a colon before a quotation that has
    a cue of its own (French)."""
    end = content_end_text(view, start)
    colon = view.text.find(":", start, end)
    if view.lex.language == "fr" and colon > start and quote_with_own_cue(view, colon):
        return colon
    return end


@built_once
def _clitic_before_cue(lex: Lexicon) -> re.Pattern[str]:
    """What stands between a closing quotation and its cue: a comma, maybe an object clitic
    (lexicon ``indirect_object_clitics``: « », nous a confié X »)."""
    clitics = lex.one_of("indirect_object_clitics")
    return re.compile(rf"[\s,]*(?:(?:{clitics})\s+)?")
