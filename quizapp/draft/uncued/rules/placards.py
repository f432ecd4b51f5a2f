"""A quotation written on what someone holds or marches under: a placard, a banner, slogans
(« cette ado avec sa pancarte : « Je veux grandir, pas servir » », « venu en voiture avec une
pancarte «…» », « rassemblés … sous les slogans "…", "…" »). The words are the holder's: the
speaker of the sentence's attribution before them (« anticipe cet exploitant, venu avec une
pancarte «…» »), else the people named just before the preposition (« et cette ado aussi avec
sa pancarte »), else the subject of the sentence's clause. Quotations listed after the first
(« "A", "B", "C" ») go with it; ``runs.split_listed`` cuts them one by one.

The object must be held (lexicon ``holding_words``: « avec », « sous », « brandissant »…) and
the quotation must be its wording, with only adjectives between them (« une petite pancarte
rouge «…» »): « une banderole barrée d'un «…» » or « le tract de la CGT » are left to the
impersonal reading of the inscription (sources/source_kinds.py). French since recall16;
English since english35, where the inscription "reads" or "says" its words ("held up
placards that read ‘…’ and ‘…’", "carrying a banner saying "…""): lexicon
``inscription_reading_verbs``, which only English lists."""

from __future__ import annotations

import re
from dataclasses import replace

from quizapp.draft.findings import Attribution
from quizapp.draft.pipeline.attributions import Draft, SentenceView
from quizapp.draft.shapes.colons.colon_quotation import inner
from quizapp.draft.shapes.detect.view import strip_span
from quizapp.draft.text.segment import Span, words_in
from quizapp.draft.words.lexicon import Lexicon, alternation, built_once, fold

_AFTER_APOSTROPHE = re.compile(r"(?<=['’]).*")


def held_inscription(view: SentenceView, new: list[Attribution]) -> Attribution | Draft | None:
    """The attribution of the quotations a held inscription carries, or None. An
    :class:`Attribution` when the sentence's own attribution gives the holder, else a
    :class:`Draft` whose source is the holder, for the caller to resolve."""
    if view.lex.language not in ("fr", "en"):
        return None
    found = _inscription_quotes(view)
    if found is None:
        return None
    holding, quotes = found
    content = inner(view.text, (quotes[0][0], quotes[-1][1]))
    if words_in(view.text, content) < 2 or any(_overlaps(a, content) for a in new):
        return None
    before = [a for a in new if a.cue is not None and a.kind != "according_to"]
    before = [a for a in before if a.source is not None and a.source[1] <= holding]
    if before:
        last = before[-1]
        return replace(last, content=content, cue=None, source=None, kind="direct", confidence=0.5)
    holder = _holder_before(view, holding)
    if holder is None:
        return None
    return Draft(content, None, holder, "direct", None, 0.5, "")


def _inscription_quotes(view: SentenceView) -> tuple[int, list[Span]] | None:
    """Where the holding word starts and the quotations the held inscription carries."""
    text = view.text
    quotes = [q for q in view.quotes if view.span[0] <= q[0] and q[1] <= view.span[1] + 1]
    pattern = _held(view.lex) if view.lex.language == "fr" else _read_on(view.lex)
    for index, quote in enumerate(quotes):
        held = pattern.search(text, view.span[0], quote[0])
        if held is None:
            continue
        run = [quote]
        for following in quotes[index + 1 :]:
            if not _listed(view.lex).fullmatch(text, run[-1][1], following[0]):
                break
            run.append(following)
        return held.start(), run
    return None


def _holder_before(view: SentenceView, holding: int) -> Span | None:
    """The people just before the holding word (« et cette ado aussi avec… », past the
    adverbs of the lexicon's ``adverbs_between``), or those opening the clause it ends."""
    text = view.text
    start = max(text.rfind(",", view.span[0], holding), text.rfind(";", view.span[0], holding))
    start = start + 1 if start >= 0 else view.span[0]
    lead = _lead(view.lex).match(text[start:holding])
    near = _people(view, strip_span(text, (start + (lead.end() if lead else 0), holding)))
    if near is not None:
        return near
    return _people(view, _sentence_subject(view, holding))


def _sentence_subject(view: SentenceView, holding: int) -> Span:
    """The words opening the sentence, past a setting (« A Paris, »), up to a comma, a
    verb form or « selon » (« près d'un millier de participants selon la Préfecture, »)."""
    text, start = view.text, view.span[0]
    first = text[start:holding].split()[:1]
    comma = text.find(",", start, holding)
    if first and fold(first[0]) in _setting(view.lex) and comma > 0:
        start = comma + 1
    stops = _stops(view.lex)
    end = start
    for word in re.finditer(r"[^\s,;:]+|[,;:]", text[start:holding]):
        if word.group() in ",;:" or fold(word.group()) in stops:
            break
        end = start + word.end()
    return strip_span(text, (start, end))


def _people(view: SentenceView, phrase: Span) -> Span | None:
    """The phrase, without its trailing adverbs, when it is a short noun phrase (a
    determiner, a word that counts or a capital first, no verb form): someone to hold."""
    lex = view.lex
    words = view.text[phrase[0] : phrase[1]].split()
    while words and fold(words[-1]) in lex.word_set("adverbs_between"):
        words.pop()
    if not words or len(words) > 6:
        return None
    first = fold(_AFTER_APOSTROPHE.sub("", words[0]))
    opens = first in _openers(lex) or first.isdigit()
    opens = opens or (words[0][:1].isupper() and first not in _setting(lex))
    if not opens or any(fold(w) in _stops(lex) for w in words[1:]):
        return None
    return phrase[0], phrase[0] + len(" ".join(words))


@built_once
def _openers(lex: Lexicon) -> frozenset[str]:
    """What may open a holder's noun phrase: a determiner, a vague or counting one, a
    number (lexicon ``number_words``)."""
    counts = frozenset(fold(w).split()[0] for w in lex.words("approximation_words"))
    numbers = frozenset(fold(w) for w in lex.raw.get("number_words", {}))
    return lex.word_set("determiners") | lex.word_set("vague_determiners") | counts | numbers


@built_once
def _stops(lex: Lexicon) -> frozenset[str]:
    """Words that end a holder's noun phrase: verb forms and the one-word « selon », « d'après »
    (lexicon ``according_to_strong``)."""
    according = frozenset(w for w in lex.words("according_to_strong") if " " not in w)
    return lex.finite | lex.auxiliaries | lex.word_set("copula_forms") | according


@built_once
def _setting(lex: Lexicon) -> frozenset[str]:
    """What opens a setting (« À Paris, », « A Paris, »: lexicon ``scene_openers`` and
    ``unaccented_scene_openers``)."""
    return lex.word_set("scene_openers") | lex.word_set("unaccented_scene_openers")


@built_once
def _listed(lex: Lexicon) -> re.Pattern[str]:
    """What may stand between two quotations of one list: a comma or a word of the lexicon's
    ``listed_quote_links`` (« "A", "B" ou encore "C" »)."""
    return re.compile(rf"\s*(?:,|\b(?:{lex.one_of('listed_quote_links')})\b)\s*")


@built_once
def _lead(lex: Lexicon) -> re.Pattern[str]:
    """A conjunction before the holder's phrase (lexicon ``holder_leads``: « et cette ado »)."""
    return re.compile(rf"\s*(?:{lex.one_of('holder_leads')})\s+")


def _overlaps(found: Attribution, content: Span) -> bool:
    return found.content[0] < content[1] and content[0] < found.content[1]


@built_once
def _held(lex: Lexicon) -> re.Pattern[str]:
    """A holding word, a determiner, the inscription noun, up to two adjectives (no word of
    the lexicon's ``determiners`` or ``partitive_markers``) and a colon, right before a
    quotation."""
    holding = lex.one_of("holding_words")
    determiners = lex.one_of("determiners")
    nouns = lex.one_of("inscription_nouns")
    function = alternation(lex.words("determiners") + lex.words("partitive_markers"))
    adjective = rf"(?!(?:{function})\b)[^\W\d_][\w-]*"
    return re.compile(
        rf"(?i)\b(?:{holding})\s+(?:{determiners})\s*(?:{adjective}\s+)?(?:{nouns})"
        rf"(?:\s+{adjective}){{0,2}}\s*:?\s*$"
    )


@built_once
def _read_on(lex: Lexicon) -> re.Pattern[str]:
    """English: a holding word (and "up"), a determiner or none, an adjective or none, the
    inscription noun, then "that" or "which" and a verb of reading (lexicon
    ``inscription_reading_verbs``: "read", "saying") right before a quotation."""
    holding = lex.one_of("holding_words")
    nouns = lex.one_of("inscription_nouns")
    reading = lex.one_of("inscription_reading_verbs")
    determiners = lex.one_of("determiners")
    return re.compile(
        rf"(?i)\b(?:{holding})(?:\s+up)?\s+(?:(?:{determiners})\s+)?(?:[^\W\d_][\w-]*\s+)?"
        rf"(?:{nouns})\s+(?:(?:that|which)\s+)?(?:{reading})\s*:?\s*$"
    )
