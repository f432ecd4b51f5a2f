"""A reporting clause written inside the quotation marks: « Je reste, dit-il. Rien ne change. »

French typography keeps the marks open around an inserted reporting clause (« …, confie un
conseiller, … » or « …, a-t-il ajouté. … »), so the clause sits inside the quotation and the
cue would never be seen. Such a quotation is cut in two pieces around the clause; once the
analysis is done, the two halves given to the same speaker are joined again into one
attribution, as a reader (and the annotation convention) counts them.
"""

from __future__ import annotations

import re

from quizapp.draft.findings import Attribution, join_continued
from quizapp.draft.names.naming.gender import person_nouns
from quizapp.draft.reporting.cue_forms.after_quote import inserted_verb
from quizapp.draft.reporting.cues import Cue, find_cues
from quizapp.draft.text.segment import Span, Token, tokens, words_in
from quizapp.draft.text.sentence.gerunds import gerund_in
from quizapp.draft.text.sentence.sentence_parts import past_participle
from quizapp.draft.text.sentence.syntax import adverbs_length
from quizapp.draft.words.lexicon import Lexicon, finite_or_auxiliary, fold, folded_words

_FEW_WORDS_THEN_STOP = re.compile(r"\s*(?:[\w'’-]+\s*){0,2}?(?=[,.;!?…])")

# After the cue: the subject (a noun phrase, no verb of its own) then "," or ".". Up to 16
# words: a title with its complements, « le président de l'association des commerçants du
# centre-ville de Rennes », is one subject; the reader stopped at eight until quoted39.
# A short aside in parentheses may close it, a party's or a body's acronym (« …, rappelle
# Pierre X (PS). … », frag54): the clause runs past it, the subject stops before it.
_INVERTED_SUBJECT = re.compile(
    r"\s*((?:[\w'’.-]+\s+){0,15}?[\w'’.-]+)\s*(?=(?:\([^()\n]{1,40}\)\s*)?[,.;!?…])", re.UNICODE
)
_PARENTHESES = re.compile(r"\s*\([^()\n]{1,40}\)")
_APPOSED_NAME = re.compile(r",\s*[A-ZÀ-Ö][\w'’-]+(?:\s+[A-ZÀ-Ö][\w'’-]+){0,3}\s*(?=,)")


def split_incises(text: str, quotes: list[Span], lex: Lexicon) -> tuple[list[Span], list[Span]]:
    """The quotations with every inserted reporting clause taken out of them, and the
    original quotations that were cut (to join their halves again afterwards)."""
    if lex.language != "fr":
        return quotes, []
    result: list[Span] = []
    cut: list[Span] = []
    for quote in quotes:
        pieces = _pieces(text, quote, lex)
        result += pieces
        if len(pieces) > 1:
            cut.append(quote)
    return result, cut


def _pieces(text: str, quote: Span, lex: Lexicon) -> list[Span]:
    """``quote`` cut around each inserted clause it holds (one piece when none)."""
    start, end = quote
    if text.find(",", start + 1, end) < 0 or _cued_after(text, end, lex):
        return [quote]  # an inserted clause opens on a comma: no cue to look for (speed18)
    toks = tokens(text, (start + 1, end), lex.language)
    cues = find_cues(toks, [True] * len(toks), lex)
    cues = sorted(cues + _unknown_verbs(toks, cues, lex), key=lambda cue: cue.first)
    pieces: list[Span] = []
    begin = start
    for cue in cues:
        clause = _inserted_clause(text, toks, cue.first, cue.last, cue.pronoun, lex)
        if clause is None or clause[0] <= begin or words_in(text, (begin, clause[0])) == 0:
            continue  # one word may open it: « Et là, raconte un témoin, … » (recall25)
        closing = words_in(text, (clause[1], end)) == 0  # « …, assure la SNCF. »
        if words_in(text, (clause[1], end)) < 2 and not closing:
            continue
        pieces.append((begin, clause[0]))
        begin = clause[1]
        if closing:
            return pieces
    pieces.append((begin, end))
    return pieces


def _cued_after(text: str, end: int, lex: Lexicon) -> bool:
    """A comma and a verb right after the closing mark (« « Ce budget, dit le rapport…, reste
    insuffisant », a estimé Marie X »): the quotation has its speaker outside the marks, and
    what reads as a clause inside is the speaker quoting (mend39d)."""
    after = _CUE_AFTER.match(text, end)
    return after is not None and fold(after.group(1)) in finite_or_auxiliary(lex)


_CUE_AFTER = re.compile(r"[»”\"]?\s*,\s*([\w'’-]+)")


def _unknown_verbs(toks: list[Token], cues: list[Cue], lex: Lexicon) -> list[Cue]:
    """The inserted clauses whose verb the lexicon does not know, read by their shape: a
    comma, a verb, someone as its subject (cue_forms/after_quote.inserted_verb). Written
    inside the marks, « …, se questionne le maire. … » gives all the quotation to the maire,
    as « …, explique le maire. … » does (speakers26a)."""
    words = [fold(t.text) for t in toks]
    known = {at for cue in cues for at in range(cue.first, cue.last + 1)}
    found: list[Cue] = []
    for index in range(1, len(toks)):
        if words[index - 1] != "," or index in known:
            continue
        last = inserted_verb(toks, words, index, lex)
        if last is not None:
            found.append(Cue(index, last, (toks[index].start, toks[last].end), "verb", None))
    return found


def _inserted_clause(
    text: str, toks: list, first: int, last: int, pronoun: str | None, lex: Lexicon
) -> Span | None:
    """The span ", confie un conseiller," (comma to comma or full stop) when the cue at
    ``first..last`` is an inverted reporting clause; None otherwise."""
    if first == 0 or toks[first - 1].text != ",":
        return None
    comma = toks[first - 1].start
    after = toks[last].end
    if pronoun is not None:  # "dit-il", "a-t-elle ajouté", "explique-t-on"
        # the words up to the comma, the last one against it (« dit-elle aujourd'hui, »)
        follow = _FEW_WORDS_THEN_STOP.match(text[after:])
        if follow is None or not _only_setting_words(follow.group(), lex):
            return None
        return comma, after + follow.end() + 1
    return _subject_clause(text, comma, after, lex)


def _subject_clause(text: str, comma: int, after: int, lex: Lexicon) -> Span | None:
    """The inserted clause from ``comma`` when the words after a cue with no subject pronoun
    (« …, confie un conseiller, … ») are its inverted subject: a short noun phrase opening on
    a subject word or a capital, no verb of its own, maybe a name apposed to it."""
    subject = _inverted_subject(text, after, lex)
    if subject is None:
        return None
    after += adverbs_length(lex, text[after:subject])  # « …, calcule même Paul X, … »
    # a gerund says how it was said and belongs to the reporting clause, as it does after a
    # cue outside quotation marks: « …, s'écrie Amine en riant. … »
    gerund = gerund_in(lex, text, after, subject)
    words = folded_words(text[after : gerund.start() if gerund else subject])
    if not words:
        return None
    opens = words[0] in lex.word_set("incise_subject_openers")
    opens = opens or text[after:subject].lstrip()[:1].isupper()
    if not opens or not lex.word_set("incise_subject_stops").isdisjoint(words):
        return None
    if any(w in lex.finite or w in lex.auxiliaries for w in words[1:]):
        return None
    if _participle_with_complement(words, lex):
        return None
    return comma, _subject_end(text, subject) + 1


def _subject_end(text: str, subject: int) -> int:
    """Where the inserted subject ending at ``subject`` ends with what closes it: a name
    apposed to it (« , explique le maire, Jean Dupont, … »), then a short aside in parentheses
    (« , rappelle Pierre X (PS). », frag54)."""
    name = _APPOSED_NAME.match(text, subject)
    end = name.end() if name else subject
    aside = _PARENTHESES.match(text, end)
    return aside.end() if aside else end


def _participle_with_complement(words: list[str], lex: Lexicon) -> bool:
    """Past eight words (the reach quoted39 added), a past participle after a noun, naming no
    person, with words after it (« le rapport du cabinet d'audit mandaté l'an dernier
    dans… », « la lettre envoyée chaque année à tous… »): a clause of its own, so the words
    are no subject (mend39d). A short one describes the speaker (« un livreur garé à
    contre-sens »), and one after a determiner is a noun (« la mobilité »)."""
    people = person_nouns(lex)
    determiners = lex.word_set("determiners")
    return len(words) > 8 and any(
        past_participle(w, lex) and w not in people and words[at - 1] not in determiners
        for at, w in enumerate(words[1:-1], start=1)
    )


def _inverted_subject(text: str, after: int, lex: Lexicon) -> int | None:
    """Where the subject after an inverted cue ends (before its comma or full stop), read past
    the full stop of a title (« …, rappelle M. Labaille. Sans… »: the subject is « M. Labaille »,
    not « M »)."""
    subject = _INVERTED_SUBJECT.match(text, after)
    while subject is not None and text[subject.end() : subject.end() + 1] == ".":
        last = subject.group(1).split()[-1] + "."
        if last not in lex.raw["sentence_abbreviations"] or last in _final_stops(lex):
            break
        more = _INVERTED_SUBJECT.match(text, subject.end() + 1)
        if more is None or len(text[after : more.end()].split()) > 16:
            break
        subject = more
    return None if subject is None else subject.end()


def _final_stops(lex: Lexicon) -> list[str]:
    return lex.raw.get("sentence_final_abbreviations", [])


def _only_setting_words(words: str, lex: Lexicon) -> bool:
    """What may stand between "dit-il" and its comma: nothing, or a day or a short adverb."""
    folded = fold(words).split()
    return len(folded) <= 2 and not any(w in lex.finite for w in folded)


def join_halves(found: list[Attribution], cut: list[Span]) -> list[Attribution]:
    """One attribution per original quotation: a half continued with no cue of its own by
    the same speaker is joined to the half before it."""
    return join_continued(found, lambda first, second: _same_quotation(first, second, cut))


def _same_quotation(first: Attribution, second: Attribution, cut: list[Span]) -> bool:
    if second.cue is not None and second.kind != "direct":
        return False
    if first.speaker != second.speaker or first.kind not in {"direct", "mixed"}:
        return False
    return any(
        q[0] <= first.content[0]
        and second.content[1] <= q[1]
        and first.content[1] <= second.content[0]
        for q in cut
    )
