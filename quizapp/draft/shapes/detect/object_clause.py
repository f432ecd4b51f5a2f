"""A cue followed by its object: "a annoncé mercredi avoir arrêté…", "accused Israel of
distorting…", "told CNN he would…", an English "said" with no "that".

Moved out of detect/clauses.py, which holds the other shapes of reported clauses; which verb
the cue is and what object it takes is read in detect/object_verb.py (tidy39); an object that
ends on a colon opening a quotation, in detect/object_colon.py (tidy56).
"""

from __future__ import annotations

import re
from dataclasses import replace

from quizapp.draft.clause.inverted_subjects.clauses import (
    inverted_after_comma,
    quotation_closes_before,
)
from quizapp.draft.clause.objects.act_nouns import proposed_act
from quizapp.draft.clause.objects.allowed import (
    comma_outside_quotes,
    conduct_object,
    in_apposition,
    in_relative,
    needed_preposition,
    object_allowed,
    object_antecedent,
    reflexive_missing,
    restricted_heads,
    said_noun_object,
    speech_noun_first,
)
from quizapp.draft.clause.objects.blamed import blamed_object
from quizapp.draft.clause.objects.contentless.intents import names_no_saying
from quizapp.draft.clause.objects.denied import denied_deed
from quizapp.draft.clause.objects.owned_stance import (
    headed_stance_object,
    owned_stance_object,
    stated_by_someone,
)
from quizapp.draft.clause.objects.participle_end import before_participle_cue
from quizapp.draft.clause.objects.readings import (
    clitic_judgement,
    declared_infinitive,
    measured,
    own_word_object,
    quoted_head,
    said_infinitive,
    self_described,
)
from quizapp.draft.clause.objects.start import SAID_OPENING, ObjectVerb, object_start
from quizapp.draft.clause.subjects.around_cue import source_before_clitic
from quizapp.draft.reporting.cues import Cue
from quizapp.draft.reporting.english_cue_forms.english_cues import possessed_object
from quizapp.draft.reporting.english_cue_forms.english_forms import reads_as_clause
from quizapp.draft.shapes.detect.clauses import reported
from quizapp.draft.shapes.detect.content_bounds import object_end
from quizapp.draft.shapes.detect.object_verb import (
    object_verb,
    purpose_object_end,
    reads_as_its_clause,
)
from quizapp.draft.shapes.detect.view import Draft, SentenceView, strip_span
from quizapp.draft.text.segment import Span, words_in
from quizapp.draft.words.lexicon import fold, folded_words, listed_verb_forms


def cue_then_object(view: SentenceView, cue: Cue, used: set[Span]) -> Draft | None:
    """ "a annoncé mercredi avoir arrêté…", "accused Israel of distorting…": what the verb
    reports is its object."""
    verb = object_verb(view, cue)
    if verb is None:
        return None
    # «…», a déclaré le maire, mardi: the noun after the verb is its subject (not after a
    # participle, which has none: « … », pointant « un manque »)
    if quotation_closes_before(view, cue) and not cue.participle:
        return None
    if inverted_after_comma(view, cue):
        return None  # "C, a jugé jeudi l'IRSN, après…": so too after a clause
    start = object_start(view, cue, verb)
    said = view.text[start : view.span[1]]
    stance = owned_stance_object(view, verb.bare, said) or denied_deed(view, verb, said)
    headed = not stance and headed_stance_object(
        view, verb.bare, said
    )  # « confirme les menaces sur… »
    stance = stance or headed
    proposed = proposed_act(view.lex, verb.bare, said)  # « propose la création d'un… »
    opens = _object_opens(view, verb, start, stance, proposed)
    if not (opens or clitic_judgement(view, cue, verb.bare, start)):
        return None
    if verb.clause_only and not reads_as_its_clause(view, verb, start, cue.span[0]):
        return None
    content = _object_content(view, cue, verb, start, stance or proposed)
    if content is None:
        return None
    antecedent = object_antecedent(view, cue)
    if antecedent is not None:  # "C'est un moratoire qu'elle demande à la ministre"
        content = (antecedent, content[1])
    draft = reported(view, cue, content, confidence=0.55)
    # the subject check only for objects the head noun adds (mend52b: « Le film souligne le
    # manque de … » was reported before objects52 and stays)
    plain = _object_opens(view, verb, start, False, proposed)
    added = headed and not (plain or clitic_judgement(view, cue, verb.bare, start))
    return None if added and not stated_by_someone(view, draft) else draft


def _object_opens(
    view: SentenceView, verb: ObjectVerb, start: int, stance: bool, proposed: bool
) -> bool:
    """A verb that needs a preposition ("insiste sur", "appelle à « … »") or a speech shape
    ("insiste : « … »") reports only when its object opens that way, is the subject's own
    stance (``stance``: « rappelle ses craintes sur », objects/owned_stance), or is a measure
    put forward, read as opening « proposer de » (``proposed``: « propose la création d'un… »,
    objects/act_nouns; the guards below hold for it too, mend45a)."""
    said = view.text[start : view.span[1]]
    preposition = needed_preposition(view, verb.bare)
    opened = preposition is not None and (proposed or preposition.match(said) is not None)
    opened = opened and not reflexive_missing(view, verb.bare, verb.words)
    spoken = SAID_OPENING.match(said) is not None or said_infinitive(view.lex, said)
    spoken = spoken or declared_infinitive(view.lex, verb.bare, said)
    spoken = spoken or said_noun_object(view, verb.bare, said)  # « lance un appel à… »
    spoken = spoken or stance
    spoken = verb.speech_only and (spoken or own_word_object(view, start))
    if measured(view, verb.words, verb.bare, said):
        return False  # "Le coût s'estime à deux millions": a measure, no opinion
    # not "a lancé une offensive", "appelle son fils", "propose des services"
    return opened or spoken or not (verb.speech_only or preposition is not None)


_PREPOSITION_THEN_QUOTE = re.compile(
    r"(?:de|d['’]|du|des|à|au|aux|sur|une?|la|le|les|l['’]|son|sa|ses|leurs?)\s*[«“\"]\s*\w", re.I
)


def _object_content(
    view: SentenceView, cue: Cue, verb: ObjectVerb, start: int, stance: bool
) -> Span | None:
    """The object up to its end (a comma when the cue is inside a relative or an apposition),
    when it is long enough and reads as something said (or is the subject's ``stance``)."""
    content = _object_span(view, cue, verb, start, stance)
    own_word = own_word_object(view, start)
    least = _least_words(view, cue, verb, start, content, own_word)
    if words_in(view.text, content) < least or re.match(r"[,.;:]", view.text[start:].lstrip()):
        return None
    if speech_noun_first(view, verb.bare, content):
        return None  # "rapporte des propos d'une source": the source speaks next
    if quoted_head(view, start):
        own_word = False  # "défend son « titre »": the verb's usual objects still decide
    return _said_object(view, verb, content, own_word or stance)


def _object_span(view: SentenceView, cue: Cue, verb: ObjectVerb, start: int, stance: bool) -> Span:
    """Where the object ends: its own end, but the first comma when the cue sits in a relative,
    an apposition or an « Après avoir … » opening (the main clause goes on after it), and
    before a participle cue that says something of its own."""
    end = object_end(view, max(start, verb.request_to))  # "a fustigé la « posture » de X : « … »"
    opening = fold(view.tokens[cue.first].text) == "avoir"  # "Après avoir dénoncé Y, X a…"
    if in_relative(view, cue) or in_apposition(view, cue) or opening:  # "X, invoquant Y, a…"
        comma = comma_outside_quotes(view, start, end)
        end = comma if comma > start else end
    end = before_participle_cue(view, start, end, stance)  # « … demandant son départ »
    end = purpose_object_end(view, cue, start, end)  # "Parents who attended … to voice X were"
    return strip_span(view.text, (start, end))


def _least_words(
    view: SentenceView, cue: Cue, verb: ObjectVerb, start: int, content: Span, own_word: bool
) -> int:
    """How many words the object needs before it counts as said: three by default, so that
    "a lancé une offensive" alone is not a statement; two where the object is a known kind of
    stance; one where the words themselves are the speaker's judgement or own state."""
    if clitic_judgement(view, cue, verb.bare, start) or own_word:
        return 1  # "le tribunal l'a déclarée discriminatoire", « estiment « réussie » »
    if self_described(view, cue, verb.words, verb.bare, content):
        return 1  # « X se dit sereine »: the subject's own state
    short = (
        verb.bare in listed_verb_forms(view.lex, "short_object_verbs")  # "a revendiqué l'attaque"
        or _stance_on_other(view, verb.bare, content)  # "a défendu la sélection"
        or _PREPOSITION_THEN_QUOTE.match(view.text, content[0]) is not None  # parle de « chantage »
        or possessed_object(fold(view.text[content[0] : content[1]]).split()[:3], view.lex)
        or conduct_object(view, verb.bare, content[0])  # "a appelé au calme": a listed conduct
    )
    return 2 if short else 3


def _said_object(view: SentenceView, verb: ObjectVerb, content: Span, kept: bool) -> Span | None:
    """The object once the verb's usual objects have had their say, since a long enough object
    is not yet a statement: a verb of blame keeps only a judged thing (cut before a relative),
    an object that names no saying is dropped, and one that is neither the speaker's own word
    nor the subject's stance (``kept``) must be an object the verb reports (lexicon)."""
    content = blamed_object(view, verb.bare, content)
    if content is None:
        return None  # "condemned controversial plans", "slammed the ball" (stance37, mend37a)
    if names_no_saying(view.lex, verb.bare, view.text[content[0] : content[1]]):
        return None  # « a justifié sa décision », « souhaite rester »: nothing said
    if not (kept or object_allowed(view, verb.bare, content)):
        return None  # "défend son titre": no stance, only "a défendu la sélection"
    return content


def _stance_on_other(view: SentenceView, bare: str, content: Span) -> bool:
    """A verb of restricted_objects whose object opens on a definite or demonstrative
    determiner (lexicon stance_object_determiners): its listed head is a thing already known
    that the speaker judges (« a défendu la sélection », not « a exclu une fusion »)."""
    first = folded_words(view.text[content[0] : content[1]])[:1]
    if restricted_heads(view, bare) is None or not first:
        return False
    return first[0] in view.lex.word_set("stance_object_determiners")


def clitic_judged(view: SentenceView, cue: Cue, used: set[Span]) -> Draft | None:
    """ "La décision tombe. Le maire l'a jugée inacceptable.": the clitic takes up the
    sentence before, but the adjective after the verb is what is said (tried before
    detect/inverted/told_before.clitic_takes_up_previous)."""
    if view.lex.language != "fr" or cue.first == 0:
        return None
    if fold(view.tokens[cue.first - 1].text) not in view.lex.word_set("direct_object_clitics"):
        return None
    verb = object_verb(view, cue)
    if verb is None or not clitic_judgement(view, cue, verb.bare, object_start(view, cue, verb)):
        return None
    draft = cue_then_object(view, cue, used)
    source = source_before_clitic(view, cue) if cue.pronoun is None else None
    return replace(draft, source=source) if draft and source else draft


def and_clause_after(view: SentenceView, draft: Draft) -> Draft | None:
    """ "The data was taken in May, the firm said, and most of it was sold": a clause joined by
    ", and" after an English final cue and its source is a second statement of that source,
    when it reads as a clause or holds a quotation and no cue of its own."""
    if view.lex.language != "en" or draft.cue is None or draft.content[1] > draft.cue[0]:
        return None
    after = max(draft.cue[1], draft.source[1] if draft.source else 0)
    joined = _AND_CLAUSE.match(view.text, after, view.span[1])
    if joined is None or any(c.span[0] >= joined.end() for c in view.cues):
        return None
    content = strip_span(view.text, (joined.end(), view.span[1]))
    quoted = any(content[0] <= q[0] < content[1] for q in view.quotes)
    if words_in(view.text, content) < 4:
        return None
    if not (quoted or reads_as_clause(view.lex, view.text[content[0] : content[1]])):
        return None
    kind = "mixed" if quoted else "indirect"
    return Draft(content, draft.cue, draft.source, kind, draft.pronoun, 0.6, draft.relay_text)


_AND_CLAUSE = re.compile(r"\s*,\s*and\s+")
