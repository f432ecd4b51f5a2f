"""Long quotations of the body standing on their own that no rule gave (cueless51).

A French quotation of seven words or more (``unheard.LONG``) that is a paragraph of its own,
opens its paragraph, follows a colon or is a sentence of its own, and that closes its
sentence, is someone's words. The lone-quotation rules pass some by: one set out after
someone was heard when no subject is at hand (« …trop tard pour récolter avant l'hiver : »
then « "S'il fait vraiment beau, on espère…" »), one under a lead whose subject is a thing
(« Le reste a été haché par les grêlons : « J'ai pris une photo… » »), the first paragraph
under the headline. They were left as the outlet's claims. Counted over the French corpus
(benchmarks/cueless51_scan.py): quotations of seven words or more in these four places that
no finding covers are keyed as someone's words 43 times in 46, 28 in 29 on blind27-49;
inside narration (« pour « … » »), 19 in 27 at ten words, not read here.

Each is given, like a long framed quotation (``framed``), to the speaker of a finding below
that quotes its words again, else to the person named nearest to it in the paragraph before,
its own or the next, as a guess (low confidence: a draft "to check"). A quotation whose lead
names a text (a petition, a judgment, a banner, a motto: lexicon ``standing_text_nouns``) is
that text's words: it goes to a person the lead names, or to nobody (mend51b). Over the
corpus the rule adds 12 findings, all 12 keyed (9 of 9 on blind27-49), the speaker right in 7.
"""

from __future__ import annotations

import re

from quizapp.draft.findings import Attribution
from quizapp.draft.pipeline.resolve import Registry
from quizapp.draft.shapes.colons.colon_quotation import inner
from quizapp.draft.shapes.detect.view import overlap
from quizapp.draft.text.segment import Span, words_in
from quizapp.draft.uncued.rules.lone_quotes.framed import guessed, speaker_again
from quizapp.draft.uncued.rules.lone_quotes.unheard import LONG, nearest_named, paragraph_reach
from quizapp.draft.words.lexicon import Lexicon, alternation, built_once

_CLOSED_BEFORE = re.compile(r"(?:[.!?…»”\"]|:)$")  # a sentence or a colon ends the lead
_CLOSES_SENTENCE = re.compile(r"[ \t]*(?:$|\n|[.!?…]|[A-ZÀ-Ý«“\"])")
_OPENING = ' \t\u00a0\u202f«“"'  # the opening mark and the spaces after it
_SENTENCE_END = re.compile(r"[.!?…][»”\"]?(?=\s)")


def left_long(
    found: list[Attribution], text: str, paras: list[Span], framing: list[Span], registry: Registry
) -> list[Attribution]:
    """``found`` with each long standing quotation of the paragraphs outside ``framing`` (the
    body) that no finding covers given a speaker as a guess, in text order. French only:
    English is not counted."""
    if registry.lex.language != "fr":
        return found
    added: list[Attribution] = []
    for para in (p for p in paras if p not in framing):
        for said in _standing(text, para, registry):
            if any(overlap(said, a.content) for a in found + added):
                continue
            guess = _speaker(found, text, said, paras, registry)
            added += [] if guess is None else [guessed(said, *guess)]
    return sorted(found + added, key=lambda a: a.content[0]) if added else found


def _standing(text: str, para: Span, registry: Registry) -> list[Span]:
    """The contents of the paragraph's quotations of ``LONG`` words or more that stand on
    their own: nothing before them in the paragraph, or a sentence end or a colon, and
    their sentence ends with them (no cue can follow: « « … », dit-il » is read elsewhere)."""
    standing = []
    for quote in registry.quotes.within(para[0], para[1]):
        if quote[0] < para[0] or quote[1] > para[1]:
            continue  # a quotation over several paragraphs: ``runs`` reads it
        lead = text[para[0] : quote[0]].strip()
        if lead and not _CLOSED_BEFORE.search(lead):
            continue  # inside narration: « … pour « … » »
        said = inner(text, quote)
        if words_in(text, said) >= LONG and _CLOSES_SENTENCE.match(text, quote[1]):
            standing.append(said)
    return standing


def _speaker(
    found: list[Attribution], text: str, said: Span, paras: list[Span], registry: Registry
) -> tuple[str, str] | None:
    """The finding below that quotes the words again (a pull quote: ``quoting_again``), else
    the person named nearest among those the paragraph before, the quotation's own and, when
    the quotation ends its paragraph, the next one name (``paragraph_reach`` widened by the
    paragraph before, where the narration that sets out a quotation names its speaker). Only
    mentions in that reach are weighed: a nearer one beyond it (a name under the next
    subhead) hides none of them. cueless51 measured, over the corpus: within the quotation's
    own reach only, 3 quotations given (1 right), 10 when only its mentions are weighed (4
    right); with the paragraph before, 7 (4 right) and 13 (7 right); anywhere in the article
    as ``framed`` does, 18 (10 right), but a name two paragraphs on is too far (mend36d).
    A quotation whose lead names a text (``_text_named``: « Le texte de la pétition est sans
    ambiguïté : », « Sur les banderoles, on pouvait lire : ») is that text's words: it goes
    to a person named in the lead, its author, or to nobody (mend51b, review51 F2)."""
    lead = _lead(text, said, paras)
    if _text_named(text[lead[0] : lead[1]], registry.lex):
        return nearest_named(said, registry, lead, inside=True)  # the text's author, or none
    again = speaker_again(found, text, said, said[1])
    if again is not None:
        return again
    reach = paragraph_reach(text, said, paras)
    before = [p[0] for p in paras if p[1] < said[0]]
    reach = (before[-1], reach[1]) if before else reach
    return nearest_named(said, registry, reach, inside=True)


def _lead(text: str, said: Span, paras: list[Span]) -> Span:
    """The sentence that leads to the quotation: the one before it in its paragraph (ending on
    the colon or the stop before the quotation), else, when the quotation opens its paragraph,
    the last sentence of the paragraph before."""
    own = next(p for p in paras if p[0] <= said[0] < p[1])
    end = own[0] + len(text[own[0] : said[0]].rstrip(_OPENING))
    if not text[own[0] : end].strip():
        before = [p for p in paras if p[1] <= own[0]]
        if not before:
            return (said[0], said[0])
        own, end = before[-1], before[-1][1]
    stops = [
        m.end() for m in _SENTENCE_END.finditer(text, own[0], end) if text[m.end() : end].strip()
    ]
    return (stops[-1] if stops else own[0], end)


def _text_named(lead: str, lex: Lexicon) -> bool:
    """``lead`` names a text whose words a quotation can be: a document, a judgment, a sign, a
    motto (lexicon standing_text_nouns, in the singular or the plural)."""
    return _text_nouns(lex).search(lead) is not None


@built_once
def _text_nouns(lex: Lexicon) -> re.Pattern[str]:
    """The nouns of ``standing_text_nouns`` as whole words, a plural « s » or « x » allowed."""
    nouns = alternation(lex.words("standing_text_nouns"))
    return re.compile(rf"(?i)(?<![\w-])(?:{nouns})[sx]?(?![\w-])")
