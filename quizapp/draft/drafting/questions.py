"""Draft questions built on an analysis: classify per paragraph (and one over the paragraphs
too thin for their own), who said this, a match of quotations to speakers, a locate per
anonymous source, and true/false statements half true, half false. Each question carries its
evidence (verbatim passages of the article) and an explanation naming the cue, and is marked
as a draft (id ``draft-…`` and tag ``draft``) until the teacher accepts it. No two ask the
same thing: a finding asked "who said it" is not asked again as true/false. The wording is
the lexicon's ``wording`` table, phrased by ``phrasing.Phrasing``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pydantic import TypeAdapter

from quizapp.draft.drafting.options import (
    fair_selection,
    gives_away,
    option_form,
    same_body,
    wrong_options,
)
from quizapp.draft.drafting.phrasing import Phrasing, apart, french_spaces, in_sentence, shorten
from quizapp.draft.findings import Analysis, Attribution, Claim, Span
from quizapp.draft.lexicon import load
from quizapp.draft.segment import paragraphs
from quizapp.model import Question

__all__ = ["DRAFT_TAG", "as_models", "draft_questions", "label_definitions", "shorten"]

DRAFT_TAG = "draft"
MAX_WHO, MAX_PAIRS, MAX_TRUE_FALSE, MAX_ITEMS, MIN_PAIRS = 8, 6, 6, 8, 3
_QUESTION = TypeAdapter(Question)
# a quotation ending on its own stop gets no second one after its mark (teacher13: « …
# patrimoine. ». in French, where the space before « » » had hidden it from teacher12's fix)
_STOP_TWICE = re.compile(r"([.!?…]\s*[»”’])\.")


def draft_questions(analysis: Analysis) -> list[dict[str, Any]]:
    """The drafted questions as plain v1 data, each checked against the model."""
    wording = load(analysis.language).raw["wording"]
    builder = _Builder(analysis, wording)
    questions = builder.classify() + builder.who() + builder.match()
    questions += builder.locate() + builder.true_false()
    for question in questions:
        question["prompt"] = _STOP_TWICE.sub(r"\1", question["prompt"])
        if analysis.language == "fr":
            question["prompt"] = french_spaces(question["prompt"])
        _QUESTION.validate_python(question)
    return questions


def as_models(questions: list[dict[str, Any]]) -> list[Question]:
    """The same questions as ``quizapp.model`` objects (what the editor adds to a set)."""
    return [_QUESTION.validate_python(q) for q in questions]


def label_definitions(language: str) -> list[dict[str, str]]:
    """The five labels in the article's language, for a drafted set."""
    names = load(language).raw["wording"]["label_names"]
    return [{"id": key, "name": name, "description": text} for key, (name, text) in names.items()]


class _Builder(Phrasing):
    def __init__(self, analysis: Analysis, wording: dict) -> None:
        super().__init__(analysis, wording)
        self.readings = apart(sorted(analysis.attributions, key=_interest))  # one a statement
        self.speakers = list(dict.fromkeys(a.speaker for a in self.readings))
        self.asked: set[Span] = set()  # contents a who-said-this already asks about
        self.unasked = 0  # who-said-this left out, their answer given away by its length
        self.lex = load(analysis.language)
        self._function = {w.lower() for w in self.lex.words("function_words")}

    def name_words(self, speaker: str) -> set[str]:
        """The capitalised words of a speaker that are no function word ("Les", "The"): two
        speakers sharing one may be the same person under two forms."""
        words = re.findall(r"\w+", speaker)
        return {w.lower() for w in words if w[:1].isupper() and len(w) > 2} - self._function

    def evidence(self, found: Attribution) -> str:
        spans = [s for s in (found.content, found.cue, found.source) if s is not None]
        return self.passage((min(s[0] for s in spans), max(s[1] for s in spans)))

    def quotable(self) -> list[Attribution]:
        """Statements a question can ask about: a quotation, or reported content that is a
        clause of its own ("le chantier coûtera plus", not "de perdre leurs clients")."""
        found = [
            a
            for a in self.analysis.attributions
            if a.kind in ("direct", "mixed") or self.whole(a.content, sentence=False)
        ]
        return apart(sorted(found, key=_interest))

    def others(self, found: Attribution) -> list[str]:
        """The other speakers, wrong options or a false statement's speaker: never one that
        may be the same person under another form ("Ms Palaszczuk", "Annastacia Palaszczuk")."""
        mine = self.display(found.speaker).lower()
        names = {
            self.display(s).lower(): s
            for s in self.speakers
            if s != found.speaker
            and not self.name_words(s) & self.name_words(found.speaker)
            and not same_body(s, found.speaker, self.lex)
        }
        names.pop(mine, None)
        kept: list[str] = []  # one form per person, the fullest: "Paul Ostrander", not "Ostrander"
        for speaker in sorted(names.values(), key=len, reverse=True):
            if not any(self.name_words(speaker) & self.name_words(k) for k in kept):
                kept.append(speaker)
        return sorted(kept, key=lambda s: abs(len(s) - len(found.speaker)))

    # ----- question kinds -----
    def classify(self) -> list[dict[str, Any]]:
        questions, spare = [], []
        for number, para in enumerate(paragraphs(self.analysis.text), 1):
            items = self._items_in(para)
            if len({item["label"] for item in items}) >= 2:
                prompt = self.words["classify_prompt"].format(opening=self.opening(para))
                questions.append(self._classify(f"draft-classify-{number}", prompt, items))
            else:
                spare += items
        if len({item["label"] for item in spare}) >= 2 and len(spare) >= 3:
            prompt = self.words["classify_prompt_article"]
            questions.append(self._classify("draft-classify-article", prompt, spare[:MAX_ITEMS]))
        return questions

    def _classify(self, question_id: str, prompt: str, items: list) -> dict[str, Any]:
        return _question(question_id, "classify", prompt, items=items,
                         explanation=self.words["classify_explain"],
                         tags=[DRAFT_TAG, "attribution"])  # fmt: skip

    def _items_in(self, para: Span) -> list[dict[str, Any]]:
        inside = [
            a
            for a in self.analysis.attributions
            if para[0] <= a.content[0] < para[1] and self.whole(a.content, sentence=False)
        ]
        claims = [
            c
            for c in self.analysis.unattributed
            if para[0] <= c.span[0] < para[1]
            and (c.reason == "framing" or self.whole(c.span, sentence=True))
        ]
        items = [self._item(a.content, a.label, self.evidence(a), self.explain(a)) for a in inside]
        items += [self._item(c.span, c.label, self.passage(c.span), self.explain_claim(c))
                  for c in claims]  # fmt: skip
        items.sort(key=lambda item: self.analysis.text.find(item["evidence"]))
        unique = list({item["claim"]: item for item in items}.values())
        return unique[:MAX_ITEMS]

    def _item(self, span: Span, label: str, evidence: str, explanation: str) -> dict[str, Any]:
        claim = shorten(self.passage(span)).rstrip(" .")  # no "20,26 %.: ✔" in the feedback
        return {"claim": claim, "label": label, "evidence": evidence, "explanation": explanation}

    def who(self) -> list[dict[str, Any]]:
        """Who-said-this questions, few enough of them giving their answer away by its length
        that the set stays clear of the editor's warning (``options.fair_selection``)."""
        drafted = [(found, *self._options(found)) for found in self.quotable()]
        drafted = [item for item in drafted if len(item[2]) >= 2]
        kept = fair_selection([gives_away(right, wrong) for _, right, wrong in drafted], MAX_WHO)
        self.asked = {drafted[index][0].content for index in kept}
        self.unasked = min(len(drafted), MAX_WHO) - len(kept)
        return [self._who(*drafted[index], n) for n, index in enumerate(kept, 1)]

    def _options(self, found: Attribution) -> tuple[str, list[str]]:
        """The right option and the wrong ones, every speaker in its option form."""
        right = option_form(self.display(found.speaker), self.lex)
        forms = {option_form(self.display(s), self.lex) for s in self.others(found)} - {right}
        return right, wrong_options(right, sorted(forms))

    def _who(self, found: Attribution, right: str, wrong: list[str], number: int) -> dict:
        options = [{"text": right, "correct": True}] + [{"text": text} for text in wrong]
        return _question(
            f"draft-who-{number}",
            "single_choice",
            self.said(found, "who_prompt", 120),
            options=options,
            explanation=self.explain(found),
            evidence=[self.evidence(found)],
            tags=[DRAFT_TAG, "attribution", f"{found.label}-source"],
        )

    def match(self) -> list[dict[str, Any]]:
        quoted = [a for a in self.analysis.attributions if self.is_quotation(a)]
        pairs, lefts = [], set()
        for found in sorted(quoted, key=_interest):
            opening, closing = ("« ", " »") if self.analysis.language == "fr" else ("“", "”")
            left = opening + self.quoted(found.content, 90) + closing
            if left not in lefts and len(pairs) < MAX_PAIRS:
                lefts.add(left)
                pairs.append((found, left))
        rights = {self.display(f.speaker) for f, _ in pairs}
        if len(pairs) < MIN_PAIRS or len(rights) < 2:
            return []
        pairs.sort(key=lambda pair: pair[0].content[0])
        opening, closing = ("« ", " »") if self.analysis.language == "fr" else ("“", "”")
        cues = "; ".join(f"{opening}{self.cue_phrase(f)}{closing}" for f, _ in pairs if f.cue)
        distractors = [self.display(s) for s in self.speakers if self.display(s) not in rights]
        return [
            _question(
                "draft-match-quotes",
                "match",
                self.words["match_prompt"],
                pairs=[{"left": left, "right": self.display(f.speaker)} for f, left in pairs],
                distractors=distractors[:2],
                explanation=self.words["match_explain"].format(cues=cues or "—"),
                evidence=[self.evidence(f) for f, _ in pairs],
                tags=[DRAFT_TAG, "attribution"],
            )
        ]

    def locate(self) -> list[dict[str, Any]]:
        questions, seen = [], set()
        for found in apart(a for a in self.analysis.attributions if a.label == "anonymous"):
            mention = found.speaker_mention or found.source
            if mention is None or found.speaker in seen:
                continue
            seen.add(found.speaker)
            words = self.passage(mention)
            questions.append(
                _question(
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

    def true_false(self) -> list[dict[str, Any]]:
        """Statements on what no who-said-this asks: the other attributions, then the
        article's own unsourced sentences; as many true as false, or one more true when a
        who-said-this left out (its answer given away by its length) is asked here instead."""
        if not self.speakers:
            return []
        pool: list[Statement] = [
            f for f in self.quotable() if f.content not in self.asked and self.others(f)
        ]
        pool += self.kinds_of_source()
        pool += [c for c in self.analysis.unattributed if self._unsourced(c)]
        pool = pool[: MAX_TRUE_FALSE + self.unasked]
        if len(pool) <= MAX_TRUE_FALSE:  # past it, one more true than false stays balanced
            pool = pool[: len(pool) - len(pool) % 2]
        return [self._statement(found, n, n % 2 == 1) for n, found in enumerate(pool, 1)]

    def _unsourced(self, claim: Claim) -> bool:
        return claim.label in ("fact", "author") and self.whole(claim.span, sentence=True)

    def kinds_of_source(self) -> list[_KindOfSource]:
        """One statement per speaker on what kind of source it is ("les enseignants grévistes
        sont une source nommée"), on its surest attribution."""
        firsts = {}
        for found in self.readings:
            if found.label in _OTHER_KIND and found.speaker.lower() not in {"on", "l'on"}:
                firsts.setdefault(found.speaker, found)
        return [_KindOfSource(found) for found in firsts.values()]

    def _statement(self, found: Statement, number: int, true: bool) -> dict[str, Any]:
        if isinstance(found, Claim):
            prompt, explanation, evidence = self._claim_statement(found, true)
        elif isinstance(found, _KindOfSource):
            prompt, explanation, evidence = self._kind_statement(found.found, true)
        else:
            speaker = found.speaker if true else self.others(found)[0]
            shown = in_sentence(self.display(speaker))
            prompt = self.said(found, "tf_prompt", 110, speaker=shown)
            explanation, evidence = self.explain(found), self.evidence(found)
        template = self.words["explain_true" if true else "explain_false"]
        return _question(
            f"draft-true-false-{number}",
            "true_false",
            prompt,
            answer=true,
            explanation=template.format(explanation=explanation),
            evidence=[evidence],
            tags=[DRAFT_TAG, "attribution"],
        )

    def _kind_statement(self, found: Attribution, true: bool) -> tuple[str, str, str]:
        label = found.label if true else _OTHER_KIND[found.label]
        speaker = in_sentence(self.display(found.speaker))
        prompt = self.words["tf_kind_prompt"].format(
            speaker=speaker, kind=self.words["kind_phrases"][label], **self.forms(speaker)
        )
        return prompt, self.explain(found), self.evidence(found)

    def _claim_statement(self, claim: Claim, true: bool) -> tuple[str, str, str]:
        """True: "the article gives this sentence with no source"; false: a speaker of the
        article said it."""
        if true:
            prompt = self.words["tf_claim_prompt"].format(quote=self.quoted(claim.span, 140))
        else:
            speaker = in_sentence(self.display(self.speakers[0]))
            reported = self.reported(self.passage(claim.span))
            prompt = self.words["tf_prompt_reported"].format(
                speaker=speaker, reported=reported, **self.forms(speaker)
            )
        return prompt, self.explain_claim(claim), self.passage(claim.span)


@dataclass(frozen=True)
class _KindOfSource:
    """A true/false statement on the kind of source an attribution's speaker is."""

    found: Attribution


Statement = Attribution | Claim | _KindOfSource
_OTHER_KIND = {"named": "vague", "vague": "named", "anonymous": "named"}  # a false statement's


def _interest(found: Attribution) -> tuple:
    """Quotations first, then the surest findings, then in the article's order."""
    kinds = {"direct": 0, "mixed": 1, "indirect": 2, "according_to": 3}
    return (kinds[found.kind], -found.confidence, found.content[0])


def _question(question_id: str, kind: str, prompt: str, **fields: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"id": question_id, "type": kind, "prompt": prompt}
    data.update({key: value for key, value in fields.items() if value not in (None, "", [])})
    return data
