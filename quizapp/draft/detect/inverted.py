"""A reporting verb whose subject comes after it because a relative or "comme" opens its clause.

  object relative    « Un parti pris que dément Paris »: what is denied is the noun before *que*
  comme-clause       « La crise est grave, comme l'a rappelé le ministre » / « comme le dit X »
                     « Comme il l'a rappelé, la crise est grave »
In both the words after the verb are its subject, not its object; "C'est ce qu'a dit X" says
nothing by itself and is no attribution (its content is in the sentence before).
"""

from __future__ import annotations

import re

from quizapp.draft.cues import Cue
from quizapp.draft.detect.view import Draft, SentenceView, has_quote, relay_window, strip_span
from quizapp.draft.english_cue_forms.english_forms import reads_as_clause
from quizapp.draft.inverted_subjects.subject import source_after
from quizapp.draft.lexicon import Lexicon, built_once, fold
from quizapp.draft.objects.readings import infinitive_of_a_verb
from quizapp.draft.segment import Span, words_in
from quizapp.draft.subjects.clause_bounds import clause_start_before


def verb_after_relative(view: SentenceView, cue: Cue) -> bool:
    """The verb stands just after an object *que* or after "comme l'" / "as": its subject
    follows it (or is a pronoun right before the clitic)."""
    if cue.kind != "verb" or cue.participle or cue.first == 0:
        return False
    if _relative_index(view, cue) is not None:
        return cue.pronoun is None
    if _as_clause(view, cue) is not None:
        return True
    return _comme_clause_start(view, cue) is not None or _cleft(view, cue) is not None


def relative_draft(view: SentenceView, cue: Cue) -> Draft | None:
    """The attribution of a verb that :func:`verb_after_relative` accepted."""
    as_clause = _as_clause(view, cue)
    if as_clause is not None:
        return _as_draft(view, cue, as_clause)
    comme = _comme_clause_start(view, cue)
    if comme is not None:
        return _comme_draft(view, cue, comme)
    cleft = _cleft(view, cue)
    if cleft is not None:
        return _cleft_draft(view, cue, cleft)
    que = view.tokens[_relative_index(view, cue) or cue.first - 1]
    content = _relative_content(view, que.start)
    pointing = view.previous is not None and content == strip_span(view.text, view.previous)
    source = _inverted_subject(view, cue, pointing)
    if content is None or source is None:
        return None
    rest = view.text[source[1] : view.span[1]]
    if not (pointing or re.match(_SUBJECT_END, rest)):
        return None  # "Les mesures qu'annonce le gouvernement ne suffiront pas": a subject
    kind = "mixed" if has_quote(view, content) else "indirect"
    return Draft(content, cue.span, source, kind, None, 0.6, relay_window(view, cue))


_SUBJECT_END = r"\s*(?:[,.;:!?…)]|qui\b|et\b|mais\b|$)"


def _relative_index(view: SentenceView, cue: Cue) -> int | None:
    """The token index of the object *que* right before the verb, or before one object
    clitic of the person told (« C'est ce que nous explique X », « ce que lui a confié
    X »); None when the verb follows no *que* (French only)."""
    if view.lex.language != "fr":
        return None
    before = _words_before(view, cue, 2)
    relative = view.lex.word_set("object_relative_pronouns")
    if before[-1:] and before[-1] in relative:
        return cue.first - 1
    if len(before) == 2 and before[0] in relative and before[1] in _told(view.lex):
        return cue.first - 2
    return None


@built_once
def _told(lex: Lexicon) -> frozenset[str]:
    """The object clitics of the person told, between *que* and the verb: the indirect ones
    (« lui », « leur », « nous »…) and those of the first and second person (« te », « t' »)."""
    return lex.word_sets("indirect_object_clitics", "personal_object_clitics")


def _relative_content(view: SentenceView, que: int) -> Span | None:
    """What the verb after an object *que* reports: the noun phrase before *que* (« Un
    parti pris que dément Paris »); the sentence before after a presentative (« C'est ce
    qu'a dit X », « Voilà ce qu'a annoncé X », « C'est, du moins, ce que… »); the clause
    before its comma when *ce que* sums it up (« La filiale sera revendue, ce que craignent
    les salariés »). None when *ce que* stands for nothing said."""
    text = view.text
    content = strip_span(text, (clause_start_before(view, que), que))
    words = fold(text[content[0] : content[1]]).split()
    summary = words[-1:] == ["ce"]
    presented = words[:1] and words[0].rstrip(",") in view.lex.word_set("presentatives")
    if presented and (len(words) <= 3 or summary):  # « C'est l'appel qu'a lancé X »
        return strip_span(text, view.previous) if view.previous else None
    if summary:
        comma = re.search(r",\s*(?:tout\s+)?ce\s*$", text[view.span[0] : que])
        if comma is None:
            return None
        content = strip_span(text, (view.span[0], view.span[0] + comma.start()))
        return content if words_in(text, content) >= 3 else None
    if len(words) < 2 or words[-1] == "tout":
        return None
    return content


def _inverted_subject(view: SentenceView, cue: Cue, pointing: bool = False) -> Span | None:
    """The subject after the verb, past adverbs ("que dément fermement Paris") and up to a
    verb of the main clause ("qu'annonce le gouvernement ne suffiront pas"); when the
    sentence points back (« C'est ce que réclamaient, samedi matin, des riverains »), past a
    setting between commas too (blocks37's reading, here since mend37c)."""
    rest = view.text[cue.span[1] : view.span[1]]
    aside = re.match(r"\s*,[^,.;:!?«»“”\"]{1,40},", rest) if pointing else None
    adverbs = re.match(r"(?:\s+\w+ment\b)*", rest[aside.end() :] if aside else rest)
    after = cue.span[1] + (aside.end() if aside else 0) + (adverbs.end() if adverbs else 0)
    moved = Cue(cue.first, cue.last, (cue.span[0], after), cue.kind, cue.pronoun)
    source = source_after(view, moved)
    if source is None:
        return None
    lex = view.lex
    main_verbs = lex.word_set("main_clause_verb_words")
    for token in view.tokens:
        word = fold(token.text)
        if source[0] < token.start < source[1] and (word in lex.auxiliaries or word in main_verbs):
            source = strip_span(view.text, (source[0], token.start))
            break
    return source if words_in(view.text, source) else None


@built_once
def _cleft_pattern(lex: Lexicon) -> re.Pattern[str]:
    """« c'est X qui » before the verb, maybe with an object clitic (lexicon
    ``indirect_object_clitics``: « qui nous le raconte ») and the clitic of the statement."""
    clitics = lex.one_of("indirect_object_clitics")
    return re.compile(
        r"(?i)\bc['’]est\s+((?:[\w'’.-]+\s+){0,7}?[\w'’.-]+)\s+qui\s+"
        rf"(?:(?:{clitics})\s+)?(?:l['’]|le\s+)?(?:\w+\s+)?$"
    )


def _cleft(view: SentenceView, cue: Cue) -> re.Match[str] | None:
    """ "…, c'est le Parisien qui nous le raconte": the name between *c'est* and *qui*."""
    if view.lex.language != "fr" or cue.pronoun is not None:
        return None
    found = _cleft_pattern(view.lex).search(view.text, view.span[0], cue.span[0])
    if found is None:
        return None
    lead = view.text[view.span[0] : found.start()]
    if lead.strip(" ,;") and not re.search(r"[,;]\s*$", lead):
        return None  # the cleft opens the sentence or a clause after a comma
    return found


def _cleft_draft(view: SentenceView, cue: Cue, cleft: re.Match[str]) -> Draft | None:
    """What was said is the clause before the comma, or the sentence before; none when the
    verb has an object of its own (:func:`_own_object`)."""
    if _own_object(view, cue):
        return None
    source = (cleft.start(1), cleft.end(1))
    if cleft.start() > view.span[0]:
        content: Span | None = strip_span(view.text, (view.span[0], cleft.start()))
    else:
        content = strip_span(view.text, view.previous) if view.previous else None
    if content is None or words_in(view.text, content) < 3:
        return None
    kind = "mixed" if has_quote(view, content) else "indirect"
    return Draft(content, cue.span, source, kind, None, 0.6, relay_window(view, cue))


def _own_object(view: SentenceView, cue: Cue) -> bool:
    """ "C'est le maire qui a annoncé la fermeture" / "… qui assure l'intérim" / "… qui a
    annoncé vouloir partir": no clitic before the verb takes up the words before (« qui nous
    le raconte »), and the verb's next word opens its own object (a determiner or an
    infinitive). The cleft then tells who did something, not who said the sentence before
    (precision37: four in five of these were no attribution). An object that itself takes
    that sentence up, « cette décision », « la nouvelle » (:func:`_takes_up`), is no object
    of its own (mend37e)."""
    before = _words_before(view, cue, 3)
    before = set(before[before.index("qui") + 1 :] if "qui" in before else before)
    if before & view.lex.word_sets("direct_object_clitics", "neuter_object_clitics"):
        return False
    after = [fold(token.text) for token in view.tokens[cue.last + 1 : cue.last + 3]]
    word = after[0] if after else ""
    if _takes_up(view.lex, after):
        return False
    return word in view.lex.word_set("determiners") or infinitive_of_a_verb(view.lex, word)


def _takes_up(lex: Lexicon, after: list[str]) -> bool:
    """The two words after the verb take up the sentence before: a demonstrative
    (« cette décision ») or a determiner and a noun of cleft_taken_up_nouns (« la nouvelle »,
    « l'information »)."""
    if not after or after[0] in lex.word_set("pointing_determiners"):
        return bool(after)
    head = after[1] if len(after) > 1 else ""
    return after[0] in lex.word_set("determiners") and head in lex.word_set("cleft_taken_up_nouns")


_AS_CLAUSE = re.compile(r"(?i)(?:^|,\s*)as\s+((?:[\w'’.-]+\s+){0,6}?[\w'’.-]+)\s*$")


def _as_clause(view: SentenceView, cue: Cue) -> re.Match[str] | None:
    """ "As the minister noted, …" / "…, as the report says.": the subject is before the
    verb and what is said is the rest of the sentence."""
    if view.lex.language != "en" or cue.participle or cue.pronoun is not None:
        return None
    found = _AS_CLAUSE.search(view.text, view.span[0], cue.span[0])
    if found is None or (found.start() > view.span[0] and not found.group().startswith(",")):
        return None
    if reads_as_clause(view.lex, view.text[cue.span[1] : view.span[1]].strip()):
        return None  # "…, as patients said they felt ripped off": the verb's own clause
    if any(found.start(1) <= other.span[0] < cue.span[0] for other in view.cues):
        return None  # "as patients said they felt": "felt" is said, no as-clause of its own
    return found


def _as_draft(view: SentenceView, cue: Cue, clause: re.Match[str]) -> Draft | None:
    text = view.text
    source = (clause.start(1), clause.end(1))
    if clause.start() <= view.span[0]:  # "As X noted on Tuesday, the economy…"
        comma = text.find(",", cue.span[1], view.span[1])
        if comma < 0:
            return None
        content = strip_span(text, (comma + 1, view.span[1]))
    else:
        content = strip_span(text, (view.span[0], clause.start()))
    if words_in(text, content) < 3:
        return None
    kind = "mixed" if has_quote(view, content) else "indirect"
    return Draft(content, cue.span, source, kind, None, 0.65, relay_window(view, cue))


def _words_before(view: SentenceView, cue: Cue, count: int) -> list[str]:
    return [fold(t.text) for t in view.tokens[max(0, cue.first - count) : cue.first]]


def _comme_clause_start(view: SentenceView, cue: Cue) -> int | None:
    """The token index of "comme" in "comme l'a dit X", "comme le souligne X", "comme il
    l'a rappelé", "as X said" is left to the English shapes; None when absent."""
    if view.lex.language != "fr":
        return None
    words = [fold(t.text) for t in view.tokens]
    index = cue.first - 1
    if index < 1 or words[index] not in view.lex.word_set("neuter_object_clitics"):
        return None
    index -= 1
    if words[index] in view.lex.word_set("third_person_subject_pronouns") and index > 0:
        index -= 1
    if words[index] == "comme" or (words[index] == "que" and index and words[index - 1] == "ainsi"):
        return index - 1 if words[index] == "que" else index
    return None


def _comme_draft(view: SentenceView, cue: Cue, comme: int) -> Draft | None:
    """The sentence without its comme-clause is what the subject of the clause said; set
    between a verb and its object clause (« X souligne, ainsi que l'a rappelé Y, qu'il
    faut… »), that clause. The subject is a pronoun before the clitic (« comme il l'a dit »),
    never « que » of « ainsi que »."""
    text = view.text
    pronoun = fold(view.tokens[cue.first - 2].text)  # « comme il l'a dit », not « ainsi que l'a »
    pronoun = pronoun if pronoun in view.lex.word_set("third_person_subject_pronouns") else None
    if pronoun is not None:
        source: Span | None = (view.tokens[cue.first - 2].start, view.tokens[cue.first - 2].end)
        clause_end = cue.span[1]
    else:
        source = source_after(view, cue)
        if source is None:
            return None
        clause_end = source[1]
    clause_start = view.tokens[comme].start
    if clause_start <= view.span[0] + 1:  # "Comme l'a dit X, la crise…"
        comma = re.match(r"[^,]*,", text[clause_end : view.span[1]])
        if comma is None:
            return None
        content = strip_span(text, (clause_end + comma.end(), view.span[1]))
    else:
        content = _object_after(view, clause_end) or strip_span(text, (view.span[0], clause_start))
    if words_in(text, content) < 3:
        return None
    kind = "mixed" if has_quote(view, content) else "indirect"
    return Draft(content, cue.span, source, kind, None, 0.65, relay_window(view, cue))


def _object_after(view: SentenceView, clause_end: int) -> Span | None:
    """The object clause right after an inserted comme-clause's closing comma (« …, ainsi
    que l'a rappelé Y, qu'il faut… »: lexicon ``subordinators``), to the sentence's end."""
    comma = re.match(r"[^,.;:]*,\s*", view.text[clause_end : view.span[1]])
    if comma is None:
        return None
    opener = _subordinator(view.lex).match(view.text, clause_end + comma.end(), view.span[1])
    return None if opener is None else strip_span(view.text, (opener.end(), view.span[1]))


@built_once
def _subordinator(lex: Lexicon) -> re.Pattern[str]:
    """« que » or « qu' » opening an object clause."""
    words = lex.one_of("subordinators")
    return re.compile(rf"(?i)(?:{words})(?:(?<=['’])|\b)\s*")
