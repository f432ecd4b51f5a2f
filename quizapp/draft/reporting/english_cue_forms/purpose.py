"""English reporting infinitives of purpose: "Locals took to Facebook to vent their
frustration", "Residents attended the meeting to voice their concerns", "A resident
contacted the paper to express his dismay". The infinitive after "to" is no finite verb,
and most such infinitives are only intended or asked for ("plans to voice", "invited to
express", "a chance to say"); after a verb of going, gathering, contacting or posting
(lexicon ``purpose_leads``) the act was done to say it, so the words were said, and the
subject of that verb says them, as the subject of a participle cue does (english55).
"""

from __future__ import annotations

from quizapp.draft.reporting.cue_forms.phrases import match_phrase
from quizapp.draft.reporting.english_cue_forms.unstated import denied
from quizapp.draft.words.lexicon import Lexicon, finite_or_auxiliary

# how far before the "to" the verb of the act may stand ("attended the town council's
# planning, lighting and highways meeting at Fairland Hall to voice…": fourteen words)
_REACH = 16


def purpose_infinitive(words: list[str], index: int, lex: Lexicon) -> int:
    """How many words the infinitive at ``index`` takes ("say", "point out"), or 0: a phrase
    of lexicon ``purpose_infinitives`` after "to", and a phrase of ``purpose_leads`` in the
    same clause before that "to", with no intention, request or other "to" between."""
    if lex.language != "en" or index < 2 or words[index - 1] != "to":
        return 0
    length = match_phrase(words, index, lex.phrases("purpose_infinitives"))
    if not length or not _reports(words, index, length, lex):
        return 0
    return length if purpose_lead(words, index - 1, lex) is not None else 0


def _reports(words: list[str], index: int, length: int, lex: Lexicon) -> bool:
    """An infinitive of ``purpose_clause_infinitives`` reports a clause, not a noun phrase
    ("gathered at the cenotaph to say a prayer for the fallen", "to say thank you", "to add a
    second goal" say nothing): "that", a finite verb or a mark before the next mark
    (mend55c)."""
    if words[index] not in lex.word_set("purpose_clause_infinitives"):
        return True
    after, clause_words = words[index + length :], lex.word_set("clause_finite_words")
    if not after or not after[0][:1].isalnum():
        return True  # "went on to say: “…”"
    for word in after:
        if word == "that" or word in clause_words or word in finite_or_auxiliary(lex):
            return True
        if not word[:1].isalnum():
            return False
    return False


def purpose_lead(words: list[str], to: int, lex: Lexicon) -> int | None:
    """Where the phrase of ``purpose_leads`` opens between the clause's edge and the "to" at
    ``to``, when its act was done; None otherwise. Its subject says what the infinitive
    reports (clause/subjects/purpose.english_purpose_subject)."""
    leads = lex.phrases("purpose_leads")
    if words[to - 1] in lex.word_set("purpose_barriers"):
        return None  # "a chance to say", "were asked to voice": intended, not done
    for at in range(to - 1, max(-1, to - _REACH), -1):
        if match_phrase(words, at, leads):
            return at if _done(words, at, lex) else None
        inside_lead = at > 0 and match_phrase(words, at - 1, leads) > 1  # the "to" of "took to"
        if words[at] in lex.word_set("purpose_edges") and not inside_lead:
            return None
    return None


def _done(words: list[str], lead: int, lex: Lexicon) -> bool:
    """The act at ``lead`` was done: no "to", modal or word of intention right before it,
    past one or two adverbs ("will attend", "plan to attend", "were invited to attend"), and
    no subject that negates it ("Nobody took to social media to…", mend55c: ``denied``)."""
    at = lead - 1
    while at >= 0 and lead - at <= 2 and purpose_adverb(words[at], lex):
        at -= 1
    barred = at >= 0 and (words[at] == "to" or words[at] in lex.word_set("purpose_barriers"))
    return not barred and not denied(words, lead, lex)


def purpose_adverb(word: str, lex: Lexicon) -> bool:
    """An adverb between a purpose's act and its subject or modal ("will only attend",
    "residents duly gathered"): lexicon ``purpose_adverbs`` or any word in "-ly". Short ones
    too (tidy56: the subject's side had asked for five letters): right before a verb the
    English corpus holds no short word in "-ly" but "only" (« only be », « only afford »),
    while "fly", "july", "rely" and "ally" stand before nouns, "on" and "and"."""
    return word in lex.word_set("purpose_adverbs") or word.endswith("ly")
