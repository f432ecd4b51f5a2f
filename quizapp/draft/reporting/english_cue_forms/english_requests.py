"""English requests as cues: a verb of asking, whom it asks and "to" ("urged the union to
return…", "called on the province to allow…"). Split out of english_cues, whose
other stages tell English forms that only look like a cue from those that are one."""

from __future__ import annotations

from quizapp.draft.reporting.cue_forms.phrases import match_phrase
from quizapp.draft.reporting.cue_forms.verb_forms import cue_determiners
from quizapp.draft.reporting.english_cue_forms.english_cues import Match
from quizapp.draft.reporting.english_cue_forms.english_subjects import unbound_base_form
from quizapp.draft.reporting.english_cue_forms.wishes import wish_is_request
from quizapp.draft.text.segment import Token
from quizapp.draft.words.lexicon import Lexicon, fold


def request_cue(words: list[str], index: int, lex: Lexicon) -> Match | None:
    """ "urged the union to return…", "called on the province to allow…", "appealed to
    anyone who saw it to come forward": a verb of asking (lexicon request_cues) reports its
    object with the infinitive after it."""
    if unbound_base_form(words, index, lex):
        return None  # "Parents who urge the council to…": a habit in a relative, no request
    found = request_to(words, index, lex, lex.cache.get("current_tokens"))
    return None if found is None else (index, found[0], "verb")


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
    None in the passive ("was urged to…": the subject is the one asked), for an -ing form
    after a noun ("a resolution urging the board to…": the document's words) or before
    "by" (a reduced passive, "wanted by police to…"), without
    that shape ("asked whether…", "called on Monday"), or for a wish that is no demand
    (``wishes.wish_is_request``, read on the words as ``written``)."""
    length = match_phrase(words, index, lex.phrases("request_cues")) if lex.language == "en" else 0
    if not length:
        return None
    if words[index].endswith("ing"):  # "are urging", ", urging": not "a letter urging"
        before = words[max(0, past_adverbs(words, index, lex) - 1) : index][:1]
        if before not in _BEFORE_ING and not _document_before(words, index, lex):
            return None
    elif index > 0 and (
        words[index - 1] in lex.word_set("existential_be_forms") or words[index - 1] == "being"
    ):
        return None
    after = words[index + length] if index + length < len(words) else ""
    if after in lex.word_set("agent_prepositions"):
        return None  # "the man wanted by police to answer…": a reduced passive
    to = _request_object(words, index + length, lex)
    if to is None or not wish_is_request(words, index, to, written, lex):
        return None
    return index + length - 1, to


_BEFORE_ING = [[w] for w in ("is", "are", "was", "were", "been", "am", ",")]


def _document_before(words: list[str], index: int, lex: Lexicon) -> bool:
    """ "Cllr X tabled a motion calling on the council to…": an -ing form right after a
    document that asks (lexicon ``asking_documents``), itself the object of a verb, reports
    what it asks (english40: 3 keyed of the 4 uses right after a document on the English
    corpus). Not when the document opens the sentence ("The petition calling on the council
    to act was launched by X"): what it asks runs into the sentence's own verb, and its
    maker is named after."""
    document = index - 1
    opens = document <= 1 and (document == 0 or words[0] in cue_determiners(lex))
    return document >= 0 and words[document] in lex.word_set("asking_documents") and not opens


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
