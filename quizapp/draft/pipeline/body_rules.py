"""The rules a sentence of the body goes through once its cues are read, in the order they run:
a quotation given by a reason or taken back, a quotation standing alone or kept aside until its
speaker is met, a placard, a quotation inside narration, a source's words going on, a quotation
told by the next sentence. Headlines and subheads go through none of them.

A mixin of ``reader.ArticleReader``, out of ``analysis.py`` since tidy43 (which had reached
300 lines): the reader says in which order paragraphs and sentences are read and what waits
for the next one; this module says what a body sentence may still give once its cues are read,
and is where a new rule of that kind goes.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from quizapp.draft.clause.subjects.person_subject import person_subject
from quizapp.draft.findings import Attribution, Span
from quizapp.draft.pipeline.attributions import Draft, SentenceView
from quizapp.draft.pipeline.resolve import Registry
from quizapp.draft.pipeline.resolved_drafts import resolved
from quizapp.draft.shapes.colons.colon_quotation import received
from quizapp.draft.uncued.going_on.conditional import conditional_continuation
from quizapp.draft.uncued.going_on.continued_that import continued_that
from quizapp.draft.uncued.going_on.partial import quoted_in_narration
from quizapp.draft.uncued.going_on.quoted_on import quotation_after_colon
from quizapp.draft.uncued.rules.inside_quotes.according_inside import according_inside
from quizapp.draft.uncued.rules.inside_quotes.told_inside import told_inside
from quizapp.draft.uncued.rules.lone_quotes.alone import (
    narration_after,
    standalone_quote,
    told_next,
)
from quizapp.draft.uncued.rules.lone_quotes.continuation import quote_before_its_speaker
from quizapp.draft.uncued.rules.lone_quotes.narrated_long import set_aside
from quizapp.draft.uncued.rules.lone_quotes.unheard import (
    colon_quotes,
    unclaimed_quotes,
    unheard_quote,
)
from quizapp.draft.uncued.rules.narrated import narrated_quote
from quizapp.draft.uncued.rules.placards import held_inscription
from quizapp.draft.uncued.rules.reason import reason_quote
from quizapp.draft.uncued.rules.stated_reason import stated_reason
from quizapp.draft.uncued.rules.taken_back import taken_back

ViewBuilder = Callable[[Span], SentenceView]
"""Makes the view of another sentence of the article (``reader.ArticleReader`` passes its own);
a parameter, so that the rules never call back into the reader they are mixed into."""


class BodyRules:
    """What a body sentence gives besides its cues' attributions; the reader it is mixed into
    holds the state these rules read and add to."""

    text: str
    registry: Registry
    found: list[Attribution]  # the paragraphs before this one
    unheard: list[Span]  # quotations no rule gave (unheard.py)
    aside: list[Attribution]  # guesses (narrated_long.py)

    def _with_body_rules(
        self,
        view: SentenceView,
        para: Span,
        new: list[Attribution],
        para_found: list[Attribution],
        build: ViewBuilder,
    ) -> tuple[list[Attribution], Span | None]:
        """Rules for the body only, in order: each step extends ``new`` in place, as a rule
        sees what the ones before it gave. ``build`` makes another sentence's view (the
        reader's): a quotation opening the article may be told by the next sentence. Returns
        the sentence's attributions and its quotation that waits for its speaker, if any."""
        before = self.found + para_found
        self._given_a_reason(view, new)
        self._standing_alone(view, new, para_found, before)
        self._quotes_in_narration(view, new, before)
        new += conditional_continuation(view, new, para_found)  # « … s'élèverait à 4 % »
        new += continued_that(view, new, para_found)  # « X explique que A. Et que B. »
        new += told_inside(view, new, self.registry)  # « Il m'a dit… », "He told me…"
        new += according_inside(view, new, self.registry)  # « "… Selon X, A" », explique Y
        self._told_next(view, para, new, para_found, build)
        waiting = quote_before_its_speaker(view, para)
        lone = len(new) == 1 and new[0].cue is None and new[0].content == waiting
        return new, waiting if lone or not new else None

    def _given_a_reason(self, view: SentenceView, new: list[Attribution]) -> None:
        """A quotation given as a reason, taken back by the next words, or stated as a motive:
        the first of the three that reads."""
        reason = reason_quote(view, new)  # « X salue le projet car « … » »
        reason = reason or taken_back(view, new)  # « … C'est le constat fait par X. »
        reason = reason or stated_reason(view, new)  # « …, au motif que … »
        given = None if reason is None else resolved(view, reason, self.registry)
        new += [] if given is None else [given]

    def _standing_alone(
        self,
        view: SentenceView,
        new: list[Attribution],
        para_found: list[Attribution],
        before: list[Attribution],
    ) -> None:
        """A quotation standing alone; before anything was found, one no rule gives is kept
        aside until every name is met (``rules/lone_quotes``). ``before``: what the article
        gave before this sentence, joined once by ``_with_body_rules``."""
        alone = standalone_quote(view, self.registry, new, before, self.text)
        if not (alone or self.found):
            self.unheard += unheard_quote(view, self.registry, new, para_found, self.text)
        new += alone

    def _quotes_in_narration(
        self, view: SentenceView, new: list[Attribution], before: list[Attribution]
    ) -> None:
        """The quotations the narration holds, in order: a cue's left untaken (kept aside),
        one after a colon or inside narration, one after a colon no rule took, and the long
        ones set aside as guesses until every name is met (mixed37)."""
        self.unheard += unclaimed_quotes(view, new, before)  # a cue's, untaken
        self._inside_narration(view, new, before)
        self._after_colon(view, new, before)  # « X est inquiet : « … » »
        given, left = set_aside(view, self.registry, new, before)
        self.aside, self.unheard = self.aside + given, self.unheard + left

    def _inside_narration(
        self, view: SentenceView, new: list[Attribution], before: list[Attribution]
    ) -> None:
        """A quotation after a colon, on a placard, or inside narration (its named subject's
        first, then any subject's)."""
        new += quotation_after_colon(view, new)
        new += self._placard(view, new)
        new += self._narrated(view, new, True)  # « Paul X privilégie « les petits pas » »
        new += quoted_in_narration(view, new, before)
        new += self._narrated(view, new)  # « Le maire privilégie « les petits pas » »

    def _after_colon(
        self, view: SentenceView, new: list[Attribution], before: list[Attribution]
    ) -> None:
        """A quotation a colon opens that no rule took: the person or body the narration
        before the colon is about says it (``person_subject``, as for a quotation inside
        narration); with none, it waits for the nearest name (``unheard.released``)."""
        for content in colon_quotes(view, new, before):
            subject = person_subject(view, content[0])
            if subject is not None and _name_between(view.text, subject[1], content[0]):
                continue  # « Le fils de X rend visite à Lucien Y : « … » »: whose, not said
            if subject is not None and received(view, subject[1], content[0]):
                continue  # « Les habitants ont reçu une lettre : « … » »: not theirs
            draft = (
                None if subject is None else Draft(content, None, subject, "direct", None, 0.5, "")
            )
            given = None if draft is None else resolved(view, draft, self.registry)
            if given is None:
                self.unheard.append(content)
            else:
                new.append(given)

    def _told_next(
        self,
        view: SentenceView,
        para: Span,
        new: list[Attribution],
        para_found: list[Attribution],
        build: ViewBuilder,
    ) -> None:
        """A quotation opening the article, nothing found yet, told by the narration after it
        (« «…» Saïd et son épouse ne décolèrent pas. »)."""
        opening = None if new or self.found or para_found else narration_after(view, para)
        if opening is not None:
            resolve = partial(resolved, registry=self.registry)
            new += told_next(build(opening[1]), opening[0], resolve, self.registry)

    def _placard(self, view: SentenceView, new: list[Attribution]) -> list[Attribution]:
        """The words on a placard or a banner someone holds (``rules/placards.py``)."""
        found = held_inscription(view, new)
        if isinstance(found, Draft):
            found = resolved(view, found, self.registry)
        return [] if found is None else [found]

    def _narrated(
        self, view: SentenceView, new: list[Attribution], named_only: bool = False
    ) -> list[Attribution]:
        """A quotation inside narration, its sentence's subject's (``rules/narrated.py``)."""
        found = narrated_quote(view, new, named_only)
        found = None if found is None else resolved(view, found, self.registry)
        return [] if found is None else [found]


def _name_between(text: str, start: int, end: int) -> bool:
    """A capitalised word after the subject, before the colon: a second person may be named
    there, and whose words the quotation is, is not said (recall20)."""
    return any(word[:1].isupper() for word in text[start:end].split())
