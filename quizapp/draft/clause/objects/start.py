"""Where the object of a reporting verb starts: past a clitic's comma, a relay (« à l'AFP »),
a setting (« lors du conseil »), whom it was told ("told CNN", "told his players") and an
aside of time, date or backing set off by commas (« a salué, hier, le… »). Apart from what the
object must look like (``allowed``) and the shape that reads it (detect/object_clause): the same
walk serves both the cue-then-object shape and a clitic's judgement."""

from __future__ import annotations

import re
from typing import NamedTuple

from quizapp.draft.clause.inverted_subjects.subject import setting_words
from quizapp.draft.clause.objects.readings import CLITIC_INFINITIVE, said_infinitive
from quizapp.draft.reporting.cue_forms.object_senses import prepositional_patterns
from quizapp.draft.reporting.cues import Cue
from quizapp.draft.shapes.detect.view import SentenceView
from quizapp.draft.text.sentence.syntax import adverbs_length
from quizapp.draft.words.lexicon import Lexicon, alternation, built_once, clause_subjects, fold

_TO_A_NAME = re.compile(r"\s*(?:(?:à|au|aux|to)\s+(?:l['’])?[A-Z][\w.-]*(?:\s+[A-Z][\w-]*)*)?")


class ObjectVerb(NamedTuple):
    """The verb of a cue as its object reads it."""

    words: list[str]  # the cue's folded words
    verb: str  # the reporting word ("told" in "told reporters on Friday")
    bare: str  # without "s'" or "-t" ("s'engage" -> "engage")
    speech_only: bool  # a verb that reports only with a speech shape ("insiste : « … »")
    clause_only: bool = False  # "announced it was…", not "announced a merger"
    preposition_end: int = 0  # "had asked for…": the object starts past "for"
    request_to: int = 0  # "urged the board to act": the "to" the content runs on past


_TOLD_WHOM = re.compile(
    r"\s*(?:(?:[A-Z][\w.&'’-]*\s+)*[A-Z][\w.&'’-]*|reporters|journalists|him|her|them|me|us|"
    r"(?:the|a|an)\s+\w+)(?:\s+that)?(?=\s)"
)


_POSSESSED_HEARER = re.compile(r"\s*(?:his|their|our|my|its)\s+[a-z][\w-]*(?=\s)")


_OWNED_HEARER = re.compile(r"\s+([a-z][\w-]*)(?=\s+(\w+))")


def _clause_after_noun(view: SentenceView, owned: re.Match[str]) -> bool:
    """ "her daughter she felt": a noun, then a clause that does not open on a verb (in "told
    her police had come", "police" opens the clause)."""
    lex = view.lex
    noun, after = owned.group(1).lower(), owned.group(2).lower()
    if noun in lex.word_set("determiners") or noun in clause_subjects(lex):
        return False
    return after not in lex.word_set("clause_finite_words") and noun != "that"


def object_start(view: SentenceView, cue: Cue, verb: ObjectVerb) -> int:
    """Where the object starts: past a clitic's comma, a relay ("à l'AFP"), setting words,
    whom it was told, and an aside ("lors d'une conférence", "hier")."""
    start = max(cue.span[1], verb.preposition_end)
    clitic = cue.first > 0 and fold(view.tokens[cue.first - 1].text) in {"l'", "le"}
    if clitic and view.text[start:].lstrip().startswith(","):  # "Cette source l'assure, …"
        start = view.text.index(",", start) + 1
    relay = _TO_A_NAME.match(view.text[start:])
    start += relay.end() if relay else 0
    start += adverbs_length(view.lex, view.text[start : view.span[1]])  # « salue déjà le… »
    start = _past_adverbs_to_preposition(view, verb, start)  # « insiste surtout sur… »
    # "a annoncé mercredi dans un communiqué avoir arrêté…", "said on Monday it would…"
    past = _past_setting(view, start)  # "a annoncé lors du conseil vouloir…"
    start = (
        past if past > start else start + setting_words(view.lex, view.text[start : view.span[1]])
    )
    if verb.verb in view.lex.word_set("told_forms") and verb.words[-1] == verb.verb:
        told = _TOLD_WHOM.match(view.text, start)  # "told CNN he…"
        start = told.end() if told else start
        owned = _OWNED_HEARER.match(view.text, start) if told and told.group() else None
        if owned and told.group().strip() == "her" and _clause_after_noun(view, owned):
            start = owned.end()  # "told her daughter she felt…": a possessive, not "her"
        possessed = None if told else _POSSESSED_HEARER.match(view.text, start)
        start = possessed.end() if possessed else start  # "told his players the season…"
        start += setting_words(view.lex, view.text[start : view.span[1]])  # "… last week"
    aside = _ASIDE.match(view.text, start, view.span[1])  # "ont dit, lors d'une conférence, ne…"
    if aside and SAID_OPENING.match(view.text, aside.end(), view.span[1]):
        start = aside.end()
    return _after_time_aside(view.text, start, view.span[1], view.lex)  # "a « reconnu », hier, la…"


def _past_adverbs_to_preposition(view: SentenceView, verb: ObjectVerb, start: int) -> int:
    """Past the adverbs between a verb that reports only with its preposition and that
    preposition (« insiste surtout sur la cohérence », « parle plutôt d'un ou deux loups »,
    « se félicite lui aussi de la décision »): the object opens on the preposition, as it
    does with no adverb. ``start`` unchanged when the preposition does not follow them."""
    pattern = prepositional_patterns(view.lex).get(verb.bare)
    if pattern is None or pattern.match(view.text, start, view.span[1]):
        return start
    run = _preposition_adverbs(view.lex).match(view.text, start, view.span[1])
    if run is None or not pattern.match(view.text, run.end(), view.span[1]):
        return start
    return run.end()


@built_once
def _preposition_adverbs(lex: Lexicon) -> re.Pattern[str]:
    """A run of the adverbs of the lexicon's ``preposition_adverbs``, or of any word in
    « -ment » (« insiste longuement sur »), none of them a negation; two of them may be joined
    by « et », « parle encore et toujours d'une trahison » (recall34)."""
    words = alternation(lex.words("preposition_adverbs"), loose_spacing=True)
    adverb = rf"(?:{words}|(?!comment\b)[a-zà-ÿ]{{4,}}ment)(?!\w)"
    return re.compile(rf"(?:\s*{adverb}(?:\s+et\s+{adverb})?)+", re.I)


def _past_setting(view: SentenceView, start: int) -> int:
    """Past a setting with no comma (lexicon audience_prepositions, up to eight words) when
    what is said opens right after it: « a annoncé lors d'un conseil de territoire vouloir
    déprogrammer le film », « a dit devant les députés n'avoir rien su »."""
    lead = _setting_lead(view.lex).match(view.text, start, view.span[1])
    if lead is None:
        return start
    for count, word in enumerate(_WORD_END.finditer(view.text, lead.end(), view.span[1])):
        said = view.text[word.end() : view.span[1]]
        if count >= 8 or not word.group().strip()[:1].isalnum():
            return start
        if said_infinitive(view.lex, said) or SAID_OPENING.match(said):
            return word.end()
    return start


_WORD_END = re.compile(r"\s*(?:[\w-]+['’]?|\S)")


@built_once
def _setting_lead(lex: Lexicon) -> re.Pattern[str]:
    """A preposition of the lexicon's audience_prepositions opening a setting."""
    prepositions = lex.one_of("audience_prepositions")
    return re.compile(rf"\s*(?:{prepositions})(?:(?<=['’])|(?!\w))", re.IGNORECASE)


# What says a verb of speech only ("ajouter", "lancer") is reporting words after all: an
# infinitive ("ajoutant n'avoir pas voulu…", "assurant s'être soumis…") or a quotation
# ("lâche un « … »").
SAID_OPENING = re.compile(
    r"\s*(?:n['’]avoir|ne\s+pas|ne\s+plus|avoir|être|s['’]\s*être|se\s+\w+(?:er|ir|re)\b|"
    rf"{CLITIC_INFINITIVE}|"  # « ont déclaré l'avoir vu », « dit ne pas les avoir reçus »
    r"(?:(?:un|une|des|d['’]|de|du)\s*)?[«“\"])",
    re.IGNORECASE,
)


_ASIDE = re.compile(
    r"\s*,\s*(?:lors|dans|devant|au cours|pendant|en marge|à l['’]occasion|via|sur|"
    r"par\s+(?:le\s+biais|la\s+voix|voie))\b[^,]{0,60},"
)


_TIME_ASIDE = re.compile(
    r"\s*,\s*(?:hier|aujourd['’]hui|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
    r"(?:\s+(?:matin|soir|midi|après-midi))?\s*,(?=\s*\w)",
    re.IGNORECASE,
)


def _after_time_aside(text: str, start: int, end: int, lex: Lexicon) -> int:
    """Past a day, a date or a backing ("chiffres à l'appui") set off by commas between a verb
    and its object ("a salué, hier, le…", "a plaidé, en février 2021, pour…"; the months are
    the lexicon's date_words)."""
    aside = _TIME_ASIDE.match(text, start, end) or _date_aside(lex).match(text, start, end)
    aside = aside or _support_aside(lex).match(text, start, end)  # ", chiffres à l'appui,"
    return aside.end() if aside else start


@built_once
def _support_aside(lex: Lexicon) -> re.Pattern[str]:
    """ ", enquête à l'appui,", ", chiffres en main,": what backs the statement, set off by
    commas between the verb and its object (lexicon support_asides), or a discourse filler
    (« salue, de son côté, cet appel »)."""
    tails = alternation(lex.words("support_asides"), loose_spacing=True)
    fillers = alternation(lex.words("discourse_fillers"), loose_spacing=True)  # ", de son côté,"
    asides = [rf"(?:[\w'’-]+\s+){{1,3}}?(?:{tails})"] if tails else []
    asides += [fillers] if fillers else []
    either = "|".join(asides) or "(?!)"  # a lexicon with neither: no aside
    return re.compile(rf"\s*,\s*(?:{either})\s*,(?=\s*\w)", re.I)


@built_once
def _date_aside(lex: Lexicon) -> re.Pattern[str]:
    """ ", en février 2021,", ", le 3 mars,", ", fin juillet,": a date between commas."""
    months = "|".join(re.escape(w) for w in lex.words("date_words"))
    return re.compile(
        rf"\s*,\s*(?:en|début|fin|mi-|dès|le\s+\d{{1,2}}(?:er)?)\s*(?:{months})?\s*(?:\d{{4}})?"
        r"\s*,(?=\s*\w)",
        re.IGNORECASE,
    )
