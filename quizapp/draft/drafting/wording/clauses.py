"""Whether a passage can stand as a claim to classify: a whole sentence, or a clause with a
subject and a finite verb, never a broken piece ("aux mobilités, Claire Fontaine, à l'issue de
la séance.", "monts et merveilles", "a requis l'anonymat, la décision…").

Rules only, deliberately cautious: a passage the drafter cannot show to be a clause is not
proposed as a claim (it still appears among the findings, and the teacher can add it by hand).
"""

from __future__ import annotations

import re

from quizapp.draft.text.word_patterns import WORD_WITH_MARKS
from quizapp.draft.uncued.rules.dateline import dateline_end
from quizapp.draft.words.lexicon import LANGUAGES, Lexicon, built_once, load

_SENTENCE_END = re.compile(r"[.!?…»\"”)]\s*$")
_STOPPED = re.compile(r"[.!?…][\s\"»”’')\]]*$")  # a stop, then closing marks: a sentence's end
MIN_WORDS = 3
_BULLET = re.compile(r"[ \t]*(?:[-•–—*·▪►]|\d{1,2}[.)])[ \t]+")  # a list item's mark


def is_clause(passage: str, language: str, *, sentence: bool) -> bool:
    """True when ``passage`` reads as a claim: at least three words, not opening on a verb,
    and either a whole sentence (capital, final stop) or a clause with a finite verb found.
    With ``sentence`` (a passage the article states itself), only a whole sentence will do."""
    text = " ".join(passage.split()).lstrip("«“\"'‘ ")
    words = [w.lower().replace("’", "'") for w in WORD_WITH_MARKS.findall(text)]
    if len(words) < MIN_WORDS or not text:
        return False
    lex = _lexicon(language)
    finite, openers = lex.word_set("claim_finite_words"), lex.word_set("claim_subject_openers")
    if words[0] in finite and words[0] not in openers and not text[0].isupper():
        return False  # "a requis l'anonymat, …": the subject is missing
    whole = (text[0].isupper() or text[0].isdigit()) and bool(_SENTENCE_END.search(text))
    if sentence or whole:
        return whole
    if words[0] in lex.word_set("claim_coordinators"):
        return False  # « et certains éléments… »: the rest of a sentence, not a clause
    return has_verb(text, language)


def in_own_sentence(text: str, span: tuple[int, int], language: str) -> bool:
    """Whether ``span`` of the article ``text`` is a sentence of it as written: it opens where
    the text, a line, a sentence or a clause after a semicolon does, and ends on a stop, a
    semicolon, a line's end or the text's, or before a comma when it holds a verb (« Elon Musk
    n'était pas présent lorsque… », then « , qui réunit… »). The article's own words after a
    colon (« Elle a ouvert ce jeudi : 42ème foire de… ») or a verbless phrase before a comma
    (« Lors du conseil municipal du 3 avril (budget) », then « , les groupes… ») are a piece
    of a sentence whose start or end the question leaves out (questions51: a teacher read
    them as claims cut mid-sentence, and as statements no student can check)."""
    before = text[: span[0]].rstrip(" \t")
    opens = not before or before.endswith(("\n", ";")) or bool(_STOPPED.search(before))
    opens = opens or _opens_its_line(text, span, language)
    after, passage = text[span[1] :].lstrip(" \t"), text[span[0] : span[1]]
    ends = not after or after[0] in "\n.!?…;" or bool(_STOPPED.search(passage))
    return opens and (ends or (after[0] == "," and has_verb(passage, language)))


def _opens_its_line(text: str, span: tuple[int, int], language: str) -> bool:
    """Whether only a dispatch's dateline (« PARIS (AFP) - Le conseil… », "LONDON, March 3
    (Reuters) — The council…": ``dateline_end``) or a list item's bullet or number (« - Le
    prix du timbre augmente… », "2) The lanes…") comes before ``span`` on its line: the
    sentence after it is the article's own, its lead for a dateline (mend51c: questions51
    had refused both, the lead of 13 of 34 corpus dispatches no longer reaching a question).
    A list item must read as a sentence, ending on a stop or holding a verb: a list of
    candidates (« - Damien Baudry (RN) ») claims nothing."""
    line = text.rfind("\n", 0, span[0]) + 1
    if dateline_end(text, (line, len(text))) == span[0]:
        return True
    if not _BULLET.fullmatch(text, line, span[0]):
        return False
    end = text.find("\n", span[0])
    item = text[span[0] : end if end >= 0 else len(text)].rstrip()
    return item.endswith(tuple(".!?…")) or has_verb(text[span[0] : span[1]], language)


def has_verb(passage: str, language: str) -> bool:
    """A finite verb these rules know among the passage's own words (not an apposed
    relative's). Cautious: a present tense they do not know (« ouvre », « concerne ») is
    missed, so a passage with none found is one to quote rather than report (sanity24)."""
    lex = _lexicon(language)
    own = _apposed_relative(lex).sub("", passage)
    return any(finite_word(w.lower().replace("’", "'"), lex) for w in WORD_WITH_MARKS.findall(own))


def finite_word(word: str, lex: Lexicon, endings: tuple[str, ...] | None = None) -> bool:
    """A listed finite verb (lexicon ``claim_finite_words``, ``claim_elided_auxiliaries``), a
    word opening on an elided clitic (``claim_elided_clitics``), or a long word with a finite
    ending (``endings``, by default ``claim_finite_endings``) that is no noun after its
    article (« l'environnement »: ``claim_noun_articles``, ``claim_noun_ending``). The one
    test of a finite verb the wording rules share: questions (``has_verb``) and speaker
    descriptions (``speaker_description``, with ``clause_endings``) read it alike (tidy56).
    With ``endings`` given, a clitic counts only before a finite form (« n'a », « s'inquiètent »):
    « une habitante s'inquiétant… », « n'ayant jamais voté » describe a speaker (mend56f)."""
    if word in lex.word_sets("claim_finite_words", "claim_elided_auxiliaries"):
        return True
    clitic = next((c for c in lex.words("claim_elided_clitics") if word.startswith(c)), "")
    if clitic and len(word) > 2:
        return endings is None or finite_word(word[len(clitic) :], lex, endings)
    noun_ending = lex.raw.get("claim_noun_ending") or "\0"  # English lists none
    if word.startswith(tuple(lex.words("claim_noun_articles"))) and word.endswith(noun_ending):
        return False  # « l'environnement », « d'investissement »: a noun after its article
    if endings is None:
        endings = tuple(lex.words("claim_finite_endings"))
    return len(word) > 5 and word.endswith(endings)


@built_once
def clause_endings(lex: Lexicon) -> tuple[str, ...]:
    """The finite endings (``claim_finite_endings``) that end no participle (lexicon
    ``participle_endings``): a word set off after a speaker's name that ends in one is a verb
    of a clause of its own. All of French's (« attendent », « paierait »); none of English's,
    whose "-ed" ends a participle too: "a retired nurse" describes her (mend55e, tidy56)."""
    participles = lex.word_set("participle_endings")
    return tuple(e for e in lex.words("claim_finite_endings") if e not in participles)


def _lexicon(language: str) -> Lexicon:
    """The language's lexicon, English for any other (as these rules always read it)."""
    return load(language if language in LANGUAGES else "en")


@built_once
def _apposed_relative(lex: Lexicon) -> re.Pattern[str]:
    """A relative set off by a comma (« …, dont les contrats se terminent l'an prochain »,
    ", which was drafted in May", lexicon ``claim_apposed_relatives``) up to the next comma:
    its verb is not the passage's own."""
    relatives = lex.one_of("claim_apposed_relatives")
    return re.compile(rf",\s*(?:{relatives})\b[^,]*", re.I)
