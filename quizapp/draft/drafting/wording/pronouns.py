"""Shown words that open on a personal pronoun of the third person or a demonstrative (prompts49,
after teacher49: « Qui affirme qu'elle ne reculerait pas, selon l'article ? »; truefalse50:
« c'est Willy Schraen qui affirme qu'il n'a pas survécu », « … that this was the second of two
strikes »). Out of the article such a word stands for nobody, and the article's words may not be
rewritten (« Qui affirme ne pas vouloir reculer » would put words in the speaker's mouth), so the
questions choose among honest options: a who-said-this or a match pair rests on another finding,
and a true/false statement waits for a true place, where « c'est Claire Darmon qui affirme
qu'elle… » names the pronoun's person and an unsourced sentence is quoted as the article's own."""

from __future__ import annotations

from quizapp.draft.drafting.wording.clauses import has_verb
from quizapp.draft.findings import Analysis, Span
from quizapp.draft.words.folding import folded_words
from quizapp.draft.words.lexicon import Lexicon, load

_OPENING_MARKS = "«“\"'’ʼ "


def pronoun_first(analysis: Analysis, shown: Span) -> bool:
    """Whether the words of ``shown`` (the piece a question quotes or reports) open on one of
    the lexicon's ``shown_pronouns`` or ``shown_demonstratives``, after a « que » / "that" of
    their own (``shown_pronoun_leads``; "That meant…" is read both ways). A French « il »
    before one of ``impersonal_il_verbs`` within three words (« qu'il faut », « il y a ») is
    nobody's and reads alone."""
    lex = load(analysis.language)
    words = folded_words(analysis.passage(shown).lstrip(_OPENING_MARKS))
    if words[:1] and words[0] in lex.word_set("shown_pronoun_leads"):
        return _points_back(words, lex) or _points_back(words[1:], lex)
    return _points_back(words, lex) or _points_back(_past_fronted(words), lex)


def _past_fronted(words: list[str]) -> list[str]:
    """The words after a short phrase set before the subject by a comma (« Pendant trois
    heures, ils ont défilé », "Last year, they voted"), whose pronoun is the sentence's
    subject and stands for nobody out of the article as much as an opening one (questions51:
    « c'est Nathalie Vaumaise qui affirme que pendant trois heures, ils ont défilé »);
    none when no comma ends one of the first ``FRONTED_WORDS`` words."""
    for at, word in enumerate(words[:FRONTED_WORDS]):
        if word.endswith(","):
            return words[at + 1 :]
    return []


FRONTED_WORDS = 5


def _points_back(words: list[str], lex: Lexicon) -> bool:
    """The words open on a pronoun or a demonstrative that stands for what came before: an
    English "this" / "that" only as a pronoun, before a verb ("this was", not "this year")."""
    if not words:
        return False
    if words[0] in lex.word_set("shown_pronouns"):
        if words[0] == "il" and lex.language == "fr":
            return not set(words[1:4]) & lex.word_set("impersonal_il_verbs")
        return True
    for demonstrative in lex.words("shown_demonstratives"):
        size = len(demonstrative.split())
        if words[:size] == demonstrative.split():
            return lex.language == "fr" or size > 1 or has_verb(" ".join(words[1:2]), "en")
    return False
