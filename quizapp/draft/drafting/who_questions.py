"""Questions on who said what: "who said this?" with the article's other speakers as wrong
options, a match of quotations to speakers, a locate for each anonymous source, and, in an
article with too few speakers for "who said this?", a locate of the words that tell who
speaks (teacher15: an article with two speakers had drafted twelve true/false and one
classify)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from quizapp.draft.drafting.draft_base import (
    DRAFT_TAG,
    MAX_PAIRS,
    MAX_WHO,
    MIN_PAIRS,
    MIN_WHO,
    DraftBase,
    interest,
    question,
)
from quizapp.draft.drafting.options import (
    capitalised,
    fair_selection,
    gives_away,
    option_form,
    wrong_options,
)
from quizapp.draft.drafting.unfit_options import unspeaking
from quizapp.draft.drafting.wording.passages import apart
from quizapp.draft.drafting.wording.reported_words import spoken
from quizapp.draft.drafting.wording.speaker_openings import opening_words
from quizapp.draft.findings import Attribution

# questions51: a teacher read four who-said-this in a row with one answer and the same wrong
# options (« Daniel Spagnou » against « David Géhant », « Isabelle Tomatis »), a drill that asks
# nothing new after the second; the speaker's other statements are left to true/false
MAX_SAME_ANSWER = 2


def _few_per_answer(drafted: Iterable[tuple[Attribution, str, list[str]]]) -> Iterator:
    """The who-said-this ``drafted`` (surest first), at most ``MAX_SAME_ANSWER`` of them with
    the same right answer: the first ones in their order."""
    counts: dict[str, int] = {}
    for item in drafted:
        counts[item[1]] = counts.get(item[1], 0) + 1
        if counts[item[1]] <= MAX_SAME_ANSWER:
            yield item


def _until_fair(drafted: Iterable[tuple[Attribution, str, list[str]]]) -> list:
    """The who-said-this ``drafted``, up to the ``MAX_WHO``-th whose answer's length does not
    give it away: ``fair_selection`` keeps those first, and none after them (cancel56: the
    options of every statement of a 20,000-word article were worked out to keep eight)."""
    kept, fair = [], 0
    for item in drafted:
        kept.append(item)
        fair += not gives_away(item[1], item[2])
        if fair == MAX_WHO:
            break
    return kept


class WhoQuestions(DraftBase):
    """Drafts who-said-this, match and locate questions."""

    def who(self) -> list[dict[str, Any]]:
        """Who-said-this questions, few enough of them giving their answer away by its length
        that the set stays clear of the editor's warning (``options.fair_selection``)."""
        statements = [
            found
            for found in self.quotable()
            if found.speaker not in self.nameless  # no right option names it (standalone)
            and not self.pronoun_led(found)  # « Qui affirme qu'elle… » asks of nobody
        ]
        optioned = ((found, *self._options(found)) for found in statements)
        drafted = _until_fair(_few_per_answer(item for item in optioned if len(item[2]) >= 2))
        kept = fair_selection([gives_away(right, wrong) for _, right, wrong in drafted], MAX_WHO)
        self.asked = {drafted[index][0].content for index in kept}
        self.unasked = min(len(statements), MAX_WHO) - len(kept)
        return [self._who(*drafted[index], n) for n, index in enumerate(kept, 1)]

    def _options(self, found: Attribution) -> tuple[str, list[str]]:
        """The right option and the wrong ones, every speaker in its option form."""
        self.steps.go_on()  # one statement's options: the step a long article can stop at
        right = option_form(self.display(found.speaker), self.lex)
        forms = {option_form(self.display(s), self.lex) for s in self.others(found)} - {right}
        shown = capitalised(right)  # put on after wrong_options chose (ui40)
        wrong = [capitalised(text) for text in wrong_options(right, sorted(forms))]
        return shown, [text for text in wrong if text != shown]

    def _who(self, found: Attribution, right: str, wrong: list[str], number: int) -> dict:
        options = [{"text": right, "correct": True}] + [{"text": text} for text in wrong]
        return question(
            f"draft-who-{number}",
            "single_choice",
            self.said(found, "who_prompt", 120),
            options=options,
            explanation=self.explain(found),
            evidence=[self.evidence(found)],
            tags=[DRAFT_TAG, "attribution", f"{found.label}-source"],
        )

    def match(self) -> list[dict[str, Any]]:
        """A match of quotations to their speakers, when there are enough of both: the
        quotations in the article's order, the unused named speakers as extra choices."""
        pairs = self._quoted_pairs()
        rights = {self.option_name(f.speaker) for f, _ in pairs}
        if len(pairs) < MIN_PAIRS or len(rights) < 2:
            return []
        pairs.sort(key=lambda pair: pair[0].content[0])
        return [self._match_question(pairs, rights)]

    def _marks(self) -> tuple[str, str]:
        """The quotation marks of the article's language, around a quotation or a cue."""
        return ("« ", " »") if self.analysis.language == "fr" else ("“", "”")

    def _quoted_pairs(self) -> list[tuple[Attribution, str]]:
        """Each named speaker's quotation and its shown words, most interesting first, one
        pair for the same shown words, at most ``MAX_PAIRS``."""
        quoted = [
            a
            for a in self.readings
            if self.is_quotation(a) and a.speaker not in self.nameless and not self.pronoun_led(a)
        ]
        opening, closing = self._marks()
        pairs: list[tuple[Attribution, str]] = []
        lefts: set[str] = set()
        for found in sorted(quoted, key=interest):
            left = opening + self.quoted(spoken(self.analysis, found), 90) + closing
            if left not in lefts and len(pairs) < MAX_PAIRS:
                lefts.add(left)
                pairs.append((found, left))
        return pairs

    def _match_question(
        self, pairs: list[tuple[Attribution, str]], rights: set[str]
    ) -> dict[str, Any]:
        """The match question of ``pairs``, its explanation naming the quotations' cues."""
        distractors = self._distractors([found.speaker for found, _ in pairs], rights)
        return question(
            "draft-match-quotes",
            "match",
            self.words["match_prompt"],
            pairs=[{"left": left, "right": self.option_name(f.speaker)} for f, left in pairs],
            distractors=distractors[:2],
            explanation=self.match_explanation([found for found, _ in pairs]),
            evidence=[self.evidence(f) for f, _ in pairs],
            tags=[DRAFT_TAG, "attribution"],
        )

    def _distractors(self, speakers: list[str], rights: set[str]) -> list[str]:
        """The named speakers none of the quotations is given to, as extra choices: never a
        document or figures, nor the body or head of one who speaks in the match (ui41: « La
        mairie » beside the mayor's quotation, which a student may fairly give to it), nor
        both a group and its voice (ui43: the first of the two is kept)."""
        kept: list[str] = []
        for s in self.named_speakers:
            if (
                self.option_name(s) not in rights
                and not unspeaking(self.display(s), self.lex)
                and not any(self._tied(s, r) for r in (*set(speakers), *kept))
            ):
                kept.append(s)
        return list(dict.fromkeys(self.option_name(s) for s in kept))

    def option_name(self, speaker: str) -> str:
        """A speaker as a match's choice names them: as a who-said-this option does
        (``options.option_form``, ``capitalised``), so that one speaker reads alike in both
        and no choice stands apart by its case (questions52: "the tool specialist" and
        "one official" in lower case beside "Herbert Haines"; "Coun Karin Graham" there,
        "Karin Graham" in the who-said-this)."""
        return capitalised(option_form(self.display(speaker), self.lex))

    def _tied(self, one: str, other: str) -> bool:
        """A body or group and its head or voice (``unfit_options.body_and_head``), each
        speaker's forms read once (``OtherSpeakers.tied``, cancel56)."""
        return self.tied(one, other)

    def match_explanation(self, quoted: list[Attribution]) -> str:
        """The match's explanation naming the cues of the findings ``quoted`` (its pairs', in
        order): a match rebuilt without some pairs names the cues of those kept alone
        (claims48, ``review.rebuilt``)."""
        opening, closing = self._marks()
        cues = "; ".join(f"{opening}{self.cue_phrase(f)}{closing}" for f in quoted if f.cue)
        return self._match_explanation(cues)

    def _match_explanation(self, cues: str) -> str:
        """The cues of the quotations to match, or, when none has one of its own (each
        follows a speaker's earlier words, or a heading naming them), that: « attribuée par
        un verbe ou une formule de l'article : — » named none (sanity23, 7 corpus sets)."""
        if not cues:
            return self.words["match_explain_no_cue"]
        return self.words["match_explain"].format(cues=cues)

    def locate(self) -> list[dict[str, Any]]:
        return self._anonymous_locates() + self._cue_locates()

    def _cue_locates(self) -> list[dict[str, Any]]:
        """Where who-said-this found fewer than ``MIN_WHO`` statements to ask about, the
        statements left, one a speaker in turn: « Qui dit « … » ? Sélectionnez les mots qui
        le disent », the cue and its source as the answer (« s'est félicité Antoine Homé »)."""
        wanted = MIN_WHO - len(self.asked)
        if wanted <= 0:
            return []
        left = [
            f
            for f in self.quotable()
            if f.content not in self.asked | self.located and self.cue_span(f)
        ]  # an anonymous source's words are located once, by its description
        chosen: list[Attribution] = []
        while left and len(chosen) < wanted:  # one a speaker in turn, the surest first
            spoken = {f.speaker for f in chosen[-1:]}
            found = next((f for f in left if f.speaker not in spoken), left[0])
            left.remove(found)
            chosen.append(found)
        self.asked |= {found.content for found in chosen}
        return [self._cue_locate(found, n) for n, found in enumerate(chosen, 1)]

    def _cue_locate(self, found: Attribution, number: int) -> dict[str, Any]:
        span = self.cue_span(found)
        assert span is not None
        # the article's own words, which name the speaker: nothing a teacher's correction of
        # the speaker or of its kind (drafting/respeak, edits) would leave stale
        explanation = self.words["explain_locate_cue"].format(cue=self.passage(span))
        return question(
            f"draft-locate-cue-{number}",
            "locate",
            self.said(found, "locate_cue_prompt", 100),
            answer=[self.passage(span)],
            explanation=explanation,
            evidence=[self.evidence(found)],
            tags=[DRAFT_TAG, "attribution"],
        )

    def _anonymous_locates(self) -> list[dict[str, Any]]:
        """A locate per anonymous source, asked on a statement a question can quote or
        report (teacher16: "…the anonymous source who claims that and was due to stand
        trial for", the rest of "which he had denied and was due to stand trial for"), and
        described there: a pronoun (« il », "she") describes nobody, so the answer « elle » to
        « les mots qui désignent la source anonyme » is left for a finding of the same source
        that describes it (sanity25: 9 corpus locates of 8 batches)."""
        questions, seen = [], set()
        askable = {found.content for found in self.quotable()}
        pronouns = self.lex.word_set("subject_pronouns") | opening_words().pronoun_speakers
        for found in apart(a for a in self.analysis.attributions if a.label == "anonymous"):
            mention = found.speaker_mention or found.source
            if mention is None or found.speaker in seen or found.content not in askable:
                continue
            if self.passage(mention).lower() in pronouns:
                continue
            seen.add(found.speaker)
            self.located.add(found.content)
            words = self.passage(mention)
            questions.append(
                question(
                    f"draft-locate-{len(questions) + 1}",
                    "locate",
                    self.said(found, "locate_prompt", 100),
                    answer=[words],
                    explanation=self.words["explain_locate"].format(mention=words),
                    evidence=[self.evidence(found)],
                    tags=[DRAFT_TAG, "anonymous-source"],
                )
            )
        return questions
