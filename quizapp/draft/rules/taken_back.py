"""A sentence that gives the sentence before it to its speakers by a noun of what they said
(French): « Le loup est bien présent dans l'agglomération. C'est le constat fait par des
éleveurs. », « Symbole du mépris des autorités ? C'est du moins le ressenti des riverains,
qui disent… », « « … » C'est le constat (et le regret) formulé par André X, bourgmestre… »,
« … C'est en tout cas le voeu des organisateurs ». The sentence says nothing of its own; the
sentence before (a quotation ending there too) is what they said.

A presentative (lexicon ``presentatives``), maybe an adverb of hedging
(``taken_back_hedges``: « du moins », « en tout cas »), an article, a noun of a view or a
statement (``taken_back_nouns``: « constat », « ressenti », « voeu »…; never « le cas de
X », which names an example), maybe a bracket aside and a participle of making
(``taken_back_participles``: « fait », « formulé », « dressé ») before « par », else « de »
or one of its contractions: the words after that, to the comma, « qui » or the end, speak.
recall30 counted the shape over the French corpus: 4 times, in 4 batches (blind12a,
blind28c, blind29a, blind29d), each keyed as the speakers' words and missed; « c'est
l'impression qu'il donne », « c'est le message écrit sur une banderole » (no « de » nor
« par » after the noun) stay unread. A verb in « C'est ce qu'a dit X » is
detect/inverted.py's."""

from __future__ import annotations

import re

from quizapp.draft.detect.view import Draft, SentenceView, has_quote, strip_span
from quizapp.draft.findings import Attribution
from quizapp.draft.lexicon import Lexicon, alternation, built_once, fold
from quizapp.draft.segment import Span, words_in

TAKEN_BACK_CONFIDENCE = 0.55  # no verb says it: a noun of a view stands for one


def taken_back(view: SentenceView, new: list[Attribution]) -> Draft | None:
    """The sentence before as the words of the speakers a « C'est le constat de X » sentence
    names, or a « C'est ce qu'a déclaré X » one (``pointed_back``), when nothing was found in
    it, no finding of this sentence covers it (« C'est du moins le ressenti des riverains, qui
    disent être las… » keeps its own), and it holds three words or more."""
    if view.previous is None:
        return None
    if any(a.content[0] < view.previous[1] and view.previous[0] < a.content[1] for a in new):
        return None
    found = _shape(view.lex).match(view.text, view.span[0], view.span[1])
    spoken = (found.span("noun"), found.span("source")) if found else pointed_back(view)
    said = None if spoken is None else _said_before(view, view.previous)
    if said is None:
        return None
    content, quoted = said
    cue, source = spoken[0], strip_span(view.text, spoken[1])
    kind = "direct" if quoted else "mixed" if has_quote(view, content) else "indirect"
    return Draft(content, cue, source, kind, None, TAKEN_BACK_CONFIDENCE, "")


def _said_before(view: SentenceView, previous: Span) -> tuple[Span, bool] | None:
    """The sentence before, its closing stop and question mark left out, or the words inside
    the quotation it is (« « … » C'est le constat formulé par X »: then True)."""
    content = strip_span(view.text, previous)
    text = view.text[content[0] : content[1]]
    inside = re.fullmatch(r"\s*[«“\"]\s*(.+?)\s*[»”\"]\s*", text, re.S)
    if inside is not None:
        content = (content[0] + inside.start(1), content[0] + inside.end(1))
    else:
        content = (content[0], content[0] + len(text.rstrip(" .?!…")))
    return (content, inside is not None) if words_in(view.text, content) >= 3 else None


@built_once
def _shape(lex: Lexicon) -> re.Pattern[str]:
    """The whole opening of the sentence up to its speakers (group ``source``)."""
    presentatives = alternation(lex.words("presentatives") + lex.words("taken_back_presentatives"))
    hedges = alternation(lex.words("taken_back_hedges")) or "(?!)"
    nouns = alternation(lex.words("taken_back_nouns")) or "(?!)"
    participles = alternation(lex.words("taken_back_participles")) or "(?!)"
    article = rf"(?:{alternation(lex.words('taken_back_articles'))})\s*"
    aside = r"(?:\s*\([^()]{1,40}\))?"
    by, of = alternation(lex.words("taken_back_by")), alternation(lex.words("taken_back_of"))
    link = rf"(?:\s+(?:{participles}))?\s+(?:{by})\s+|\s+(?:{of})\s*"
    who = alternation(lex.words("subject_relatives")) or "(?!)"
    source = rf"(?P<source>[^,;:.!?«»“”\"()]{{2,80}}?)(?=\s*(?:[,;:.!?()]|\s+(?:{who})\b|$))"
    return re.compile(
        rf"(?i)\s*(?:{presentatives})\s+(?:(?:{hedges})\s+)?{article}"
        rf"(?P<noun>{nouns})\b{aside}(?:{link}){source}"
    )


def pointed_back(view: SentenceView) -> tuple[Span, Span] | None:
    """The cue and the speaker of a sentence whose reporting verb takes the sentence before
    as its object through « ce que » after a presentative (blocks37): « C'est ce qu'a
    déclaré, samedi, le maire », « Voilà ce que Paul X a confié au journal », « C'est en
    tout cas ce qu'estime X »; the speaker before the verb, or after it past a setting set
    off by commas, to a comma or a word that opens a complement (lexicon
    ``pointed_back_subject_stops``: « au journal », « lors du conseil »). A first or second
    person, or the impersonal « on », names no speaker here (« C'est ce qu'on imagine »)."""
    opening = _pointing(view.lex).match(view.text, view.span[0], view.span[1])
    cue = opening and next((c for c in view.cues if c.span[0] >= opening.end()), None)
    if cue is None or cue.kind != "verb" or cue.pronoun is not None:
        return None
    before = strip_span(view.text, (opening.end(), cue.span[0]))
    source = before if before[1] > before[0] else _subject_after(view, cue.span[1])
    if source is None or not _names_someone(view, source):
        return None
    return cue.span, source


def _subject_after(view: SentenceView, start: int) -> Span | None:
    """The inverted subject from ``start``, past a setting between commas, to its end."""
    rest = view.text[start : view.span[1]]
    aside = re.match(r"\s*,[^,.;:!?«»“”\"]{1,40},", rest)
    at = start + (aside.end() if aside else 0)
    stop = _subject_stop(view.lex).search(view.text, at, view.span[1])
    end = stop.start() if stop else view.span[1]
    span = strip_span(view.text, (at, end))
    return span if span[1] > span[0] else None


def _names_someone(view: SentenceView, source: Span) -> bool:
    """A capital, a determiner or a pronoun of the third person opens the subject, which is
    no pronoun of the first or the second person nor the impersonal « on »."""
    words = view.text[source[0] : source[1]].split()
    first = words[0].lower() if words else ""
    if (
        fold(first).rstrip("'’") in view.lex.word_set("pointed_back_not_speakers")
        or len(words) > 12
    ):
        return False
    opening = view.lex.word_sets("determiners", "subject_pronouns")  # « il » is taken up
    return words[0][:1].isupper() or fold(first) in opening


@built_once
def _pointing(lex: Lexicon) -> re.Pattern[str]:
    """The presentative, maybe a hedge, and « ce que » ("what") opening the sentence."""
    presentatives = alternation(lex.words("presentatives") + lex.words("taken_back_presentatives"))
    hedges = alternation(lex.words("taken_back_hedges")) or "(?!)"
    what = alternation(lex.words("pointed_back_what"), loose_spacing=True) or "(?!)"
    return re.compile(
        rf"(?i)\s*(?:{presentatives})\s*,?\s+(?:(?:{hedges})\s*,?\s+)?(?:{what})(?:\s+|(?<=['’]))"
    )


@built_once
def _subject_stop(lex: Lexicon) -> re.Pattern[str]:
    """What ends an inverted subject here: a mark of punctuation or a complement's opening."""
    stops = alternation(lex.words("pointed_back_subject_stops")) or "(?!)"
    return re.compile(rf"[,;:.!?()«»“”\"]|\s(?i:{stops})\b")
