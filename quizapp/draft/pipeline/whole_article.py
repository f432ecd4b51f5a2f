"""What the drafter does once the whole article is read, before the speakers are checked
(out of ``analysis.py`` since mend37d, which had grown past 300 lines): halves of a
quotation joined, passages signed by a name after them, findings ordered by paragraph,
speakers written by their fullest name, empty contents and outer outlets dropped."""

from __future__ import annotations

from functools import partial

from quizapp.draft.clause.objects.contentless.hollow import with_content
from quizapp.draft.clause.objects.contentless.quoted_names import without_quoted_names
from quizapp.draft.clause.objects.contentless.shell import without_shell_objects
from quizapp.draft.clause.objects.contentless.targets import without_targets
from quizapp.draft.findings import Attribution, Span
from quizapp.draft.pipeline.fullest_names import named_speakers, outlet_names
from quizapp.draft.pipeline.resolve import Registry
from quizapp.draft.pipeline.spoken_intents import with_spoken_intents
from quizapp.draft.sources.reading import SourceReading, read_source
from quizapp.draft.sources.relays import relayed_by_outer_outlet
from quizapp.draft.speakers.entity import each_once
from quizapp.draft.text.sentence.incise import join_halves
from quizapp.draft.uncued.rules.runs import (
    by_paragraph,
    join_across_cue,
    pulled_quotes,
    split_listed,
)
from quizapp.draft.uncued.rules.signatures.signed import signed_statements
from quizapp.draft.words.lexicon import Lexicon, fold


def across_the_article(
    found: list[Attribution],
    cut: list[Span],
    text: str,
    registry: Registry,
    lex: Lexicon,
    paras: list[Span],
) -> list[Attribution]:
    """Rules that need the whole article: halves of a quotation cut by an incise joined,
    quotations joined across a cue, findings ordered by paragraph, passages signed by a name
    after them, offices linked to the names given later, and speakers named by their final
    name."""
    found = join_halves(found, cut)
    found = signed_statements(found, paras, text, lex, partial(_signer, registry))
    found = join_across_cue(found, text, lex.language)  # "A," he said. "B." is one
    found = split_listed(by_paragraph(found, text), text)  # « A », « B »: two slogans
    found = pulled_quotes(named_speakers(found, text, registry, lex), text)  # set out, quoted again
    found = without_shell_objects(found, text, lex)  # « a décrit la situation »: no content
    found = without_targets(found, text, lex)  # « s'en prend au maire »: whom, not what
    found = with_content(found, text, lex)  # not an empty « " " », nor « en juillet 2024 »
    found = without_quoted_names(found, text, lex)  # « la liste « Un autre Meaux » »: a name
    people = each_once(registry.entities.values())
    found = with_spoken_intents(found, text, lex, paras, people)  # « Il souhaite … », beside
    return relayed_by_outer_outlet(found, outlet_names(registry))


def _signer(registry: Registry, name: str, span: Span) -> tuple[str, str] | None:
    """The speaker and label a name signing a passage stands for (rules/signatures/signed.py);
    a signer opened by a determiner is read as the phrase it is, so that a described person is
    anonymous and a body named (signed38)."""
    reading = SourceReading("name", "named", "x", "")
    if fold(name.split()[0]) in registry.lex.word_set("determiners"):  # « une habitante »
        reading = read_source(name, registry.lex, any(w[:1].isupper() for w in name.split()[1:]))
    found = registry.resolve(name, span, reading, span[0])
    return None if found is None else (found.speaker, found.label)
