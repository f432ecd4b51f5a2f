"""Draft questions built on an analysis: classify per paragraph, who said this, a match of
quotations to speakers, a locate per anonymous source, and true/false statements half true,
half false. Each question carries its evidence (verbatim passages of the article) and an
explanation naming the cue, and is marked as a draft (id ``draft-…`` and tag ``draft``) until
the teacher accepts it. The wording comes from the lexicon's ``wording`` table.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import TypeAdapter

from quizapp.draft.drafting.clauses import is_clause
from quizapp.draft.findings import Analysis, Attribution, Claim, Span
from quizapp.draft.lexicon import load
from quizapp.draft.segment import paragraphs
from quizapp.model import Question

DRAFT_TAG = "draft"
MAX_WHO, MAX_PAIRS, MAX_TRUE_FALSE, MAX_ITEMS = 6, 6, 4, 8
_QUESTION = TypeAdapter(Question)


def draft_questions(analysis: Analysis) -> list[dict[str, Any]]:
    """The drafted questions as plain v1 data, each checked against the model."""
    wording = load(analysis.language).raw["wording"]
    builder = _Builder(analysis, wording)
    questions = builder.classify() + builder.who() + builder.match()
    questions += builder.locate() + builder.true_false()
    for question in questions:
        _QUESTION.validate_python(question)
    return questions


def as_models(questions: list[dict[str, Any]]) -> list[Question]:
    """The same questions as ``quizapp.model`` objects (what the editor adds to a set)."""
    return [_QUESTION.validate_python(q) for q in questions]


def label_definitions(language: str) -> list[dict[str, str]]:
    """The five labels in the article's language, for a drafted set."""
    names = load(language).raw["wording"]["label_names"]
    return [{"id": key, "name": name, "description": text} for key, (name, text) in names.items()]


def shorten(text: str, limit: int = 140) -> str:
    """A passage cut at a word boundary, marked as cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + " […]"


class _Builder:
    def __init__(self, analysis: Analysis, wording: dict) -> None:
        self.analysis = analysis
        self.words = wording
        self.names = {key: name for key, (name, _) in wording["label_names"].items()}
        self.speakers = list(dict.fromkeys(a.speaker for a in analysis.attributions))

    # ----- helpers -----
    def passage(self, span: Span) -> str:
        return self.analysis.passage(span)

    def evidence(self, found: Attribution) -> str:
        spans = [s for s in (found.content, found.cue, found.source) if s is not None]
        return self.passage((min(s[0] for s in spans), max(s[1] for s in spans)))

    def quoted(self, span: Span, limit: int) -> str:
        """A passage to put between quotation marks: quotation marks inside it become the
        inner kind (“ ” in French, ‘ ’ in English), so none is doubled (« … « depuis l’été » »)."""
        text = shorten(self.passage(span), limit).rstrip(",; ")  # "…families," said X
        if self.analysis.language == "fr":
            return re.sub(r"«\s*", "“", re.sub(r"\s*»", "”", text))
        return text.replace("“", "‘").replace("”", "’").replace('"', "'")

    def whole(self, span: Span, *, sentence: bool) -> bool:
        """A claim to classify is a sentence or a clause, never a piece of one."""
        return is_clause(self.passage(span), self.analysis.language, sentence=sentence)

    def who(self) -> list[dict[str, Any]]:
        if len(self.speakers) < 2:
            return []
        chosen = sorted(self.quotable(), key=_interest)[:MAX_WHO]
        return [self._who(found, n) for n, found in enumerate(chosen, 1)]

    def quotable(self) -> list[Attribution]:
        """Statements a question can quote as said: a quotation, or reported content that is a
        clause of its own ("le chantier coûtera plus", not "de perdre leurs clients")."""
        return [
            found
            for found in self.analysis.attributions
            if found.kind in ("direct", "mixed") or self.whole(found.content, sentence=False)
        ]

    def display(self, speaker: str) -> str:
        return self.words["impersonal"] if speaker.lower() in {"on", "l'on"} else speaker

    def explain(self, found: Attribution) -> str:
        label = self.names[found.label]
        speaker = self.display(found.speaker)
        if found.cue is None:
            text = self.words["explain_no_cue"].format(speaker=speaker, label=label)
        else:
            text = self.words["explain_attribution"].format(
                cue=self.cue_phrase(found), speaker=speaker, label=label
            )
        if found.via and found.label != "named":
            text += self.words["explain_relay"].format(via=found.via)
        return text

    def cue_phrase(self, found: Attribution) -> str:
        """The cue as the reader sees it, with its relay: "a confié à Politico"."""
        assert found.cue is not None
        cue = self.passage(found.cue)
        if found.via:
            after = self.analysis.text[found.cue[1] : found.cue[1] + 40]
            at = after.find(found.via)
            if 0 <= at <= 12:
                cue += after[: at + len(found.via)]
        return cue

    def explain_claim(self, claim: Claim) -> str:
        if claim.label == "fact":
            return self.words["explain_fact"]
        reasons = {"framing": "reason_framing", "question": "reason_question", "": "reason_other"}
        key = reasons.get(claim.reason, "reason_loaded")
        reason = self.words[key].format(words=claim.reason)
        return self.words["explain_author"].format(reason=reason)

    # ----- question kinds -----
    def classify(self) -> list[dict[str, Any]]:
        questions = []
        for number, para in enumerate(paragraphs(self.analysis.text), 1):
            items = self._items_in(para)
            if len({item["label"] for item in items}) >= 2:
                questions.append(
                    _question(
                        f"draft-classify-{number}",
                        "classify",
                        self.words["classify_prompt"].format(number=number),
                        items=items,
                        explanation=self.words["classify_explain"],
                        tags=[DRAFT_TAG, "attribution"],
                    )
                )
        return questions

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
        items = [
            {
                "claim": shorten(self.passage(a.content)),
                "label": a.label,
                "evidence": self.evidence(a),
                "explanation": self.explain(a),
            }
            for a in inside
        ]
        items += [
            {
                "claim": shorten(self.passage(c.span)),
                "label": c.label,
                "evidence": self.passage(c.span),
                "explanation": self.explain_claim(c),
            }
            for c in claims
        ]
        items.sort(key=lambda item: self.analysis.text.find(item["evidence"]))
        unique = list({item["claim"]: item for item in items}.values())
        return unique[:MAX_ITEMS]

    def _who(self, found: Attribution, number: int) -> dict[str, Any]:
        others = [s for s in self.speakers if s != found.speaker]
        others = sorted(others, key=lambda s: abs(len(s) - len(found.speaker)))[:3]
        options = [{"text": self.display(found.speaker), "correct": True}]
        options += [{"text": self.display(s)} for s in others]
        return _question(
            f"draft-who-{number}",
            "single_choice",
            self.words["who_prompt"].format(quote=self.quoted(found.content, 120)),
            options=options,
            explanation=self.explain(found),
            evidence=[self.evidence(found)],
            tags=[DRAFT_TAG, "attribution", f"{found.label}-source"],
        )

    def match(self) -> list[dict[str, Any]]:
        quoted = [a for a in self.analysis.attributions if a.kind in ("direct", "mixed")]
        pairs, lefts = [], set()
        for found in sorted(quoted, key=_interest):
            opening, closing = ("« ", " »") if self.analysis.language == "fr" else ("“", "”")
            left = opening + self.quoted(found.content, 90) + closing
            if left not in lefts and len(pairs) < MAX_PAIRS:
                lefts.add(left)
                pairs.append((found, left))
        rights = {self.display(f.speaker) for f, _ in pairs}
        if len(pairs) < 2 or len(rights) < 2:
            return []
        pairs.sort(key=lambda pair: pair[0].content[0])
        cues = "; ".join(f"« {self.cue_phrase(f)} »" for f, _ in pairs if f.cue)
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
        for found in self.analysis.attributions:
            mention = found.speaker_mention or found.source
            if found.label != "anonymous" or mention is None or found.speaker in seen:
                continue
            seen.add(found.speaker)
            words = self.passage(mention)
            questions.append(
                _question(
                    f"draft-locate-{len(questions) + 1}",
                    "locate",
                    self.words["locate_prompt"].format(quote=self.quoted(found.content, 100)),
                    answer=[words],
                    explanation=self.words["explain_locate"].format(mention=words),
                    evidence=[self.evidence(found)],
                    tags=[DRAFT_TAG, "anonymous-source"],
                )
            )
        return questions

    def true_false(self) -> list[dict[str, Any]]:
        if len(self.speakers) < 2:
            return []
        chosen = sorted(self.quotable(), key=_interest)[:MAX_TRUE_FALSE]
        chosen = chosen[: len(chosen) - len(chosen) % 2]
        return [self._statement(found, n, n % 2 == 1) for n, found in enumerate(chosen, 1)]

    def _statement(self, found: Attribution, number: int, true: bool) -> dict[str, Any]:
        speaker = found.speaker
        if not true:
            speaker = next(s for s in reversed(self.speakers) if s != found.speaker)
        template = self.words["explain_true" if true else "explain_false"]
        return _question(
            f"draft-true-false-{number}",
            "true_false",
            self.words["tf_prompt"].format(
                speaker=_in_sentence(self.display(speaker)),
                quote=self.quoted(found.content, 110),
            ),
            answer=true,
            explanation=template.format(explanation=self.explain(found)),
            evidence=[self.evidence(found)],
            tags=[DRAFT_TAG, "attribution"],
        )


def _in_sentence(speaker: str) -> str:
    """ "Un conseiller" inside a sentence is "un conseiller"; names keep their capitals."""
    first, _, rest = speaker.partition(" ")
    if rest and first.lower() in _DETERMINERS:
        return first.lower() + " " + rest
    return speaker


_DETERMINERS = {"un", "une", "le", "la", "les", "des", "certains", "certaines", "plusieurs",
                "a", "an", "the", "some", "several", "many", "de", "d'autres"}  # fmt: skip


def _interest(found: Attribution) -> tuple:
    """Quotations first, then the surest findings, then in the article's order."""
    kinds = {"direct": 0, "mixed": 1, "indirect": 2, "according_to": 3}
    return (kinds[found.kind], -found.confidence, found.content[0])


def _question(question_id: str, kind: str, prompt: str, **fields: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"id": question_id, "type": kind, "prompt": prompt}
    data.update({key: value for key, value in fields.items() if value not in (None, "", [])})
    return data
