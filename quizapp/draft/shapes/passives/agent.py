"""The agent of a French passive, after « par »: a person or a body (« par la préfecture »,
« par l'avocat de la famille, Yassine X », the name in apposition speaking), never a manner
(« par téléphone », « par ailleurs »); with a verb that is no speech act by itself
(« annoncée »), it must name someone. Apart from the passive's families (``passive``) because
every family, the notice and the pairs « par X et de … par Y » read the agent this one way.

A time may stand between the participle and « par »: a weekday, an adverb (``SETTING``), or
since recall30 a date or a span of time the lexicon's words write (« dénoncés le 24 janvier
par », « annoncée début juillet par », « évoqué depuis plusieurs années par », « soulignée
d'emblée par »: ``time_setting``)."""

from __future__ import annotations

import re

from quizapp.draft.shapes.detect.view import SentenceView
from quizapp.draft.text.segment import Span
from quizapp.draft.text.sentence.apposition import with_apposed_name
from quizapp.draft.text.sentence.syntax import person_like
from quizapp.draft.words.lexicon import Lexicon, alternation, built_once, fold

_AGENT_OPENING = re.compile(r"(?i)(?:l['’]|les?\b|la\b|des\b|ses\b|son\b|sa\b|leurs?\b|[A-ZÀ-Ö])")

SETTING = (
    r"(?:\s+(?:\w+ment|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|matin|soir|"
    r"dernier|dernière|aussi|également|déjà))*"
)


_AGENT = (
    r"(?:\s*,[^,.;:«»“”\"]{1,40},)?\s*par\s+((?:[\w'’.-]+\s+){0,7}?[\w'’.-]+?)"
    r"(?<!\bde)(?<!\bà)"  # « par l'avocat de la famille »: no agent ends on its preposition
    r"(?=\s*(?:[,.;:!?()«»“”\"]|$)|\s+(?:et|qui|lors|dans|après|pour|contre|en|à|au|aux|le|la|les|a|ont|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)\s"
    r"|\s+d['’](?:avoir|être|\w+(?:er|ir|re)\b)|\s+de\s+(?:ne\s|n['’]|\w+(?:er|ir|re)\b))"
)


@built_once
def time_setting(lex: Lexicon) -> str:
    """What may stand between a passive participle and « par »: the words of ``SETTING``, or
    a time the lexicon writes: a lead (``agent_time_leads``: « le », « début », « depuis »…)
    then up to four words of a time, one of them a month, a number or a time noun (« le 24
    janvier », « début juillet », « depuis des années », « dès 2019 »), or a whole adverbial
    phrase (``agent_time_adverbs``: « d'emblée », « à nouveau »)."""
    leads = alternation(lex.words("agent_time_leads"))
    marks = alternation(lex.words("agent_time_nouns") + lex.words("date_words"))
    words = alternation(lex.words("agent_time_words") + lex.words("weekdays"))
    word = rf"(?:{marks}|{words}|\d+(?:er)?)"
    time = rf"(?:{leads})(?:[\s-]+{word}){{0,3}}?[\s-]+(?:{marks}|\d+(?:er)?)(?!\w)"
    time += rf"(?:\s+(?:{words}))?"  # « le 5 mars dernier »
    adverbs = alternation(lex.words("agent_time_adverbs"))
    return rf"(?i:\s+(?:{time}|{adverbs or '(?!)'}))?" + SETTING


@built_once
def _agent(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(time_setting(lex) + _AGENT)


def agent_after(view: SentenceView, at: int, strict: bool) -> Span | None:
    """The agent after "par"; with a verb that is not a speech act by itself ("annoncée"), it
    must name a person or a body, else any noun phrase but a manner ("par téléphone")."""
    found = _agent(view.lex).match(view.text, at, view.span[1])
    if found is None:
        return None
    if not agent_phrase(found.group(1), view.lex, strict):
        return None
    return _apposed(view, (found.start(1), found.end(1)))


def _apposed(view: SentenceView, agent: Span) -> Span:
    """ "par l'avocat de la famille, Yassine X": the name in apposition speaks; alone when the
    role holds a name of its own ("par l'avocat de Paul Y, Jean X": Paul Y is the client)."""
    apposed = with_apposed_name(view.text, agent, view.span[1])
    role = view.text[agent[0] : agent[1]].split()[1:]
    if apposed == agent or not any(word[:1].isupper() for word in role):
        return apposed
    name = re.match(r",\s*", view.text[agent[1] : apposed[1]])
    return (agent[1] + name.end(), apposed[1]) if name else apposed


def agent_phrase(phrase: str, lex: Lexicon, strict: bool) -> bool:
    """A person or a body after "par"; "par téléphone" is a manner, not an agent."""
    head = fold(phrase).split()[-1].strip(".")
    if head in lex.word_set("not_agent_words") or (strict and not _names_a_speaker(phrase, lex)):
        return False
    return strict or bool(_AGENT_OPENING.match(phrase))


def _names_a_speaker(phrase: str, lex: Lexicon) -> bool:
    if person_like(phrase, lex):
        return True
    people = lex.word_sets(
        "person_descriptions", "anonymous_heads", "vague_heads", "named_institutions"
    )
    return any(fold(w).rstrip("s") in people for w in phrase.split())
