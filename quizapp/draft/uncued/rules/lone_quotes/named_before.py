"""The one person the sentence before a lone quotation named: « Wilfrid X, vendeur, est plus
mesuré. « C'est plutôt moyen. » » or « …pour le passage du champion Julian X. « J'aurais pu
espérer mieux. » »: the narration just introduced someone who was not its subject, and the
quotation that follows with no cue of its own is theirs, not the last speaker's
(speakers26a)."""

from __future__ import annotations

from quizapp.draft.pipeline.resolve import Registry
from quizapp.draft.shapes.detect.view import SentenceView
from quizapp.draft.speakers.met import recent
from quizapp.draft.words.lexicon import fold


def one_named_before(view: SentenceView, registry: Registry, last_end: int) -> str | None:
    """The key of the one person named in the sentence just before, when nothing was
    attributed in it, after the last finding; none when it named two people (whose words
    would be a guess) or opened on a subject pronoun (« Il n'exclut pas une manœuvre d'X. »:
    the narration is still about whoever « il » takes up)."""
    return one_named_in(view, registry, view.previous, last_end)


def one_named_in(
    view: SentenceView, registry: Registry, span: tuple[int, int] | None, last_end: int
) -> str | None:
    """The key of the one person named within ``span`` after ``last_end``, unless the span
    opens on a subject pronoun; French only."""
    if view.lex.language != "fr" or span is None or _opens_on_pronoun(view, span):
        return None
    people: set[str] = set()
    for seen in recent(registry.seen, registry.sentence, view.span[1]):
        inside = span[0] <= seen.offset < span[1] and seen.offset >= last_end
        if inside and registry.entities[seen.key].person:
            people.add(seen.key)
    return people.pop() if len(people) == 1 else None


def _opens_on_pronoun(view: SentenceView, sentence: tuple[int, int]) -> bool:
    """Whether the sentence's first word is a third-person subject pronoun."""
    words = view.text[sentence[0] : sentence[1]].split(maxsplit=1)
    pronouns = view.lex.word_set("third_person_subject_pronouns")
    return bool(words) and fold(words[0]).strip(",") in pronouns
