"""A paragraph with no quotation mark that goes on with a quotation left open above it: «
« Nous voici réunis pour débattre… » then « Les orientations dont nous allons débattre… »,
the speech's opening mark set once and never closed (or closed only inside a later
paragraph, « …C'est fou. » Suite à une réunion… »). The paragraph after an open quotation is
still inside it; the words are the speaker of the finding that quotation holds (frag54).

Two tests keep it to speech: the paragraph speaks in the first person, singular or plural
(inside a run of quoted speech, « nous » is the speaker's council or team, not the outlet's),
or it holds the closing mark the open quotation waits for. A heading, a short line or a
paragraph of third-person narration after a mark left open by a slip stays nobody's, and so
does the outlet's own voice, whose « nous » asks and reaches people (« nos questions », « cet
article », « contactés par nos soins »: mend54b, the review of frag54).
"""

from __future__ import annotations

from dataclasses import replace

from quizapp.draft.findings import Attribution, Span
from quizapp.draft.shapes.detect.view import strip_span
from quizapp.draft.text.segment import words_in
from quizapp.draft.uncued.going_on.quoted_on import finding_ends
from quizapp.draft.words.folding import folded_words, unaccented
from quizapp.draft.words.lexicon import Lexicon

_CONFIDENCE = 0.5  # no cue: the open mark above and the person of the words say it
_FIRST_PERSON = "open_quote_first_person_words"  # French only: what turns the rule on
_OUTLET = ("open_quote_outlet_phrases", "outlet_colleagues")  # the outlet's own voice
_MIN_WORDS = 6  # a shorter line is a heading as often as speech
_REACH = 600  # characters from the last finding: the open quotation is the one it holds
_OPENERS, _CLOSERS = "«“", "»”"


def open_run_paragraph(
    text: str, para: Span, earlier: list[Attribution], lex: Lexicon
) -> list[Attribution]:
    """The paragraph ``para``, holding no finding, as the last speaker's direct words when
    it opens no quotation, the nearest mark before it opens one that the last finding holds,
    and it speaks in the first person or closes that quotation (up to the closing mark)."""
    if _FIRST_PERSON not in lex.raw or not earlier:
        return []
    opener = _open_mark_before(text, para[0])
    last = earlier[-1]
    if opener is None or not last.content[0] - 3 <= opener < max(finding_ends(last)):
        return []
    if not 0 <= para[0] - max(finding_ends(last)) <= _REACH:
        return []
    content = _words_until_closing(text, para)
    if content is None or words_in(text, content) < _MIN_WORDS:
        return []
    closes = content[1] < strip_span(text, para)[1]
    if not closes and not _first_person(text[content[0] : content[1]], lex):
        return []
    if _outlets_voice(text[content[0] : content[1]], lex):
        return []
    return [
        replace(last, content=content, cue=None, source=None, kind="direct", confidence=_CONFIDENCE)
    ]


def _open_mark_before(text: str, at: int) -> int | None:
    """Where the nearest quotation mark before ``at`` stands when it opens a quotation (a
    straight mark says neither, and is left)."""
    for index in range(at - 1, -1, -1):
        if text[index] in _OPENERS:
            return index
        if text[index] in _CLOSERS or text[index] == '"':
            return None
    return None


def _words_until_closing(text: str, para: Span) -> Span | None:
    """The paragraph's words up to its first closing mark, or all of them, its final stop
    off; none when the paragraph opens a quotation (it is read as its own)."""
    line = text[para[0] : para[1]]
    if any(mark in line for mark in _OPENERS + '"'):
        return None
    closing = min((line.find(m) for m in _CLOSERS if m in line), default=-1)
    end = para[1] if closing < 0 else para[0] + closing
    return strip_span(text, (para[0], end))


def _first_person(line: str, lex: Lexicon) -> bool:
    """Whether the line speaks as « je » or « nous » (lexicon
    ``open_quote_first_person_words``)."""
    words = {w.strip(",;:.!?…()") for w in folded_words(line)}
    return not words.isdisjoint(lex.word_set(_FIRST_PERSON))


def _outlets_voice(line: str, lex: Lexicon) -> bool:
    """Whether the line holds one of the outlet's own phrases (lexicons
    ``open_quote_outlet_phrases``, ``outlet_colleagues``, compared folded and unaccented)."""
    plain = " " + " ".join(unaccented(w.strip(",;:.!?…()")) for w in folded_words(line)) + " "
    plain = plain.replace("' ", "'")
    phrases = (unaccented(phrase) for key in _OUTLET for phrase in lex.words(key))
    return any(f" {phrase} " in plain for phrase in phrases)
