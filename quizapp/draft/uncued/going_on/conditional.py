"""The journalistic conditional going on after a source (French): « Selon l'Insee, l'inflation
alimentaire refluerait à 7 %. L'inflation d'ensemble s'élèverait à 4,4 %. » The conditional
is how a French news report keeps a claim at a distance without a cue of its own: a sentence
whose main verb is in the conditional, right after an attribution of the same paragraph, is
still that source's word (recall14: over heldout, keys of six blind batches hold 8 such
sentences in 7 articles; keys of three older ones leave 3)."""

from __future__ import annotations

from dataclasses import replace

from quizapp.draft.claims import conditional_form
from quizapp.draft.findings import Attribution
from quizapp.draft.pipeline.attributions import SentenceView
from quizapp.draft.shapes.detect.view import strip_span
from quizapp.draft.text.segment import SENTENCE_BETWEEN, words_in
from quizapp.draft.uncued.going_on.quoted_on import finding_ends
from quizapp.draft.words.lexicon import Lexicon, built_once, fold


def conditional_continuation(
    view: SentenceView, new: list[Attribution], para_found: list[Attribution]
) -> list[Attribution]:
    """The sentence as the last source's word when its main verb is a conditional (not a
    hedge of the outlet's own, « pourrait », lexicon ``conditional_hedges``), no verb or
    subordinate clause comes before it, and the paragraph's last attribution ends right
    before the sentence. Not a question, nor a sentence mostly quoted (its own rules)."""
    if view.lex.language != "fr" or new or not para_found:
        return []
    last = para_found[-1]
    # a sentence between (the attribution's own cue and subject may end its sentence: « “…”,
    # relate X. »)
    gap = view.text[max(finding_ends(last)) : view.span[0]]
    if SENTENCE_BETWEEN.search(gap) or view.text[slice(*view.span)].rstrip().endswith("?"):
        return []
    quoted = sum(q[1] - q[0] for q in view.quotes)
    if quoted * 2 >= view.span[1] - view.span[0] or not _main_verb_conditional(view):
        return []
    content = strip_span(view.text, (view.span[0], view.span[1]))
    content = (content[0], content[1] - 1) if view.text[content[1] - 1] == "." else content
    if words_in(view.text, content) < 4:
        return []
    kind = "mixed" if any(content[0] <= q[0] < content[1] for q in view.quotes) else "indirect"
    return [replace(last, content=content, cue=None, source=None, kind=kind, confidence=0.5)]


def _main_verb_conditional(view: SentenceView) -> bool:
    """The first verb outside quotations is a conditional, with no subordinating word before
    it (« qui », « si », « lorsque »: the conditional of a subordinate clause is no claim)."""
    stops, determiners = _stops(view.lex), view.lex.word_set("determiners")
    for index, (token, outside) in enumerate(zip(view.tokens, view.outside, strict=True)):
        word = fold(token.text)
        if not outside:
            continue
        if conditional_form(word, view.lex):
            hedge = word in view.lex.word_set("conditional_hedges")  # « pourrait »
            return not hedge and _wish_of_source(view, index)
        noun = index > 0 and fold(view.tokens[index - 1].text) in determiners  # « le manque »
        if (word in stops and not noun) or (
            word in view.lex.word_set("negation_particles")
            and not _negates_conditional(view, index)
        ):
            return False  # « rien ne semble corroborer …, et la réalité serait »: a verb first
    return False


def _wish_of_source(view: SentenceView, index: int) -> bool:
    """A conditional of wishing (lexicon ``wish_conditionals``: « aimeraient », « voudrait »)
    is its subject's wish: the source's only after a personal pronoun (« Il aimerait que… »,
    past its clitics), never after a noun (« Les ménages aimeraient y croire »)."""
    if fold(view.tokens[index].text) not in view.lex.word_set("wish_conditionals"):
        return True
    fillers = view.lex.word_set("clitic_fillers")
    before = (fold(t.text) for t in reversed(view.tokens[:index]))
    subject = next((word for word in before if word not in fillers), "")
    return subject in view.lex.word_set("subject_pronouns")


def _negates_conditional(view: SentenceView, index: int) -> bool:
    """The negation's verb, past its clitics (lexicon ``clitic_fillers``), is a conditional
    (« n'auraient été consultés », « n'en serait pas »)."""
    fillers = view.lex.word_set("clitic_fillers")
    for token in view.tokens[index + 1 : index + 4]:
        word = fold(token.text)
        if word not in fillers:
            return conditional_form(word, view.lex)
    return False


@built_once
def _stops(lex: Lexicon) -> frozenset[str]:
    """Words that say a verb or a subordinate clause came first: finite verbs and auxiliaries,
    relative and subordinating words (lexicon lists)."""
    return (
        lex.finite
        | lex.auxiliaries
        | lex.word_set("finite_verb_words")
        | lex.word_set("relative_openers")
        | lex.word_set("relative_pronouns")
        | lex.word_set("noun_phrase_lead_words")
        | lex.word_set("subordinators")
    )
