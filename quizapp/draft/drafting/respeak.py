"""The teacher's correction of who said a finding, in the review of drafted questions.

The drafter can give a statement to the wrong person ("They said she mismanaged the funds",
said by the Republicans, given to the governor): the review lets the teacher name the right
speaker, and every proposal built on that statement follows (teacher10 walk-through). Like
``edits``, every function returns new data and leaves what it was given alone.
"""

from __future__ import annotations

import copy
from collections.abc import Collection, Iterable, Sequence
from dataclasses import replace
from typing import Any, NamedTuple

from quizapp.draft.drafting.edits import (
    relabelled,
    with_answer,
    with_pair_right,
    with_right_option,
    with_text,
)
from quizapp.draft.drafting.options import capitalised, option_form
from quizapp.draft.drafting.wording.phrasing import Phrasing
from quizapp.draft.drafting.wording.speaker_openings import in_sentence
from quizapp.draft.findings import Analysis, Attribution
from quizapp.draft.pipeline.resolved_drafts import names_someone
from quizapp.draft.sources.reading import read_source
from quizapp.draft.text.segment import tokens
from quizapp.draft.words.lexicon import fold, load

Drafts = list[dict[str, Any]]


def speaker_choices(analysis: Analysis) -> list[str]:
    """The article's speakers as the review offers them: those of its statements first, in
    the article's order, then the other people and groups the drafter met."""
    said = [found.speaker for found in sorted(analysis.attributions, key=lambda a: a.content)]
    met = [speaker.speaker for speaker in analysis.speakers]
    return [s for s in dict.fromkeys(said + met) if s.strip()]


def respoken(
    analysis: Analysis, index: int, speaker: str, drafts: Drafts
) -> tuple[Analysis, Drafts, list[int]]:
    """Attribution ``index`` given to ``speaker``, and the proposals on it corrected: the
    right answer of a who-said-this, the quotation's pair in a match, the answer of a
    true/false naming the speaker, and the drafted explanation. Returns the corrected
    analysis, the drafts and the rows of the drafts that changed; an unattributed claim, an
    empty name or a pronoun changes nothing: « il » typed as the speaker named no one, and
    the true/false read « Dans l'article, il est un groupe vague. » (mend57b; the review
    shows the old name again)."""
    speaker = " ".join(speaker.split())
    if not 0 <= index < len(analysis.attributions) or not speaker:
        return analysis, drafts, []
    if names_no_one(analysis, speaker):
        return analysis, drafts, []
    found = analysis.attributions[index]
    if speaker == found.speaker:
        return analysis, drafts, []
    attributions = list(analysis.attributions)
    attributions[index] = replace(found, speaker=speaker, confidence=1.0)
    after = replace(analysis, attributions=tuple(attributions))
    change = _change_of(analysis, after, found, attributions[index])
    fixed = [change.apply(draft) for draft in drafts]
    changed = [row for row, draft in enumerate(drafts) if fixed[row] != draft]
    return after, fixed, changed


def _change_of(
    analysis: Analysis, after: Analysis, found: Attribution, given: Attribution
) -> _Change:
    """The change of one finding's speaker (``found`` before, ``given`` after) as the drafts
    show it: its names, options and explanations worded before and after; apart from the
    checks of the request, which decide whether anything changes."""
    lex = load(analysis.language)
    words = lex.raw["wording"]
    old, new = Phrasing(analysis, words), Phrasing(after, words)
    names = (old.display(found.speaker), new.display(given.speaker))
    return _Change(
        passage=analysis.passage(found.content),
        names=names,
        option=capitalised(option_form(names[1], lex)),
        old_option=capitalised(option_form(names[0], lex)),
        texts=(old.explain(found), new.explain(given)),
        kind_endings=tuple(f" {p}." for p in words["kind_phrases"].values()),
        kind_prompts=_kind_prompts((old, new), names, words["kind_phrases"].values()),
    )


def _kind_prompts(
    wordings: tuple[Phrasing, Phrasing], names: tuple[str, str], kinds: Iterable[str]
) -> dict[str, str]:
    """Each statement on the kind of source the old speaker could be given (« Dans l'article,
    Monsieur est un groupe vague. »), worded for the new one: the teacher named « Didier
    Chautard » in the review, the explanation followed and the statement still asked about
    « Monsieur » (teacher57)."""
    (old, new), shown = wordings, [in_sentence(name) for name in names]
    return {
        old.words["tf_kind_prompt"].format(speaker=shown[0], kind=kind, **old.forms(shown[0])):
        new.words["tf_kind_prompt"].format(speaker=shown[1], kind=kind, **new.forms(shown[1]))
        for kind in kinds
    }  # fmt: skip


def names_no_one(analysis: Analysis, speaker: str) -> bool:
    """``speaker`` is a pronoun (« il », "they"): no one a student could be asked about, so
    never a statement's new speaker (mend57b)."""
    return speaker_label(analysis, speaker) is None


def speaker_label(analysis: Analysis, speaker: str) -> str | None:
    """The kind of source the drafter gives ``speaker``: the label of a speaker it met in the
    article under that name, else how it reads the phrase as a source ("Elon Musk" named,
    "un conseiller anonyme" anonymous, "certains alliés" vague); None for a pronoun."""
    for met in analysis.speakers:
        if fold(met.speaker) == fold(speaker):
            return met.label
    lex = load(analysis.language)
    has_name = names_someone(tokens(speaker, (0, len(speaker)), analysis.language), lex)
    return read_source(speaker, lex, has_name).label


def respoken_as_drafted(
    analysis: Analysis,
    at: tuple[int, str],
    drafts: Drafts,
    names: dict[str, str],
    labels: Collection[str],
) -> tuple[Analysis, Drafts, list[int]]:
    """``respoken`` (``at``: the attribution and its new speaker), and its kind of source
    following the new speaker as the drafter would classify it, if ``labels`` (the set's,
    empty when the teacher chose this finding's label herself) hold that label. Returns
    the same three things as ``respoken``, the rows changed by either correction."""
    index, speaker = at
    before = analysis
    analysis, drafts, changed = respoken(analysis, index, speaker, drafts)
    if analysis is before:  # nothing corrected: no statement there, or the same speaker
        return analysis, drafts, changed
    found = analysis.attributions[index]
    label = speaker_label(analysis, found.speaker)
    if label is None or label == found.label or label not in labels:
        return analysis, drafts, changed
    analysis, drafts, more = relabelled(analysis, index, label, drafts, names)
    return analysis, drafts, sorted(set(changed) | set(more))


LABEL, SPEAKER, DISMISS = "label", "speaker", "dismiss"


class Correction(NamedTuple):
    """One correction the teacher made to a finding in the review: its label (``LABEL``,
    value a label id), its speaker (``SPEAKER``, value the name she gave), or « not a claim »
    (``DISMISS``, value empty when she takes it back: review.py). The review keeps them in
    one list in the order she made them, and replays them in that order."""

    kind: str
    index: int
    value: str


def corrected(
    analysis: Analysis,
    drafts: Drafts,
    at: tuple[Correction, Sequence[Correction]],
    names: dict[str, str],
    labels: Collection[str],
) -> tuple[Analysis, Drafts, list[int]]:
    """One correction (``at``: it and those made before it) applied: a new label through
    ``relabelled``, a new speaker through ``respoken_as_drafted``, its kind of source
    following the speaker unless an earlier correction chose this finding's label; a
    dismissal changes neither (the review withdraws what rests on it alone). Returns
    the corrected analysis, the drafts and the rows of the drafts that changed."""
    correction, earlier = at
    if correction.kind == DISMISS:  # the review reads it from the list (review.py)
        return analysis, drafts, []
    if correction.kind == LABEL:
        total = len(analysis.attributions) + len(analysis.unattributed)
        if not 0 <= correction.index < total:
            return analysis, drafts, []
        return relabelled(analysis, correction.index, correction.value, drafts, names)
    chosen = any(e.kind == LABEL and e.index == correction.index for e in earlier)
    at_speaker = (correction.index, correction.value)
    return respoken_as_drafted(analysis, at_speaker, drafts, names, set() if chosen else labels)


def replayed(
    analysis: Analysis,
    drafts: Drafts,
    corrections: Sequence[Correction],
    names: dict[str, str],
    labels: Collection[str],
) -> tuple[Analysis, Drafts, set[int]]:
    """Every correction applied in the order the teacher made it (a label then a speaker of
    the same finding, or the reverse, ends as she left it). Returns the analysis, the drafts
    and the rows of the drafts any of them changed."""
    changed: set[int] = set()
    for number, correction in enumerate(corrections):
        at = (correction, corrections[:number])
        analysis, drafts, rows = corrected(analysis, drafts, at, names, labels)
        changed.update(rows)
    return analysis, drafts, changed


class _Change:
    """One finding's speaker, before and after, applied to a proposal."""

    def __init__(
        self,
        passage: str,
        names: tuple[str, str],
        option: str,
        old_option: str,
        texts: tuple[str, str],
        kind_endings: tuple[str, ...],
        kind_prompts: dict[str, str],
    ) -> None:
        self.passage, self.names, self.texts = passage, names, texts
        self.kind_prompts = kind_prompts  # a kind-of-source statement, old speaker -> new
        self.option = option  # the new name as a who-said-this writes it (options.option_form)
        self.old_option = old_option  # the old one so; a match names both so (questions52)
        self.kind_endings = kind_endings

    def on_it(self, evidence: str) -> bool:
        return bool(self.passage) and self.passage in evidence

    def apply(self, draft: dict[str, Any]) -> dict[str, Any]:
        evidence = draft.get("evidence", [])
        if draft["type"] == "match":
            return self._match(draft)
        if draft["type"] == "classify":
            return self._items(draft)
        if not any(self.on_it(passage) for passage in evidence):
            return draft
        if draft["type"] == "single_choice":
            draft = self._who(draft)
        elif draft["type"] == "true_false":
            draft = self._statement(draft)
        else:
            return draft
        old_text, new_text = self.texts
        explanation = draft.get("explanation", "")
        if old_text and old_text in explanation:
            draft = with_text(draft, "explanation", explanation.replace(old_text, new_text))
        return draft

    def _items(self, draft: dict[str, Any]) -> dict[str, Any]:
        """A claim to classify on this finding explains it with the new speaker (teacher16:
        « Source nommée » chosen for Serge Vaills, the explanation still read « la source est
        un groupe vague (ans) »); an explanation the teacher rewrote is hers, and stays."""
        old_text, new_text = self.texts
        edited = copy.deepcopy(draft)
        for item in edited.get("items", []):
            if self.on_it(item.get("evidence", "")) and item.get("explanation") == old_text:
                item["explanation"] = new_text
        return edited if edited != draft else draft

    def _who(self, draft: dict[str, Any]) -> dict[str, Any]:
        """The new speaker becomes the right answer: an option already naming them is made
        right (the old answer stays a wrong one), else the right option is renamed."""
        texts = [option["text"] for option in draft["options"]]
        if self.option in texts:
            return with_right_option(draft, texts.index(self.option))
        edited = copy.deepcopy(draft)
        for option in edited["options"]:
            if option.get("correct"):
                option["text"] = self.option
        return edited

    def _statement(self, draft: dict[str, Any]) -> dict[str, Any]:
        """ "X said that…": true only of the speaker it names now. A statement on the kind of
        source keeps its answer (the label follows apart: ``respoken_as_drafted``) and names
        the new speaker."""
        prompt = draft["prompt"]
        if prompt in self.kind_prompts:
            return with_text(draft, "prompt", self.kind_prompts[prompt])
        if prompt.endswith(self.kind_endings):
            return draft
        old, new = (in_sentence(name) for name in self.names)
        if draft.get("answer") and old in prompt:
            return with_answer(draft, False)
        if not draft.get("answer") and new in prompt:
            return with_answer(draft, True)
        return draft

    def _match(self, draft: dict[str, Any]) -> dict[str, Any]:
        """The quotation's pair (pairs and evidence go in the same order) names the new
        speaker; the old one stays on offer as a distractor."""
        for number, passage in enumerate(draft.get("evidence", [])):
            pairs = draft.get("pairs", [])
            if (
                number < len(pairs)
                and self.on_it(passage)
                and pairs[number]["right"] in (self.names[0], self.old_option)
            ):
                new = self.option if pairs[number]["right"] == self.old_option else self.names[1]
                draft = with_pair_right(draft, number, new)
        return draft
