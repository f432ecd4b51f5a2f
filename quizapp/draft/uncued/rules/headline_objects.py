"""What a headline's verb of demanding or taking a stance must be for its object to be a
statement (mend53b, review53 faults 8 and 9). recall53a let « dénoncer », « saluer »,
« regretter » report their bare object in a headline; two readings are no statement:

- the verb sits in a relative clause on the headline's subject (« Le chanteur qui dénonce
  la guerre en Ukraine se produit à Brest »): the headline's act is its main verb, the
  relative only describes the subject; a relative after the main verb tells what that
  party says (« …, pointées du doigt par deux associations qui dénoncent … », « le budget ne
  convainc pas l'opposition qui regrette un manque de projets »: keyed, kept);
- the object is a person (« Les habitants regrettent déjà leur ancien curé ») or a memory
  or homage (« Le maire salue la mémoire de son prédécesseur », lexicon
  ``framing_homage_heads``): someone is missed or honoured, nothing is said."""

from __future__ import annotations

from quizapp.draft.findings import Span
from quizapp.draft.names.naming.gender import person_nouns
from quizapp.draft.words.lexicon import Lexicon, finite_or_auxiliary, fold

_CLITICS = frozenset({"ne", "n", "se", "s", "y", "en", "lui", "leur", "les", "la", "le", "l"})
_LINKS = frozenset({"de", "du", "des", "d", "a", "au", "aux", "en", "pour", "sur", "contre"})


def stated_object(cue: Span, content: Span, text: str, lex: Lexicon) -> bool:
    """Whether a headline verb's object reads as a statement: the verb is no relative's
    and the object's head (its words before the first preposition) is no person, memory
    nor homage."""
    if _subject_relative(cue, text, lex):
        return False
    head = []
    for word in fold(text[content[0] : content[1]]).replace("'", " ").split()[:5]:
        if word in _LINKS:
            break
        head.append(word)
    heads = person_nouns(lex) | lex.word_set("framing_homage_heads")
    return not any(word in heads for word in head)


def _subject_relative(cue: Span, text: str, lex: Lexicon) -> bool:
    """The cue follows « qui » (clitics aside) that opens right after the headline's subject:
    at most five words from the line's start (or its colon), none a verb."""
    line = max(text.rfind("\n", 0, cue[0]), text.rfind(":", 0, cue[0])) + 1
    before = fold(text[line : cue[0]]).replace("'", " ").replace("’", " ").split()
    while before and before[-1] in _CLITICS:
        before.pop()
    if not before or before[-1] != "qui":
        return False
    subject = before[:-1]
    return len(subject) <= 5 and not set(subject) & finite_or_auxiliary(lex)
