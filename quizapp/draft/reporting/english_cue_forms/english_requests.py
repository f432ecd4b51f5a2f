"""English requests as cues: a verb of asking, whom it asks and "to" ("urged the union to
return…", "called on the province to allow…"). Split out of english_cues, whose
other stages tell English forms that only look like a cue from those that are one."""

from __future__ import annotations

from quizapp.draft.reporting.cue_forms.phrases import match_phrase
from quizapp.draft.reporting.cue_forms.verb_forms import cue_determiners
from quizapp.draft.reporting.english_cue_forms.english_cues import Match
from quizapp.draft.reporting.english_cue_forms.english_subjects import unbound_base_form
from quizapp.draft.reporting.english_cue_forms.wishes import person_or_body, wish_is_request
from quizapp.draft.text.segment import Token
from quizapp.draft.words.lexicon import Lexicon, fold


def request_cue(words: list[str], index: int, lex: Lexicon) -> Match | None:
    """ "urged the union to return…", "called on the province to allow…", "appealed to
    anyone who saw it to come forward": a verb of asking (lexicon request_cues) reports its
    object with the infinitive after it. After a document that asks ("Residents signed a
    petition calling on…") the cue opens on the verb that brings the document, so that the
    subject before it speaks."""
    if unbound_base_form(words, index, lex):
        return None  # "Parents who urge the council to…": a habit in a relative, no request
    found = request_to(words, index, lex, lex.cache.get("current_tokens"))
    if found is None:
        return None
    brought = _document_brought(words, index, lex) if words[index].endswith("ing") else None
    return (index if brought is None else brought, found[0], "verb")


def request_start(tokens: list[Token], first: int, last: int, lex: Lexicon) -> int:
    """Where the "to" of a request cue over tokens ``first``..``last`` starts in the text
    (0 when the cue is no request): what it reports runs on past that "to"."""
    start = max(0, first - 3)  # the words before tell a progressive from a noun's -ing
    written = [t.text for t in tokens[start : last + 18]]
    words = [fold(text) for text in written]
    for index in range(first - start, last - start + 1):
        found = request_to(words, index, lex, written)
        if found is not None:
            return tokens[start + found[1]].start
    return 0


def request_to(
    words: list[str], index: int, lex: Lexicon, written: list[str] | None = None
) -> tuple[int, int] | None:
    """The last word of the verb of asking at ``index`` and the "to" after whom it asks;
    None when the verb cannot ask here (``_asks_here``), without that shape ("asked
    whether…", "called on Monday"), or when whom it asks cannot be asked (``_whom_fits``)."""
    length = match_phrase(words, index, lex.phrases("request_cues")) if lex.language == "en" else 0
    if not length or not _asks_here(words, index, length, lex):
        return None
    to = _request_object(words, index + length, lex)
    if to is None or not _whom_fits(words, index, to, written, lex):
        return None
    return index + length - 1, to


def _asks_here(words: list[str], index: int, length: int, lex: Lexicon) -> bool:
    """The verb of asking at ``index`` (``length`` words) asks in its own voice: not in the
    passive ("was urged to…": the subject is the one asked), not an -ing form after a noun
    ("a resolution urging the board to…": the document's words) unless a document brought by
    its subject (``_document_brought``), not before "by" (a reduced passive, "wanted by police
    to…")."""
    if words[index].endswith("ing"):  # "are urging", ", urging": not "a letter urging"
        before = words[max(0, past_adverbs(words, index, lex) - 1) : index][:1]
        if before not in _BEFORE_ING and _document_brought(words, index, lex) is None:
            return False
    elif index > 0 and (
        words[index - 1] in lex.word_set("existential_be_forms") or words[index - 1] == "being"
    ):
        return False
    after = words[index + length] if index + length < len(words) else ""
    return after not in lex.word_set("agent_prepositions")  # "the man wanted by police to…"


def _whom_fits(
    words: list[str], index: int, to: int, written: list[str] | None, lex: Lexicon
) -> bool:
    """Whom the verb at ``index`` asks, before the "to" at ``to``, can be asked: a wish must
    be a demand (``wishes.wish_is_request``, read on the words as ``written``), and after a
    form of "request" (lexicon ``person_bound_request_cues``) it is a person or a body
    ("requested the mayor to apologise"), never a thing asked for oneself ("requested
    anonymity to discuss…", "requested permission to build…": mend40a), and no verb stands
    between (the noun "requests" before its own verb)."""
    if not wish_is_request(words, index, to, written, lex):
        return False
    if words[index] not in lex.word_set("person_bound_request_cues"):
        return True
    if any(w in lex.finite or w in lex.auxiliaries for w in words[index + 1 : to]):
        return False  # "these requests have not been dealt with…": a noun, then its verb
    asked = (written if written and len(written) == len(words) else words)[index + 1 : to]
    return person_or_body(asked, lex)


_BEFORE_ING = [[w] for w in ("is", "are", "was", "were", "been", "am", ",")]


def _document_brought(words: list[str], index: int, lex: Lexicon) -> int | None:
    """ "Cllr X tabled a motion calling on the council to…": an -ing form right after a
    document that asks (lexicon ``asking_documents``), brought by a verb of the lexicon's
    ``document_bringing_verbs`` one to three words before it ("tabled further motions",
    "put forward a motion"), reports what it asks: the index of that verb, else None.
    Not after another verb ("voted against a motion calling on…", "described the motion…"),
    nor a negated one ("did not table a motion…": mend40a, after review40); english40 counted
    4 uses right after a document on the English corpus, 2 of them keyed."""
    document = index - 1
    if document < 1 or words[document] not in lex.word_set("asking_documents"):
        return None
    for verb in range(document - 1, max(-1, document - 4), -1):
        for length in (2, 1):
            phrase = " ".join(words[verb - length + 1 : verb + 1])
            if verb - length + 1 >= 0 and lex.is_phrase("document_bringing_verbs", phrase):
                first = verb - length + 1
                negated = set(words[max(0, first - 2) : first]) & lex.word_set("negation_words")
                return None if negated else first
    return None


def past_adverbs(words: list[str], index: int, lex: Lexicon) -> int:
    """Where the adverbs right before the word at ``index`` start (lexicon ``adverbs_between``
    or in -ly, two at most): "is now urging", "are still calling on" are progressives as
    "is urging" is (english37)."""
    at = index
    while at > max(0, index - 2) and (
        words[at - 1] in lex.word_set("adverbs_between") or words[at - 1].endswith("ly")
    ):
        at -= 1
    return at


def _request_object(words: list[str], at: int, lex: Lexicon) -> int | None:
    """Whom a request asks, one to fourteen words with no mark, then "to" (or "not to") and
    a word that can be a verb, maybe after an opening quotation mark ("the union to return",
    "people not to speculate", "the government to “tone down the rhetoric”"): the index of
    that "to", else None."""
    stops, dates = lex.word_set("request_object_stops"), lex.word_set("date_words")
    for end in range(at, min(len(words) - 1, at + 15)):
        word = words[end]
        if word == "to":
            verb = words[end + 1]  # "to “come back to the table”": the verb after the mark
            if verb in lex.word_set("opening_quote_marks") and end + 2 < len(words):
                verb = words[end + 2]
            verbal = verb.isalpha() and verb not in cue_determiners(lex)
            verbal = verbal and verb not in lex.word_set("request_not_verbs")
            whom = end > at + (words[at] in lex.word_set("negation_words"))
            return end if verbal and whom else None  # not "asked not to be named"
        if not word[:1].isalnum() or word in stops or (end == at and word in dates):
            return None  # "called on Monday to check…": a time, nobody asked
    return None
