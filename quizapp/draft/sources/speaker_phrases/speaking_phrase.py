"""A draft's source phrase cleaned to the words that speak: freed of a connective and a date,
widened to an apposed name, narrowed to a document's author, a work's agent or a team's lead,
never a clause nor a stray word, cut before a relative that holds another name, and given
back the article its preposition took (« des syndicats » -> « les syndicats »).

Moved out of resolved_drafts.py (tidy24), which had reached 300 lines; it reads and resolves
the phrase this returns.
"""

from __future__ import annotations

import re
from dataclasses import replace

from quizapp.draft.clause.noun_phrases.speaker_guards import speaker_phrase, without_own_verb
from quizapp.draft.names.naming.adverbs import without_connective
from quizapp.draft.names.naming.name_roles import team_lead
from quizapp.draft.shapes.colons.colon_speech import who_said
from quizapp.draft.shapes.detect.view import Draft, SentenceView
from quizapp.draft.sources.authored import document_author, document_owner
from quizapp.draft.sources.reading import span_text
from quizapp.draft.sources.speaker_phrases.figures import author_of_figures
from quizapp.draft.sources.speaker_phrases.phrase import (
    agent_of_work,
    set_off_agent,
    with_apposed_name,
)
from quizapp.draft.sources.speaker_phrases.source_dates import without_date, without_trailing_date
from quizapp.draft.text.segment import Span
from quizapp.draft.words.lexicon import Lexicon, built_once, fold, folded_words
from quizapp.draft.words.plural import written_plural


def cleaned_source(view: SentenceView, draft: Draft) -> tuple[Draft, Span | None, str]:
    """The draft with its source freed of a connective and a date and widened to an apposed
    name; the source that speaks (a document's author, a work's agent) and its phrase."""
    text, lex = view.text, view.lex
    source = without_date(text, without_connective(text, draft.source, lex), lex)
    source = without_trailing_date(text, source, lex)  # "Apple in March 2010 said"
    draft = replace(draft, source=with_apposed_name(text, view.span[0], source, lex))
    lead = team_lead(text, draft.source, lex) or document_owner(text, draft.source, lex)
    lead = lead or set_off_agent(text, draft.source, lex)  # "The letter, signed by X, says"
    if lead is not None:  # "Watson and colleagues calculated", "Google's filing said"
        return draft, lead, span_text(text, lead)
    source = document_author(text, agent_of_work(text, draft.source, lex), lex)
    cut = source == draft.source  # the subject as cut, not an author found in it (« de la… »)
    source = without_own_verb(text, source, lex)  # never a clause as a speaker
    source = speaker_phrase(text, source, lex) if cut else source  # nor a stray word
    source = author_of_figures(text, source, lex)  # « les estimations du ministère »
    source = who_said(text, source, lex)  # « Réponse de l'Élysée », « La réaction du maire »
    moved = source not in (None, draft.source)  # no source left: nothing to give an article
    source = _before_relative(text, source, lex)  # « l'actrice qui joue avec Brigitte X »
    source = _before_dash(text, source)  # "A school spokesperson - which is part of X -"
    phrase = span_text(text, source) or (draft.pronoun or "")
    if moved and not _determined(phrase, lex):
        phrase = _article_after(text, source, lex) + phrase  # the government's words
    return draft, source, phrase


def _determined(phrase: str, lex: Lexicon) -> bool:
    """The agent opens on its own determiner, a quantifier or a number (« les élus »,
    « plusieurs élus », « deux chercheurs », « un expert »): no article to give back; else
    « par plusieurs élus » read « le plusieurs élus »."""
    words = folded_words(phrase)
    if not words:
        return False
    keys = ("determiners", "vague_determiners", "anonymous_determiners", "number_words")
    return words[0][:1].isdigit() or any(words[0] in lex.word_set(key) for key in keys)


def _before_relative(text: str, source: Span | None, lex: Lexicon) -> Span | None:
    """« l'actrice qui partage ses initiales avec Brigitte Bardot »: a description opening on
    an article and a common noun, then a relative clause (lexicon ``relative_pronouns``)
    holding a name; the name is someone the description is compared with, the speaker is
    the description before the relative."""
    phrase = span_text(text, source)
    if source is None or not _DESCRIPTION_OPENING.match(phrase):
        return source
    found = _relative(lex).search(phrase)
    named = found is not None and re.search(r"\b[A-ZÀ-Ý]", phrase[found.end() :])
    return (source[0], source[0] + found.start()) if named else source


def _before_dash(text: str, source: Span | None) -> Span | None:
    """ "A Cottenham Village College spokesperson - which is part of the Astrea Academy Trust",
    "the defendant - a father of one", "The public body –": a dash (spaced hyphen, en or em
    dash) opens an aside on the speaker, or closes the phrase; the speaker is the words before
    it. Kept whole when the aside opens on a capital ("Their leader – Jo Bloggs"): a name in
    apposition, which says who speaks."""
    phrase = span_text(text, source)
    found = _DASH.search(phrase)
    if source is None or found is None or found.start() == 0:
        return source
    if phrase[found.end() :][:1].isupper():
        return source
    return source[0], source[0] + found.start()


_DASH = re.compile(r"\s+[-–—](?:\s+|$)")
_DESCRIPTION_OPENING = re.compile(r"(?:l['’]\s*|(?:le|la|les|ce|cet|cette|ces)\s+)[a-zà-ÿ]")


@built_once
def _relative(lex: Lexicon) -> re.Pattern[str]:
    """A subject relative pronoun after a word (lexicon ``relative_pronouns``: « qui »)."""
    return re.compile(rf"\s+(?:{lex.one_of('relative_pronouns')})\b")


def _article_after(text: str, source: Span | None, lex: Lexicon) -> str:
    """The article an author keeps once its preposition is set aside: « de la mairie » -> « la
    mairie », « des syndicats » -> « les », « du ministère » -> « le », "of the council" ->
    "the" (lexicon ``author_articles``: the first ending that closes what comes before)."""
    before = fold(text[max(0, source[0] - 6) : source[0]]) if source else ""
    pairs = lex.raw["author_articles"]
    article = next(article for ending, article in pairs if before.endswith(ending))
    first = folded_words(span_text(text, source))[:1]
    plural = dict(lex.raw["author_articles_plural"]).get(article)
    if plural and first and written_plural(first[0]):
        return plural  # « d'élus » -> « les élus », never « l'élus » (mend52b)
    return article
