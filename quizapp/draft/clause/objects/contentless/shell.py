"""An object that only names the matter a verb of telling was about (precision21): « a décrit
la situation de l'hôpital », « ont dit leur colère dans un communiqué », « a détaillé les
progrès de l'enquête », « ont annoncé la mauvaise nouvelle sur les réseaux sociaux ». A shell
noun (lexicon ``shell_nouns``) at its head holds no content of its own: what was told is
elsewhere, or nowhere, so the verb reports nothing a reader could be asked about. A verb that
judges what it names does report (« dénonce cette décision », « a démenti ces propos », « a
confirmé la nouvelle »), so only the neutral verbs of telling (lexicon ``telling_verbs``) are
read this way, and a shell noun whose content follows it (« son intention de démissionner »,
« la question de savoir si… », « la situation est grave ») keeps it. Any noun phrase does the
shell's work when a colon and a quotation follow it (« a expliqué la convergence des
objectifs : « … » », « lui ont demandé des preuves : « … » »): the quotation says it.

A verb of acting (lexicon ``act_verbs``: « ordonner ») names with a bare noun phrase a thing
ordered, no words: « ont ordonné le retrait d'un lot » (precision22: never keyed). Its « que »
clause or its quoted words still report. A verb of witnessing (lexicon ``witness_verbs``:
« constater ») reports what its subject found in a finite form or a participle (« qui
constate aussi une hausse de la clientèle locale »), at a lower confidence since the keys hold
it half the time (recall23v: precision22 dropped these too, and lost both keys of the first
fresh batch); its infinitive names a visit to see, nothing said (« pour constater l'ampleur de
l'incident »), and is dropped.

Such a finding is dropped once the whole article is read, not when its sentence is: the
subject still told something, and the quotation after it with no cue of its own (« X a
détaillé les progrès de l'enquête. Il en ressort que Y semble avoir « … » ») is still X's."""

from __future__ import annotations

import re
from dataclasses import replace

from quizapp.draft.clause.noun_phrases.noun_phrase import holds_finite_verb
from quizapp.draft.findings import Attribution
from quizapp.draft.text.segment import QUOTE_MARKS, Span
from quizapp.draft.words.lexicon import (
    Lexicon,
    built_once,
    fold,
    folded_words,
    listed_verb_forms,
    verb_forms,
)

_QUE_OR_QUOTED = re.compile(r"\bqu|[:«»“”\"]")

WITNESSED_CONFIDENCE = 0.45  # below a bare object's 0.55: the keys hold it half the time


def without_shell_objects(found: list[Attribution], text: str, lex: Lexicon) -> list[Attribution]:
    """``found`` less the findings whose content is only a shell object of their cue."""
    if lex.language != "fr":
        return found
    kept = [a for a in found if a.cue is None or not _bare_object(text, lex, a.cue, a.content)]
    return [_witnessed(text, lex, a) for a in kept]


def _bare_object(text: str, lex: Lexicon, cue: Span, content: Span) -> bool:
    """A shell noun after a verb of telling, any noun phrase after a verb of acting or after
    the infinitive of a verb of witnessing."""
    if shell_object(text, lex, cue, content) or act_object(text, lex, cue, content):
        return True
    return act_object(text, lex, cue, content, _witness_infinitives(lex))


def _witnessed(text: str, lex: Lexicon, found: Attribution) -> Attribution:
    """A finding of a verb of witnessing and its bare noun phrase, at a lower confidence."""
    reporting = _witness_forms_but_infinitive(lex)
    if found.cue is None or not act_object(text, lex, found.cue, found.content, reporting):
        return found
    return replace(found, confidence=min(found.confidence, WITNESSED_CONFIDENCE))


def shell_object(text: str, lex: Lexicon, cue: Span, content: Span) -> bool:
    """The content right after a verb of telling is a shell noun, its determiners and at most
    one adjective before it, and no verb, clause, infinitive or quotation after it; or any
    such noun phrase before a colon that opens a quotation."""
    gap = text[cue[1] : content[0]]
    if content[0] < cue[1] or len(gap) > 40 or _QUE_OR_QUOTED.search(gap):
        return False  # « a dit que… », a final cue, a colon: not the verb's bare object
    verb = fold(text[cue[0] : cue[1]]).split()[-1]
    passage = text[content[0] : content[1]]
    if verb not in listed_verb_forms(lex, "telling_verbs") or QUOTE_MARKS.search(passage):
        return False  # « évoque « un sentiment d'abandon » »: the speaker's own words
    words = [w.strip(",;") for w in folded_words(passage)]
    head = _head_at(lex, words)
    if head is None and _ANNOUNCED.match(text, content[1]):
        head = -1  # « a expliqué la convergence des objectifs : « … » »: the quotation says it
    if head is None or _content_follows(lex, words[head + 1 :]):
        return False
    return not holds_finite_verb(text, content, lex)  # « la situation est grave »


def act_object(
    text: str, lex: Lexicon, cue: Span, content: Span, forms: frozenset[str] | None = None
) -> bool:
    """The content right after a verb of ``act_verbs`` (or of ``forms``) is a bare noun
    phrase: it opens on a determiner, with no « que », colon or quotation mark between, and
    quotes no one."""
    gap = text[cue[1] : content[0]]
    if content[0] < cue[1] or len(gap) > 40 or _QUE_OR_QUOTED.search(gap):
        return False  # « a constaté que… », a final cue, a colon: no bare object
    if fold(text[cue[0] : cue[1]]).split()[-1] not in (
        forms or listed_verb_forms(lex, "act_verbs")
    ):
        return False
    passage = fold(text[content[0] : content[1]])
    first = passage.replace("'", "' ").split()[:1]
    if QUOTE_MARKS.search(passage) or not first:
        return False  # « constate « une baisse inquiétante » »: quoted words
    own = lex.word_set("addressee_prepositions")  # « a ordonné aux ministres de se taire »
    return first[0] in lex.word_set("determiners") and first[0] not in own


_ANNOUNCED = re.compile(r"\s*:\s*[«“\"]")


def _head_at(lex: Lexicon, words: list[str]) -> int | None:
    """Where the shell noun stands: past the determiners (and « de » of « fait part de »),
    the first word or the one after a single adjective (« la mauvaise nouvelle »)."""
    skipped = lex.word_sets("determiners", "partitive_markers")  # joined once
    at = 0
    while at < len(words) and words[at] in skipped:
        at += 1
    nouns = lex.word_set("shell_nouns")
    for candidate in (at, at + 1):
        if candidate < len(words) and words[candidate] in nouns:
            return candidate
    return None


def _content_follows(lex: Lexicon, rest: list[str]) -> bool:
    """A complement that says what the shell holds: « que … », « si … », « de + infinitive »
    (« son intention de démissionner »)."""
    openers, marks = lex.word_set("shell_content_openers"), lex.word_set("shell_infinitive_marks")
    for before, word in zip(["", *rest], rest, strict=False):
        if word in openers:
            return True
        if before in marks and re.fullmatch(r"\w+(?:er|ir|re)", word):
            return True
    return False


@built_once
def _witness_infinitives(lex: Lexicon) -> frozenset[str]:
    """The infinitives of ``witness_verbs`` (« constater »)."""
    return frozenset(fold(lemma) for lemma in lex.raw.get("witness_verbs", []))


@built_once
def _witness_forms_but_infinitive(lex: Lexicon) -> frozenset[str]:
    """Every form of ``witness_verbs`` but the infinitive (« constate », « constatant »)."""
    forms = {f for lemma in lex.raw.get("witness_verbs", []) for f in verb_forms(lex, lemma)}
    return frozenset(forms - _witness_infinitives(lex))
