"""What the object of a reporting verb must look like for the verb to report: a verb of
speech only needs an infinitive or a quotation, "appeler" / "parler" need their preposition,
"défendre" a noun of stance, and a speech noun first means its owner speaks next (the patterns
of the prepositions are built in cue_forms/object_senses); where an object starts when a
relative took it up (its antecedent; the asides before it: ``start``) and ends (a
participle set off by commas); and a name with its apposition, which is no clause a final cue
could report."""

from __future__ import annotations

import re
from itertools import dropwhile

from quizapp.draft.clause.noun_phrases.noun_phrase import holds_finite_verb
from quizapp.draft.clause.objects.act_nouns import act_noun_head
from quizapp.draft.clause.objects.readings import CLITIC_INFINITIVE, people_word
from quizapp.draft.clause.subjects.clause_bounds import clause_start_before
from quizapp.draft.reporting.cue_forms.object_senses import (
    conduct_forms,
    prepositional_patterns,
    reflexive_only_forms,
)
from quizapp.draft.reporting.cue_forms.phrases import match_phrase
from quizapp.draft.reporting.cue_forms.verb_forms import object_first
from quizapp.draft.reporting.cues import Cue
from quizapp.draft.shapes.detect.view import SentenceView, has_quote, reflexive
from quizapp.draft.sources.speaker_phrases.source_dates import only_date
from quizapp.draft.text.segment import QUOTE_MARKS, Span
from quizapp.draft.text.sentence.clause_verbs import verbish
from quizapp.draft.text.sentence.syntax import person_like
from quizapp.draft.words.folding import ment_adverb
from quizapp.draft.words.lexicon import (
    Lexicon,
    built_once,
    fold,
    folded_words,
    listed_verb_forms,
    verb_forms,
)

_IT_IS = re.compile(r"\s*(?:c['’]est|ce\s+sont)\s+", re.I)


def needed_preposition(view: SentenceView, form: str) -> re.Pattern[str] | None:
    """The pattern the object of "appeler à", "parler de", "proposer de" must open with."""
    return prepositional_patterns(view.lex).get(form)


def reflexive_missing(view: SentenceView, form: str, words: list[str]) -> bool:
    """A verb of ``prepositional_cues`` marked "reflexive" reports only in its reflexive form
    (« le syndicat s'interroge sur les choix du ministère », not « l'appel interroge sur notre
    capacité », a thing that raises a question): ``words`` are the cue's folded words."""
    return form in reflexive_only_forms(view.lex) and not any(reflexive(w, view.lex) for w in words)


def conduct_object(view: SentenceView, form: str, start: int) -> bool:
    """The object of the verb opens with a listed noun of conduct (« a appelé au calme »):
    two words already report."""
    pattern = conduct_forms(view.lex).get(form)
    return pattern is not None and re.match(pattern, view.text[start:]) is not None


def restricted_heads(view: SentenceView, form: str) -> frozenset[str] | None:
    """The nouns a verb of the lexicon's "restricted_objects" reports with, by its form."""
    return _restricted_objects(view.lex).get(form)


@built_once
def _restricted_objects(lex: Lexicon) -> dict[str, frozenset[str]]:
    """Each form of a verb of "restricted_objects" -> its nouns; the infinitive too (« pour
    saluer les associations », « veut exclure les binationaux »: no stance either)."""
    table: dict[str, frozenset[str]] = {}
    for lemma, heads in lex.raw.get("restricted_objects", {}).items():
        forms = [fold(lemma), *verb_forms(lex, lemma)]
        table |= {f: frozenset(fold(h) for h in heads) for f in forms}
    return table


def object_allowed(view: SentenceView, form: str, content: Span) -> bool:
    """A verb of the lexicon's "restricted_objects" reports only with one of its nouns as
    the head of its object (the first word past the determiners)."""
    heads = restricted_heads(view, form)
    passage = view.text[content[0] : content[1]]
    if only_date(view.text, content, view.lex):
        return True  # « a déclaré le lundi 8 avril que… »: a date, no object
    if heads is None and _QUOTED_NOUN.match(passage):
        return True  # « anticipe une « légère baisse » »: the speaker's own words, quoted
    if heads is None and _CLITIC_INFINITIVE.match(passage):
        return True  # « a déclaré l'avoir vu »: a pronoun, not the article of an object
    if heads is None and said_noun_object(view, form, passage):
        return True  # « lance un appel aux autorités »: a noun of saying as the object
    if heads is None:  # no object before the clause of a verb of speech shapes (a relative)
        return not object_first(view.lex, form, passage)
    unquoted = QUOTE_MARKS.sub(" ", passage)  # « a exprimé son « irritation » »
    words = folded_words(unquoted)
    negation = view.lex.word_set("negation_adverbs")
    if all(w in negation for w in words):
        return True  # "n'exclut pas que…": the negation stands between verb and clause
    bare = [w for w in words if w not in negation]
    if bare and bare[0] in view.lex.word_set("told_prepositions") and len(bare) <= 3:
        return True  # « n'exclut pas à l'AFP que… »: a relay, not an object
    # articles, « de », quantities (« l'essentiel de »), intensifiers (« de vives réserves »)
    skipped = view.lex.word_sets("object_skipped_words", "quantity_heads", "object_intensifiers")
    head = next((w for w in words if w not in skipped and (w in heads or not _is_adverb(w))), "")
    return head in heads or head[:1].isdigit() or act_noun_head(view.lex, form, head)


def said_noun_object(view: SentenceView, form: str, passage: str) -> bool:
    """A verb of the lexicon's ``said_noun_objects`` (one that otherwise reports only in a
    speech shape) whose object's head, past the articles and intensifiers, is one of its
    nouns of saying (« lance un nouvel appel à la prudence »), unless the object is a
    procedure of ``unsaid_object_phrases`` (« lance un appel d'offres »)."""
    nouns = _said_nouns(view.lex).get(form)
    if nouns is None:
        return False
    words = object_words(passage)[:12]
    skipped = view.lex.word_sets("object_skipped_words", "object_intensifiers")
    rest = list(dropwhile(lambda w: w in skipped, words))
    return bool(rest) and rest[0] in nouns and not _unsaid_phrase(view.lex, rest)


def object_words(passage: str) -> list[str]:
    """The folded words of an object, its quotation marks left out (« son « profond »
    désaccord » reads as « son profond désaccord »): how a rule finds the object's head."""
    return folded_words(QUOTE_MARKS.sub(" ", passage))


@built_once
def _said_nouns(lex: Lexicon) -> dict[str, frozenset[str]]:
    """Each form of a verb of ``said_noun_objects``, its infinitive too -> its nouns."""
    table: dict[str, frozenset[str]] = {}
    for lemma, nouns in lex.raw.get("said_noun_objects", {}).items():
        table |= {f: frozenset(map(fold, nouns)) for f in [fold(lemma), *verb_forms(lex, lemma)]}
    return table


def _unsaid_phrase(lex: Lexicon, words: list[str]) -> bool:
    """``words`` open on a phrase of the lexicon's ``unsaid_object_phrases``."""
    return match_phrase(words, 0, lex.phrases("unsaid_object_phrases")) > 0


# An object that is an article and a quotation (« une « légère baisse » de… »).
_QUOTED_NOUN = re.compile(r"(?:un|une|des)\s*[«“\"]", re.IGNORECASE)

_CLITIC_INFINITIVE = re.compile(CLITIC_INFINITIVE, re.IGNORECASE)


def _is_adverb(word: str) -> bool:
    return ment_adverb(word, 6)  # "a salué chaleureusement l'accord"


def in_relative(view: SentenceView, cue: Cue) -> bool:
    """The verb is that of a relative clause set off by commas (", qui ont confirmé…,")."""
    words = view.folded_tokens[: cue.first]
    if "qui" not in words[-2:]:
        return False
    at = len(words) - 1 - words[::-1].index("qui")
    return at > 0 and words[at - 1] == ","


def speech_noun_first(view: SentenceView, bare: str, content: Span) -> bool:
    """ "rapporte des propos d'une source": the words of someone named next, who speaks; not
    "a démenti les accusations portées contre lui" (what is denied), nor after a verb of
    contesting (lexicon ``contest_verbs``): « réfute les critiques de ses adversaires » is the
    subject's own stance on those words (apposed37)."""
    if bare in listed_verb_forms(view.lex, "contest_verbs"):
        return False
    words = [fold(w) for w in view.text[content[0] : content[1]].replace("'", "' ").split()[:4]]
    nouns = view.lex.word_set("speech_nouns")
    return any(
        w in nouns and words[i + 1 : i + 2] and words[i + 1] in view.lex.word_set("de_forms")
        for i, w in enumerate(words[:2])
    )


APPOSED = re.compile(r"[^,]+,\s*(?:l['’]|le|la|les|un|une|son|sa|ses|leur)\b[^,]*$", re.I)


def verb_like(view: SentenceView, word: str) -> bool:
    """A word that says a clause is there (French only): a verb form, or a subject pronoun
    (lexicon ``subject_pronouns``)."""
    lex = view.lex
    return (
        verbish(word, lex)
        or word in lex.auxiliaries
        or word in lex.finite
        or word in lex.word_set("subject_pronouns")
    )


def subject_then_object(view: SentenceView, content: Span, source: Span | None) -> bool:
    """« Depuis des semaines, les salariés, qui ont formé un comité, dénoncent la fermeture
    du site », « Ce dernier, membre de l'association, dénonce le projet »: before the comma
    that precedes a French verb, no verb outside the relatives set off by commas, and after
    the verb no one who could speak (``source``, read after it, opens on no name nor word for
    a person or a body): the passage is the verb's subject and what follows its object, not
    a final cue's words (« Une injustice, estime Reginald » has its speaker after the verb)."""
    if view.lex.language != "fr" or source is None or source[0] < content[1]:
        return False
    after = view.text[source[0] : source[1]]
    words = folded_words(after)[:3]
    if person_like(after, view.lex) or any(people_word(view.lex, w) for w in words):
        return False
    if has_quote(view, content) or "," not in view.text[content[0] : content[1]]:
        return False  # « Les salaires progressent, constate l'institut »: no aside, a clause
    relatives = view.lex.word_set("relative_pronouns") | view.lex.word_set("relative_openers")
    relatives -= view.lex.word_set("subordinators")
    written = view.text[content[0] : content[1]].split(",")
    pieces = [fold(p).split() for p in written]
    person = person_like(written[0], view.lex)  # « Son avocat X, estimant que … , a demandé »
    kept = [p for i, p in enumerate(pieces) if p and not _aside(view, p, i * person, relatives)]
    words = [w for p in kept for w in p]  # relatives and participle asides left out
    return not any(
        verb_like(view, w) or reflexive(w, view.lex) for w in clause_words(" ".join(words))
    )


def _aside(view: SentenceView, piece: list[str], index: int, relatives: frozenset[str]) -> bool:
    """A piece set off by commas that is no part of the clause before the verb: a relative,
    or after a first piece that names a person (``index`` > 0 only then) a reporting verb's
    present participle (« Son avocat X, estimant que les propos ne relevaient pas de la
    diffamation, a demandé 6 000 euros », precision21; not « Les loyers augmentent encore,
    confirmant la tendance, constate l'observatoire »: a clause, then the final cue)."""
    first = piece[0]
    participle = len(first) > 5 and first.endswith("ant") and first in view.lex.finite
    return first in relatives or (index > 0 and participle)


def clause_words(passage: str) -> list[str]:
    return fold(passage).replace(",", " ").split()  # "l'est" (a region) is no verb


def comma_outside_quotes(view: SentenceView, start: int, end: int) -> int:
    """The first comma between ``start`` and ``end`` that no quotation holds, or -1: a
    relative's quoted object (« qui dénonce « un plan drastique, scandaleux… » », « qui
    évoque « des trackers de 3,16 m » ») runs past the commas inside its quotation, and
    any object past a number's decimal comma (« qui a annoncé une croissance à 2,0 % en 2018 »
    was cut at « à 2 », « 0 % en 2018 » left as a claim: sanity21)."""
    comma = view.text.find(",", start, end)
    while comma >= 0 and (
        any(q[0] < comma < q[1] for q in view.quotes) or _DECIMAL.match(view.text, comma - 1)
    ):
        comma = view.text.find(",", comma + 1, end)
    return comma


_DECIMAL = re.compile(r"\d,\d")


def in_apposition(view: SentenceView, cue: Cue) -> bool:
    """A French participle set off by commas before the main verb ("Le conseil, invoquant des
    fraudes, a invalidé…"): what it reports ends at the next comma."""
    if not cue.participle or cue.first == 0 or view.tokens[cue.first - 1].text != ",":
        return False
    comma = comma_outside_quotes(view, cue.span[1], view.span[1])  # « des « A, B », a… »
    verb = re.match(r",\s*(\S+)", view.text[comma : view.span[1]]) if comma >= 0 else None
    word = fold(verb.group(1)) if verb else ""
    verb_next = word in view.lex.auxiliaries or word in view.lex.word_set("main_clause_verb_words")
    return verb_next or reflexive(word, view.lex)  # « , s'est… »


def object_antecedent(view: SentenceView, cue: Cue) -> int | None:
    """Where the noun a French object relative takes up starts ("un moratoire" in "C'est un
    moratoire qu'elle demande"): what the verb reports opens there."""
    before = view.folded_tokens[max(0, cue.first - 2) : cue.first]
    relative = view.lex.word_set("object_relative_pronouns")
    pronouns = view.lex.word_set("third_person_subject_pronouns")
    if len(before) < 2 or before[0] not in relative or before[1] not in pronouns:
        return None
    que = view.tokens[cue.first - 2]
    start = clause_start_before(view, que.start)
    lead = _IT_IS.match(view.text[start : que.start])
    start += lead.end() if lead else 0
    words = view.text[start : que.start].split()
    if holds_finite_verb(view.text, (start, que.start), view.lex):
        return None  # « Me X a précisé qu'il demanderait… »: « que » completes a verb
    return start if 1 <= len(words) <= 8 else None
