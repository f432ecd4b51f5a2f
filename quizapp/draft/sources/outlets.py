"""Where an article names a news outlet: the outlet a statement went through (« a confié à
Politico », "told CNN"), the outlets named in a passage, a phrase that is an outlet's name.

An outlet that relays a statement is the statement's ``via``, not its speaker; an outlet
named as a subject is an organisation, never a person. The names are the lexicon's ``outlets``
list, with or without their article (« Le Parisien », « Parisien »).
"""

from __future__ import annotations

import re

from quizapp.draft.text.segment import Span
from quizapp.draft.text.word_patterns import WORD_BREAKS
from quizapp.draft.words.lexicon import Lexicon, alternation, built_once, fold

_ARTICLE = re.compile(r"(?:Les|Le|La|The)\s+|L['’]\s*")
_CONTRACTED = re.compile(r"(?:Les|Le)\s+")


def without_article(name: str, contracted_only: bool = False) -> str:
    """An outlet's name as the lexicon writes it (``outlets``), without its article when a
    capital follows (« Le Monde » -> « Monde », « L'Équipe » -> « Équipe », "The Hill" ->
    "Hill"; a lower-case "the Times" is a short form the lexicon keeps whole): the name as a
    mention or a relay writes it after an article of its own (« au Parisien », "to the Times").
    One function for the three readers that strip it (the mention pattern, ``is_outlet``,
    inverted_subjects/relays), which had three scopes: the mention pattern kept « L'Équipe » and
    « Les Échos » whole (no « L' », no accented capital), the relay cut « Les Echos » to
    « s Echos »; they agree on this one, the corpus' findings unchanged. ``contracted_only``
    keeps ``is_outlet`` to the articles « au », « du », « aux », « des » hold (le, les:
    « au Monde » -> « Monde »): « la Croix », "the Hill" keep theirs when written, and a lone
    « Croix », « Presse » or "Hill" (a surname) read as an outlet would make a person one."""
    found = (_CONTRACTED if contracted_only else _ARTICLE).match(name)
    rest = name[found.end() :] if found else name
    return rest if rest[:1].isupper() else name


def with_article(bare: str, lex: Lexicon) -> str:
    """An outlet's name with the article the lexicon writes it with (« du Point » ->
    « Le Point », « des Echos » -> « Les Echos »), the name itself when none is listed: one
    entity for an outlet however its article was contracted (anaphora/named_groups, resolve)."""
    full = _outlets_by_ending(lex).get(bare)
    return full if full and len(full.split()) == len(bare.split()) + 1 else bare


@built_once
def _outlets_by_ending(lex: Lexicon) -> dict[str, str]:
    """Each ending after a space of a capitalised outlet's name (« Point », « Echos »,
    « du Dimanche ») and the first outlet of the lexicon that ends so: ``with_article`` looked
    through every outlet at each mention; it looks up the same first one here."""
    endings: dict[str, str] = {}
    for name in lex.raw["outlets"]:
        if name[:1].isupper():
            words = name.split(" ")
            for index in range(1, len(words)):
                endings.setdefault(" ".join(words[index:]), name)
    return endings


def staff_outlet(text: str, span: Span, lex: Lexicon) -> str | None:
    """The outlet a newsroom's staff stand for: a listed one written in the phrase (« nos
    confrères du Monde » -> « Le Monde »), else the name or quoted title written after the
    outlet's own colleagues (lexicon ``outlet_colleagues``: « nos confrères de Ouest France »,
    « nos confrères du journal « le quotidien du sport » »); "" for them alone (« selon nos
    confrères »); None when the phrase names no outlet. Every such source the keys hold is
    that newsroom, named (7 of 7, 5 batches; labels22)."""
    found = outlet_mentions(text, span, lex)
    if found:
        return with_article(text[found[0][0] : found[0][1]], lex)
    written = _colleagues(lex).fullmatch(text, *span)
    if written is None:
        return None
    return (written.group("title") or written.group("name") or "").strip()


@built_once
def _colleagues(lex: Lexicon) -> re.Pattern[str]:
    """« nos confrères », then « de / du / d' », a kind of outlet (the last words of lexicon
    ``outlet_descriptions``) and a quoted title or a capitalised name."""
    kinds = alternation(d.split()[-1].removeprefix("l'") for d in lex.words("outlet_descriptions"))
    return re.compile(
        rf"(?i:{lex.one_of('outlet_colleagues')})(?:\s+(?i:d[eu]|d['’])\s*(?:(?i:{kinds})\s+)?"
        r"(?:[«“\"]\s*(?P<title>[^«»“”\"]+?)\s*[»”\"]|(?P<name>(?:l['’]|la\s|le\s)?[A-ZÀ-Ý].*)))?"
    )


def outlet_mentions(text: str, span: Span, lex: Lexicon) -> list[Span]:
    """Where outlets are named in a passage ("Le Parisien", "l'AFP", "CNN")."""
    return [m.span(1) for m in _outlet_pattern(lex).finditer(text, span[0], span[1])]


def relay_outlet(phrase: str, lex: Lexicon) -> str | None:
    """The outlet a statement went through ("a confié à Politico", "told CNN"), if one is named."""
    found = _outlet_pattern(lex).search(phrase)
    return None if found is None else found.group(1).replace("’", "'").removeprefix("l'")


@built_once
def _outlet_pattern(lex: Lexicon) -> re.Pattern[str]:
    """Any outlet's name, with or without its article, as a whole word. The lookahead first
    asks for a letter some name opens on: re tries the two hundred names one by one at each
    character, and most characters open none (speed45: a third of the time on French text,
    every match the same, since it only asks what each match begins with)."""
    names = set(lex.raw["outlets"]) | {without_article(n) for n in lex.raw["outlets"]}
    opening = {name[:1] for name in names}
    opening |= {"'", "’"} if opening & {"'", "’"} else set()  # an apostrophe matches either
    first = "".join(re.escape(letter) for letter in sorted(opening))
    ahead = "" if "" in opening else rf"(?=[{first}])"  # an empty name opens anywhere
    return re.compile(rf"{ahead}(?<![\w-])(" + alternation(names) + r")(?![\w-])")


def is_outlet(phrase: str, lex: Lexicon) -> bool:
    """Whether ``phrase`` is an outlet's name, with or without its article: « l'AFP », and
    « Monde » of « a confié au Monde le maire », where « au » holds the « Le » of « Le Monde »
    (read as a person's name, it took « le maire » for itself)."""
    folded = fold(phrase).strip()
    outlets = _outlet_names(lex)
    return folded in outlets or folded.removeprefix("l'") in outlets


@built_once
def _outlet_names(lex: Lexicon) -> frozenset[str]:
    """The outlets' names, folded, each also without the article that « au » / « du » / « aux »
    / « des » contracts (« Le Monde » -> « monde », « Les Echos » -> « echos »)."""
    outlets = lex.word_set("outlets")  # listed with or without their elided article
    bare = {fold(without_article(name, contracted_only=True)) for name in lex.raw["outlets"]}
    return outlets | bare


def outlet_only_refused(cue: str, subject: str, lex: Lexicon) -> bool:
    """ "The BBC has learned that…", "BBC Sports Editor X learned…": a verb of finding out
    (lexicon ``outlet_only_cues``) reports the outlet's own reporting, so only with a subject
    that names an outlet or describes one ("the newspaper"); "parents learned there is a
    change" tells what someone came to know, not what anyone says."""
    if fold(cue) not in lex.word_set("outlet_only_cues"):
        return False
    described = fold(subject) in lex.word_set("outlet_descriptions")
    return not described and relay_outlet(subject, lex) is None


def writes_its_name(phrase: str) -> bool:
    """« le magazine 60 Millions de consommateurs », « l'hebdomadaire Marianne »: a description
    of an outlet that writes the outlet's own name (a capital or a figure after its article and
    noun) is that outlet, never the last outlet met; « L'Agence France-Presse », capitalised
    from its noun on, is a name read as such."""
    words = WORD_BREAKS.split(phrase.strip())
    lower = len(words) > 2 and words[1][:1].islower()
    return lower and any(word[:1].isupper() or word[:1].isdigit() for word in words[2:])
