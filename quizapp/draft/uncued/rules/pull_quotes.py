"""Quotations a headline or a subhead sets out as the framing of an article, pull quotes: whose
words they are, the speaker of a finding below that quotes them again, or, for a quoted
subhead in the first person, whoever speaks first under it.

Out of headlines.py since headlines34: that module reads a framing paragraph's own findings
(its cue, its source after a colon or in brackets); this one reads the findings of the whole
article against the framing quotations, once every sentence was read."""

from __future__ import annotations

import re
from dataclasses import replace

from quizapp.draft.findings import Attribution
from quizapp.draft.shapes.detect.view import overlap
from quizapp.draft.text.segment import Span, words_in
from quizapp.draft.uncued.rules.headlines import SUBHEAD_WORDS
from quizapp.draft.words.lexicon import Lexicon, fold, folded_words

_QUOTED_LINE = re.compile(r"\s*[«“\"]\s*(?P<said>[^«»“”\"]+?)\s*[»”\"]\s*")


def spoken_subheads(
    found: list[Attribution], paras: list[Span], text: str, lex: Lexicon
) -> list[Attribution]:
    """A quoted subhead that speaks in the first person (« «Nous avons pris des mesures» »,
    « «Je commençais à être très mal» », lexicon ``first_person_words``) is the words of
    the finding below that quotes it again, or else of whoever speaks first under it, within
    a few paragraphs. Other quoted subheads (« «Une situation catastrophique» ») stay the
    outlet's framing: in the corpus those are keyed one time in three, these nine times in
    eleven by the blind keys since blind10 (recall16, recall18); unless a finding below
    quotes their words again, five words or more (« «Plus de toit, plus rien» » over « "…
    Plus de toit, plus rien. On a tout perdu", raconte Daniel »): those are keyed 11 times of
    20 in the corpus, and the later finding's speaker is the key's 9 times (cueless30).
    A headline's quotation after its colon is read the same way (``_closing_pull``)."""
    first_person = lex.word_set("first_person_words")
    if not first_person:
        return found
    added = []
    for index, para in enumerate(paras):
        said = _quoted_framing(text, para, index)
        if said is None:
            pulled = _closing_pull(found, text, para, lex) if index == 0 else None
            added += [pulled] if pulled else []
            continue
        if any(overlap(a.content, said) for a in found):
            found = _pulled_from_body(found, text, said, para[1]) if index == 0 else found
            continue
        subhead = _subhead_said_below(found, text, said, para[1], first_person)
        if subhead is not None:
            added.append(subhead)
    return sorted(found + added, key=lambda a: a.content[0]) if added else found


def _subhead_said_below(
    found: list[Attribution], text: str, said: Span, after: int, first_person: frozenset[str]
) -> Attribution | None:
    """The quoted subhead ``said`` as the words of a speaker below ``after``: a short one in
    the first person (whoever speaks first under it, when no finding quotes it again), else
    one long enough that a finding quoting it again is no set phrase; None for the rest,
    which stay the outlet's framing."""
    length = words_in(text, said)
    speaks = length <= SUBHEAD_WORDS and _speaks(text, said, first_person)
    if not speaks and length < _QUOTED_AGAIN_WORDS:
        return None
    speaker = quoting_again(found, text, said, after, speaks)
    return None if speaker is None else _as_subhead(speaker, said)


_UNDER_SUBHEAD = 600  # characters: the first paragraphs of the section the subhead opens
_QUOTED_AGAIN_WORDS = 5  # a subhead in no person said again below: fewer words, a set phrase
# a headline opening on a quotation, then a colon (« "L'État me laisse tomber" : un boulanger
# ferme… », « Témoignages "Ça m'a rongé" : … »): one word may come before it
_QUOTED_HEADLINE = re.compile(r"\s*(?:[\w-]+\s+)?[«“\"]\s*(?P<said>[^«»“”\"]+?)\s*[»”\"]\s*:")


def _quoted_framing(text: str, para: Span, index: int) -> Span | None:
    """The words of a quoted subhead, or of a quotation opening the headline before a colon."""
    if index == 0:
        line = _QUOTED_HEADLINE.match(text, para[0], para[1])
    else:
        line = _QUOTED_LINE.fullmatch(text, para[0], para[1])
    return line.span("said") if line else None


# a headline's quotation right after its colon, or after a comma past it: « Boulangerie en feu :
# « Une vie de travail » », « Punaises de lits : près de 50 signalements, «pas de cas avérés» »;
# not one inside a phrase, scare quotes (« Remaniement : vers une annonce avant "ce week-end" ? »);
# what follows it is read by ``_ends_its_phrase``
_CLOSING_HEADLINE = re.compile(
    r"[^«»“”\"]*?:\s*(?:[^«»“”\":]*?,\s*)?[«“\"]\s*(?P<said>[^«»“”\"]+?)\s*[»”\"](?P<rest>.*)"
)


def _closing_pull(
    found: list[Attribution], text: str, para: Span, lex: Lexicon
) -> Attribution | None:
    """A quotation a headline sets after a colon, three words at least (fewer: scare quotes),
    that no finding took: the topic before the colon names no speaker, so the words are the
    pull quote of the finding below that quotes them again, whoever it is, or, in the first
    person, of whoever speaks first under it when that first finding is itself a quotation
    in the first person (headlines34: the whole corpus's French keys hold 10 of the 11 it
    adds, blind27-33 three of three). A minister's judgement under « « Nous ne céderons
    pas » » may answer the other side's words (mend34d)."""
    line = _CLOSING_HEADLINE.match(text, para[0], para[1])
    if line is None or words_in(text, line.span("said")) < _PULLED_WORDS:
        return None
    if not _ends_its_phrase(line.group("rest"), lex):
        return None
    said = line.span("said")
    if any(overlap(a.content, said) for a in found):
        return None
    again = quoting_again(found, text, said, para[1], False)
    first_person = lex.word_set("first_person_words")
    if again is None and _speaks(text, said, first_person):
        again = _speaking_first(found, text, para[1], first_person)
    return _as_subhead(again, said) if again else None


def _ends_its_phrase(rest: str, lex: Lexicon) -> bool:
    """Nothing after the quotation but the headline's end, a colon, or a phrase opening on
    a preposition or a conjunction (« "un immense succès" pour l'Europe », « «…», mais
    encore des questions »). A noun phrase set after it by a comma names what the quoted
    words are, a book's title or a date (« Santé : « Je ne regrette rien », le livre d'un
    médecin », « Budget : « la fin du mois », date butoir… »): nobody's words (mend34d)."""
    rest = rest.strip()
    if not rest or rest[0] in ":?!.…":
        return True
    words = folded_words(rest.lstrip(", "))
    return bool(words) and words[0] in lex.word_sets("article_leads", "non_noun_openers")


def _speaking_first(
    found: list[Attribution], text: str, end: int, first_person: frozenset[str]
) -> Attribution | None:
    """The first finding under the headline (ending at ``end``), when it is a direct
    quotation in the first person: the voice the headline's own « je » or « nous » is."""
    near = [a for a in found if end <= a.content[0] <= end + _UNDER_SUBHEAD]
    first = min(near, key=lambda a: a.content[0]) if near else None
    if first is None or first.kind != "direct":
        return None
    return first if _speaks(text, first.content, first_person) else None


def _speaks(text: str, span: Span, first_person: frozenset[str]) -> bool:
    """A word of the first person among the quotation's (« j'ai » read as « j' » « ai »)."""
    words = folded_words(text[span[0] : span[1]])
    return any(w in first_person for w in words)


def quoting_again(
    found: list[Attribution], text: str, said: Span, end: int, speaks: bool
) -> Attribution | None:
    """The first finding after the subhead (ending at ``end``) whose words hold the
    subhead's again (a pull quote), anywhere below it; else, for a subhead that ``speaks``
    in the first person, the first one under it."""
    after = [a for a in found if a.content[0] >= end]
    words = _plain_words(text[said[0] : said[1]])
    again = [a for a in after if words in _plain_words(text[a.content[0] : a.content[1]])]
    near = [a for a in after if a.content[0] <= end + _UNDER_SUBHEAD] if speaks else []
    return min(again or near, key=lambda a: a.content[0]) if again or near else None


def _pulled_from_body(
    found: list[Attribution], text: str, said: Span, end: int
) -> list[Attribution]:
    """« "Tout a brûlé" : la colère des habitants… » over a body where Paul X says « Tout a
    brûlé en une nuit »: a headline's opening quotation that a finding of the body quotes
    again is a pull quote, that finding's speaker's words, whatever the headline's colon
    puts after it (a feeling or a movement, « la fronde des maires », named no one who
    speaks). Three words at least, so that a set phrase is not taken for the same words.
    Only the colon's phrase naming no one is rewritten: « "…" : Anne Morel répond » keeps
    her, whoever quotes her words back below (``_colon_phrase``, mend33d)."""
    if words_in(text, said) < _PULLED_WORDS:
        return found
    again = quoting_again(found, text, said, end, False)
    if again is None:
        return found
    return [
        replace(a, source=None, speaker=again.speaker, speaker_mention=None, label=again.label)
        if overlap(a.content, said) and a.speaker != again.speaker and _colon_phrase(text, a, said)
        else a
        for a in found
    ]


def _colon_phrase(text: str, finding: Attribution, said: Span) -> bool:
    """The source is the phrase after the colon, with no cue and no capitalised word after
    its first (« la colère des habitants », not « la maire Anne Morel »): no one speaks."""
    if finding.source is None or finding.cue is not None or finding.source[0] < said[1]:
        return False
    words = text[finding.source[0] : finding.source[1]].split()
    return not any(word[:1].isupper() for word in words[1:])


_PULLED_WORDS = 3  # a headline quotation's words at least, to be read as the body's again


def _plain_words(passage: str) -> str:
    return " ".join(re.findall(r"\w+", fold(passage)))


def _as_subhead(first: Attribution, said: Span) -> Attribution:
    return Attribution(said, None, None, first.speaker, None, "direct", first.label, first.via, 0.5)
