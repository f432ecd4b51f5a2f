"""Phrases that open an attribution: "selon / d'après / according to X", a possessive
standing for the speaker ("À ses yeux", "in her view"), "pas question pour X de", and the
longest-phrase matching the cue finder uses for them and for fixed verb phrases."""

from __future__ import annotations

from quizapp.draft.reporting.cue_forms.verbless import closes_a_verbless_judgement
from quizapp.draft.words.lexicon import Lexicon, built_once, fold, folded_words, people_nouns


def match_phrase(words: list[str], index: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    """The length of the longest phrase starting at ``index``, or 0 (phrases are indexed by
    their first two words, so a token is compared with the few phrases it could open)."""
    if index >= len(words):
        return 0
    kept = _INDEXES.get(id(phrases), _NOT_KEPT)  # at every word: no hash of the whole tuple
    table = kept[1] if kept[0] is phrases else _by_first_words(phrases)
    entry = table.get(words[index])
    if entry is None:
        return 0
    alone, longer = entry
    following = words[index + 1] if index + 1 < len(words) else ""
    for rank, phrase in longer.get(following, ()):
        if rank > alone:
            break  # the word alone comes first in the list: it is the match
        if tuple(words[index : index + len(phrase)]) == phrase:
            return len(phrase)
    return 1 if alone < _NEVER else 0


_Phrases = tuple[tuple[str, ...], ...]
_Longer = dict[str, list[tuple[int, tuple[str, ...]]]]
_Table = dict[str, tuple[int, _Longer]]
_INDEXES: dict[int, tuple[_Phrases, _Table]] = {}
_NOT_KEPT: tuple[None, _Table] = (None, {})
_NEVER = 1 << 62  # the rank of a one-word phrase a first word does not have


def _by_first_words(phrases: _Phrases) -> _Table:
    """The phrases by their first word, then by their second, each with its rank in the tuple,
    and the rank of the first word alone as a phrase (``_NEVER`` when it is none): the first
    phrase of the tuple that matches is the one returned, as a walk through the whole tuple
    would find it (the tuple is longest first, so a word alone comes after the longer phrases
    it opens), but only those whose second word is the text's are compared (tidy43: 39 French
    fixed cues open on « a », 38 on « ont », each compared at every « a » until then).

    Kept by the tuple's id beside the tuple itself. Keyed by id, not by the tuple: hashing a
    tuple of 3,417 phrases costs about 0.3 ms and match_phrase runs at every word. Kept beside
    it so that a table is never served for another tuple: a tuple the table holds is never
    freed, so its id is never reused, and match_phrase still checks ``kept[0] is phrases``
    (mend41d, review41 item 13: a freed tuple's id reused by a new one served the old table,
    and the one-word shortcut then trusted it without comparing the word)."""
    index: _Table = {}
    for rank, phrase in enumerate(phrases):
        alone, longer = index.setdefault(phrase[0], (_NEVER, {}))
        if len(phrase) == 1:
            index[phrase[0]] = (min(alone, rank), longer)
        else:
            longer.setdefault(phrase[1], []).append((rank, phrase))
    _INDEXES[id(phrases)] = (phrases, index)
    return index


def possessor(cue_words: list[str], kind: str, lex: Lexicon) -> str | None:
    """ "À ses yeux", "à l'en croire", "in her view": the possessive that stands for the
    speaker (resolved like a pronoun)."""
    if kind != "according":
        return None
    table = _possessors(lex)
    return table.get(tuple(["à", *cue_words[1:]] if cue_words[0] == "a" else cue_words))


@built_once
def _possessors(lex: Lexicon) -> dict[tuple[str, ...], str]:
    """The lexicon's ``possessive_according`` by their words, as a cue's words are read."""
    raw = lex.raw.get("possessive_according", {})
    return {tuple(folded_words(k)): v for k, v in raw.items()}


def according_phrase(words: list[str], index: int, lex: Lexicon) -> tuple[int, int, str] | None:
    """The cue (first, last, kind) of « selon », « à en croire », "according to", "per" or
    « pour » starting at ``index``: the lexicon's phrases, then « pour » as a cue of its own;
    None when the words there are none (a relative « selon laquelle », an infinitive)."""
    opening = ["à", *words[1:]] if index == 0 and words[0] == "a" else words  # "A l'en croire"
    possessive = match_phrase(opening, index, lex.phrases("possessive_according"))
    if possessive:
        return index, index + possessive - 1, "according"
    length = match_phrase(words, index, lex.phrases("according_to_strong"))
    follower = words[index + length] if index + length < len(words) else ""
    if length and follower in lex.word_set("not_a_source_after_according"):
        heads = lex.word_set("according_relative_heads")  # « un rapport selon lequel… »
        if not any(word in heads for word in words[max(0, index - 5) : index]):
            return None  # "la rumeur selon laquelle…": a relative, not a source
    set_off = index == 0 or words[index - 1] == ","
    phrase = tuple(words[index : index + length])
    if length and not set_off and phrase in lex.phrases("according_set_off_only"):
        return None  # « difficile à entendre pour les familles »: an infinitive, no source
    if length and not (words[index] == "per" and index == 0):
        return index, index + length - 1, "according"
    if words[index] == "per" and words[index - 1 : index] == [","] and _per_source(words, index):
        return index, index, "according"  # "…, per the report", never "5 per cent"
    return _pour_according(words, index, lex) if words[index] == "pour" else None


def _pour_according(words: list[str], index: int, lex: Lexicon) -> tuple[int, int, str] | None:
    """« pour » at ``index`` as a cue of its own: « Pour X, … » opening the sentence (French
    only), « pour qui » taking up the subject before it, or after a lead of refusal."""
    if lex.language == "fr" and _opens_sentence(words, index, lex):
        return index, index, "according"
    if lex.language == "fr" and _set_off_by_commas(words, index, lex):
        return index, index, "according"  # « Sauf qu'un an après, pour le collectif, C »
    if lex.language == "fr" and closes_a_verbless_judgement(words, index, lex):
        return index, index, "according"  # « Un faux problème pour le maire. »
    if words[index + 1 : index + 2] and words[index + 1] in lex.word_set("subject_relatives"):
        return index, index, "according"  # « …, tempère X, pour qui… » (according/according)
    for lead in lex.phrases("refusal_leads"):  # "pas question pour Paris de commenter…"
        if tuple(words[index - len(lead) : index]) == lead:
            return index - len(lead), index, "according"
    return None


def _set_off_by_commas(words: list[str], index: int, lex: Lexicon) -> bool:
    """« C1, pour lui, C2 », « Des points qui, pour le conseiller, mériteraient… »: « pour »
    after a comma inside the sentence, then, closed by a comma, a stressed pronoun or a
    definite determiner and a noun of a person or a body (lexicon
    ``set_off_pour_determiners``, ``set_off_pour_noun_lists``). Not a list of « pour »
    complements (« pour leur public, pour les bénévoles, »), nor whom something is for
    (« 35 élèves, pour une enseignante, », an indefinite; « a prévu, pour les habitants, des
    navettes », after a verb: ``_done_for``), nor a part of a group (« partis, pour la
    plupart, chez des proches »): each of them, no view (mixed36)."""
    if index == 0 or words[index - 1] != "," or "pour" in words[max(0, index - 9) : index]:
        return False
    marks = lex.word_set("set_off_pour_closing_marks")
    ends = range(index + 2, min(index + 7, len(words)))
    closing = next((at for at in ends if words[at] in marks), None)
    if closing is None or words[closing] != "," or _done_for(words, index, lex):
        return False
    phrase = words[index + 1 : closing]
    if len(phrase) == 1:
        return phrase[0] in lex.word_set("stressed_pronouns")
    if fold(phrase[0]) not in lex.word_set("set_off_pour_determiners"):
        return False
    return phrase[1].removesuffix("s") in people_nouns(lex, "set_off_pour_noun_lists")


def _done_for(words: list[str], index: int, lex: Lexicon) -> bool:
    """« La commune a prévu, pour les habitants, des navettes », « Le repas a été servi, pour
    les bénévoles, à midi »: a main clause whose compound verb (an auxiliary, then « été »
    or not, then the participle) ends right before the comma; what « pour X » tells is whom
    the verb's object or complement is for, no view (mend36c, review36 item 6). A clause
    word before it (« Même si un radar sera installé, pour lui, C ») makes that clause a
    subordinate one, and the view is C's."""
    auxiliaries = lex.auxiliaries | lex.word_set("etre_forms")
    before = [fold(word) for word in words[max(0, index - 4) : index - 1]]
    helper = before[-3:-2] if before[-2:-1] == ["été"] else before[-2:-1]  # « a été servi, »
    compound = bool(helper) and helper[0] in auxiliaries
    adverbs = lex.word_sets("negation_adverbs", "adverbs_between")  # « Ce n'est pas, pour lui, »
    compound = compound and before[-1] not in adverbs
    openers = lex.word_sets("clause_words", "subject_relatives")
    return compound and not any(fold(word) in openers for word in words[:index])


def _per_source(words: list[str], index: int) -> bool:
    return words[index + 1 : index + 2] in (["the"], ["a"], ["an"], ["its"], ["his"], ["her"])


def _opens_sentence(words: list[str], index: int, lex: Lexicon) -> bool:
    """ "Pour X, …" at the start, or after a connector ("Mais pour X, …", « Reste que pour
    X, … », lexicon according_pour_leads) or a short opening adverbial and its comma ("En
    revanche, pour X, …"), or a colon that opens a clause of its own (« Classes surchargées,
    postes vacants : pour le syndicat, les urgences sont ailleurs »)."""
    if index == 0 or tuple(words[:index]) in lex.phrases("according_pour_leads"):
        return True
    if words[index - 1] == ":":
        return True
    return index <= 4 and words[index - 1] == "," and "," not in words[: index - 1]
