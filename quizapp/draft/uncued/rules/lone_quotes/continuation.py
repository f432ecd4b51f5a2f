"""A quotation standing alone, with no reporting verb of its own, given to the person the
narration is about: « X a pris la parole mardi. «…» » (the previous sentence's subject, when
that person came after the last attribution; else the last attribution's speaker keeps it), the
subject of its own sentence's narration, or, for a quotation opening its paragraph before anyone
was heard, the subject of the sentence after it. A verb lexicon cannot see these; the other
shape of the kind, a colon after a subject, is ``colon_quotes``; the subject of a clause, which
both read, is ``clause_subject``. ``alone`` and the analysis ask these.
"""

from __future__ import annotations

from quizapp.draft.clause.inverted_subjects.subject import source_after
from quizapp.draft.clause.subjects.person_subject import person_subject
from quizapp.draft.pipeline.attributions import SentenceView
from quizapp.draft.shapes.colons.colon_quotation import inner
from quizapp.draft.speakers.met import subjects_in
from quizapp.draft.text.segment import QUOTE_MARKS, Span
from quizapp.draft.text.sentence.sentence_parts import past_setting, place_or_time_opening
from quizapp.draft.uncued.rules.clause_subject import clause_subject
from quizapp.draft.words.lexicon import fold


def previous_subject(registry, sentence_start: int, last_end: int) -> str | None:
    """The key of the person who was the subject of one of the three sentences before this
    one, when met after ``last_end`` (the end of the last attribution): the quotation that
    follows is theirs (« Aurore est contrainte… Dans son chariot… Mais cette salariée… « … » »:
    the narration introduced her since the last speaker was heard)."""
    for seen in reversed(registry.seen):
        if seen.offset >= sentence_start:
            continue
        if seen.sentence < registry.sentence - 3 or seen.offset < last_end:
            return None
        if seen.subject and registry.entities[seen.key].person:
            return seen.key
    return None


def own_lead(view: SentenceView) -> Span | None:
    """The narration of a lone quotation's own sentence, from its start to the first
    quotation; None when the quotation opens right after a determiner (« auditionné par la
    « commission … » »: a quoted noun, whose sentence names no speaker of it) or in English."""
    end = view.quotes[0][0] if view.quotes else view.span[1]
    before = view.text[view.span[0] : end].replace("’", "'").split()
    determiners = view.lex.word_set("determiners")
    if view.lex.language != "fr" or (before and fold(before[-1]) in determiners):
        return None
    return view.span[0], end


def own_subject(registry, lead: Span | None, last_end: int) -> str | None:
    """The key of the person who is the subject of this very sentence, named in its narration
    before the first quotation (``lead``, from ``own_lead``) and after ``last_end`` (« X est
    satisfait de l'étape : « … » », « X pose la question « … » »): the narration names who
    speaks in the quotation's own sentence, which comes before the sentences around it and
    the last speaker (cueless29; French only)."""
    if lead is None:
        return None
    start = max(last_end, lead[0])
    subjects = subjects_in(registry.seen, registry.sentence, start, lead[1])
    people = [seen.key for seen in subjects if registry.entities[seen.key].person]
    return people[0] if people else None


def recent_subject(registry, sentence_start: int, reach: int = 400) -> str | None:
    """The key of the last person who was a subject within ``reach`` characters before the
    sentence, when nothing was attributed yet: « X a reçu les syndicats. Elle leur a
    présenté son plan. «…» » (the pronoun between is no mention of its own)."""
    for seen in reversed(registry.seen):
        if seen.offset >= sentence_start:
            continue
        if seen.offset < sentence_start - reach:
            return None
        if seen.subject and registry.entities[seen.key].person:
            return seen.key
    return None


def quote_before_its_speaker(view: SentenceView, para: Span) -> Span | None:
    """The content of a quotation that opens its paragraph alone, before anyone was heard:
    « «Nous n'allons pas en rester là !» Saïd et son épouse ne décolèrent pas. » — its
    speaker is the subject of the next sentence (see :func:`next_subject`)."""
    if view.cues or view.span[0] > para[0] + 1:
        return None
    quotes = view.opened_quotes()
    if not quotes or view.text[view.span[0] : quotes[0][0]].strip():
        return None
    covered = sum(q[1] - q[0] for q in quotes)
    if (
        covered < 0.7 * (view.span[1] - view.span[0])
        or len(view.text[quotes[0][0] : quotes[-1][1]].split()) < 4
    ):
        return None
    return inner(view.text, (quotes[0][0], quotes[-1][1]))


def next_subject(view: SentenceView) -> Span | None:
    """The subject of this sentence when it names or describes a person (None otherwise); a
    subject never holds a quotation mark: « Mais « je reviendrai », expliquait X. » is X's."""
    subject = clause_subject(view, view.span[1])
    if _opens_on_a_setting(view) and (subject is None or _before_comma(view, subject)):
        subject = person_subject(view, view.span[1])
    if subject is None or not QUOTE_MARKS.search(view.text[subject[0] : subject[1]]):
        return subject
    verbs = [cue for cue in view.cues if cue.kind == "verb"]
    return source_after(view, verbs[0]) if verbs else None


# A setting opening a sentence is short: « Au téléphone, », « Mardi soir, », « Dans la salle
# du conseil, »; a comma further on closes something else.
_SETTING_WORDS = 6


def _opens_on_a_setting(view: SentenceView) -> bool:
    """« Au téléphone, la policière plaide… », « Mardi soir, Paul X a quitté la salle »: the
    French sentence opens on a preposition of place or time or a day of the week
    (``sentence_parts.place_or_time_opening``), closed by a comma within a few words; its
    subject comes after the comma (quotes35). Not a concession or a contrast (« Malgré les
    critiques, », « Pendant ce temps, »: the quotation may be the critics'), and not English,
    where the sentence's subject without a setting does not take the quotation (mend35d)."""
    if view.lex.language != "fr":
        return False
    words = view.tokens_within(view.span[0], view.span[1])
    opening = place_or_time_opening(view.lex)
    return past_setting(words, 0, _SETTING_WORDS + 1, view.lex, opening) > 0


def _before_comma(view: SentenceView, subject: Span) -> bool:
    """The words read as the subject end on a comma: the setting, not who acts."""
    return view.text[subject[1] : subject[1] + 2].lstrip().startswith(",")
