"""What every kind of drafted question stands on: the findings in order of interest, the
speakers and which of them may be one person or body, the evidence of a finding, and the
plain data of a question. Each kind of question is drafted in a module of its own
(classify_questions, who_questions, statements), gathered by ``questions``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from quizapp.draft.drafting.pairs import capitalised_names
from quizapp.draft.drafting.speaker_names.bystanders import bystanders
from quizapp.draft.drafting.speaker_names.other_speakers import OtherSpeakers
from quizapp.draft.drafting.speaker_names.standalone import standalone_names
from quizapp.draft.drafting.unfit_options import Apposed, appositions
from quizapp.draft.drafting.wording.passages import apart, marks_both, one_quotation
from quizapp.draft.drafting.wording.phrasing import Phrasing
from quizapp.draft.drafting.wording.reported_words import (
    askable,
    contested,
    felt_in_subjunctive,
    promised,
    question_asked,
    wish_against,
    wished,
)
from quizapp.draft.drafting.wording.speaker_openings import opening_words
from quizapp.draft.findings import Analysis, Attribution, Claim, Span
from quizapp.draft.pipeline.steps import UNWATCHED, Steps
from quizapp.draft.words.lexicon import fold, load
from quizapp.model.questions import UNREVIEWED_TAG
from quizapp.model.text import overlap

DRAFT_TAG = UNREVIEWED_TAG  # the model knows it too: a student is never scored on it
MAX_WHO, MAX_PAIRS, MAX_TRUE_FALSE, MAX_ITEMS, MIN_PAIRS = 8, 6, 6, 8, 3
MIN_WHO = 4  # fewer who-said-this: the words that tell who speaks are located instead
SET_SIZE = 12  # the set a teacher makes (issue 15): true/false fill in up to it when they can


class DraftBase(OtherSpeakers, Phrasing):
    """What every kind of drafted question reads: the findings in order of interest, the
    speakers, the evidence of a finding, the statements worth asking, the other speakers."""

    def __init__(self, analysis: Analysis, wording: dict, steps: Steps = UNWATCHED) -> None:
        super().__init__(analysis, wording)
        self.steps = steps  # asked inside the long kinds whether to stop (cancel56)
        self._quotable: list[Attribution] | None = None
        self.lex = load(analysis.language)
        self._read_speakers(analysis)
        self.asked: set[Span] = set()  # contents a who-said-this already asks about
        self.located: set[Span] = set()  # contents whose anonymous source a locate asks for
        self.unasked = 0  # who-said-this left out, their answer given away by its length
        self._read_opening_words()
        self._labels = {found.speaker: found.label for found in reversed(self.readings)}
        self._read_mentions(analysis)
        spoken = {word for speaker in self.speakers for word in self.name_words(speaker)}
        self.bystanders = bystanders(analysis, self.lex, spoken, self.name_words)

    def _read_speakers(self, analysis: Analysis) -> None:
        """The statements, one a speaker's reading, and their speakers in order of interest:
        which of them a question can name alone and which have no name that stands alone."""
        self.readings = self.statements()  # one a statement
        self.speakers = list(dict.fromkeys(a.speaker for a in self.readings))
        self._standalone = standalone_names(analysis, self.speakers, self.lex)
        self.nameless = {s for s, name in self._standalone.items() if not name}
        self.named_speakers = [s for s in self.speakers if s not in self.nameless]

    def _read_opening_words(self) -> None:
        """The word lists ``quotable`` asks of each statement: wishes, the subjunctive's
        cues, and the words that open a question asked or answered."""
        words = opening_words()
        self._wishes = words.wish_cue_stems
        self._opening_words = words  # felt_in_subjunctive reads two of its lists
        self._questions = {
            "openers": words.question_openers,
            "if": words.question_if,
            "asking": words.asking_cue_stems,
        }

    def _read_mentions(self, analysis: Analysis) -> None:
        """How the article names each speaker and the phrases set beside those names (ui43),
        from every finding with a source, in the article's order."""
        self._mentions: dict[str, list[str]] = {}
        self._apposed: dict[str, list[Apposed]] = {}
        for found in analysis.attributions:
            if found.source is not None:
                self._mentions.setdefault(found.speaker, []).append(self.passage(found.source))
                apposed = appositions(analysis.text, found.source, self.lex)
                self._apposed.setdefault(found.speaker, []).extend(apposed)

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
        an English vow or hope ("Who claims to scrap…": ``promised``). Read once: each kind
        of question asks (cancel56)."""
        if self._quotable is None:
            self._quotable = self._askable()
        return list(self._quotable)

    def _askable(self) -> list[Attribution]:
        return self.statements(
            lambda a: (
                askable(self.analysis, a)
                and not contested(self.analysis, a, self.lex)
                and (a.kind == "direct" or not self.cue_object(a))
                and (a.kind == "direct" or not wished(self.analysis, a, self._wishes))
                and not self.wish_against(a)
                and (
                    a.kind == "direct"
                    or not felt_in_subjunctive(self.analysis, a, self._opening_words)
                )
                and not question_asked(self.analysis, a, self._questions)
                and not promised(self.analysis, a)
            )
        )

    def wish_against(self, found: Attribution) -> bool:
        """A negated wish's clause (« ne souhaite pas que les travaux durent… »,
        ``reported_words.wish_against``): the speaker's stance, never a claim of theirs that
        a question states or a paragraph sorts (mend57d); their label is still asked."""
        return wish_against(self.analysis, found, self.lex)

    def statements(
        self,
        keep: Callable[[Attribution], bool] = lambda _: True,
        among: Iterable[Attribution] | None = None,
    ) -> list[Attribution]:
        """The findings ``keep`` accepts that a question may rest on, in order of interest, one
        per statement (``apart``): never one whose source opens its own reported words
        (``source_opens``). The one place that leaves those out, for the speakers
        (``readings``), the statements asked about (``quotable``) and a paragraph's claims
        (classify_questions), so that no kind of question lets one in. Nor one whose speaker
        is a pronoun left unresolved (« il », "they"): « Dans l'article, ils est une source
        nommée », « c'est ils qui dit… » named nobody (sanity21); « on » is a voice, asked
        as such (``impersonal``). Nor one kept with no speaker at all (plausible22's English
        findings nobody who can speak said): no answer, and an empty option the set refuses.
        ``among``: the findings read, the analysis's unless given (a paragraph's, cancel56)."""
        pronouns = self.lex.word_set("subject_pronouns") - self.lex.word_set("impersonal")
        pronouns |= opening_words().pronoun_speakers  # « selon eux » unresolved (sanity22)
        found = (
            a
            for a in (self.analysis.attributions if among is None else among)
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
