"""A verb of wishing whose object is a quotation (quoteobj48): « Les candidats veulent
“revaloriser les salaires” », « Darmanin veut « tendre la main » au parti… », « Certains
aimeraient "une alternative à la voiture" ». The quoted object is the subject's own words, as
the annotators key it, where a bare object (« veut une piscine ») tells only an intent
(recall44). The quotation is not the wish's when the wish stands inside a « que » clause or an
object relative (« assure qu'ils ont toujours voulu « … » », « que La Poste veut "imposer" »:
the clause belongs to another cue, or the quotation to the sentence's own verb), nor when a cue
of its own follows it (« On voulait "montrer…", a-t-il ajouté »).
"""

from __future__ import annotations

from quizapp.draft.reporting.cue_forms.adverb_slot import slot_stops
from quizapp.draft.reporting.cue_forms.reporting_verb import reporting_verb
from quizapp.draft.words.lexicon import Lexicon

_CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ".", "!", "?"})


def quoted_wish(words: list[str], first: int, last: int, lex: Lexicon) -> bool:
    """Whether the verb of wishing at ``first``..``last`` reports the quotation opening right
    after it, past the adverbials (« veut d'abord “…” »)."""
    opening = _opening_mark(words, last + 1, lex)
    if opening is None:
        return False
    return not (_in_que_clause(words, first, lex) or _own_cue_after(words, opening, lex))


def _opening_mark(words: list[str], index: int, lex: Lexicon) -> int | None:
    """Where a quotation (lexicon ``wish_quotation_marks``) opens at ``index`` or past the
    adverbials there; the slot may run on past a mark into a quoted word (« veut ainsi
    « une… »), so the word at each of its stops and the one before it are read."""
    marks = lex.word_set("wish_quotation_marks")
    for stop in slot_stops(words, index, lex):
        for at in (stop - 1, stop):
            if index <= at < len(words) and words[at] in marks:
                return at
    return None


def _in_que_clause(words: list[str], first: int, lex: Lexicon) -> bool:
    """Whether a « que » (lexicon ``object_clause_openers``) stands in the verb's clause before
    it, back to the last punctuation: the wish is then told inside another's clause or an
    object relative."""
    openers = lex.word_set("object_clause_openers")
    for at in range(first - 1, -1, -1):
        if words[at] in _CLAUSE_BREAKS:
            return False
        if words[at] in openers:
            return True
    return False


def _own_cue_after(words: list[str], opening: int, lex: Lexicon) -> bool:
    """Whether the quotation opening at ``opening`` is followed, past its closing mark and a
    comma, by a reporting verb of its own (« "…", a-t-il ajouté », « "…" disent-ils »); a
    present participle there (« "…", estimant que… ») goes on with the wish's subject."""
    marks = zip(lex.words("opening_quote_marks"), lex.words("closing_quote_marks"), strict=True)
    pairs = dict(marks)
    closing = pairs.get(words[opening], words[opening])
    try:
        after = words.index(closing, opening + 1) + 1
    except ValueError:
        return False
    if words[after : after + 1] == [","]:
        after += 1
    if after >= len(words) or words[after].endswith("ant"):
        return False
    return reporting_verb(words, after, lex) is not None
