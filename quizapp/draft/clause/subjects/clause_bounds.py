"""Where a clause starts and which words before a verb are no subject: the bounds the subject
finders of this package (``around_cue``, ``antecedent``, ``main_subject``) and the passives walk
back to. Apart from the walker itself because the passives and the object readers only need
the clause's start, not who speaks in it."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from operator import attrgetter

from quizapp.draft.clause.subjects.apposed_subject import FRONTED_ADJECTIVE
from quizapp.draft.names.naming.roles import words_before_a_noun
from quizapp.draft.reporting.english_cue_forms.english_subjects import no_verb
from quizapp.draft.shapes.detect.view import SentenceView, strip_span
from quizapp.draft.sources.speaker_phrases.source_dates import time_phrase
from quizapp.draft.text.segment import Span, Token
from quizapp.draft.text.sentence.sentence_parts import adverbial_opening
from quizapp.draft.words.folding import ENGLISH_LY, ment_adverb
from quizapp.draft.words.lexicon import Lexicon, built_once, fold, folded_words

_CLAUSE_BREAK = {",", ";", ":", "(", ")", "–", "—"}


@built_once
def skip_segment(lex: Lexicon) -> re.Pattern[str]:
    """A segment between commas that is no subject: words of the lexicon (``skip_segment_words``
    alone: « lui », « de son côté », "however"; ``skip_segment_openers`` then anything: « qui »,
    "asked"; ``skip_segment_heads`` then a space and more: « contacté par », « dans »;
    ``skip_segment_of`` before a capital: « de Québec solidaire »; a number, maybe with an
    ``age_words`` word: « 45 ans »; a time, read by its shape (``source_dates.time_phrase``:
    « mardi dernier », « la semaine passée », « le 3 mars »); an -ed participle before
    ``participle_adjunct_heads``: "interviewed on Tuesday"), or shapes that are no words: a
    party label ("R-Texas"), a participle in -ing or -ant, a fronted adjective, an adverb in
    -ly."""
    words = lex.one_of("skip_segment_words")
    openers = lex.one_of("skip_segment_openers")
    heads = lex.one_of("skip_segment_heads")
    of = lex.one_of("skip_segment_of")
    units = lex.one_of("age_words")
    adjuncts = lex.one_of("participle_adjunct_heads")
    ing = _not_a_modifier(lex)  # "X, citing documents, said", not "planning committee member"
    time = time_phrase(lex) if lex.language == "fr" else "(?!)"
    return re.compile(
        rf"^(?:{words}|{time}|[RDI]-[A-Z][\w.]*|(?:{openers})\b.*|(?:{heads})\s.*|"
        rf"(?-i:{ing}[a-z]+ing)\b.*|\d+(?:\s*(?:{units}))?|"  # "X, 45, said"
        r"(?-i:[a-zà-ÿ]{3,}ant)\s.*|"  # « Deux gendarmes, souhaitant l'interpeller, ont demandé »
        + FRONTED_ADJECTIVE
        + rf"|(?-i:[a-z]{{3,}}ed)\s+(?:{adjuncts})\s.*|"
        rf"(?-i:(?:{of})\s*[A-ZÀ-Ý]).*|"  # « X, de Québec solidaire, a dit »: X's party
        rf"(?-i:{ENGLISH_LY}))$",  # ", separately said"
        re.IGNORECASE,
    )


def fronted_adverb(word: str, lex: Lexicon) -> bool:
    """Whether ``word`` (the words before a sentence's first comma) is an adverb or a
    connective: a general word of the lexicon's ``fronted_connectives``, a French adverb in
    « -ment » longer than a first name (« Clément »), an English adverb in -ly of an
    adjective's ending ("Separately", "Critically", not "Emily"). Out of detect/fronted_adverb
    since tidy39, beside the other openings that are no subject."""
    folded = fold(word)
    if folded in lex.word_set("fronted_connectives"):
        return True
    if lex.language == "fr":
        return " " not in folded and ment_adverb(folded, longer_than=7)
    return re.fullmatch(ENGLISH_LY, folded) is not None


def no_subject_opening(piece: str, lex: Lexicon) -> bool:
    """Whether a piece before a comma opening a sentence is no subject: a segment
    ``skip_segment`` reads as none (« lui », « de son côté », « mardi », "however"), a fronted
    adverb or connective (« Surtout », « Rapidement », "Separately"), or an adverbial opener
    (« Face à ces attaques »): the one question the subject finders ask of such a piece
    (tidy39: main_subject asked the three apart)."""
    if skip_segment(lex).match(piece) or fronted_adverb(piece, lex):
        return True
    return adverbial_opening(lex).match(piece) is not None


def _not_a_modifier(lex: Lexicon) -> str:
    """A look-ahead that refuses an activity noun in -ing set before another noun ("planning
    committee member Cllr X", lexicon ``activity_ing_nouns``): a noun phrase, a subject, not
    a participle clause (english32). Before a function word it is a participle still
    ("planning to stand again")."""
    nouns = lex.one_of("activity_ing_nouns")
    if nouns in ("", "(?!)"):
        return ""
    return rf"(?!(?:{nouns})\s+(?!(?:{lex.one_of('function_words')})\b)[a-z])"


def participle_aside(segment: str, lex: Lexicon) -> bool:
    """ ", led by chair John Bassett,", ", run by the council,": an irregular participle and
    its agent set off between a subject and its verb (lexicon irregular_past_forms and
    aside_participles; skip_segment reads the regular ones, "chaired by") is no subject."""
    words = segment.split(maxsplit=2)
    if _adverb_then_participle(words, lex):
        return True
    if len(words) < 3 or words[1] != "by":
        return False
    first = fold(words[0])
    return first in lex.word_set("irregular_past_forms") or first in lex.word_set(
        "aside_participles"
    )


def _adverb_then_participle(words: list[str], lex: Lexicon) -> bool:
    """« Les élus, fortement mobilisés pour…, soulignent », « X, très inquiets, disent »: a
    French adverb (in « -ment », or one of the lexicon's ``manner_degree_words``) then a
    participle or an adjective describe the subject set before them; no noun phrase opens
    so, so the walk goes back to the subject. Not « notamment le maire » (a determiner) nor
    « notamment par X » (a preposition)."""
    if lex.language != "fr" or len(words) < 2:
        return False
    adverb = re.fullmatch(r"[a-zà-ÿ]{3,}ment", words[0]) or fold(words[0]) in lex.word_set(
        "manner_degree_words"
    )
    described = words[1].isalpha() and words[1].islower()
    return bool(adverb) and described and fold(words[1]) not in words_before_a_noun(lex)


def subordinated(view: SentenceView, start: int) -> bool:
    """Whether the clause starting at ``start`` opens on a subordinating word (« tandis
    que » reads as « que »), "because"): its subject is in it, never before it; a relative
    (« où », « dont », « que » and "that" after a noun: « les foyers que compte la commune »)
    is part of a noun phrase the reader may step back over."""
    before = [t for t in view.tokens if t.end <= start]
    word = fold(before[-1].text) if before else ""
    relative = word in view.lex.word_set("clause_relatives")
    return word in view.lex.word_set("clause_words") and not relative


def before_quote_ending_at(view: SentenceView, position: int) -> int:
    """Step back over a quotation that ends where the clause starts (it belongs to the
    subject, as in "les enfants, «grand amateur de voyages», assurent")."""
    for quote in view.quotes:
        if quote[0] < position <= quote[1] + 1:
            return quote[0]
    return position - 1


def before_first_verb(view: SentenceView, span: Span) -> Span | None:
    """The words of a segment before its first verb ("reporters" in "reporters interrupted
    and"); None when the segment starts with the verb. In English a form of "be" or a modal
    (lexicon ``clause_finite_words``) is a verb too: "Jo Blake was scathing about the impact
    of continuing cuts, but stressed…" is Jo Blake's, not "scathing about the impact of"."""
    lex = view.lex
    finite = lex.word_set("clause_finite_words") if lex.language == "en" else frozenset()
    clitics = lex.word_sets("reflexive_pronouns", "negation_particles")  # « X ne l'exclut pas »
    for token in (t for t in view.tokens if span[0] <= t.start < span[1]):
        word = fold(token.text)
        verb = word in lex.finite or word in lex.auxiliaries or word in finite or word in clitics
        past = word.endswith("ed") or word in lex.word_set("irregular_past_forms")
        verb = verb or (lex.language == "en" and past and token.start > span[0])
        verb = verb or _french_copula(view, span, token.start, word)
        if verb:
            stripped = strip_span(view.text, (span[0], token.start))
            return stripped if stripped[1] > stripped[0] else None
    return None


def _french_copula(view: SentenceView, span: Span, at: int, word: str) -> bool:
    """A French form of « être », « aller », « pouvoir » or « devoir » (lexicon
    ``finite_verb_words``) that ends a subject opening on a determiner or a subject pronoun:
    « La commune est consciente du problème mais assure… », « Le maire est furieux et a
    annoncé… » are the commune's and the mayor's. Not when a colon or a semicolon follows
    it in the segment (« Le résultat est ambigu : les autorités… disent »: a clause of its
    own before the one that speaks), nor after « c' » or a time (« Fin 2014 »)."""
    lex = view.lex
    if lex.language != "fr" or word not in lex.word_set("finite_verb_words"):
        return False
    if re.search(r"[:;]", view.text[at : span[1]]):
        return False
    opener = folded_words(view.text[span[0] : at])[:1]  # « l'enquête »: « l' »
    return bool(opener) and opener[0] in lex.word_sets(
        "determiners", "third_person_subject_pronouns"
    )


def subordinate_subject(view: SentenceView, span: Span, end: int) -> Span | None:
    """English: "Residents were angry as the council pledged to…", "a debate in which others
    spoke of…": a word of lexicon ``subordinate_subject_openers`` right before a noun phrase
    of up to six words, with no verb, that runs up to the verb at ``end`` opens that verb's
    own clause; the noun phrase is its subject, not the main clause's."""
    if view.lex.language != "en":
        return _elided_pronoun(view, span, end)
    openers = view.lex.one_of("subordinate_subject_openers")
    text = view.text[span[0] : end]
    found = re.search(rf"(?i)\b(?:{openers})\s+((?:[\w'’.&-]+\s+){{0,5}}[\w'’.&-]+)\s*$", text)
    if found is None or not no_verb(view.lex, found.group(1).split()):
        return None
    return span[0] + found.start(1), span[0] + found.end(1)


def _elided_pronoun(view: SentenceView, span: Span, end: int) -> Span | None:
    """French: « Même s'il concède que… », « très suisse lorsqu'il a dit que… »: a pronoun
    glued to an elided conjunction (lexicon ``elided_subordinators``), then only clitics
    (``clause_clitics``, ``gerund_clitics``) up to the verb at ``end``, is that verb's
    subject when the conjunction opens the sentence, alone or after one word: « Même » is no
    one (noone53). Inside a sentence (« X s'affiche sans étiquette même s'il avoue »), the
    walk back finds the main clause's subject, whom the pronoun takes up."""
    text = view.text[span[0] : end]
    leads = view.lex.one_of("elided_subordinators")
    found = re.search(rf"(?i)(?<!\w)(?:{leads})['’](ils?|elles?)\b", text)
    if found is None or len(view.text[view.span[0] : span[0] + found.start()].split()) > 1:
        return None
    rest = re.split(r"\s+|(?<=['’])", text[found.end(1) :].replace("’", "'"))
    clitics = view.lex.word_sets("clause_clitics", "gerund_clitics")
    if any(w and fold(w) not in clitics for w in rest):
        return None
    return span[0] + found.start(1), span[0] + found.end(1)


def clause_start_before(view: SentenceView, end: int) -> int:
    """Back from ``end`` to the start of its clause; a quotation inside a subject ("les deux
    enfants, «grand amateur de voyages» et qui…") is stepped over, the one just before a verb
    ("«…», a-t-il dit") ends the clause. Only the tokens that may stop the walk are visited,
    listed once per sentence: each cue of a long sentence walks back (speed59)."""
    stops = view.token_indexes("clause stops", lambda t, out: _may_stop(view, t, out))
    before = bisect_left(stops, bisect_right(view.tokens, end, key=attrgetter("end")))
    for index in reversed(stops[:before]):
        token = view.tokens[index]
        if view.outside[index]:
            return token.end  # a comma, a clause word
        if not view.text[token.end : end].strip(' ,»”"'):
            return token.end + (1 if view.text[token.end : token.end + 1] in '»”"' else 0)
    return view.span[0]


def _may_stop(view: SentenceView, token: Token, outside: bool) -> bool:
    """A token inside a quotation (it ends the clause when just before ``end``), or one that
    breaks a clause outside any: a mark of _CLAUSE_BREAK or a clause word."""
    if not outside:
        return True
    if view.lex.language == "en" and _in_number(view.text, token):
        return False  # "the £410,000 project", « 1,5 million »: a comma inside a figure
    return token.text in _CLAUSE_BREAK or fold(token.text) in view.lex.word_set("clause_words")


def _in_number(text: str, token: Token) -> bool:
    """A comma with a digit right before and right after it, no space between: it groups
    the thousands of an English figure ("£410,000") and cuts no clause (english54: "Jo Roe,
    who will see … under the £410,000 project, said"). English only: in French it marks
    decimals (« 29,7 élèves »), and stepping over it there moved two French keys, one lost."""
    before, after = text[token.start - 1 : token.start], text[token.end : token.end + 1]
    return token.text == "," and before.isdigit() and after.isdigit()


def bracket_opening(text: str, sentence_start: int, start: int) -> int:
    """Where the bracket opens that a clause starting at ``start`` lies in, when a comma or a
    colon inside that bracket cut the clause ("Cllr Roe (Ind, Northfield) said", "Acme
    (ticker: ACM) expects"): the whole bracket is one aside, not its last piece a subject;
    ``start`` itself when no open bracket comes before it in the sentence."""
    opening = text.rfind("(", sentence_start, start)
    if opening < 0 or ")" in text[opening:start]:
        return start
    return opening + 1


NP_OPENING = re.compile(
    r"(?:(?:le|la|les|l['’]|un|une|des|du|ce|cet|cette|ces|son|sa|ses|leur|leurs|plusieurs|"
    r"certains|certaines|the|a|an|some|many|several)\b|(?-i:[A-ZÀ-Ö]))",
    re.IGNORECASE,
)


def without_trailing_adverb(segment: str, lex: Lexicon) -> str:
    """« X a critiqué le projet et ensuite », "X criticised the plan and even": the segment
    without an adverb closing it that the lexicon allows between an auxiliary and its
    participle (``adverbs_between``), as it stands between « et / and » and a second verb."""
    words = segment.split()
    if words and fold(words[-1]) in lex.word_set("subject_pronouns"):
        return segment  # « … et elle insiste »: the verb's own subject, no adverb (speakers21)
    for size in (2, 1):
        if len(words) > size and lex.is_phrase("adverbs_between", fold(" ".join(words[-size:]))):
            return " ".join(words[:-size])
    return segment


def past_prepositional_relative(segment: str, lex: Lexicon) -> int:
    """Where the clause's own subject starts in a segment that opens on a relative pronoun
    governed by a preposition (« au cours de laquelle Paul Durand », « pour lequel le maire »):
    that pronoun is a complement, never who speaks, and the words after it are the subject
    (recall34). 0 when the segment opens on no such pronoun or holds nothing after it."""
    lead = _prepositional_relative(lex).match(segment)
    return lead.end() if lead and segment[lead.end() :].strip() else 0


@built_once
def _prepositional_relative(lex: Lexicon) -> re.Pattern[str]:
    """Up to four words, then one of the lexicon's ``prepositional_relatives``."""
    pronouns = lex.one_of("prepositional_relatives")
    return re.compile(rf"(?:[\w'’-]+\s+){{1,4}}?(?:{pronouns})\s+", re.IGNORECASE)
