"""The plural people a French « ils » / « eux » takes up when no group opened a sentence: a
nameless plural of people written anywhere in this sentence or the one before, out of
quotations (« Face à cette hausse, des parents ont lancé une pétition. Ils demandent… »,
« Ce sont des cheminots qui manifestent. Ils regrettent… »), rather than the one person
heard last.

Only a group opening its sentence was recorded (``speakers/opening_groups``); a fronted
phrase, a cleft or a subordinate clause hid the others, and « ils » went to the last
speaker, one person, whom a plural pronoun never stands for (pronouns29).
"""

from __future__ import annotations

from itertools import pairwise

from quizapp.draft.speakers.subjects import people_noun
from quizapp.draft.text.segment import Span, Token
from quizapp.draft.words.lexicon import Lexicon, fold
from quizapp.draft.words.plural import written_plural

_WORDS_BEFORE_NOUN = 3  # « des jeunes parents », « les 120 commerçants »


def plural_people_before(words: list[tuple[Token, bool]], at: int, lex: Lexicon) -> Span | None:
    """The latest plural of people before ``at`` (the pronoun) among ``words``: the tokens of
    the sentence before and of this one, each with whether it stands out of quotations as the
    sentence view read them (``quotation_marks``; this module counted the marks it met until
    tidy30). A plural determiner out of quotations (lexicon ``plural_people_determiners``),
    then within a few words a plural people noun (``people_noun``), nothing but words between
    them; its span, from the determiner to the noun; None when there is none. A quoted
    pronoun also takes up a plural quoted before it in its own quotation (pronoun42)."""
    found = plural_people_spans(words, at, lex)
    return found[-1] if found else None


def plural_people_spans(words: list[tuple[Token, bool]], at: int, lex: Lexicon) -> list[Span]:
    """Every plural of people ``plural_people_before`` reads before ``at``, in the order
    written: a distributive « Toutes » chooses among them (mend58d)."""
    before = [(token, outside) for token, outside in words if token.end <= at]
    tokens = [token for token, _ in before]
    quoted = _quotation_start(words, at)
    found = []
    for index, (token, outside) in enumerate(before):
        heard = outside or (quoted is not None and token.start >= quoted)
        if heard and fold(token.text) in lex.word_set("plural_people_determiners"):
            end = _people_noun_after(tokens, index, lex)
            found += [(token.start, tokens[end].end)] if end is not None else []
    return found


def collective_before(words: list[tuple[Token, bool]], at: int, lex: Lexicon) -> Span | None:
    """The latest collective of people before ``at`` among ``words`` (the sentence before and
    this one, with whether each token stands out of quotations): a singular definite
    determiner then a noun whose members a distributive « Tous » takes up (lexicon
    ``member_collectives``: « le collectif ne cesse d'alerter… Tous défendent… »); its span,
    else None (speakers58)."""
    before = [token for token, outside in words if outside and token.end <= at]
    found = None
    for token, noun in pairwise(before):
        opens = fold(token.text) in lex.word_set("collective_determiners")
        if opens and fold(noun.text) in lex.word_set("member_collectives"):
            found = (token.start, noun.end)
    return found


def _quotation_start(words: list[tuple[Token, bool]], at: int) -> int | None:
    """Where the quotation holding the pronoun at ``at`` starts (its first quoted token), when
    the pronoun is quoted: a speaker's « ils » takes up the people that speaker just named
    (« Des habitants m'ont encouragé. Ils disent… »); None for a pronoun of the narration."""
    quoted = None
    for token, outside in words:
        if token.start >= at:
            return quoted if token.start == at and not outside else None
        quoted = None if outside else (token.start if quoted is None else quoted)
    return None


def _people_noun_after(words: list, index: int, lex: Lexicon) -> int | None:
    """The index of the plural people noun a few words after the determiner at ``index``,
    only words (or a figure) between them; None when a mark or another word comes first."""
    for after in range(index + 1, min(len(words), index + 1 + _WORDS_BEFORE_NOUN)):
        word = fold(words[after].text)
        if written_plural(word) and people_noun(word, lex):
            return after
        if not (word.isalpha() or word.isdigit()) or word in lex.word_set("description_stop_words"):
            return None
    return None


def opening_plural(words: list[tuple[Token, bool]], at: int, lex: Lexicon) -> Span | None:
    """The plural noun phrase opening a sentence (``words``, its tokens with whether each
    stands out of quotations): a definite or demonstrative plural determiner (« les », « ces »)
    then a lower-case word ending as a plural does, before ``at``; its span, else None. The
    noun need not be one the lexicon lists (« Les dockers », « Les camelots », mend34c)."""
    if len(words) < 2 or words[1][0].end > at or not (words[0][1] and words[1][1]):
        return None
    first, noun = words[0][0], words[1][0]
    if fold(first.text) not in lex.word_set("plural_opening_determiners"):
        return None
    written = noun.text
    if not (written.isalpha() and written[:1].islower() and written_plural(written)):
        return None
    return first.start, noun.end


def feminine_pointer(written: str, lex: Lexicon) -> bool:
    """The pointing pronoun ``written`` (« celles-ci », « ces dernières ») is feminine
    plural (lexicon ``feminine_plural_pointers``): its source reading gives only "p" and the
    head « dernier », so the gender is read from the words as written (mend42c)."""
    return fold(" ".join(written.split())) in lex.word_set("feminine_plural_pointers")


def masculine_plural(name: str, lex: Lexicon) -> bool:
    """A plural whose head noun is masculine (« les élus », « des médecins », « les
    représentants des commerçantes »), which « celles-ci » never takes up: the first
    lower-case word past determiners and figures ends in -s or -x but not in an unaccented
    -es (« infirmières », « élues », « habitantes », the epicene « journalistes » stay
    possible), or is a masculine noun in -es of ``masculine_plurals_in_es`` (« hommes »)."""
    skip = lex.word_sets("plural_people_determiners", "latter_determiners", "group_determiners")
    for word in name.split():
        if fold(word) in skip or word.isdigit():
            continue
        head = word.strip(",.").lower()
        if not head[:1].isalpha() or word[:1].isupper():
            return False  # a name: its gender is not read here
        if fold(head) in lex.word_set("masculine_plurals_in_es"):
            return True
        return written_plural(head) and not head.endswith("es")
    return False
