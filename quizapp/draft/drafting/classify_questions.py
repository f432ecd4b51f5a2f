"""Classify questions: per paragraph, its claims with at least two labels between them, and
one over the paragraphs too thin for their own."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from quizapp.draft.drafting.draft_base import (
    DRAFT_TAG,
    MAX_ITEMS,
    DraftBase,
    question,
)
from quizapp.draft.drafting.wording.clauses import has_verb, is_clause
from quizapp.draft.drafting.wording.passages import reported_marks, shorten
from quizapp.draft.drafting.wording.reported_words import incise_end, spoken
from quizapp.draft.findings import Analysis, Attribution, Claim, Span
from quizapp.draft.text.segment import paragraphs
from quizapp.draft.words.folding import folded_words
from quizapp.draft.words.lexicon import fold
from quizapp.model.text import overlap

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_STOPS = tuple('.!?…»”"')  # a quotation's piece ending on one is a sentence as written
_CUT_ENDS = " ,;:\"”»’'"  # what ends a quotation's piece before its cue (``spoken``'s)
# a kicker is a few words as written (« l'eau » one): a longer part before a colon may be a claim
KICKER_WORDS = 6


class ClassifyQuestions(DraftBase):
    """Drafts the classify questions."""

    def classify(self) -> list[dict[str, Any]]:
        questions, spare = [], []
        paras = paragraphs(self.analysis.text)
        found, claims = _by_paragraph(paras, self.analysis)
        for number, para in enumerate(paras, 1):
            self.steps.go_on()
            items = self._items_in(para, found[number - 1], claims[number - 1])
            if len({item["label"] for item in items}) >= 2:
                prompt = self.words["classify_prompt"].format(opening=self.opening(para))
                prompt = prompt.replace("…”…", "…”")  # the cut said once (``cut_inside``)
                questions.append(self._classify(f"draft-classify-{number}", prompt, items))
            else:
                spare += items
        if len({item["label"] for item in spare}) >= 2 and len(spare) >= 3:
            prompt = self.words["classify_prompt_article"]
            questions.append(self._classify("draft-classify-article", prompt, spare[:MAX_ITEMS]))
        return questions

    def _classify(self, question_id: str, prompt: str, items: list) -> dict[str, Any]:
        return question(question_id, "classify", prompt, items=items,
                         explanation=self.words["classify_explain"],
                         tags=[DRAFT_TAG, "attribution"])  # fmt: skip

    def _items_in(
        self, para: Span, found: list[Attribution], unsourced: list[Claim]
    ) -> list[dict[str, Any]]:
        """The statements of paragraph ``para`` to sort, found and unsourced (``found`` and
        ``unsourced`` open in it), each once and in the article's order: a passage someone
        is found to say, or a whole quotation nobody was found to say (sanity23), is never
        also offered as the outlet's own."""
        inside = self.statements(
            lambda a: self.whole(a.content, sentence=False), found
        )  # two readings of one statement are one claim, never two with two labels
        claims = self._unsourced_items(unsourced, inside)
        items = [
            self._item(words, a.label, self.evidence(a), self.explain(a))
            for a in inside
            if not self.wish_against(a) and (words := self._own_words(a))
        ]  # a negated wish's clause is no claim, nor the outlet's own (mend57d)
        items += [self._item(self.passage(c.span), c.label, self.passage(c.span),
                             self.explain_claim(c)) for c in claims]  # fmt: skip
        items.sort(key=lambda item: self.analysis.text.find(item["evidence"]))
        unique = list({item["claim"]: item for item in items}.values())
        return unique[:MAX_ITEMS]

    def _unsourced_items(self, unsourced: list[Claim], inside: list[Attribution]) -> list[Claim]:
        """The unsourced claims a paragraph offers to sort: a whole sentence (or the outlet's
        framing), no dateline nor kicker, and never words someone is found to say (a finding
        of the paragraph, ``inside``, overlaps it, a finding mostly holds it, or it is a whole
        quotation): those are not also the outlet's own."""
        return [
            c
            for c in unsourced
            if (c.reason == "framing" or self.whole(c.span, sentence=True))
            and not self._dateline(c.span)
            and not self._kicker(c)
            and not any(overlap(c.span, a.content) for a in inside)
            and not self.analysis.said_within(c.span)
            and not self.quoted_claim(c)
        ]

    def _own_words(self, found: Attribution) -> str:
        """The words of ``found`` to classify, without its cue and source when they lie inside
        its content (teacher48: « …people use," said councillor Martin Greaves […] » gave the
        student the answer): a quotation cut by its own cue shows the piece ``spoken`` gives,
        other content the words around a cue and source set off by commas (« Chacun de ces
        territoires, a-t-il affirmé, a contribué… »), with the narration ending the incise
        (« …, a-t-il dit lors du conseil, … »: ``incise_end``). What is left must still be a
        claim (``whole``), or the statement is left out, as a piece of a sentence is; so is one
        whose cue and source cannot be cut out ("X has been slammed by a councillor for…")."""
        inside = [s for s in (found.cue, found.source) if s and found.content[0] < s[0]]
        inside = [s for s in inside if s[0] < found.content[1]]
        if not inside:
            return self.passage(found.content)
        if found.kind == "direct":
            return self._quoted_words(found, min(s[0] for s in inside))
        text = self.analysis.text
        before = text[found.content[0] : min(s[0] for s in inside)].rstrip()
        resumed = incise_end(text, max(s[1] for s in inside), found.content[1])
        after = text[resumed : found.content[1]].lstrip()
        if not before.endswith(",") or not after.startswith(","):
            return ""
        words = before.rstrip(", ") + " " + after.lstrip(", ")
        return words if is_clause(words, self.analysis.language, sentence=False) else ""

    def _quoted_words(self, found: Attribution, cut: int) -> str:
        """A quotation's piece before its cue (at ``cut``) when it is a sentence, its comma
        standing for its full stop (« « C'est très satisfaisant », a-t-elle déclaré dimanche,
        « à la fois… » »: the second piece would start on the narrator's « dimanche »), else
        the piece ``spoken`` gives when that one is; else none."""
        first = self.analysis.text[found.content[0] : cut].rstrip(_CUT_ENDS)
        for words in (first, self.passage(spoken(self.analysis, found)).rstrip(" ,;:")):
            stopped = words if words.endswith(_STOPS) else words + "."
            if is_clause(stopped, self.analysis.language, sentence=False):
                return words
        return ""

    def _dateline(self, span: Span) -> bool:
        """A line that only dates the article or names its outlet (« Publié le 2 décembre
        2025 - TNTV News », "Brighton and Hove News | 21 May 2025"): a year and no clause,
        no claim of the outlet's to classify (teacher16: the student was asked where it
        came from, « Le média lui-même »)."""
        passage = self.passage(span)
        if not _YEAR.search(passage) or len(passage.split()) > 12:
            return False
        months = self.lex.word_set("date_words")  # « 21 May 2025 »: no modal « may »
        undated = " ".join(w for w in passage.split() if fold(w) not in months)
        return not is_clause(undated, self.analysis.language, sentence=False)

    def _kicker(self, claim: Claim) -> bool:
        """A headline's bare noun phrase before its colon (« Prix du lait : les producteurs
        mobilisés… »): a kicker names the topic and claims nothing, so a student asked where
        it came from has nothing to classify (ui39's walk). Only a short part with no verb
        found, no participle ending (``kicker_participle_endings``: « Fête annulée »), no
        quotation mark and no determiner first (« L'entraîneur démissionne », whose present
        tense the verb lists may miss) counts: anything else may be a claim and is kept."""
        if claim.reason != "framing":
            return False
        if not self.analysis.text[claim.span[1] : claim.span[1] + 3].lstrip().startswith(":"):
            return False
        passage = self.passage(claim.span)
        words = folded_words(passage)  # « l'enquête » reads « l' », « enquête »
        if not words or len(passage.split()) > KICKER_WORDS or not passage[0].isalnum():
            return False
        endings = tuple(self.lex.raw.get("kicker_participle_endings", ()))
        determiners = self.lex.word_set("determiners")
        return (
            words[0] not in determiners
            and not any(word.endswith(endings) for word in words)
            and not has_verb(passage, self.analysis.language)
        )

    def _item(self, words: str, label: str, evidence: str, explanation: str) -> dict[str, Any]:
        claim = shorten(words, language=self.analysis.language).rstrip(
            " .,;-–—"
        )  # no "20,26 %.: ✔" in the feedback, no « …gens” - » before a source cut off,
        # no "…they can go," where an English quotation keeps its comma inside (ui40)
        claim = reported_marks(claim, self.analysis.language)  # a quotation its cue or cut left
        return {"claim": claim, "label": label, "evidence": evidence, "explanation": explanation}


def _by_paragraph(
    paras: list[Span], analysis: Analysis
) -> tuple[list[list[Attribution]], list[list[Claim]]]:
    """The findings and the claims opening in each paragraph, in the analysis's order: each
    paragraph's classify read them all again (cancel56: 870 paragraphs at 20,000 words)."""
    starts = [para[0] for para in paras]
    found: list[list[Attribution]] = [[] for _ in paras]
    claims: list[list[Claim]] = [[] for _ in paras]
    for attribution in analysis.attributions:
        at = _paragraph_of(starts, paras, attribution.content[0])
        if at is not None:
            found[at].append(attribution)
    for claim in analysis.unattributed:
        at = _paragraph_of(starts, paras, claim.span[0])
        if at is not None:
            claims[at].append(claim)
    return found, claims


def _paragraph_of(starts: list[int], paras: list[Span], offset: int) -> int | None:
    """The paragraph (by index) that ``offset`` lies in, if any (they are apart, in order)."""
    at = bisect_right(starts, offset) - 1
    return at if at >= 0 and offset < paras[at][1] else None
