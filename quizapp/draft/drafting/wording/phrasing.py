"""How a drafted question words what the article says: a quotation's own words between
quotation marks, reported speech as reported (« qui affirme que … », never between quotation
marks as if quoted), the verb agreeing with a plural speaker, and explanations a student learns
from (the cue, the speaker and why that makes this kind of source). The words themselves come
from the lexicon's ``wording`` table.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from quizapp.draft.drafting.wording.clauses import in_own_sentence, is_clause
from quizapp.draft.drafting.wording.described_as import with_be
from quizapp.draft.drafting.wording.explanation_words import (
    VOWELS,
    of_phrase,
    quoted_with_cue,
    reason_wording,
    with_pronoun,
)
from quizapp.draft.drafting.wording.object_infinitive import with_should
from quizapp.draft.drafting.wording.passages import (
    cut_at_phrase,
    cut_inside,
    inner_marks,
    reported_cut,
    reported_marks,
    shorten,
    stop_outside,
    whole_number,
)
from quizapp.draft.drafting.wording.pronouns import pronoun_first
from quizapp.draft.drafting.wording.reported_words import (
    cue_object,
    infinitive_first,
    reportable,
    spoken,
    with_article,
    without_incise,
)
from quizapp.draft.drafting.wording.sentence_case import (
    CommonWords,
    accented,
    after_that,
    lede_cased,
    past_connective,
)
from quizapp.draft.drafting.wording.speaker_openings import in_sentence, opening_words, takes_plural
from quizapp.draft.findings import Analysis, Attribution, Claim, Span
from quizapp.draft.words.lexicon import fold, load


def _opens_on_that(text: str, that: list[str], quoted_only: bool = True) -> bool:
    """A quotation that opens on the conjunction itself (« « qu'un maire… » »): the words
    outside it, cue and « que », are not the content's, so it would say « que » twice. Not
    ``quoted_only``, reported words too (French: « que le risque zéro n'existe pas », the
    cue's « que » taken into the content made « qui affirme que que … », ui38; English "that
    that meant…" is the demonstrative, and reads right)."""
    bare = re.sub(r'^[«“"]\s*', "", text)
    if quoted_only and bare == text:
        return False
    bare = bare.lower().replace("’", "'")
    return any(bare.startswith(form.replace("’", "'")) for form in that)


@cache
def _common(language: str) -> CommonWords:
    """A language's common words, gathered once (``sentence_case.CommonWords``)."""
    return CommonWords(language)


def _lowered(before: str, after: str) -> bool:
    """Whether ``after_that`` set the sentence's first word in lower case: an infinitive
    with a capital opens the sentence as its subject (« Prendre un train sera compliqué »),
    never as the object « affirme » takes with no « que » (ui38)."""
    at = len(before) - len(after)
    return before[at : at + 1].isupper() and after[:1].islower()


class Phrasing:
    """The words of the questions drafted on one analysis."""

    def __init__(self, analysis: Analysis, wording: dict) -> None:
        self.analysis = analysis
        self.words = wording
        self._shown: dict[str, str] = {}  # each speaker as ``display`` names it
        self.names = {key: name for key, (name, _) in wording["label_names"].items()}
        self.descriptions = {key: text for key, (_, text) in wording["label_names"].items()}

    def passage(self, span: Span) -> str:
        return self.analysis.passage(span)

    def quoted(self, span: Span, limit: int) -> str:
        """A passage to put between quotation marks, its own marks the inner kind."""
        language = self.analysis.language
        return inner_marks(shorten(self.passage(span), limit, language).rstrip(",; "), language)

    def reported(self, text: str) -> str:
        """Reported content as the object of « affirme … »: « que 47 % … », « vouloir … »."""
        text = reported_cut(text, language=self.analysis.language)
        text = self.lede_cased(text)  # "claims that A TOWN council's…" (questions52)
        if self.analysis.language == "fr":
            text = accented(text, opening_words().unaccented_capitals)
        capital = in_sentence(text) != text  # « Quatre », « Outre »: a capital, no infinitive
        # marks its ends leave open closed, English too: "…has "found the layout broadly
        # acceptable?" showed the student one mark (teacher58)
        text = reported_marks(in_sentence(text), self.analysis.language)
        dropped, connectives = opening_words().dropped_openers, opening_words().dropped_connectives
        before = text
        common = _common(self.analysis.language)
        text = after_that(text, self.analysis.text, dropped, common, connectives)
        capital = capital or _lowered(before, text)  # « Prendre un train sera… »: a subject
        if _opens_on_that(text, self.words["that"], self.analysis.language != "fr"):
            return text  # « « qu'un maire empêché… » »: no « que « qu'un… » »
        first = text.split(" ", 1)[0]
        if self.analysis.language == "fr" and not capital and infinitive_first(text):
            return text  # an infinitive: « affirment vouloir lancer … », « ne pas connaître … »
        if self.analysis.language != "fr" and first == "to":
            return text
        that, elided = self.words["that"]
        return (elided if text[:1].lower() in VOWELS else that) + text

    def standing_alone(self, span: Span) -> Span:
        """The words of ``span`` as a question shows them alone: past an opening coordinator
        or connective (« Mais », « Pourtant, », "However,": ``past_connective``), which ties
        them to a sentence the question does not show (truefalse50)."""
        words = opening_words()
        at = past_connective(self.passage(span), words.dropped_connectives, words.dropped_openers)
        return (span[0] + at, span[1])

    def cue_object(self, found: Attribution) -> bool:
        """A French verb's object, asked in no « qui affirme que … » (``reported_words``)."""
        return cue_object(self.analysis, found, opening_words().clause_openers)

    def is_quotation(self, found: Attribution) -> bool:
        return found.kind == "direct"

    def pronoun_led(self, found: Attribution | Claim) -> bool:
        """Whether the reported words of ``found``, or the article's own unsourced sentence,
        open on a pronoun or demonstrative that, out of the article, stands for nobody
        (``wording.pronouns``, prompts49: « Qui affirme qu'elle ne reculerait pas »;
        truefalse50: « c'est Willy Schraen qui affirme qu'il n'a pas survécu »). A quotation
        is never: its words are the speaker's own, and « Qui dit « Il a clairement abusé… » ? »
        asks who spoke them, as the built-in set does."""
        if isinstance(found, Claim):
            return pronoun_first(self.analysis, self.standing_alone(found.span))
        shown = self.standing_alone(found.content)  # « Mais il… » reads « qu'il… »
        return not self.is_quotation(found) and pronoun_first(self.analysis, shown)

    def display(self, speaker: str) -> str:
        """The speaker as a question names it: an impersonal voice as such, and a French
        one with the article the text gives it (``reported_words.with_article``). Worked out
        once per speaker: the options compare every pair of speakers for every question,
        and each French look-up read the whole text (long55: 33,000 at 1,800 words)."""
        shown = self._shown.get(speaker)
        if shown is None:
            shown = self._shown[speaker] = self._display(speaker)
        return shown

    def _display(self, speaker: str) -> str:
        if self.impersonal(speaker):
            return self.words["impersonal"]
        speaker = self.lede_cased(speaker)  # "AN angry resident" (questions52)
        if self.analysis.language != "fr":
            return speaker
        return with_article(speaker, self.analysis.text)

    def lede_cased(self, text: str) -> str:
        """``text`` past a lede's run of capitals (``sentence_case.lede_cased``)."""
        common = _common(self.analysis.language)
        return lede_cased(text, self.analysis.text, opening_words().lede_openers, common)

    def impersonal(self, speaker: str) -> bool:
        """An impersonal voice, the lexicon's ``impersonal`` (« on », "it is understood",
        "been advised"): a question names it as a voice (teacher17 read « According to the
        article, it is understood says: “…” », « In the article, been advised is a named
        source »; teacher13 had done so for « on »)."""
        return fold(speaker) in load(self.analysis.language).word_set("impersonal")

    def forms(self, speaker: str) -> dict[str, str]:
        """The verb's forms for ``speaker``: plural when it reads as many (``takes_plural``)."""
        plural = takes_plural(speaker, self.analysis.language)
        return self.words["verb_forms"]["plural" if plural else "singular"]

    def said(self, found: Attribution, template: str, limit: int, **fields: str) -> str:
        """A prompt on what a source said: its own words quoted, or its content reported."""
        forms = self.forms(fields.get("speaker", ""))
        found = replace(found, content=whole_number(self.analysis.text, found.content))
        words = self.passage(found.content)
        going_on = load(self.analysis.language).word_set("determiners")
        going_on |= opening_words().complement_openers
        cue = self.passage(found.cue) if found.cue else ""  # "urged X to…": "X should…"
        lang = self.analysis.language
        should = with_should(words, cue, lang, going_on) or with_be(words, cue, lang)
        if self.is_quotation(found) or not (
            _opens_on_that(words, self.words["that"])
            or reportable(words, self.analysis.language)
            or should
        ):
            quote = self.quoted(spoken(self.analysis, found), limit)
            text = self.words[template].format(quote=quote, **forms, **fields)
            return stop_outside(text)
        said = without_incise(self.analysis, found, going_on)
        reworded = with_should(said, cue, lang, going_on) or with_be(said, cue, lang)
        reported = self.reported(reworded or said)
        return self.words[template + "_reported"].format(reported=reported, **forms, **fields)

    def explain(self, found: Attribution) -> str:
        """The cue as the reader sees it, then why it makes this kind of source."""
        speaker = in_sentence(self.display(found.speaker))
        reason = self.words["label_reasons"][found.label].format(speaker=speaker)
        if found.cue is None:
            text = self.words["explain_no_cue"].format(
                speaker=speaker, of_speaker=of_phrase(speaker), reason=reason
            )
        else:
            text = self.words["explain_attribution"].format(
                cue=self.cue_phrase(found), reason=reason
            )
        if found.via and found.label != "named":
            text += self.words["explain_relay"].format(via=self.display(found.via))
        return text

    def cue_phrase(self, found: Attribution) -> str:
        """The cue with its relay and, when they stand together, the source's own words:
        « selon la presse locale », « a confié à Politico »."""
        assert found.cue is not None
        span = found.cue
        source = found.speaker_mention or found.source
        relatives = opening_words().apposition_relatives
        if source is not None and quoted_with_cue(
            self.analysis.text, span, source, found.content, relatives
        ):
            span = (min(span[0], source[0]), max(span[1], source[1]))
        span = with_pronoun(self.analysis.text, span, load(self.analysis.language))  # « she told »
        cue = self.passage(span)
        if cue.count("(") > cue.count(")"):  # « Selon le premier syndicat (Snes-FSU) »
            closing = self.analysis.text.find(")", span[1], span[1] + 30)
            cue = self.passage((span[0], closing + 1)) if closing >= 0 else cue
            span = (span[0], max(span[1], closing + 1))
        if found.via:
            after = self.analysis.text[span[1] : span[1] + 40]
            at = after.find(found.via)
            if 0 <= at <= 12:
                cue += after[: at + len(found.via)]
        return cue

    def explain_claim(self, claim: Claim) -> str:
        """Why an unsourced passage is a fact, the outlet's own voice (in the words the
        claim's reason calls for: ``explanation_words.reason_wording``) or its label."""
        if claim.label == "fact":
            return self.words["explain_fact"]
        if claim.label != "author":
            description = self.descriptions[claim.label]
            return self.words["explain_label"].format(
                label=self.names[claim.label], description=description[:1].lower() + description[1:]
            )
        lex = load(self.analysis.language)
        reason = reason_wording(claim.reason, self.passage(claim.span), lex, self.words)
        return self.words["explain_author"].format(reason=reason)

    def explain_finding(self, index: int) -> str:
        """The explanation of finding ``index`` (attributions first, then claims)."""
        count = len(self.analysis.attributions)
        if index < count:
            return self.explain(self.analysis.attributions[index])
        return self.explain_claim(self.analysis.unattributed[index - count])

    def whole(self, span: Span, *, sentence: bool) -> bool:
        """A claim to classify is a sentence or a clause, never a piece of one; the outlet's
        own (``sentence``) a sentence of the article as written (``in_own_sentence``)."""
        language = self.analysis.language
        if sentence and not in_own_sentence(self.analysis.text, span, language):
            return False
        return is_clause(self.passage(span), language, sentence=sentence)

    def opening(self, para: Span) -> str:
        """The first words of a paragraph, to name it as the student sees it; a quotation
        mark in them becomes the inner kind, as in ``quoted`` (teacher13: « «La
        circulation… » opened a prompt with two marks). A quotation the five words cut
        ends on the cut (« “L’un des petits était à…” », ``cut_inside``). Cut words end on
        a phrase (``cut_at_phrase``: « La mairie assure de son… » now reads « La mairie assure… »,
        ui44)."""
        words = self.passage(para).split()
        opening = " ".join(words[:5])
        if len(words) > 5:
            opening = cut_at_phrase(opening, self.analysis.language)
        # never an empty « » (teacher15), nor a full stop before the « … » (« force.… »)
        opening = opening.rstrip(",;:.«“‘\"' ")
        return cut_inside(opening, inner_marks(opening, self.analysis.language))
