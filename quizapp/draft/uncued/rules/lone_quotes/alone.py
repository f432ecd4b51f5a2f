"""Quotations standing alone in their sentence, with no cue of their own: they continue the
last speaker, or go to the person the sentence before was about, or (opening a paragraph
before anyone was heard) to the subject of the narration that follows them. A quotation that
carries on the last finding past a colon or a lost opening mark is ``going_on/quoted_on``
(out of here since tidy29)."""

from __future__ import annotations

import re
from collections.abc import Callable

from quizapp.draft.findings import Attribution, Span
from quizapp.draft.pipeline.attributions import Draft, SentenceView
from quizapp.draft.pipeline.fullest_names import final_name
from quizapp.draft.pipeline.resolve import Registry
from quizapp.draft.shapes.colons.colon_person import one_person_named, told_from
from quizapp.draft.shapes.colons.colon_quotation import inner
from quizapp.draft.sources.reading import SourceReading, read_source
from quizapp.draft.text.segment import words_in
from quizapp.draft.text.sentence.inner_cues import incise_inside
from quizapp.draft.uncued.going_on.quoted_on import finding_ends, overlaps
from quizapp.draft.uncued.rules.headlines import SUBHEAD_WORDS
from quizapp.draft.uncued.rules.inside_quotes.told_inside import holding_last
from quizapp.draft.uncued.rules.lone_quotes.continuation import (
    next_subject,
    own_lead,
    own_subject,
    previous_subject,
    recent_subject,
)
from quizapp.draft.uncued.rules.lone_quotes.described_before import described_subject
from quizapp.draft.uncued.rules.lone_quotes.named_before import one_named_before, one_named_in
from quizapp.draft.words.lexicon import Lexicon, alternation, built_once

_SENTENCE_STOP_OR_COLON = re.compile(r"[.!?…:]")
_SENTENCE_STOP = re.compile(r"[.!?…]")

Resolver = Callable[[SentenceView, Draft], Attribution | None]


def standalone_quote(
    view: SentenceView,
    registry: Registry,
    new: list[Attribution],
    earlier: list[Attribution],
    text: str,
) -> list[Attribution]:
    """A full quotation with no cue continues the last speaker (lower confidence); beside
    it, only words quoted inside a noun phrase may have been found (« X « déplore … »,
    loin des « prix contenus » annoncés par Y »: Y said the two words, not the rest)."""
    if view.cues or not all(quoted(view, a.content) for a in new):
        return []
    full = full_quotes(view, earlier, text)
    full = [q for q in full if not any(overlaps(q, a.content) for a in new)]
    if not full:
        return []
    fresh = fresh_subject(view, registry, earlier, text)
    if not earlier and fresh is None:
        return []
    content = inner(text, (full[0][0], full[-1][1]))
    if any(a.content[0] < content[1] and content[0] < a.content[1] for a in earlier[-3:]):
        return []  # a quotation over several paragraphs, already given to its speaker
    named = _named_inside(view, registry, content)
    if named is not None:  # « … ? a demandé M. X. … »: the incise the marks hold
        return [named]
    return _given_on(view, registry, earlier, content, fresh)


def full_quotes(view: SentenceView, earlier: list[Attribution], text: str) -> list[Span]:
    """The sentence's quotations long enough to stand alone, when quotations make at least
    half of it: four words, or two right after the last finding's cue (English quotes a short
    next paragraph on its own); no charge's name, no title."""
    share = sum(q[1] - q[0] for q in view.quotes) / max(1, view.span[1] - told_from(view))
    english = view.lex.language == "en"
    least = 2 if earlier and _right_after_its_cue(text, earlier[-1], view.span[0], english) else 4
    full = [q for q in view.substantive_quotes() if words_in(text, q) >= least and share >= 0.5]
    full = [q for q in full if not names_a_charge(view, q) and not _titled(text, q)]
    return [q for q in full if not _closes_a_subhead(text, q, view.lex)]


def fresh_subject(
    view: SentenceView, registry: Registry, earlier: list[Attribution], text: str
) -> str | None:
    """The person this sentence or the sentences before were about, whose words a lone
    quotation may be (with nobody heard yet, the recent subject); none when the quotation
    goes on past this sentence, its cue coming later."""
    last_end = max(finding_ends(earlier[-1])) if earlier else -1  # past its cue and its speaker
    lead = own_lead(view)
    fresh = own_subject(registry, lead, last_end)
    if fresh is None:  # « … pour Gérald X est de « … » »: the one person it names
        fresh = one_named_in(view, registry, lead, last_end)
    fresh = fresh or previous_subject(registry, view.span[0], last_end)
    if fresh is None:  # « Une habitante a vu l'eau monter. « … » »: described, not named
        fresh = described_subject(registry, lead[1] if lead else view.span[0], last_end)
    if not earlier and fresh is None:
        fresh = recent_subject(registry, view.span[0])
    if earlier and fresh is None:
        fresh = one_named_before(view, registry, last_end)
    if any(q[1] > view.span[1] and cue_may_follow(text, q[1]) for q in view.quotes):
        return None
    return fresh


def _given_on(
    view: SentenceView,
    registry: Registry,
    earlier: list[Attribution],
    content: Span,
    fresh: str | None,
) -> list[Attribution]:
    """The lone quotation's speaker: the fresh subject ("X a pris la parole mardi. «…»":
    X's words), else the last speaker when it spoke within 600 characters (the one whose
    words hold the last finding, when it is nested in them: ``holding_last``)."""
    if fresh is not None:
        person = registry.entity(fresh)
        registry.note_subject(fresh, view.span[0])
        return [
            Attribution(content, None, None, person.name, None, "direct", person.label, None, 0.5)
        ]
    last = holding_last(earlier)
    if view.span[0] - last.content[1] > 600:
        return []
    return [
        Attribution(
            content,
            None,
            None,
            last.speaker,
            None,
            "direct",
            _label_of(registry, last),
            last.via,
            0.5,
        )
    ]


def _label_of(registry: Registry, last: Attribution) -> str:
    """The label of the last speaker, as the registry holds it now, when that is the speaker
    of the last attribution; else that attribution's own (« X a craint pour sa maison. « … ».
    Évacué, il … « … » »: the second quotation is X's, whom the registry never recorded as a
    speaker, not the group heard before X)."""
    key = registry.last_speaker_key()
    entity = registry.entity(key) if key else None
    if entity is None or final_name(registry, entity.name) != last.speaker:
        return last.label
    return entity.label


def _named_inside(view: SentenceView, registry: Registry, content: Span) -> Attribution | None:
    """The quotation written with its incise inside the marks (sentence/inner_cues.py): the
    name the incise gives speaks, not whoever spoke last."""
    name = incise_inside(view.text, content[0], view.lex)
    if name is None or not content[0] <= name[0] < content[1]:
        return None
    phrase = view.text[name[0] : name[1]]
    named = phrase[:1].isupper()  # « un macroniste »: a person described, anonymous
    reading = (
        SourceReading("name", "named", "x", "") if named else read_source(phrase, view.lex, False)
    )
    found = registry.resolve(phrase, name, reading, name[0])
    if found is None:
        return None
    return Attribution(content, None, None, found.speaker, None, "direct", found.label, None, 0.5)


def names_a_charge(view: SentenceView, quote: Span) -> bool:
    """« une enquête pour "tentative d'assassinat…" », « la qualification retenue est "…" »:
    a quotation after the words of a charge (lexicon charge_words, no colon between) names the
    offence in the law's words; nobody says it. Only for a sentence with no cue: « … pour
    "…", a précisé le parquet » is the parquet's."""
    words = _charge_words(view.lex)
    before = view.text[view.span[0] : quote[0]]
    found = words.search(before) if words else None
    return found is not None and ":" not in before[found.end() :]


@built_once
def _charge_words(lex: Lexicon) -> re.Pattern[str] | None:
    """The lexicon's charge words as one pattern, None for a lexicon without them (English)."""
    listed = lex.raw.get("charge_words", [])
    return re.compile(rf"(?i)\b(?:{alternation(listed, True)})\b") if listed else None


def _titled(text: str, quote: Span) -> bool:
    """ "She has read “The Houses We Lost to the Sea”": every word of four letters or more
    capitalised, no punctuation inside: a title quoted, nobody's words."""
    inside = text[quote[0] + 1 : quote[1] - 1]
    long_words = [w for w in inside.split() if len(w) >= 4]
    return (
        len(inside.split()) >= 3
        and not re.search(r"[.,;:!?]", inside)
        and bool(long_words)
        and all(w[:1].isupper() for w in long_words)
    )


def _closes_a_subhead(text: str, quote: Span, lex: Lexicon) -> bool:
    """« Le Smur "restera ouvert la nuit" », « L'« effet de ciseaux » »: a line of ten words
    or fewer that opens on narration and ends on the quotation, with no full stop or colon,
    titles the section after it with words met below; nobody speaks in it (precision31). A
    line opening on its quotation is a quoted subhead (rules/headlines.py); a quotation with a
    sentence end inside its marks (« Et encore « Nous n'avons plus rien. » ») is someone's
    full sentence, no title (mend31b)."""
    start = text.rfind("\n", 0, quote[0]) + 1
    end = text.find("\n", quote[1])
    end = len(text) if end < 0 else end
    lead = text[start : quote[0]].strip()
    if not lead or lead[0] in lex.word_set("opening_quote_marks") or text[quote[1] : end].strip():
        return False
    inside = text[quote[0] + 1 : quote[1] - 1]
    return words_in(text, (start, end)) <= SUBHEAD_WORDS and not (
        _SENTENCE_STOP_OR_COLON.search(lead) or _SENTENCE_STOP.search(inside)
    )


def quoted(view: SentenceView, content: Span) -> bool:
    """Whether a finding's content lies inside one of the sentence's quotations."""
    return any(q[0] <= content[0] and content[1] <= q[1] for q in view.quotes)


def told_next(
    view: SentenceView, content: Span, resolve: Resolver, registry: Registry
) -> list[Attribution]:
    """The quotation that opened the paragraph, given to this sentence's subject; a neuter
    subject (« Et ce ne sont pas ces gouttes qui vont rassurer X. », « Cela n'inquiète pas
    X ») is no one: the one person the sentence names said it."""
    subject = next_subject(view)
    if subject is not None and _neuter(view, subject):
        subject = one_person_named(view, registry)
    if subject is None:
        return []
    found = resolve(view, Draft(content, None, subject, "direct", None, 0.5, ""))
    return [found] if found is not None else []


def _neuter(view: SentenceView, subject: Span) -> bool:
    """« ce », « Et ce », « Mais ça »: a neuter pronoun, at most a conjunction before it."""
    words = view.text[subject[0] : subject[1]].replace("’", "'").split()
    return len(words) <= 2 and words[-1].lower() in view.lex.word_set("neuter_subjects")


def narration_after(view: SentenceView, para: Span) -> tuple[Span, Span] | None:
    """« «Nous n'allons pas en rester là !» Saïd et son épouse ne décolèrent pas. »: a
    quotation opening its paragraph, then in the same sentence the narration whose subject
    said it; (the quotation's content, the narration's span)."""
    quotes = [q for q in view.quotes if view.span[0] <= q[0]]
    if view.cues or not quotes or view.span[0] > para[0] + 1:
        return None
    if view.text[view.span[0] : quotes[0][0]].strip():
        return None
    content = inner(view.text, (quotes[0][0], quotes[-1][1]))
    closed = _SENTENCE_STOP.match(view.text[content[1] - 1 : content[1]])
    rest = (quotes[-1][1], view.span[1])
    if not closed or words_in(view.text, content) < 4 or words_in(view.text, rest) < 3:
        return None
    return content, rest


def _right_after_its_cue(
    text: str, last: Attribution, sentence_start: int, next_paragraph: bool = False
) -> bool:
    """« … », soupire-t-il. « C'est dramatique. » : a short quotation right after a quoted
    sentence and its cue goes on with the same words (joined to them in French)."""
    if last.kind != "direct" or last.cue is None or last.cue[0] < last.content[1]:
        return False
    gap = text[last.cue[1] : sentence_start]
    return ("\n" not in gap or next_paragraph) and len(gap.split()) <= 12


def cue_may_follow(text: str, quote_end: int) -> bool:
    """Whether the sentence goes on after a quotation's closing mark (« … », a-t-il dit),
    where its cue would be; a quotation that ends its paragraph or sentence has none."""
    after = re.match(r"[ \t]*(\S?)", text[quote_end:]).group(1)
    return after == "," or after.islower() or after in {"–", "—", "-"}
