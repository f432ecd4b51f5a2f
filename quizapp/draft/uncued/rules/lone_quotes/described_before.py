"""A lone quotation whose speaker the narration described without naming: « Une autre
habitante vient d'apprendre la nouvelle. « … » », « Le maire sortant observe la scène. « … » »,
« Des riverains ont manifesté samedi. « … » ». The reader records the names met (``Seen``),
not a person a determiner and a noun describe (« une habitante »), so
``continuation.previous_subject`` has nobody to give. When nobody was named since the last
attribution, the one described as the subject of the sentence before speaks; the description
is read here, for lone quotations only (no new pass over every sentence), with the span of its
noun phrase. The offices and groups the reader does record opening a sentence
(``sentence_openings``: ``described``, ``groups``) were tried first: their spans run past the
noun phrase (« L'élue pousse même un »), 0 speakers fixed, 15 broken on the corpus
(described45).
"""

from __future__ import annotations

from itertools import pairwise

from quizapp.draft.names.naming.gender import someone_words
from quizapp.draft.names.titles.descriptions import verb_forms
from quizapp.draft.sources.reading import read_source
from quizapp.draft.speakers.subjects import people_noun
from quizapp.draft.text.segment import Span, Token
from quizapp.draft.words.lexicon import Lexicon, fold

# the words a description may hold before its noun (« une autre jeune habitante »)
_BEFORE_NOUN = 2


def described_subject(registry, before: int, last_end: int) -> str | None:
    """The key of the person or group described (not named) as the subject of the sentence
    before the quotation's (it starts at ``before`` or after), met after ``last_end``;
    None when a person was named since then (that name is the fresh one), or when a definite
    description takes up a person named before (« L'éleveur » after « X, éleveur à Y »: the
    resolver's business, and the last speaker's words most often)."""
    if _person_named(registry, last_end, before):
        return None
    span = _read_before(registry, before, last_end)
    if span is None:
        return None
    phrase = registry.text[span[0] : span[1]]
    reading = read_source(phrase, registry.lex, False)
    if _definite(phrase, registry.lex) and _named_with(registry, reading.head):
        return None
    resolved = registry.resolve(phrase, span, reading, span[0])
    return resolved.key if resolved is not None else None


def _definite(phrase: str, lex: Lexicon) -> bool:
    """« Le maire », « cette habitante »: a description taking up someone, not « une autre »."""
    words = fold(phrase).replace("'", "' ").split()
    return words[0] not in lex.word_set("indefinite_articles") and "autre" not in words[:3]


def _named_with(registry, head: str) -> bool:
    """Whether a person named in the article was described with ``head``: a role, a title,
    or a noun in apposition right after one of the name's mentions (« X, éleveur à Y, »)."""
    for entity in registry.entities.values():
        if entity.label != "named" or entity.key.startswith("d:") or not entity.person:
            continue
        titles = " ".join(title[0] for title in entity.titles)
        if head in entity.roles or head in entity.heads or head in fold(titles).split():
            return True
        if any(_apposed(registry.text, mention[1], head) for mention in entity.mentions):
            return True
    return False


def _apposed(text: str, end: int, head: str) -> bool:
    """« X, éleveur à Y », « X, la jeune maire »: ``head`` among the first words after the
    comma that follows a name."""
    after = text[end : end + 40]
    return after.startswith(",") and head in fold(after[1:]).replace("'", "' ").split()[:3]


def _person_named(registry, start: int, end: int) -> bool:
    """Whether the narration named a person between ``start`` and ``end``."""
    for seen in reversed(registry.seen):
        if seen.offset < start:
            return False
        if seen.offset < end and registry.entities[seen.key].person:
            return True
    return False


def _read_before(registry, before: int, last_end: int) -> Span | None:
    """The described person opening the sentence before the quotation's, when that came
    after the last attribution and holds no quotation (French only). The quotation's own
    sentence is not read: its subject is as often the one the words were said to or about
    (« La victime a reçu une lettre : « … » », « La ministre essuie « une pluie de
    critiques » »; mend32b, review33)."""
    earlier = registry.words_before
    if registry.lex.language != "fr" or not earlier or earlier[0][0].start < last_end:
        return None
    if not all(outside for _, outside in earlier):
        return None
    tokens = [token for token, _ in earlier]
    if _undergone(tokens, registry.lex):
        return None
    return described_person(tokens, registry.lex)


def _undergone(tokens: list[Token], lex: Lexicon) -> bool:
    """A sentence whose subject received something or underwent the act (« La victime a
    reçu une lettre de la mairie. », « Un enfant a été blessé lundi. »): the lone quotation
    after it is the letter's or the one who acts (the mayor's), not the subject's words
    (mend45c; lexicon ``receiving_verbs``, as ``colon_quotation.received`` reads them)."""
    words = [fold(token.text) for token in tokens]
    if set(words) & lex.word_set("receiving_verbs"):
        return True
    being = lex.word_set("passive_only_being_forms")
    endings = tuple(lex.word_set("past_participle_endings"))
    return any(word in being and following.endswith(endings) for word, following in pairwise(words))


def described_person(tokens: list[Token], lex: Lexicon) -> Span | None:
    """« Une autre habitante », « Le maire sortant », « Des riverains »: a determiner, at
    most two words, a noun of a person (``someone_words``; after a plural determiner a noun of
    people), the adjectives after it and its complement in « de », opening the sentence
    (after a connective); the offsets of that noun phrase, or None."""
    start = 1 if tokens and fold(tokens[0].text) in lex.word_set("opening_connectives") else 0
    if len(tokens) < start + 2 or fold(tokens[start].text) not in _determiners(lex):
        return None
    plural = fold(tokens[start].text) in _plural_determiners(lex)
    people = someone_words(lex)
    for noun in range(start + 1, min(start + 2 + _BEFORE_NOUN, len(tokens))):
        word = tokens[noun].text
        if not word.isalpha() or not word.islower():
            return None
        if people_noun(fold(word), lex) if plural else fold(word) in people:
            while noun + 1 < len(tokens) and fold(tokens[noun + 1].text) in people:
                noun += 1  # « le jeune homme »
            if _share(tokens, noun + 1, lex):
                return None
            end = _noun_phrase_end(tokens, noun + 1, lex)
            return tokens[start].start, tokens[end - 1].end
    return None


def _share(tokens: list[Token], after: int, lex: Lexicon) -> bool:
    """« Un habitant sur deux », « un médecin sur trois »: a share of a population, a
    statistic, nobody who could speak (lexicon ``share_marks``)."""
    if after + 1 >= len(tokens) or fold(tokens[after].text) not in lex.word_set("share_marks"):
        return False
    return _number(tokens[after + 1].text, lex)


def _determiners(lex: Lexicon) -> frozenset[str]:
    """The determiners of a described person, singular (« un », « la », « cette ») and
    plural (« des », « plusieurs »: a group)."""
    kinds = ("indefinite_articles", "singular_definite_articles", "pointing_determiners")
    return lex.word_sets(*kinds) | _plural_determiners(lex)


def _plural_determiners(lex: Lexicon) -> frozenset[str]:
    """« des », « plusieurs », « quelques »: a group of people, vague."""
    return frozenset(w for w in lex.word_set("vague_determiners") if " " not in w)


def _noun_phrase_end(tokens: list[Token], end: int, lex: Lexicon) -> int:
    """Past the adjectives after the noun and one complement in « de » (« du quartier »)."""
    verbs = verb_forms(lex)
    while end < len(tokens) and _adjective(tokens[end].text, verbs, lex):
        end += 1
    if end + 1 < len(tokens) and fold(tokens[end].text) in lex.word_set("complement_marks"):
        stop = end + 1
        if fold(tokens[stop].text) in {"la", "l'"} and stop + 1 < len(tokens):
            stop += 1
        if _number(tokens[stop].text, lex) and stop + 1 < len(tokens):
            end = stop + 2  # « de 70 ans », « de neuf ans »
        elif tokens[stop].text.isalpha() and fold(tokens[stop].text) not in verbs:
            end = stop + 1
    return end


def _adjective(word: str, verbs: frozenset[str], lex: Lexicon) -> bool:
    """A lower-case word with an adjective's or a participle's ending (lexicon
    ``described_adjective_endings``: « sortant », « âgée »), no verb form (« vient »)."""
    folded = fold(word)
    endings = lex.word_set("described_adjective_endings")
    ends = any(folded.endswith(ending) for ending in endings)
    return word.isalpha() and word.islower() and folded not in verbs and ends


def _number(word: str, lex: Lexicon) -> bool:
    """A count in digits or in words (« 70 », « neuf »)."""
    return word.isdigit() or fold(word) in lex.word_set("number_words")
