"""The drafter's analysis of an article: attributions, unattributed claims and speakers.

``analyze`` reads the text once, sentence by sentence and in order, so that a pronoun or
"cette source" is resolved against what came before it. Rules and lexicons only: no model.
The reading itself, paragraph by paragraph, is ``pipeline/reader.py`` (out of this module since
tidy43); here the article is prepared for it (quotation marks, paragraphs, quotations, the
headline) and what is done once it is read runs after it.
"""

from __future__ import annotations

from collections.abc import Callable

from quizapp.draft.findings import Analysis, Attribution, Span, Speaker
from quizapp.draft.pipeline.quoted_kinds import quoted_kinds
from quizapp.draft.pipeline.reader import ArticleReader
from quizapp.draft.pipeline.resolve import Registry
from quizapp.draft.pipeline.steps import ARTICLE, READING, UNWATCHED, Steps
from quizapp.draft.pipeline.whole_article import across_the_article
from quizapp.draft.speakers.entity import each_once
from quizapp.draft.speakers.speaker_checks.members import spoken_by_member
from quizapp.draft.speakers.speaker_checks.plausible import speaking_speakers
from quizapp.draft.text.quotation_marks import quotations
from quizapp.draft.text.segment import Overlaps, Stops, paragraphs
from quizapp.draft.text.sentence.incise import split_incises
from quizapp.draft.text.sentence.single_quotes import as_double_quotes, as_french_text
from quizapp.draft.uncued.rules.headlines import is_framing
from quizapp.draft.uncued.rules.lone_quotes.framed import framed_quotes
from quizapp.draft.uncued.rules.lone_quotes.left_long import left_long
from quizapp.draft.uncued.rules.lone_quotes.narrated_long import joined
from quizapp.draft.uncued.rules.lone_quotes.unheard import released
from quizapp.draft.uncued.rules.pull_quotes import spoken_subheads
from quizapp.draft.uncued.rules.signatures.signed import without_signatures
from quizapp.draft.words.lexicon import Lexicon, built_once, fold, load


def analyze(
    text: str, language: str, headline: str | None = None, steps: Steps = UNWATCHED
) -> Analysis:
    """Everything the drafter finds in ``text`` (``language``: 'fr' or 'en').

    ``headline``: the article's title when the caller knows it; a first paragraph equal to it
    is read as the headline (the outlet's framing). ``steps``: told after each paragraph and
    each step over the whole article, and asked there whether to stop (``Cancelled``).
    """
    lex = load(language)
    single = as_double_quotes if language == "en" else as_french_text  # ‘…’ -> “…”, -- -> —
    written, text = text, single(text)
    headline = single(headline) if headline else headline
    registry = Registry(text, lex)
    paras = paragraphs(text)
    quotes, cut = split_incises(text, quotations(text, paras), lex)
    registry.quotes = Overlaps(quotes)
    reader = ArticleReader(text, lex, registry, registry.quotes, sentence_stops(lex))
    framing = [p for i, p in enumerate(paras) if is_framing(text, p, i, headline)]
    for para in steps.each(READING, paras):
        reader.read_paragraph(para, para in framing)
    found = _once_read(reader, cut, framing, paras, steps)
    claims = tuple(without_signatures(reader.claims, found, text))  # « - Paul Roy »: no fact
    return Analysis(language, written, tuple(found), claims, _speakers(registry, found))


def _once_read(
    reader: ArticleReader,
    cut: list[Span],
    framing: list[Span],
    paras: list[Span],
    steps: Steps = UNWATCHED,
) -> list[Attribution]:
    """The steps that need the whole article read (``_article_passes``), run in order over
    the findings the reading left, each held-back quotation released to its speaker first."""
    registry = reader.registry
    passes = _article_passes(reader, cut, framing, paras)
    found = released(reader.unheard, joined(reader.found, reader.aside), registry, paras)
    for done, step in enumerate(passes):
        steps.check(ARTICLE, done, len(passes))  # each step a second at most on 20,000 words
        found = step(found)
    return found


def _article_passes(
    reader: ArticleReader, cut: list[Span], framing: list[Span], paras: list[Span]
) -> list[Callable[[list[Attribution]], list[Attribution]]]:
    """Readings across paragraphs, quoted subheads, long framed or standing quotations no
    rule gave, one of a group named after its quotation, speakers that cannot speak, and each
    finding's kind from its own marks: in this order, each reading what the one before left."""
    registry, text, lex = reader.registry, reader.text, reader.lex
    return [
        lambda found: across_the_article(found, cut, text, registry, lex, paras),
        lambda found: spoken_subheads(found, paras, text, lex),
        lambda found: framed_quotes(found, text, framing, registry),  # a long one no rule gave
        lambda found: left_long(found, text, paras, framing, registry),  # the body's long ones
        lambda found: [spoken_by_member(a, text, lex) for a in found],  # speakers55
        lambda found: speaking_speakers(
            found, registry, (reader.sentence_spans, paras), reader.quotes, lex
        ),
        lambda found: quoted_kinds(found, text, registry.quotes, lex),
    ]


@built_once
def sentence_stops(lex: Lexicon) -> Stops:
    """The lexicon's abbreviations, for cutting sentences (built once per lexicon); a weekday
    opens no sentence after one ("at 9 a.m. Monday"). A title written with its period
    (lexicon ``titles``: "Sgt.", "Capt.", "Det.") ends no sentence either: "…, said Sgt.
    Nicole Kirkwood" is one sentence, whose speaker is the sergeant."""
    final = frozenset(lex.raw.get("sentence_final_abbreviations", []))
    days = lex.word_set("weekdays")
    openers = frozenset(w for w in lex.raw["function_words"] if fold(w) not in days)
    titles = frozenset(w for w in lex.raw.get("titles", []) if w.endswith("."))
    abbreviations = frozenset(lex.raw["sentence_abbreviations"]) | final | titles
    if lex.language != "fr":
        return Stops(abbreviations, final, openers)
    cues, determiners = lex.finite, lex.word_set("cue_determiners")
    pronouns = lex.word_set("third_person_subject_pronouns")
    nouns = lex.word_set("capitalised_noun_cues")
    return Stops(abbreviations, final, openers, cues, determiners, pronouns, nouns)


def _speakers(registry: Registry, found: list[Attribution]) -> tuple[Speaker, ...]:
    speaking = {a.speaker for a in found}
    result = []
    for entity in each_once(registry.entities.values()):
        if entity.name in speaking:
            mentions = tuple(sorted(set(entity.mentions)))
            result.append(Speaker(entity.name, entity.label, mentions))
    return tuple(result)
