"""Where a French object ends before a present participle that is a cue of its own
(objects35, moved out of detect/object_clause.py by mend35c): « ont exprimé leur désaccord
avec la direction demandant son départ », « a dénoncé la méthode de la direction estimant
que… »: what follows is the subject's next act, not the object's.

The participle may as well be the noun's own (« a dénoncé le rapport affirmant que… », « a
démenti la rumeur indiquant que… »): a document, a rumour or a person says what follows. So
the object is cut only after the subject's own stance, or before a participle opening a
« que » clause when the object's head is no noun that can speak or write (review35, item 4).
"""

from __future__ import annotations

from quizapp.draft.clause.objects.allowed import object_words
from quizapp.draft.reporting.cues import Cue
from quizapp.draft.shapes.detect.view import SentenceView
from quizapp.draft.speakers.speaker_checks.can_speak import speaking_noun
from quizapp.draft.text.segment import Span
from quizapp.draft.text.sentence.gerunds import gerund_in
from quizapp.draft.words.lexicon import fold


def before_participle_cue(view: SentenceView, start: int, end: int, stance: bool) -> int:
    """``end``, or the start of the first bare participle cue of the object when it is the
    subject's next act: after a stance (``stance``), or opening a clause after an object whose
    head cannot speak (« le communiqué évoquant… », « le rapport affirmant que… » keep it)."""
    if view.lex.language != "fr":
        return end
    cut = stance or not _speaking_head(view, (start, end))
    later = [
        c.span[0]
        for c in view.cues
        if start < c.span[0] < end
        and _bare_participle(view, c)
        and (stance or (cut and _opens_clause(view, c)))
    ]
    return min(later, default=end)


def _opens_clause(view: SentenceView, cue: Cue) -> bool:
    """The participle opens a clause: a word of lexicon ``subordinators`` follows it."""
    after = view.tokens[cue.last + 1 : cue.last + 2]
    return bool(after) and fold(after[0].text) in view.lex.word_set("subordinators")


def _speaking_head(view: SentenceView, content: Span) -> bool:
    """The object's head (past its determiners and intensifiers) is a noun of a person, a
    body or a document (speaker_checks/can_speak.speaking_noun), who may say what follows."""
    skipped = view.lex.word_sets("object_skipped_words", "object_intensifiers")
    words = object_words(view.text[content[0] : content[1]])
    head = next((w for w in words if w not in skipped), "")
    return bool(head) and speaking_noun(head, view.lex)


def _bare_participle(view: SentenceView, cue: Cue) -> bool:
    """A one-word present participle (lexicon ``participle_clause_ending``) that is no gerund
    (sentence/gerunds: « en lançant », « tout en estimant » tell how the main verb's act was
    done, and are left to the object)."""
    ending = view.lex.raw.get("participle_clause_ending")
    word = fold(view.tokens[cue.first].text)
    if cue.first != cue.last or not ending or not word.endswith(ending):
        return False
    before = view.tokens[cue.first - 3].end if cue.first > 2 else view.span[0]  # « en lui … »
    return gerund_in(view.lex, view.text, before, view.tokens[cue.first].end) is None
