"""How far a cue's verb reaches in its sentence: whether it closes the sentence after a comma
and so reports everything before it (« …, a dit cette source. », past its subject's apposition,
relative or setting), and whether it has a que/that clause of its own within a few words. Out
of ``content_bounds`` (tidy28), which had reached 288 lines: these read the cue and what
follows it, where ``content_bounds`` reads where the words it reports end."""

from __future__ import annotations

import re

from quizapp.draft.reporting.cue_forms.object_senses import closing_subject, prepositional_patterns
from quizapp.draft.reporting.cues import Cue
from quizapp.draft.shapes.detect.content_bounds import quote_with_own_cue
from quizapp.draft.shapes.detect.view import SentenceView
from quizapp.draft.text.segment import before_own_clause
from quizapp.draft.text.sentence.apposition import quoted_names_out
from quizapp.draft.words.lexicon import Lexicon, alternation, built_once, fold

_QUOTE_OR_THAT = re.compile(r"[«“\"]|\bque\b|\bqu'|\bthat\b")


@built_once
def _apposition(lex: Lexicon) -> re.Pattern[str]:
    """The comma before a participle set in apposition (lexicon ``apposed_participle_stems``,
    or any word in -ant / -ing): « , interrogé sur… », ", speaking to reporters"."""
    stems = lex.one_of("apposed_participle_stems")
    taking = r"\w+\s+(?:que\b|qu['’]|that\b)"  # « , persuadée que… »: its own clause
    return re.compile(rf",\s+(?=\w+(?:ant|ing)\b|(?:{stems})\w*\b|{taking})", re.IGNORECASE)


def closes_sentence(view: SentenceView, cue: Cue) -> bool:
    """ ", a dit cette source." at the very end: the cue governs everything before it."""
    before = view.text[view.span[0] : cue.span[0]]
    if not cue.participle and view.lex.language == "en" and _EN_FINAL_SUBJECT.search(before):
        return len(view.text[cue.span[1] : view.span[1]].split()) <= 4  # ", a source said."
    if cue.participle or not before.rstrip().endswith(",") or _object_follows(view, cue):
        return False
    end = view.span[1]
    colon = view.text.find(":", cue.span[1], end)
    if colon >= 0 and view.lex.language == "fr" and quote_with_own_cue(view, colon):
        end = colon  # "…, se désole un élu : « … », ajoute un autre."
    rest = view.text[cue.span[1] : end]
    rest = re.split(_apposition(view.lex), rest, maxsplit=1)[
        0
    ]  # ", réaffirmant…", ", interrogé sur…"
    rest = before_own_clause(rest)  # "…, l'ambassadeur, Jean Dupont." / ", le maire, qui…"
    rest = _own_relative(view.lex).split(rest, maxsplit=1)[0]  # « X, de la CGT, qui… »
    rest = closing_subject(view.lex, rest)  # ", après la décision de…", "X dans un point presse"
    rest = quoted_names_out(rest, view.lex)  # « X, chef du collectif « Y » »
    return len(rest.split()) <= 14 and not _QUOTE_OR_THAT.search(rest)


@built_once
def _own_relative(lex: Lexicon) -> re.Pattern[str]:
    """A comma and a relative (lexicon ``closing_subject_relatives``: « , qui », « , pour
    qui ») after the subject of a cue closing its sentence, however long that subject: the
    relative says its own thing (« …, a précisé à l'AFP X, de la fédération FO, qui dénonce
    « … » », « …, tempère la Fédération (Fnab), pour qui il ne s'agit pas d'un « … » »)."""
    words = alternation(lex.words("closing_subject_relatives"), loose_spacing=True)
    return re.compile(rf",\s+(?:{words})\s" if words else r"(?!)")


def _object_follows(view: SentenceView, cue: Cue) -> bool:
    """« …, appelle tous les Camerounais à refuser le résultat »: after a verb that needs a
    preposition (lexicon ``prepositional_cues``), words that open its object that way are
    that object, not the inverted subject of a cue closing its sentence."""
    form = fold(view.text[cue.span[0] : cue.span[1]]).split()[-1]
    preposition = prepositional_patterns(view.lex).get(form)
    return preposition is not None and preposition.match(view.text, cue.span[1]) is not None


# ", a Whitehall source said": an English subject of a few words after the last comma
_EN_FINAL_SUBJECT = re.compile(
    r",\s*(?:a|an|the|one|two|three|[A-Z][\w.'’-]*)\s(?:[\w.'’-]+\s){0,4}$"
)


def has_que_later(view: SentenceView, cue: Cue) -> bool:
    """The verb has its own que/that clause within a few words (before any comma or cue):
    not a relative (« celui que le journal a surnommé… ») nor a conjunction (« a ajouté un
    collègue alors que le directeur entrait »: lexicon conjunction_heads)."""
    subordinators = view.lex.word_set("subordinators")
    for index in range(cue.last + 1, min(cue.last + 6, len(view.tokens))):
        word = fold(view.tokens[index].text)
        if word in {",", ";", ":"} or any(c.first == index for c in view.cues):
            return False
        if word in subordinators:
            before = fold(view.tokens[index - 1].text)
            if before in view.lex.word_set("relative_heads"):
                return False
            joined = before in view.lex.word_set("conjunction_heads")
            return not joined or index - 1 == cue.last  # « ajoute même que », « dit alors que »
    return False
