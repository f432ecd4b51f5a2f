"""An agentless passive of blame names nobody (speakers30): « Le péage est régulièrement
critiqué pour… », « Les engrais sont accusés d'avoir pollué… », « Le manque de moyens est
aussi pointé du doigt ». ``passives/`` reads such a passive as someone's criticism and gives it
an impersonal voice; the French keys give it no speaker: 5 of the 7 the corpus matches, in 5
batches (one more is keyed « non précisé », one « on »). As the English keys read "it is
understood" (``can_speak.voiceless``), the finding keeps its words and has no speaker. With
an agent (« par les riverains ») the source is the agent's; an announcement or a penalty
requested with no agent (« est annoncé », « ont été requis ») is keyed « on » and keeps it.
"""

from __future__ import annotations

from quizapp.draft.findings import Attribution
from quizapp.draft.shapes.passives.passive_lexicon import listed_forms
from quizapp.draft.words.lexicon import Lexicon, built_once, fold

_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées")  # the verbs of blame are all of the -er kind


def blamed_by_nobody(attribution: Attribution, text: str, lex: Lexicon) -> bool:
    """``attribution`` is a passive of blame with no agent: a cue holding a form of « être »
    and a participle of the verbs the lexicon's ``unvoiced_blame_verb_lists`` name, or a
    phrase of ``blamed_passives`` (« pointé du doigt »), and no source."""
    if attribution.source is not None or attribution.cue is None:
        return False
    cue = fold(text[attribution.cue[0] : attribution.cue[1]])
    words = set(cue.split())
    if words.isdisjoint(lex.word_set("passive_being_forms")):
        return False
    blamed = any(phrase in cue for phrase in lex.words("blamed_passives"))
    return blamed or not words.isdisjoint(_blame_participles(lex))


@built_once
def _blame_participles(lex: Lexicon) -> frozenset[str]:
    """The past participles of every verb of the lists ``unvoiced_blame_verb_lists`` names
    (« accusé », « soupçonnées », « critiqués »), worked out once."""
    lists = lex.raw.get("unvoiced_blame_verb_lists", [])
    forms = (form for key in lists for form in listed_forms(lex, key))
    return frozenset(form for form in forms if form.endswith(_PARTICIPLE_ENDINGS))
