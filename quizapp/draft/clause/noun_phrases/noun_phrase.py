"""Whether a source span is a noun phrase that can name a speaker.

A speaker's mention is a noun phrase: a determiner, a name or a pronoun at its head, no finite
verb of its own (one inside a relative clause, « les élus que France Bleu a interrogés », is the
phrase's), no leading preposition or infinitive marker. The clause readers cut a subject at a
comma or a clause word; when the words they cut hold a verb (« ce dernier a refusé de nous
parler, se contentant de déclarer ») or open with one (« …, qui, à 78 ans, brigue un mandat,
appelle »), a teacher would see a clause as the speaker. The readers ask here: the words before
the first verb, or nothing (they then look further back). The corpus test holds every
speaker mention to ``holds_finite_verb`` so the class cannot come back silently.
"""

from __future__ import annotations

from typing import NamedTuple

from quizapp.draft.names.naming.adverbs import without_connective
from quizapp.draft.shapes.detect.view import strip_span
from quizapp.draft.text.segment import Span, Token, tokens
from quizapp.draft.words.lexicon import Lexicon, built_once, fold, relative_words


@built_once
def _verb_words(lex: Lexicon) -> frozenset[str]:
    """Finite forms that are verbs wherever they stand: auxiliaries, « être », modals."""
    words = lex.word_set("finite_verb_words") | lex.auxiliaries | lex.reflexive_auxiliaries
    return words | lex.word_set("clause_finite_words")


@built_once
def _openers(lex: Lexicon) -> frozenset[str]:
    """First words that open a noun phrase in lower case: determiners, pronouns, quantifiers."""
    firsts = {w.split()[0] for key in _OPENING_LISTS for w in lex.words(key)}
    firsts |= {fold(w).split()[0] for w in lex.raw.get("pronouns", {})}
    firsts |= set(lex.words("number_words")) | lex.word_set("subject_clitics")
    return frozenset(firsts - lex.word_set("partitive_markers"))  # « de » alone opens none


def noun_phrase_openers(lex: Lexicon) -> frozenset[str]:
    """The lower-case first words of a noun phrase (benchmarks/speaker_phrase_scan.py reads a
    speaker opening on any other as no noun phrase)."""
    return _openers(lex)


_OPENING_LISTS = (
    "determiners",
    "vague_determiners",
    "anonymous_determiners",
    "partitive_openers",
    "noun_phrase_openers",
    "impersonal",
    "demonstrative_sources",
)


class _VerbSets(NamedTuple):
    """The lexicon's sets ``verb_index`` tests each word against, gathered once per lexicon:
    a long sentence without a verb is read to its end, one word at a time (speed59)."""

    relative: frozenset[str]
    determiners: frozenset[str]
    clitics: frozenset[str]
    neuter: frozenset[str]
    agent: frozenset[str]
    heard: frozenset[str]


@built_once
def _verb_sets(lex: Lexicon) -> _VerbSets:
    clitics = lex.word_sets("subject_clitics", "verb_clitics", "neuter_pronoun_subjects")
    return _VerbSets(
        relative_words(lex),
        lex.word_set("determiners"),
        clitics,
        lex.word_set("neuter_pronoun_subjects"),
        lex.word_set("agent_prepositions"),
        lex.word_set("heard_speech_nouns"),
    )


def verb_index(words: list[Token], lex: Lexicon, reporting: bool = True) -> int | None:
    """The index of the first word that is a finite verb of the phrase itself (a relative
    clause's verbs excepted): an auxiliary or a form of « être », a reporting verb's finite
    form not taken as a noun after a determiner (« la note »; left out unless ``reporting``),
    a subject clitic or a neuter pronoun followed by a word (« nous écrivons », « cela
    irrite »: never a noun phrase that speaks), a reflexive or negation clitic (« se sont »,
    « ne pas »), a French gerund (« en ajoutant »). A noun of speech that ends
    the phrase ("reports", lexicon ``heard_speech_nouns``) is its head, no verb. Each word is
    folded once, read as the word, then as the one before (speed59)."""
    sets, before = _verb_sets(lex), ""
    word = fold(words[0].text) if words else ""
    for index in range(len(words)):
        after = fold(words[index + 1].text) if index + 1 < len(words) else ""
        if word in sets.relative:
            return None
        found = _verb_at(words, index, (before, word, after), lex, reporting)
        if found is not None:
            return found
        before, word = word, after
    return None


def _verb_at(
    words: list[Token], index: int, near: tuple[str, str, str], lex: Lexicon, reporting: bool
) -> int | None:
    """``verb_index``'s test of one word, with the words before and after it, folded."""
    (before, word, after), sets, token = near, _verb_sets(lex), words[index]
    neuter = word in sets.neuter
    if word in sets.clitics and (index or not neuter) and _verb_follows(words[index + 1 :], lex):
        return index  # « nous écrivons », « se sont »: a clause of its own
    if token.text[:1].isupper() or before in sets.determiners:
        return None  # « l'Est », "Post", « la note »: no verb
    agent = after in sets.agent  # "a draft reported by…"
    finite = reporting and word in lex.finite and not (word in lex.participles and agent)
    finite = finite and not lex.is_phrase("verb_noun_compounds", f"{word} {after}")
    finite = finite and not (not after and word in sets.heard)
    if word in _verb_words(lex) or (finite and not _noun_after(words, index, lex)):
        return index
    gerund = before == lex.raw.get("gerund_preposition")  # « en ajoutant »
    if gerund and word.endswith(lex.raw["participle_clause_ending"]):
        return index - 1
    return None


def _noun_after(words: list[Token], index: int, lex: Lexicon) -> bool:
    """A determiner two words back: « sa dernière analyse », "the latest report" (a
    determiner, an adjective, then the word, a noun)."""
    return index >= 2 and fold(words[index - 2].text) in lex.word_set("determiners")


def _verb_follows(words: list[Token], lex: Lexicon) -> bool:
    """Whether a word other than a clitic or an adverb follows a clitic: « nous écrivons ces
    lignes » is a clause, « il l' » (before « affirme ») and "it also" (before "said") are the
    cue's own subject."""
    fillers = lex.word_set("clitic_fillers")  # « l' » at a span's end is written « l », « ' »
    kept = (fold(w.text) for w in words if w.text[:1].isalpha())  # read up to the first
    return any(w not in fillers and w + "'" not in fillers for w in kept)


def holds_finite_verb(text: str, span: Span, lex: Lexicon) -> bool:
    """Whether the words of ``span`` hold a finite verb of their own (see ``verb_index``)."""
    return verb_index(tokens(text, span, lex.language), lex) is not None


def participle_subject_fits(text: str, span: Span, lex: Lexicon) -> bool:
    """A French subject longer than the cap that is still one noun phrase: a determiner, a
    noun, and a past participle right after it with its complement (« L'organisme chargé de
    gérer le retour à l'emploi et les allocations chômage de millions de Français annonce »,
    « Une nouvelle étude publiée par des chercheurs … suggère »), no verb of its own, up to
    24 words (recall14). The endings are the lexicon's ``past_participle_endings``."""
    words = tokens(text, span, lex.language)
    if lex.language != "fr" or not 2 < len(words) <= 24 or any(w.text in '«»“”";:' for w in words):
        return False
    endings = tuple(lex.words("past_participle_endings"))
    opens = fold(words[0].text) in lex.word_set("determiners")
    participle = any(len(w.text) > 4 and fold(w.text).endswith(endings) for w in words[2:4])
    return opens and participle and verb_index(words, lex) is None


def _rounds_a_figure(words: list[Token], lex: Lexicon) -> bool:
    """A word that rounds a figure, then the figure (lexicon approximation_words: "About 40
    residents", "around 300"): a count of people, though "about" and "around" otherwise open a
    setting (lexicon non_noun_openers)."""
    if len(words) < 2 or fold(words[0].text) not in lex.word_set("approximation_words"):
        return False
    return words[1].text[:1].isdigit()


def opens_noun_phrase(text: str, span: Span, lex: Lexicon) -> bool:
    """Whether ``span`` opens as a noun phrase: never with a conjunction, a preposition or a
    verb; a capital, a digit, a determiner, a pronoun or a quantifier first; in English also
    a bare plural or mass noun ("officials said"); in French a bare noun that neither a
    determiner nor a preposition other than « de » follows, nor a participle ending ends
    (« associations et collectifs », not « inquiète pour »)."""
    words = tokens(text, span, lex.language)
    if _rounds_a_figure(words, lex):
        return True  # "About 40 residents said", « Environ 450 personnes »
    if not words or fold(words[0].text) in lex.word_set("non_noun_openers"):
        return False
    first, word = words[0].text, fold(words[0].text)
    if first[:1].isupper() or first[:1].isdigit() or word in _openers(lex):
        return True
    if verb_index(words[:2], lex, reporting=False) == 0:
        return False  # "has amplified"; "report lead author X" opens on a noun
    if lex.language == "en":
        return True
    return _bare_french_noun(words, lex)


def _after_lead(text: str, span: Span, lex: Lexicon) -> Span:
    """``span`` past an opening connective and a subordinator whose clause's subject follows
    (« comme l'UC le demande », "where investigators revealed")."""
    span = without_connective(text, span, lex) or span
    words = tokens(text, span, lex.language)
    if len(words) > 1 and fold(words[0].text) in lex.word_set("noun_phrase_lead_words"):
        return without_connective(text, (words[1].start, span[1]), lex) or span
    return span


def _bare_french_noun(words: list[Token], lex: Lexicon) -> bool:
    """A French phrase opening on a bare noun (« sources concordantes »), not on a verb or a
    participle with its object or complement (« brigue un mandat », « venus de toute la
    France » stays, being no worse than a noun's complement)."""
    word = fold(words[0].text)
    after = fold(words[1].text) if len(words) > 1 else ""
    if after in time_words(lex):  # « réunis mardi en mairie »: the word after the time
        after = next((fold(w.text) for w in words[2:] if fold(w.text) not in time_words(lex)), "")
    if word in lex.word_set("partitive_markers"):  # « de nombreux élus », not « d'ordinaire »
        return after in _openers(lex)
    if any(word.endswith(ending) for ending in lex.words("participle_endings")):
        return False
    return after not in lex.word_set("determiners") and after not in _prepositions(lex)


@built_once
def time_words(lex: Lexicon) -> frozenset[str]:
    """Days and times of day (lexicon ``weekdays``, ``time_words_after_verb``): alone after
    an inverted verb they name no subject (« , a parlé hier soir. »: inverted_subjects), and a
    participle may take them before its complement (« réunis mardi soir en mairie », « reçus
    hier par le préfet », subject43) where a bare noun is followed by none."""
    return lex.word_sets("weekdays", "time_words_after_verb")


@built_once
def _prepositions(lex: Lexicon) -> frozenset[str]:
    """The non-openers that follow a verb or a participle, never a bare noun's own words."""
    return lex.word_set("non_noun_openers") - {"et", "ou", "ni", "que", "qu'", "qui", "comme"}


def noun_phrase(
    text: str, span: Span | None, lex: Lexicon, participle: bool = False
) -> Span | None:
    """The noun phrase ``span`` names a speaker with, past a connective or subordinator: its
    words before their first verb other than a reporting one (a reader after this one takes
    "X said Y" apart), those after a conjunction that follows that verb ("The bins were
    outside and resident Blair Rennie"), before a ``participle`` cue the object that verb
    has ("The disclosures have some lawmakers calling for"), or None when no noun phrase
    opens it (« brigue un 6e mandat », « de lancer le parc »)."""
    if span is None:
        return None
    span = _after_lead(text, span, lex)
    words = tokens(text, span, lex.language)
    verb = verb_index(words, lex, reporting=False)
    if verb is not None:
        joined = [i for i in range(verb + 1, len(words) - 1) if _joins(words[i], lex)]
        if joined:
            return noun_phrase(text, (words[joined[-1] + 1].start, span[1]), lex)
        if participle and verb + 1 < len(words):
            return noun_phrase(text, (words[verb + 1].start, span[1]), lex)
        kept = [w for w in words[:verb] if w.text[:1].isalnum()]
        if not kept:
            return None
        span = (span[0], kept[-1].end)
    span = strip_span(text, span)
    return span if opens_noun_phrase(text, span, lex) else None


def _joins(word: Token, lex: Lexicon) -> bool:
    """A conjunction that opens a new clause (lexicon ``clause_joining_words``: « et »,
    "but")."""
    return fold(word.text) in lex.word_set("clause_joining_words")


def inverted_noun_phrase(text: str, span: Span | None, lex: Lexicon) -> Span | None:
    """The noun phrase of an inverted subject, past words the readers did not know before
    it (« explique-t-on du côté des équipes de secours », « a lancé jaune l'un d'eux », « a
    laissé tomber à son arrivée la ministre »: a preposition's own noun phrase first): from the
    first determiner no « de » opens as a complement; None when none opens (« à ce que »)."""
    if span is None:
        return None
    found = noun_phrase(text, span, lex)
    words = tokens(text, span, lex.language)
    if found is not None or not words:
        return found
    determiners, of = lex.word_set("determiners"), lex.word_set("partitive_markers")
    first = 2 if fold(words[0].text) in _prepositions(lex) else 1  # its own noun first
    for index in range(first, min(len(words), 8)):
        word, before = fold(words[index].text), fold(words[index - 1].text)
        opens = word in determiners or words[index].text[:1].isupper()  # « au micro Paul Roy »
        if opens and before not in of and words[index - 1].text[:1].isalpha():
            return noun_phrase(text, (words[index].start, span[1]), lex)
    return None
