"""Shown words that open on a personal pronoun of the third person (prompts49, after teacher49:
« Qui affirme qu'elle ne reculerait pas, selon l'article ? »). Out of the article such a pronoun
stands for nobody, and the article's words may not be rewritten (« Qui affirme ne pas vouloir
reculer » would put words in the speaker's mouth), so the questions choose among honest options:
a who-said-this or a match pair rests on another finding, and a true/false statement waits for a
true place, where « c'est Claire Darmon qui affirme qu'elle… » names the pronoun's person."""

from __future__ import annotations

from quizapp.draft.findings import Analysis, Attribution
from quizapp.draft.words.folding import folded_words
from quizapp.draft.words.lexicon import load

_OPENING_MARKS = "«“\"'’ʼ "


def pronoun_first(analysis: Analysis, found: Attribution, shown: tuple[int, int]) -> bool:
    """Whether the words of ``shown`` (the piece a question quotes or reports of ``found``)
    open on one of the lexicon's ``shown_pronouns``, after a « que » / "that" of their own. A
    French « il » before one of ``impersonal_il_verbs`` within three words (« qu'il faut »,
    « il y a ») is nobody's and reads alone."""
    lex = load(analysis.language)
    words = folded_words(analysis.passage(shown).lstrip(_OPENING_MARKS))
    if words[:1] and words[0] in lex.word_set("shown_pronoun_leads"):
        words = words[1:]
    if not words or words[0] not in lex.word_set("shown_pronouns"):
        return False
    if words[0] == "il" and analysis.language == "fr":
        return not set(words[1:4]) & lex.word_set("impersonal_il_verbs")
    return True
