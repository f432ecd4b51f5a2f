"""A quotation inside a sentence that tells what someone did, with no verb of saying: « Le
maire a ouvert la séance en rappelant « l'urgence de la situation » », « La directrice
enchaîne « nous n'avons plus de lits » », « Il se présente comme « le candidat du
renouveau » ». The outlet marks the words it takes from the subject of the sentence; with no
cue there, the reporting lexicon has nothing to find, so the subject is read as grammar
(``subjects/person_subject``): a person, a body or a pronoun, never a thing (narration33).

The quotation must be a phrase or a clause (``going_on/partial.quoted_phrase``), not a quoted
noun, inside the sentence rather than opening it (an opening quotation is a lone quotation's,
``rules/lone_quotes``), and no relative or subordinate clause may stand between the subject
and it: « Le maire a reçu les riverains, qui dénoncent « … » » is the riverains' words.
A quotation right after « comme » that gives the object of a verb of judging its attribute
is read apart (``rules/seen_as``, since tidy36).
"""

from __future__ import annotations

from quizapp.draft.clause.objects.readings import infinitive_of_a_verb
from quizapp.draft.clause.subjects.person_subject import (
    clause_between,
    past_aside,
    person_heads,
    person_subject,
)
from quizapp.draft.findings import Attribution
from quizapp.draft.pipeline.attributions import Draft, SentenceView
from quizapp.draft.shapes.detect.view import strip_span
from quizapp.draft.text.segment import Span, Token, words_in
from quizapp.draft.text.sentence.gerunds import gerund_in
from quizapp.draft.text.sentence.sentence_parts import past_participle
from quizapp.draft.uncued.going_on.partial import quoted_phrase
from quizapp.draft.uncued.rules.lone_quotes.alone import names_a_charge
from quizapp.draft.uncued.rules.seen_as import characterised
from quizapp.draft.words.lexicon import Lexicon, built_once, fold

_WORDS = 5  # a quotation of five words or more is a phrase whatever it opens on
_TITLE_WORDS = 4  # a capitalised quotation of four words or fewer mid-sentence is a title


def narrated_quote(
    view: SentenceView, new: list[Attribution], named_only: bool = False
) -> Draft | None:
    """The sentence's predicate, from its verb to its end, as a mixed statement of the
    subject, when the sentence has no finding (a cue whose object the rules refused, « lance
    un appel aux plus « … » », counts for none) and its first quotation is a phrase said
    inside the narration; at the low confidence of a statement with no cue. With
    ``named_only``, only a subject written as a name (« Paul Garnier n'avait « … » »): asked
    before the last speaker's account going on (``going_on/partial``) takes the sentence, a
    name there is someone else, a description or a pronoun may be the speaker's side."""
    if new or view.lex.language != "fr":
        return None
    return _said_inside(view, named_only) or characterised(view, named_only)


def _said_inside(view: SentenceView, named_only: bool) -> Draft | None:
    """The sentence's predicate as the subject's statement, when its first phrase-like
    quotation follows only the subject's own verb."""
    quote = _inner_quote(view)
    if quote is None:
        return None
    subject = person_subject(view, quote[0])
    if subject is None or (named_only and not _named(view, subject)):
        return None
    gap = (subject[1], quote[0])
    if clause_between(view, gap) or _document_between(view, gap) or _attribute(view, gap):
        return None
    if _qualifies_a_noun(view, gap) or not _only_its_verb(view, gap):
        return None
    content = strip_span(view.text, (subject[1], view.span[1]))
    return Draft(content, None, subject, "mixed", None, 0.5, "")


def _inner_quote(view: SentenceView) -> Span | None:
    """The first quotation opened and closed inside the sentence, past its first words, that
    is a phrase or a clause."""
    for quote in view.opened_quotes():
        if quote[1] > view.span[1] or not view.text[view.span[0] : quote[0]].strip():
            return None
        if _title(view.text, quote) or names_a_charge(view, quote):
            continue  # « le chant « On est là » », « une enquête pour « … » »: nobody's words
        count = words_in(view.text, quote)  # two words are a nickname: « dit « le Chinois » »
        if count >= _WORDS or (count > 2 and quoted_phrase(view.lex, view.text, quote)):
            return quote
        if count > 2 and _opens_on_infinitive(view, quote):
            return quote  # « entend « tendre la main » aux élus »: a verb phrase, no noun
    return None


def _opens_on_infinitive(view: SentenceView, quote: Span) -> bool:
    """A quotation opening on a lower-case infinitive (objects/readings: a verb the lexicon
    knows, or a word ending as only an infinitive does): the subject's own verb phrase,
    « veut « tendre la main » », « continue de « surveiller de près » le site », where a
    quoted noun of three words (« une « marche de la colère » ») is no one's words
    (narration34)."""
    words = view.tokens_within(quote[0], quote[1])
    first = next((t.text for t in words if t.text[:1].isalnum()), "")
    return first.isalpha() and first.islower() and infinitive_of_a_verb(view.lex, fold(first))


def _named(view: SentenceView, subject: Span) -> bool:
    """A subject opening on a capitalised word that is no determiner nor pronoun."""
    first = view.tokens_within(*subject)[0].text
    closed = view.lex.word_sets("determiners", "third_person_subject_pronouns")
    return first[:1].isupper() and fold(first) not in closed


def _title(text: str, quote: Span) -> bool:
    """A short quotation opening on a capital inside a sentence: a song's, a book's, an
    operation's title (« ont entonné « On ne lâche rien » »), not words said there."""
    capital = text[quote[0] + 1 : quote[1]].lstrip()[:1].isupper()
    return capital and words_in(text, quote) <= _TITLE_WORDS


def _document_between(view: SentenceView, gap: Span) -> bool:
    """A thing that carries words between the subject and the quotation (« a pris un arrêté
    « interdisant… » », « portait une banderole « … » », lexicon ``inscription_nouns`` and
    ``carrying_documents``): the quotation is its text, not what the subject said."""
    nouns = view.lex.word_sets("inscription_nouns", "carrying_documents")
    return any(fold(t.text) in nouns for t in view.tokens_within(*gap))


def _attribute(view: SentenceView, gap: Span) -> bool:
    """The quotation right after a colon (the colon rules' shape, with their counter-cases:
    ``rules/colon_quotes``), or as the attribute of a verb of state (« les salariés restent
    « dans une situation difficile » », lexicon ``copula_forms`` and ``state_verbs``): words
    said about the subject, by whoever spoke of it, rather than by it."""
    between = view.text[gap[0] : gap[1]].rstrip()
    if between.endswith(":"):
        return True
    words = [fold(t.text) for t in view.tokens_within(*gap)]
    states = view.lex.word_sets("copula_forms", "state_verbs")
    return 1 <= len(words) <= 2 and words[0] in states


def _qualifies_a_noun(view: SentenceView, gap: Span) -> bool:
    """A past participle with no auxiliary before it, right before the quotation or before
    the one preposition that opens it (« une minute de silence dédiée à « … » », « un projet
    baptisé « … » »): the participle qualifies a noun, and the quotation says what that thing
    is dedicated to or named, not what the subject said (« ont observé une minute… »: a cue
    of the lexicon in another sense)."""
    words = [fold(t.text) for t in view.tokens_within(*gap)][-3:]
    if words and words[-1] in view.lex.word_set("complement_prepositions"):
        words = words[:-1]
    if len(words) < 2 or not past_participle(words[-1], view.lex):
        return False
    return words[-2] not in view.lex.auxiliaries


def _only_its_verb(view: SentenceView, gap: Span) -> bool:
    """Only the subject's own verb between it and the quotation, with its clitics, its
    adverbs and « comme » (« n'avait « … » », « se présente comme « … » », « a ouvert la
    séance en rappelant « … » », read from the gerund on), past an aside on the subject.
    A determiner, a preposition, a negation, a name or a figure there (« a trouvé un message
    « … » », « a ignoré l'appel des riverains à « … » », « ne croit pas à « … » », « a
    entendu les habitants crier « … » ») sets the words in a noun phrase, someone else's
    mouth or a denial: the subject did not say them (review33). Past a cue of the lexicon
    whose object the rules refused, the words are that cue's object (``_cue_object``)."""
    start = _past_gerunds(view, gap)
    cue = next((c for c in reversed(view.cues) if start <= c.span[0] < gap[1]), None)
    verb_end = gap[1] if cue is None else cue.span[0]
    words = past_aside(view.tokens_within(start, verb_end))
    refused = _not_the_verb(view.lex)
    if any(_refused(t, refused) for t in words):
        return False
    return cue is None or _cue_object(view, (cue.span[1], gap[1]))


def _cue_object(view: SentenceView, gap: Span) -> bool:
    """The words between a cue and the quotation may be its object (« a argué de la
    stabilité du site et d'une « … » », « a appelé jeudi dans son rapport à « … » »), but
    not a negation, a name or a figure, a noun of someone's words (lexicon ``speech_nouns``:
    « a répondu aux critiques de l'opposition sur « … » ») nor a person or a body, whose
    words the quotation may be (« a écarté la demande des parents de « … » »)."""
    refused = view.lex.word_sets("negation_adverbs", "speech_nouns") | person_heads(view.lex)
    return not any(_refused(t, refused) for t in view.tokens_within(*gap))


def _refused(token: Token, refused: frozenset[str]) -> bool:
    """A word that is none of the verb's: a name, a figure or a word of ``refused``."""
    first = token.text[:1]
    return first.isupper() or first.isdigit() or fold(token.text) in refused


def _past_gerunds(view: SentenceView, gap: Span) -> int:
    """Where the gap's last gerund ends (its start when it holds none): the gerund's subject
    is the sentence's, so its object is read from there."""
    start = gap[0]
    found = gerund_in(view.lex, view.text, start, gap[1])
    while found is not None:
        start = found.end()
        found = gerund_in(view.lex, view.text, start, gap[1])
    return start


@built_once
def _not_the_verb(lex: Lexicon) -> frozenset[str]:
    """Determiners, prepositions, conjunctions and negations: never a verb's own words. A
    clitic that is no determiner (« en », « y ») is the verb's, though « en » is a preposition
    too (lexicon ``gerund_clitics``)."""
    keys = ("determiners", "complement_prepositions", "article_leads", "scene_openers")
    words = lex.word_sets(*keys) | lex.word_set("negation_adverbs")
    return words - (lex.word_set("gerund_clitics") - lex.word_set("determiners"))
