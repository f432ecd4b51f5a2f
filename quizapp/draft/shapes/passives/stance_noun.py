"""A noun qualified by the participle of a stance (« une victoire vivement contestée par
l'opposition », « une attaque revendiquée par le groupe »): the agent takes that stance on the
noun phrase, as « La victoire est contestée par l'opposition » says with « être ». Only the
verbs whose short object is already a statement (lexicon "short_object_verbs") read so: « les
chiffres annoncés par le ministère » stays a noun phrase. A verb of stance only (« partager »)
reports with « être » too when its subject is one of its nouns (« Cet avis est partagé par
X », never « La photo a été partagée par X »)."""

from __future__ import annotations

from quizapp.draft.clause.objects.allowed import object_allowed
from quizapp.draft.clause.subjects.clause_bounds import clause_start_before
from quizapp.draft.shapes.detect.view import SentenceView, strip_span
from quizapp.draft.shapes.passives.passive_lexicon import listed_forms
from quizapp.draft.text.segment import Span
from quizapp.draft.words.folding import ment_adverb
from quizapp.draft.words.lexicon import Lexicon, fold, listed_verb_forms


def stance_noun_before(view: SentenceView, index: int) -> Span | None:
    """The noun phrase (determiner, noun, up to three adjectives) right before the stance
    participle at ``index``, adverbs between them skipped; None when there is none."""
    form = fold(view.tokens[index].text)
    stance = form in listed_forms(view.lex, "noun_stance_verbs")
    at = index - 1
    while at >= 0 and _adverb(fold(view.tokens[at].text), view.lex):
        at -= 1
    quoted = _quotation_before(view, at) if at >= 0 else None
    if quoted is not None and not stance:
        return quoted
    if form not in listed_verb_forms(view.lex, "short_object_verbs") and not stance:
        return None
    for start in range(at, max(-1, at - 5), -1):
        word = fold(view.tokens[start].text)
        if not view.outside[start] or not word.replace("'", "").replace("’", "").isalpha():
            return None
        if word in view.lex.word_set("determiners"):
            noun = (view.tokens[start].start, view.tokens[at].end)
            allowed = not stance or object_allowed(view, form, noun)
            allowed = allowed and _requested_measure(view, form, fold(view.tokens[at].text))
            return noun if start < at and allowed else None
    return None


def quoted_words(view: SentenceView, span: Span) -> bool:
    """Whether ``span`` is all the words inside one quotation (its marks left out)."""
    return any(strip_span(view.text, (q[0] + 1, q[1] - 1)) == span for q in view.quotes)


def _quotation_before(view: SentenceView, at: int) -> Span | None:
    """« loin des « prix contenus » annoncés par X », « les "pratiques graves et
    intolérables" dénoncées par la ministre »: a quotation of words (it opens in lower case)
    ending right before the participle is what the agent said, whatever the verb (« les
    chiffres annoncés par le ministère » stays a noun phrase: no marks say it was said)."""
    end = view.tokens[at].end
    for start, stop in view.quotes:
        inside = view.text[start + 1 : stop - 1].strip()
        if stop == end and inside[:1].islower() and len(inside.split()) >= 2:
            return strip_span(view.text, (start + 1, stop - 1))
    return None


def stance_subject(view: SentenceView, index: int, being: int) -> bool:
    """The subject before the form of être at ``being`` is headed by one of the nouns the
    stance participle at ``index`` takes (lexicon restricted_objects: « Le sentiment
    d'insuffisance est partagé par la CGT »)."""
    start = clause_start_before(view, being)
    subject = strip_span(view.text, (start, being))
    form = fold(view.tokens[index].text)
    return subject[1] > subject[0] and object_allowed(view, form, subject)


def _requested_measure(view: SentenceView, form: str, noun: str) -> bool:
    """A verb of request (lexicon noun_request_verbs) after a noun asks for a measure or a
    decision of noun_request_heads (« une fermeture réclamée par X »), not for a thing
    (« les documents demandés par le juge »: review32, mend32c); other verbs pass."""
    requests = form in listed_forms(view.lex, "noun_request_verbs")
    return not requests or noun in view.lex.word_set("noun_request_heads")


def _adverb(word: str, lex: Lexicon) -> bool:
    return word in lex.word_set("stance_noun_adverbs") or ment_adverb(word, 6)
