"""The other speakers of a question: the wrong options of a who-said-this and the speaker a
false statement gives words to, none the same person or body as the right one under another
form, one form per person (out of ``draft_base`` by cancel56, which made it grow with the
article rather than its cube).

A long article's questions compared every pair of its speakers for every statement: at 20,000
words (275 speakers, 540 statements) the questions took 26 s of an English draft's 27 and
grew as the square of the text or worse. Which speakers stand beside one depends on that
speaker alone, so they are worked out once per speaker (``others``); what a comparison reads of
each side (its name words, its role words, its forms as a body or a head, whether it is named)
is read once per speaker too (``per_speaker``, ``unfit_options.ties``), so a comparison of two
is a few set intersections, worked out once per pair (``per_pair``).
"""

from __future__ import annotations

from typing import Any

from quizapp.draft.drafting.options import bare_noun_of, kind_of, same_body, unnamed
from quizapp.draft.drafting.pairs import per_pair, per_speaker
from quizapp.draft.drafting.speaker_names.same_speaker import (
    content_words,
    role_of,
    role_words,
)  # fmt: skip
from quizapp.draft.drafting.unfit_options import Form, Ties, tied, ties, unspeaking
from quizapp.draft.findings import Attribution
from quizapp.draft.words.lexicon import Lexicon


class OtherSpeakers:
    """Mixin of ``DraftBase``: it has the article's ``speakers``, the ``nameless`` among them,
    the ``bystanders``, how the article names (``_mentions``) and describes (``_apposed``)
    each speaker and the label of each (``_labels``), ``display`` and ``name_words``."""

    lex: Lexicon
    speakers: list[str]
    nameless: set[str]
    bystanders: list[str]
    _mentions: dict[str, list[str]]
    _apposed: dict[str, list[Any]]
    _labels: dict[str, str]
    display: Any
    name_words: Any

    def others(self, found: Attribution) -> list[str]:
        """The other speakers (``_fit_others``), wrong options or a false statement's speaker,
        closest in length first. Fewer than two, people the article names who never speak fill
        in (``bystanders``), unless the speaker has no name: « le maire » may be any of them."""
        return list(self._others_of(found.speaker))

    @per_speaker
    def _others_of(self, speaker: str) -> list[str]:
        """``others`` of each speaker, once: they depend on the speaker alone."""
        kept = self._one_form_each(self._fit_others(speaker))
        kept.sort(key=lambda s: abs(len(s) - len(speaker)))
        if len(kept) < 2 and not self._unnamed(speaker):
            kept += self.bystanders[: 3 - len(kept)]
        return kept

    def _fit_others(self, speaker: str) -> list[str]:
        """The speakers fit to stand beside ``speaker``: never one that may be the same person
        under another form ("Ms Palaszczuk", "Annastacia Palaszczuk"), a document or figures,
        nor the body of the right person or the reverse (ui41: ``unfit_options``)."""
        mine = self.display(speaker).lower()
        names = {
            self.display(s).lower(): s
            for s in self.speakers
            if s != speaker
            and s not in self.nameless
            and not self.may_be_one(s, speaker)
            and not self._unspeaking(s)
            and not self.tied(s, speaker)
        }
        names.pop(mine, None)
        return list(names.values())

    def _one_form_each(self, among: list[str]) -> list[str]:
        """One form per person, the fullest ("Paul Ostrander", not "Ostrander"), a name first."""
        kept: list[str] = []
        for speaker in sorted(among, key=lambda s: (self._a_role(s, among), -len(s))):
            if not any(self._one_option(speaker, k) for k in kept):
                kept.append(speaker)
        return kept

    @per_pair
    def may_be_one(self, one: str, other: str) -> bool:
        """Two speakers the article may give for one person or body: they share a name word
        ("Ms Palaszczuk", "Annastacia Palaszczuk"), one is the other's acronym or bare noun
        (``options.same_body``), or both are named sources and one is written without a name
        (« l'association », "the police watchdog"): the drafter judged that it stands for
        someone the article names, most often that other one, unless one is a person and the
        other a body (teacher14: « Qui dit … ? UFC / l'association / L'organisation de
        défense des consommateurs », all three the UFC)."""
        if self.name_words(one) & self.name_words(other) or same_body(one, other, self.lex):
            return True
        if self.one_speaker(one, other) or self._noun_of_mention(one, other):
            return True
        named = self._labels.get(one) == self._labels.get(other) == "named"
        if not named or not (self._unnamed(one) or self._unnamed(other)):
            return False
        kinds = {self._kind(one), self._kind(other)} - {None}
        return len(kinds) < 2  # never a person and a body (« la préfecture », "Anna Roy")

    def _noun_of_mention(self, one: str, other: str) -> bool:
        """One written as a bare noun of the words the article names the other with, not
        only of its shortest form: « a union has said » and « The Seafarers union said »,
        whose speaker reads « Seafarers » (ui39: a student offered both for one statement
        has two right answers); « le maire » and « Jane Doe, le maire »."""
        return any(
            self._unnamed(short)
            and any(bare_noun_of(self.display(short), m, self.lex) for m in self._mentions.get(
                speaker, ()))
            for short, speaker in ((one, other), (other, one))
        )  # fmt: skip

    @per_pair
    def _one_option(self, one: str, other: str) -> bool:
        """Two speakers that would be one wrong option twice: they share a name word, or
        one is the other's acronym or its bare noun (« Les habitants » beside « Les habitants
        du quartier Grandclément », options33: the fuller one is kept)."""
        if self.name_words(one) & self.name_words(other) or self.one_speaker(one, other):
            return True
        if self.tied(one, other):
            return True  # « la mairie », « le maire »: one of the two is kept (ui41)
        return same_body(self.display(one), self.display(other), self.lex)

    def speaker_forms(self, speaker: str) -> list[Form]:
        """The speaker as an option shows it, then as the article names it and describes it
        beside that (« Son chef de file, Marc Dubreuil »: ``appositions``)."""
        mentions = (*self._mentions.get(speaker, ()), *self._apposed.get(speaker, ()))
        return [self.display(speaker), *mentions]

    def tied(self, one: str, other: str) -> bool:
        """A body or group and its head or voice (``unfit_options.body_and_head``)."""
        return tied(self._ties(one), self._ties(other), self.lex)

    def one_speaker(self, one: str, other: str) -> bool:
        """One of the two written with a part of the other's words, or as the role the
        article gives the other (« Cisco CEO », « John Chambers »: ``same_speaker``)."""
        mine, theirs = self._content(one), self._content(other)
        shorter, longer = sorted((mine, theirs), key=len)
        if len(shorter) >= 2 and shorter < longer:  # ``same_speaker.within``, read once each
            return True
        return self._role_of(one, other) or self._role_of(other, one)

    def _a_role(self, speaker: str, among: list[str]) -> bool:
        """The speaker is the role the article gives another of ``among`` (« Cisco CEO »)."""
        if not self._role(speaker):
            return False
        return any(self._role_of(speaker, other) for other in among if other != speaker)

    @per_pair
    def _role_of(self, one: str, other: str) -> bool:
        """``one`` is written as the role the article gives ``other`` (``same_speaker``)."""
        return self._role(one) and role_of(one, self._named_mentions(other), self.lex)

    @per_speaker
    def _named_mentions(self, speaker: str) -> list[str]:
        """The speaker's mentions that hold its name (not « he », "the company")."""
        names = self.name_words(speaker)
        return [m for m in self._mentions.get(speaker, ()) if names & self.name_words(m)]

    @per_speaker
    def _role(self, speaker: str) -> bool:
        """Whether the speaker is written as an office and other words (« Cisco CEO »)."""
        return role_words(speaker, self.lex) is not None

    @per_speaker
    def _content(self, speaker: str) -> frozenset[str]:
        return content_words(self.display(speaker), self.lex)

    @per_speaker
    def _ties(self, speaker: str) -> Ties:
        return ties(self.speaker_forms(speaker), self.lex)

    @per_speaker
    def _unnamed(self, speaker: str) -> bool:
        return unnamed(speaker, self.lex)

    @per_speaker
    def _kind(self, speaker: str) -> str | None:
        return kind_of(speaker, self.lex)

    @per_speaker
    def _unspeaking(self, speaker: str) -> bool:
        return unspeaking(self.display(speaker), self.lex)
