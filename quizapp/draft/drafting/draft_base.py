"""What every kind of drafted question stands on: the findings in order of interest, the
speakers and which of them may be one person or body, the evidence of a finding, and the
plain data of a question. Each kind of question is drafted in a module of its own
(classify_questions, who_questions, statements), gathered by ``questions``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from quizapp.draft.drafting.options import bare_noun_of, kind_of, same_body, unnamed
from quizapp.draft.drafting.pairs import capitalised_names, per_pair
from quizapp.draft.drafting.speaker_names.bystanders import bystanders
from quizapp.draft.drafting.speaker_names.same_speaker import role_of, within
from quizapp.draft.drafting.speaker_names.standalone import standalone_names
from quizapp.draft.drafting.unfit_options import (
    Apposed,
    Form,
    appositions,
    body_and_head,
    unspeaking,
)
from quizapp.draft.drafting.wording.passages import apart, marks_both, one_quotation
from quizapp.draft.drafting.wording.phrasing import Phrasing
from quizapp.draft.drafting.wording.reported_words import (
    askable,
    contested,
    felt_in_subjunctive,
    promised,
    question_asked,
    wished,
)
from quizapp.draft.drafting.wording.speaker_openings import opening_words
from quizapp.draft.findings import Analysis, Attribution, Claim, Span
from quizapp.draft.words.lexicon import fold, load
from quizapp.model.questions import UNREVIEWED_TAG
from quizapp.model.text import overlap

DRAFT_TAG = UNREVIEWED_TAG  # the model knows it too: a student is never scored on it
MAX_WHO, MAX_PAIRS, MAX_TRUE_FALSE, MAX_ITEMS, MIN_PAIRS = 8, 6, 6, 8, 3
MIN_WHO = 4  # fewer who-said-this: the words that tell who speaks are located instead
SET_SIZE = 12  # the set a teacher makes (issue 15): true/false fill in up to it when they can


class DraftBase(Phrasing):
    """What every kind of drafted question reads: the findings in order of interest, the
    speakers, the evidence of a finding, the statements worth asking, the other speakers."""

    def __init__(self, analysis: Analysis, wording: dict) -> None:
        super().__init__(analysis, wording)
        self.lex = load(analysis.language)
        self.readings = self.statements()  # one a statement
        self.speakers = list(dict.fromkeys(a.speaker for a in self.readings))
        self._standalone = standalone_names(analysis, self.speakers, self.lex)
        self.nameless = {s for s, name in self._standalone.items() if not name}
        self.named_speakers = [s for s in self.speakers if s not in self.nameless]
        self.asked: set[Span] = set()  # contents a who-said-this already asks about
        self.located: set[Span] = set()  # contents whose anonymous source a locate asks for
        self.unasked = 0  # who-said-this left out, their answer given away by its length
        words = opening_words()
        self._wishes = words.wish_cue_stems
        self._opening_words = words  # felt_in_subjunctive reads two of its lists
        self._questions = {
            "openers": words.question_openers,
            "if": words.question_if,
            "asking": words.asking_cue_stems,
        }
        self._labels = {found.speaker: found.label for found in reversed(self.readings)}
        self._mentions: dict[str, list[str]] = {}  # how the article names each speaker
        self._apposed: dict[str, list[Apposed]] = {}  # the phrases set beside those (ui43)
        for found in analysis.attributions:
            if found.source is not None:
                self._mentions.setdefault(found.speaker, []).append(self.passage(found.source))
                apposed = appositions(analysis.text, found.source, self.lex)
                self._apposed.setdefault(found.speaker, []).extend(apposed)
        spoken = {word for speaker in self.speakers for word in self.name_words(speaker)}
        self.bystanders = bystanders(analysis, self.lex, spoken, self.name_words)

    def display(self, speaker: str) -> str:
        """The speaker as a question names it, by its fullest mention that makes sense alone
        when its own words point back into their sentence (``standalone``)."""
        return super().display(self._standalone.get(speaker) or speaker)

    def name_words(self, speaker: str) -> frozenset[str]:
        """The capitalised words of a speaker that are no function word ("Les", "The") nor
        a title ("Coun.", "Sen.", « Mme »: three councillors were one person, sanity24): two
        speakers sharing one may be the same person under two forms (``options``)."""
        return capitalised_names(speaker, self.lex.language)

    def evidence(self, found: Attribution) -> str:
        spans = [s for s in (found.content, found.cue, found.source) if s is not None]
        span = (min(s[0] for s in spans), max(s[1] for s in spans))
        return self.passage(marks_both(self.analysis.text, found.content, span))

    def quotable(self) -> list[Attribution]:
        """Statements a question can ask about: a quotation, or reported content, a partial
        quotation in it too, that is a clause of its own ("le chantier coûtera plus", not "de
        perdre leurs clients", nor « le projet de Bercy d'imposer une « année blanche » »,
        which « qui affirme que … » made no sentence: teacher15; nor a French verb's object,
        ``cue_object``) and not one the speaker contests, nor wishes or fears (``wished``) or
        feels in the subjunctive (``felt_in_subjunctive``: « s'étonne qu'elles n'aient »), nor
        a question asked or answered (``question_asked``: « qui affirme que pourquoi … »), nor
        an English vow or hope ("Who claims to scrap…": ``promised``)."""
        return self.statements(
            lambda a: (
                askable(self.analysis, a)
                and not contested(self.analysis, a, self.lex)
                and (a.kind == "direct" or not self.cue_object(a))
                and (a.kind == "direct" or not wished(self.analysis, a, self._wishes))
                and (
                    a.kind == "direct"
                    or not felt_in_subjunctive(self.analysis, a, self._opening_words)
                )
                and not question_asked(self.analysis, a, self._questions)
                and not promised(self.analysis, a)
            )
        )

    def statements(self, keep: Callable[[Attribution], bool] = lambda _: True) -> list[Attribution]:
        """The findings ``keep`` accepts that a question may rest on, in order of interest, one
        per statement (``apart``): never one whose source opens its own reported words
        (``source_opens``). The one place that leaves those out, for the speakers
        (``readings``), the statements asked about (``quotable``) and a paragraph's claims
        (classify_questions), so that no kind of question lets one in. Nor one whose speaker
        is a pronoun left unresolved (« il », "they"): « Dans l'article, ils est une source
        nommée », « c'est ils qui dit… » named nobody (sanity21); « on » is a voice, asked
        as such (``impersonal``). Nor one kept with no speaker at all (plausible22's English
        findings nobody who can speak said): no answer, and an empty option the set refuses."""
        pronouns = self.lex.word_set("subject_pronouns") - self.lex.word_set("impersonal")
        pronouns |= opening_words().pronoun_speakers  # « selon eux » unresolved (sanity22)
        found = (
            a
            for a in self.analysis.attributions
            if a.speaker.strip()
            and not source_opens(a)
            and fold(a.speaker) not in pronouns
            and keep(a)
        )
        return apart(sorted(found, key=interest))

    def quoted_claim(self, claim: Claim) -> bool:
        """An unsourced passage that is a whole quotation (« « Si mes propos ont heurté, je le
        regrette » », a paragraph of quoted words whose speaker was not found): no fact « en
        mots neutres » and no voice of the outlet's, which the keys hold as someone's words
        wherever the drafter found it a fact (sanity23). A subhead the outlet makes of a
        speaker's words stays its own (the keys give those either way)."""
        framing = claim.label == "author" and claim.reason == "framing"
        start, end = claim.span  # the claims trim marks off their ends (« "Urgent. …" »)
        marked = self.analysis.text[max(0, start - 1) : end + 1]
        return not framing and (one_quotation(self.passage(claim.span)) or one_quotation(marked))

    def cue_span(self, found: Attribution) -> Span | None:
        """The cue and the source's own words where they stand together, apart from what was
        said (« s'est félicité Antoine Homé », "Sir Mark added"): what a reader finds to
        tell who speaks. None when they stand apart, or the source is only a pronoun."""
        source = found.speaker_mention or found.source
        if found.cue is None or source is None:
            return None
        start, end = min(found.cue[0], source[0]), max(found.cue[1], source[1])
        pronouns = self.lex.word_set("subject_pronouns")
        if (
            end - start > 70
            or "\n" in self.analysis.text[start:end]
            or overlap(found.content, (start, end))
            or self.passage(source).lower() in pronouns
        ):
            return None
        return (start, end)

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
        if not named or not (unnamed(one, self.lex) or unnamed(other, self.lex)):
            return False
        kinds = {kind_of(one, self.lex), kind_of(other, self.lex)} - {None}
        return len(kinds) < 2  # never a person and a body (« la préfecture », "Anna Roy")

    def _noun_of_mention(self, one: str, other: str) -> bool:
        """One written as a bare noun of the words the article names the other with, not
        only of its shortest form: « a union has said » and « The Seafarers union said »,
        whose speaker reads « Seafarers » (ui39: a student offered both for one statement
        has two right answers); « le maire » and « Jane Doe, le maire »."""
        pairs = ((one, other), (other, one))
        return any(
            unnamed(short, self.lex) and bare_noun_of(self.display(short), mention, self.lex)
            for short, speaker in pairs
            for mention in self._mentions.get(speaker, ())
        )

    @per_pair
    def _one_option(self, one: str, other: str) -> bool:
        """Two speakers that would be one wrong option twice: they share a name word, or
        one is the other's acronym or its bare noun (« Les habitants » beside « Les habitants
        du quartier Grandclément », options33: the fuller one is kept)."""
        if self.name_words(one) & self.name_words(other) or self.one_speaker(one, other):
            return True
        if body_and_head(self.speaker_forms(one), self.speaker_forms(other), self.lex):
            return True  # « la mairie », « le maire »: one of the two is kept (ui41)
        return same_body(self.display(one), self.display(other), self.lex)

    def speaker_forms(self, speaker: str) -> list[Form]:
        """The speaker as an option shows it, then as the article names it and describes it
        beside that (« Son chef de file, Marc Dubreuil »: ``appositions``)."""
        mentions = (*self._mentions.get(speaker, ()), *self._apposed.get(speaker, ()))
        return [self.display(speaker), *mentions]

    def one_speaker(self, one: str, other: str) -> bool:
        """One of the two written with a part of the other's words, or as the role the
        article gives the other (« Cisco CEO », « John Chambers »: ``same_speaker``)."""
        if within(self.display(one), self.display(other), self.lex):
            return True
        return self._role_of(one, other) or self._role_of(other, one)

    def _a_role(self, speaker: str, among: list[str]) -> bool:
        """The speaker is the role the article gives another of ``among`` (« Cisco CEO »)."""
        return any(self._role_of(speaker, other) for other in among if other != speaker)

    @per_pair
    def _role_of(self, one: str, other: str) -> bool:
        """``one`` is written as the role the article gives ``other`` (``same_speaker``)."""
        return role_of(one, self._named_mentions(other), self.lex)

    def _named_mentions(self, speaker: str) -> list[str]:
        """The speaker's mentions that hold its name (not « he », "the company")."""
        names = self.name_words(speaker)
        return [m for m in self._mentions.get(speaker, ()) if names & self.name_words(m)]

    def others(self, found: Attribution) -> list[str]:
        """The other speakers (``_fit_others``), wrong options or a false statement's speaker,
        closest in length first. Fewer than two, people the article names who never speak fill
        in (``bystanders``), unless the speaker has no name: « le maire » may be any of them."""
        kept = self._one_form_each(self._fit_others(found))
        kept.sort(key=lambda s: abs(len(s) - len(found.speaker)))
        if len(kept) < 2 and not unnamed(found.speaker, self.lex):
            kept += self.bystanders[: 3 - len(kept)]
        return kept

    def _fit_others(self, found: Attribution) -> list[str]:
        """The speakers fit to stand beside ``found``'s: never one that may be the same person
        under another form ("Ms Palaszczuk", "Annastacia Palaszczuk"), a document or figures,
        nor the body of the right person or the reverse (ui41: ``unfit_options``)."""
        mine, right = self.display(found.speaker).lower(), self.speaker_forms(found.speaker)
        names = {
            self.display(s).lower(): s
            for s in self.speakers
            if s != found.speaker
            and s not in self.nameless
            and not self.may_be_one(s, found.speaker)
            and not unspeaking(self.display(s), self.lex)
            and not body_and_head(self.speaker_forms(s), right, self.lex)
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


def source_opens(found: Attribution) -> bool:
    """A source that starts the reported words it is said to have spoken: the object of a
    verb read as its subject ("It came as opponents criticised the proposed change…" gave
    the speaker « the proposed change… » saying « the proposed change… », teacher17), a
    clause's own subject ("…said the criteria had not been met"). No question is drafted on
    it, nor is it a speaker to choose; the analysis keeps it (4 English keys match such
    findings by their words). A source inside a quotation, set there by an inserted cue,
    starts after its opening and is sound."""
    source = found.source
    return source is not None and source[0] <= found.content[0] < source[1]


def interest(found: Attribution) -> tuple:
    """Quotations first, then the surest findings, then in the article's order."""
    kinds = {"direct": 0, "mixed": 1, "indirect": 2, "according_to": 3}
    return (kinds[found.kind], -found.confidence, found.content[0])


def question(question_id: str, kind: str, prompt: str, **fields: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"id": question_id, "type": kind, "prompt": prompt}
    data.update({key: value for key, value in fields.items() if value not in (None, "", [])})
    return data
