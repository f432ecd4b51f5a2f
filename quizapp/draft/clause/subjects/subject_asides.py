"""The asides inside the words before a reporting verb that are no part of who speaks: a
clause with its own verb inside an apposition (« X, maire de la ville où il est né, affirme »),
a relative set off by commas ("X, a spokeswoman for Y, where a strike was held, said") and a
clause in brackets that says whose side the one before it is on (« X, de Québec solidaire
(QS), »). ``around_cue`` asks them as it walks back from the verb to its subject. Out of
``apposed_subject`` (tidy28), which had reached 300 lines and reads the name set before an
apposition."""

from __future__ import annotations

import re

from quizapp.draft.shapes.detect.view import SentenceView, strip_span
from quizapp.draft.text.segment import Span
from quizapp.draft.words.lexicon import Lexicon, alternation, built_once, finite_or_auxiliary, fold

_QUE_OPENING = re.compile(r"qu(?:e\b|['’])")
_DEFINITE_ARTICLE = re.compile(r"(?:le|la|les|l['’])\b", re.I)

_INNER_CLAUSE = re.compile(r"\b(?:où|que|qu['’]|quand|lorsque|lorsqu['’]|where|when)\s*$", re.I)


def inner_clause_start(view: SentenceView, span: Span, verb: int) -> int | None:
    """« X, maire de la ville où il est né, affirme »: a clause with its own verb, opened by
    a subordinator and closed by the comma before the reporting verb, lies inside an
    apposition of the subject; where its subordinator starts (the subject is before it),
    else None."""
    inner = _INNER_CLAUSE.search(view.text, view.span[0], span[0])
    if inner is None or "," not in view.text[span[1] : verb]:
        return None
    if negated_que(view, inner.start()):  # « Bruno, qui n'a plus que deux ans, pense »
        return inner.start()
    lex = view.lex
    verbs, reflexive = finite_or_auxiliary(lex), lex.reflexive_auxiliaries
    words = [fold(t.text) for t in view.tokens if span[0] <= t.start < span[1]]
    return inner.start() if any(w in verbs or w in reflexive for w in words) else None


def negated_que(view: SentenceView, at: int) -> bool:
    """Whether a negation particle opens the clause of the « que » at ``at``. Meant for the
    restrictive « ne … que » (« n'a plus que deux ans à faire »: no clause opens, the words
    after it are the verb's object, never a subject; subject43), it is true of « ne croit pas
    que » too, where a clause does open: that clause holds its own verb, so
    ``inner_clause_start`` gives the same start either way (renamed from ``restrictive_que``,
    mend43b, review43 item 8). French only."""
    if view.lex.language != "fr" or not _QUE_OPENING.match(view.text[at : at + 3]):
        return False
    opened = max(view.text.rfind(mark, view.span[0], at) for mark in ",;:")
    clause = fold(view.text[max(opened + 1, view.span[0]) : at])
    particles = "|".join(re.escape(p) for p in view.lex.words("negation_particles"))
    return re.search(rf"(?:^|\s)(?:{particles})(?:\s|(?<=['’]))", clause) is not None


def relative_aside_end(view: SentenceView, span: Span, verb: int) -> int | None:
    """ "John, who requested that his surname be withheld, said", "X, a spokeswoman for Y,
    where a strike was held, said": the words before the verb's comma end a relative set off
    by commas (it opens on one of the lexicon's ``aside_relative_openers``) whose own clause
    words ("that", "when") cut it short; the comma that opens it, where the subject ends, so
    that the walk goes on before it, else None."""
    own = re.match(r"(?:who|which)\b", view.text[span[0] : span[1]])
    if own or "," not in view.text[span[1] : verb]:
        return None  # "X, who lives here, said": around_cue reads a whole relative itself
    comma = view.text.rfind(",", view.span[0], span[0])
    aside = view.text[comma + 1 : span[1]].split(maxsplit=1) if comma >= 0 else []
    if not aside or fold(aside[0]) not in view.lex.word_set("aside_relative_openers"):
        return None
    marks = any(m in view.text[comma:verb] for m in '"“”«»')
    return None if marks else comma + 1


def aside_in_brackets(text: str, clause_start: int, start: int, span: Span, lex: Lexicon) -> bool:
    """A clause in brackets (« Alexandre X (QS) », « X, de Québec solidaire (QS), »,
    « X, cheffe de l'opposition (UDI), ») says whose side the one before it is on; it is
    no subject. After a body written with its article (« Le Parti québécois (PQ) », « les
    partis du Nouveau Front populaire (NFP) ») an acronym is the body's own, kept; words
    (« l'UDC (droite nationaliste) ») are still an aside."""
    if text[start - 1 : start] != "(" or text[span[1] : span[1] + 1] != ")":
        return False
    if any(c.islower() for c in text[span[0] : span[1]]):
        return True
    before = strip_span(text, (clause_start, start - 1))  # the clause before the bracket
    titled = _TITLED_NAME.search(text[before[0] : before[1]])
    if titled and fold(titled.group(1)) in lex.word_sets("person_descriptions", "held_offices"):
        return True  # « Le bourgmestre Willy X (PS) »: the party of the person named
    return _DEFINITE_ARTICLE.match(text[before[0] : before[1]]) is None


# a title in lower case, then a first name and a surname, closing the words before a bracket
_TITLED_NAME = re.compile(r"\b([a-zà-ÿ-]{3,})\s+[A-ZÀ-Ö][\w’'-]+(?:\s+[A-ZÀ-Ö][\w’'-]+)+$")


@built_once
def _open_relative(lex: Lexicon) -> re.Pattern[str]:
    """ ", who" / "– who" opening a relative set off by a comma or a dash (lexicon
    ``antecedent_relatives``); nothing closes it but the comma or dash before the verb, so no
    quotation mark nor stop lies between."""
    relatives = lex.one_of("antecedent_relatives")
    return re.compile(rf"[,–—]\s*(?:{relatives})\b[^.;:!?“”\"«»–—]*$")


def open_relative_start(view: SentenceView, subject: Span, verb: int) -> int | None:
    """ "This week Councillor Jane Roe, who represents Ashby on the town, district and county
    councils, denied…": the walk back from the verb stopped on a noun phrase inside a relative
    that a comma opened after the subject and the comma before the verb closes. A main verb's
    subject is never inside a relative clause, so the relative's comma is returned, for its
    antecedent to be read; None when no such relative holds the phrase (English only:
    French relatives are read by ``set_off_relative``). The phrase must be an item of a list
    inside the relative (``_list_item``): after "Jane Roe, who chairs the board, the mayor,
    Paul Smith, said" the relative closed at "board," and Paul Smith speaks (review32)."""
    if view.lex.language != "en" or view.text[subject[1] : verb].strip() not in {",", "–", "—"}:
        return None
    found = _open_relative(view.lex).search(view.text, view.span[0], subject[0])
    if found is None or not _list_item(view, found.start(), subject):
        return None
    return found.start()


def _list_item(view: SentenceView, relative: int, subject: Span) -> bool:
    """Whether the phrase is an item of a list the relative holds: a coordinator
    ("and", "or") inside it or right before it ("the town, district and county councils"),
    or a lower-case phrase right after a list comma. A name after a comma is rather an
    apposition ("the mayor, Paul Smith,"), the subject of a new clause."""
    text, joins = view.text, view.lex.word_set("coordinators")
    words = [fold(w) for w in text[relative : subject[1]].split()]
    inside = len(text[subject[0] : subject[1]].split())
    if any(w in joins for w in words[-inside - 1 :]):
        return True
    return text[relative : subject[0]].rstrip().endswith(",") and text[subject[0]].islower()


def relative_then_aside(before: str, lex: Lexicon) -> bool:
    """« …les patients qui, de concert, réclament des réponses »: the words before a verb end
    on a relative pronoun (lexicon ``relative_pronouns``) and one aside set off by commas, so
    the verb is the relative's own, its subject the antecedent, and the comma before it closes
    the aside, not a clause the verb would report after it (recall39)."""
    return _relative_aside(lex).search(before) is not None


def relative_before_aside(view: SentenceView, span: Span, verb: int) -> int | None:
    """Where the relative pronoun opens, when the clause ``span`` is an aside set off right
    after it and only its comma, maybe with an auxiliary, stands before the verb at ``verb``
    (« Paul X qui, lundi encore, dénonce », « les familles qui, toutes ensemble, ont
    réclamé »): the verb's subject is the relative's antecedent, whatever the verb before
    it (mend39c, after review39's item 7). French only, as ``relative_then_aside``."""
    between = fold(view.text[span[1] : verb]).strip(" ,")
    if view.lex.language != "fr" or (between and between not in view.lex.auxiliaries):
        return None
    found = _relative_aside(view.lex).search(view.text, view.span[0], span[1] + 1)
    return None if found is None or found.end() < span[1] else found.start()


@built_once
def _relative_aside(lex: Lexicon) -> re.Pattern[str]:
    """A relative pronoun, then an aside with no mark of a clause or a quotation, each set off
    by a comma, at the end of the text, maybe with an auxiliary after it."""
    pronouns = lex.one_of("relative_pronouns")
    auxiliary = alternation(lex.auxiliaries)  # « qui, toutes ensemble, ont réclamé »
    return re.compile(
        rf"\b(?:{pronouns})\s*,[^,;:.!?«»“”\"]{{1,60}},\s*(?:(?:{auxiliary})\s+)?$", re.IGNORECASE
    )
