"""Two cues whose content stands before them with no mark to join the two.

  unmarked inverted cue   « Le suspect a l'attitude d'un homme désabusé raconte une source
                          proche de l'enquête »: no comma before the verb, a source after it
  clitic taking up        « Le site fermera. Le maire l'a confirmé. »: « le » / « l' » before
                          the verb and nothing said after it take up the sentence before
Apart from ``inverted`` (a relative or « comme » opening the verb's clause), which with them
passed the ~300-line file limit.
"""

from __future__ import annotations

import re

from quizapp.draft.cues import Cue
from quizapp.draft.detect.view import Draft, SentenceView, has_quote, relay_window, strip_span
from quizapp.draft.lexicon import fold
from quizapp.draft.naming.roles import role_words
from quizapp.draft.segment import Span, words_in
from quizapp.draft.subjects.around_cue import source_before_clitic
from quizapp.draft.subjects.inverted_subject import source_after

_VERBISH = {"est", "sont", "était", "étaient", "sera", "serait", "va", "vont", "fait", "font",
            "peut", "peuvent", "doit", "doivent", "faut", "reste", "semble", "n'",
            "ne"}  # fmt: skip

# After the source: the sentence's end or a comma, maybe after where or when it was said.
_AFTER_SOURCE = re.compile(
    r"\s*(?:(?:dans|à|au|aux|lors|sur|devant|en|ce|mardi|lundi|mercredi|jeudi|vendredi|samedi|"
    r"dimanche|hier)\b[^,.;:«“\"]{0,40})?(?:([,.;!?])|$)"
)


def verbish(word: str) -> bool:
    """A finite verb of the clause before an unmarked cue: a frequent form, or a future,
    conditional or imperfect ending ("reprendra", "pourraient", "fallait")."""
    endings = ("ra", "ront", "rait", "raient", "ait", "aient")
    return word in _VERBISH or (len(word) > 5 and word.endswith(endings))


_SOURCE_OPENERS = {"un", "une", "le", "la", "l'", "les", "des", "ce", "cet", "cette", "son",
                   "sa", "ses", "leur", "notre"}  # fmt: skip


def unmarked_inverted_cue(view: SentenceView, cue: Cue, used: set[Span]) -> Draft | None:
    """ "Le suspect a l'attitude d'un homme désabusé raconte une source proche de l'enquête":
    an inverted cue with no comma before it, told by a clause before (with its own verb) and
    a source after (a description of someone, ending the sentence or followed by a comma)."""
    if view.lex.language != "fr" or cue.pronoun is not None or cue.participle:
        return None
    before = view.text[view.span[0] : cue.span[0]]
    if re.search(r"[,;:«»“”\"]\s*$", before) or cue.first < 4:
        return None
    lex = view.lex
    words = [fold(t.text) for t in view.tokens[: cue.first]]
    if not any(w in lex.auxiliaries or verbish(w) for w in words[1:]):
        return None  # "Le ministre dénonce une source de conflits": no clause before
    source = source_after(view, cue)
    if source is None:
        return None
    written = view.text[source[0] : source[1]].replace("'", "' ").replace("’", "’ ").split()
    phrase = fold(view.text[source[0] : source[1]]).replace("'", "' ").split()
    heads = lex.word_set("anonymous_heads") | lex.word_set("person_descriptions")
    if len(phrase) < 2 or phrase[0] not in _SOURCE_OPENERS:
        return None
    if phrase[1] not in heads and phrase[1] not in role_words(lex) and not written[1][:1].isupper():
        return None  # "…reprendra demain explique la Préfecture": a body or a name speaks
    after = _AFTER_SOURCE.match(view.text[source[1] : view.span[1]])
    if after is None:
        return None
    end = cue.span[0]
    if after.group(1) == "," and words_in(view.text, (source[1], view.span[1])) >= 3:
        end = view.span[1]  # the statement goes on after its source: one span over both
    content = strip_span(view.text, (view.span[0], end))
    kind = "mixed" if has_quote(view, content) else "indirect"
    return Draft(content, cue.span, source, kind, None, 0.6, relay_window(view, cue))


def clitic_takes_up_previous(view: SentenceView, cue: Cue, used: set[Span]) -> Draft | None:
    """ "Le vol de cocaïne ? Il le nie en bloc." / "Le site fermera. Le maire l'a confirmé.":
    a clitic *le* / *l'* before the verb and nothing said after it take up the sentence
    before (when nothing was attributed in it)."""
    if view.lex.language != "fr" or view.previous is None or cue.first == 0:
        return None
    if fold(view.tokens[cue.first - 1].text) not in view.lex.word_set("neuter_object_clitics"):
        return None
    rest = view.text[cue.span[1] : view.span[1]]
    if words_in(view.text, (cue.span[1], view.span[1])) > 4 or re.search(r"[«“\"]|\bque?\b", rest):
        return None
    source = source_before_clitic(view, cue)
    if source is None and cue.pronoun is None:
        return None
    content = strip_span(view.text, view.previous)
    while content[1] > content[0] and view.text[content[1] - 1] in "?!… ":
        content = (content[0], content[1] - 1)
    if words_in(view.text, content) < 2:
        return None
    kind = "mixed" if has_quote(view, content) else "indirect"
    return Draft(content, cue.span, source, kind, cue.pronoun, 0.55, relay_window(view, cue))
