"""« selon qui / pour qui » right after the inverted subject of a reporting verb (recall22):
« « … », a ajouté le conseiller municipal selon qui « de gros moyens » ont été engagés »,
« …, tempère la Fnab, pour qui il ne s'agit pas d'un épiphénomène ». The relative's source is
that subject, and the rest of the sentence its second claim; the corpus keys it in the three
batches where it occurs after such a subject, and never after a noun that says nothing (« des
seniors pour qui il est plus simple de… »). In sources/ until tidy28: ``according`` tries it
among the « selon » shapes."""

from __future__ import annotations

from quizapp.draft.reporting.cues import Cue
from quizapp.draft.shapes.detect.content_bounds import content_end_text
from quizapp.draft.shapes.detect.view import Draft, SentenceView, has_quote, strip_span
from quizapp.draft.text.segment import words_in
from quizapp.draft.words.lexicon import fold


def word_after(view: SentenceView, cue: Cue) -> str:
    """The folded word right after ``cue`` ("" at the sentence's end): what follows
    « selon » tells whether it names a new source (« selon qui », « selon eux »)."""
    following = view.tokens[cue.last + 1 : cue.last + 2]
    return fold(following[0].text) if following else ""


def subject_relative(view: SentenceView, cue: Cue) -> bool:
    """« selon qui », « pour qui » (lexicon ``subject_relatives`` after the cue)."""
    return word_after(view, cue) in view.lex.word_set("subject_relatives")


def speaker_relative(view: SentenceView, cue: Cue) -> Draft | None:
    """« « … », a ajouté le conseiller municipal selon qui « de gros moyens » ont été
    engagés », « …, tempère la Fnab, pour qui il ne s'agit pas d'un épiphénomène »: right
    after the subject of an inverted reporting verb, « selon qui / pour qui » opens a second
    claim of that speaker, to the end of the sentence. Anywhere else (« des seniors pour qui
    il est plus simple de… ») it opens nothing."""
    verb = next((c for c in reversed(view.cues) if c.kind == "verb" and c.last < cue.first), None)
    if verb is None or any(q[0] < cue.span[0] and q[1] > verb.span[1] for q in view.quotes):
        return None
    first = view.tokens[verb.last + 1].text if verb.last + 1 < cue.first else ""
    opens = first[:1].isupper() or fold(first) in view.lex.word_set("determiners")
    subject = strip_span(view.text, (verb.span[1], cue.span[0]))
    words = view.text[subject[0] : subject[1]].strip(" ,")
    if not opens or not 1 <= words_in(view.text, subject) <= _SUBJECT_WORDS:
        return None
    subject = (subject[0], subject[0] + len(words))
    start = view.tokens[cue.last + 1].end
    content = strip_span(view.text, (start, content_end_text(view, start)))
    if words_in(view.text, content) < 3:
        return None
    kind = "mixed" if has_quote(view, content) else "indirect"
    return Draft(content, cue.span, subject, kind, None, 0.7, words)


# An inverted subject before « selon qui »: at most this many words
_SUBJECT_WORDS = 10
