"""Reporting verbs in the passive: the speaker is the agent after *par*, or nobody said.

  qualifying verb    « Rencontre qualifiée d'« entretien » par le Quai d'Orsay » -> « entretien »
  accusation         « Le directeur est accusé par ses salariés d'avoir menti » -> d'avoir menti
  notice             « Le maire était informé par la préfecture d'une fermeture » -> d'une fermeture
  any other          « La fermeture a été annoncée mardi par la direction » -> La fermeture
  stance on a noun   « une victoire vivement contestée par l'opposition » -> une victoire
  judged + adjective « Un geste jugé inacceptable par Alger » -> inacceptable
  no agent           « La France est accusée de favoriser Haftar » -> an impersonal voice (on)
The verbs come from the lexicon ("qualifying_verbs", "accusation_verbs" and every reporting
verb's participles); the agent must read as a person or a body ("par téléphone" does not).
"""

from __future__ import annotations

import re

from quizapp.draft.clause.subjects.clause_bounds import clause_start_before
from quizapp.draft.reporting.cues import Cue
from quizapp.draft.shapes.detect.view import (
    Draft,
    SentenceView,
    has_quote,
    relay_window,
    strip_span,
)
from quizapp.draft.shapes.passives.agent import SETTING, agent_after, agent_phrase
from quizapp.draft.shapes.passives.blamed import blamed_draft, blamed_heads
from quizapp.draft.shapes.passives.judged_subject import with_judged_subject
from quizapp.draft.shapes.passives.passive_lexicon import judged_adjective, passive_forms
from quizapp.draft.shapes.passives.passive_subject import predicate, without_auxiliary
from quizapp.draft.shapes.passives.penalty import announced, criticised, required_penalty
from quizapp.draft.shapes.passives.stance_noun import (
    quoted_words,
    stance_noun_before,
    stance_subject,
)
from quizapp.draft.text.segment import Span, Token, words_in
from quizapp.draft.words.lexicon import fold

_CLOSING_MARK = re.compile(r"\s*[»”\"]")
_CLAUSE_MARK = re.compile(r"[,;:«»“”\"]")

# What the agent of a notice or a request was told or asked, after the agent: « d'une
# fermeture », « de ne pas… », « à envoyer… » (an infinitive), not « de l'Éducation nationale ».
_NOTICE_OPENING = re.compile(
    r"\s+(?:d['’](?=un\b|une\b|avoir\b|être\b|\w+(?:er|ir|re)\b)|de\s+(?=ne\s|n['’]|\w+(?:er|ir|re)\b)"
    r"|à\s+(?=\w+(?:er|ir|re)\b)|que\s|qu['’])"
)
_NEXT_PAIR = re.compile(r"\s+et\s+(?:de|d['’]|comme)\s*(.{1,80}?)(?=\s+par\s)")
_COMPLEMENT = re.compile(r"\s*(?:de|d['’]|comme)\s*")


def passive_drafts(view: SentenceView, taken: list[Span]) -> list[Draft]:
    """The passive reporting verbs of a sentence not already part of an active cue."""
    if view.lex.language != "fr":
        return []
    forms, mis = passive_forms(view.lex), view.lex.word_set("implicated_participles")
    heads = blamed_heads(view.lex)
    found: list[Draft] = []
    for index, token in enumerate(view.tokens):
        word = fold(token.text)
        blamed = blamed_draft(view, index) if word in heads else None
        if blamed is not None:  # « est pointé du doigt »
            found.append(blamed)
            continue
        if (word not in forms and word not in mis) or not view.outside[index]:
            continue
        if any(s <= token.start < e for s, e in taken):
            continue
        draft = _passive(view, index, forms[word]) if word in forms else None
        if draft is None and word in mis and _words_at(view, index + 1) == ["en", "cause"]:
            draft = _passive(view, index, "accuse", last=index + 2)  # "est mis en cause par X"
        if draft is not None:
            found += [draft, *next_pairs(view, draft)]
    return found


_COMPLAINT = r"\s*(?=d['’]|de\s|pour\s)"  # accusé d'avoir…, mis en cause pour…


def _words_at(view: SentenceView, index: int) -> list[str]:
    return view.folded_tokens[index : index + 2]


def _passive(view: SentenceView, index: int, family: str, last: int | None = None) -> Draft | None:
    """The draft a passive participle at ``index`` (``last``: its last word, "mis en cause")
    gives: what was said, and the agent after "par" or an impersonal voice."""
    token = view.tokens[index if last is None else last]
    voice = _voice_of(view, index, family, token)
    if voice is None:
        return None
    family, after_being, attached = voice
    qualified = _qualified(view, token, family)
    if qualified is None:
        return None
    said, agent_at = qualified
    if family == "notice":
        return _notice(view, index) if after_being else None
    source = agent_after(view, agent_at, strict=family == "report")
    if source is None:
        return _agentless(view, index if last is None else last, family, after_being)
    return _with_agent(view, (index, token), family, source, attached, said)


def _with_agent(
    view: SentenceView,
    at: tuple[int, Token],
    family: str,
    source: Span,
    attached: Span | None,
    said: Span,
) -> Draft | None:
    """The draft of a passive whose agent is named: what the agent said (a qualifying
    verb's whole judgement unless each agent has its name), its kind and the cue from the
    participle at ``at`` (its index) to its last word (its token)."""
    index, token = at
    said = _said_with_agent(view, index, family, source, attached, said)
    if said is None or words_in(view.text, said) < 1:
        return None
    paired = _NEXT_PAIR.match(view.text, source[1], view.span[1])  # each agent its name
    if family == "qualify" and paired is None:
        said = with_judged_subject(view, index, said)
    kind = "mixed" if has_quote(view, said) else "indirect"
    kind = "direct" if said == attached and quoted_words(view, said) else kind
    cue = (view.tokens[index].start, token.end)
    return Draft(said, cue, source, kind, None, 0.55, relay_window(view, _cue_like(view, index)))


def _voice_of(
    view: SentenceView, index: int, family: str, token: Token
) -> tuple[str, bool, Span | None] | None:
    """The family as used here ("qualifié" with no "de / comme" reports), whether a form of
    être comes before, and the noun a stance participle qualifies ("une victoire contestée");
    None for an active past ("a qualifié") or a participle that is only a noun's adjective."""
    before = view.folded_tokens[max(0, index - 3) : index]
    after_being = any(w in view.lex.word_set("passive_being_forms") for w in before[-2:])
    if before and before[-1] in view.lex.auxiliaries:
        return None  # "a qualifié": an active past; "les chiffres annoncés par…": a noun
    rest = view.text[token.end : view.span[1]]
    if judged_adjective(view, token) is not None:  # "un geste jugé inacceptable par Alger"
        return "judged", after_being, None
    if family == "qualify" and not _judged_as(view, token, rest):
        return None  # « perçues d'un mauvais œil par X », « ressenti par X »: no judgement said
    if family == "qualify" and _COMPLEMENT.match(rest) is None:
        family = "report"
    if family == "stance" and after_being:  # « cet avis est partagé », not « la photo a été… »
        held = stance_subject(view, index, _being_before(view, index).start)
        return ("report", True, None) if held else None
    if family == "stance":  # « un avis partagé par X »
        attached = stance_noun_before(view, index)
        return None if attached is None else ("report", False, attached)
    attached = None if after_being or family != "report" else stance_noun_before(view, index)
    if family == "report" and not after_being and attached is None:
        return None
    return family, after_being, attached


def _judged_as(view: SentenceView, token: Token, rest: str) -> bool:
    """A participle of lexicon ``qualifying_participles`` (« perçue », « vécu ») judges only
    with « comme » after it, where « qualifiée de » judges with « de » too."""
    listed = fold(token.text) in view.lex.word_set("qualifying_participles")
    return not listed or re.match(r"\s*comme\s", rest) is not None


def _qualified(view: SentenceView, token: Token, family: str) -> tuple[Span, int] | None:
    """What a qualifying verb calls it ("qualifiée d'« entretien » par…") and where its agent
    starts; for the other families, nothing yet and the agent right after the participle."""
    rest = view.text[token.end : view.span[1]]
    if family == "judged":  # the adjective (« "insuffisantes" »: inside its marks), the agent
        said = judged_adjective(view, token)
        closing = _CLOSING_MARK.match(view.text[said[1] : view.span[1]]) if said else None
        return (said, said[1] + (closing.end() if closing else 0)) if said else None
    complement = _COMPLEMENT.match(rest) if family == "qualify" else None
    if complement is None:
        return (token.end, token.end), token.end
    agent = re.search(r"\s(?=par\s)", rest[complement.end() :])
    if agent is None:
        return None
    start = token.end + complement.end()
    return strip_span(view.text, (start, start + agent.start())), start + agent.start()


def _said_with_agent(
    view: SentenceView, index: int, family: str, source: Span, attached: Span | None, said: Span
) -> Span | None:
    """What the agent said: an accusation's complement after the agent, the noun a stance
    qualifies, or the passive's subject ("La fermeture a été annoncée par…")."""
    text = view.text
    if family == "accuse":
        said_start = re.match(_COMPLAINT, text[source[1] : view.span[1]])
        if said_start is None:
            return None
        return strip_span(text, (source[1] + said_start.end(), _clause_end(view, source[1])))
    if attached is not None:  # "une victoire vivement contestée par l'opposition"
        return attached
    if family == "report":
        being = _being_before(view, index)
        start = clause_start_before(view, being.start)
        subject = without_auxiliary(view, strip_span(text, (start, being.start)))
        return subject if words_in(text, subject) and not predicate(view, subject) else None
    return said


def _notice(view: SentenceView, index: int) -> Draft | None:
    """ "étaient informés par les services de l'État d'une possible fermeture", "ont été
    invités par les organisateurs à envoyer…": the agent told or asked what follows it."""
    token = view.tokens[index]
    agent = re.match(SETTING + r"\s*par\s", view.text[token.end : view.span[1]])
    if agent is None:
        return None  # « informé de la fermeture »: nobody is said to have told it
    start = token.end + agent.end()
    for opening in _NOTICE_OPENING.finditer(view.text, start, view.span[1]):
        phrase = view.text[start : opening.start()]
        if not 1 <= len(phrase.split()) <= 8 or _CLAUSE_MARK.search(phrase):
            return None
        if not agent_phrase(phrase, view.lex, strict=False):
            continue
        said = strip_span(view.text, (opening.start(), _clause_end(view, opening.start())))
        if words_in(view.text, said) < 3:
            return None
        kind = "mixed" if has_quote(view, said) else "indirect"
        source = strip_span(view.text, (start, opening.start()))
        relay = relay_window(view, _cue_like(view, index))
        return Draft(said, (token.start, token.end), source, kind, None, 0.55, relay)
    return None


def next_pairs(view: SentenceView, draft: Draft) -> list[Draft]:
    """ "qualifiée d'« entretien » par X et de « convocation » par Y": one more per pair."""
    more: list[Draft] = []
    while draft.source is not None:
        pair = _NEXT_PAIR.match(view.text, draft.source[1], view.span[1])
        agent = agent_after(view, pair.end(), strict=False) if pair else None
        if pair is None or agent is None:
            break
        said = strip_span(view.text, (pair.start(1), pair.end(1)))
        kind = "mixed" if has_quote(view, said) else "indirect"
        draft = Draft(said, draft.cue, agent, kind, None, draft.confidence, draft.relay_text)
        more.append(draft)
    return more


def _agentless(view: SentenceView, index: int, family: str, after_being: bool) -> Draft | None:
    """ "X est accusé de…", "quatre ans de prison ont été requis" with nobody named: an
    impersonal voice says it."""
    if family == "report" and after_being:
        being = _being_before(view, index)
        found = required_penalty(view, index, being) or announced(view, index, being)
        return found or criticised(view, index, being)
    if family != "accuse" or not after_being:
        return None
    token = view.tokens[index]
    start = re.match(_COMPLAINT, view.text[token.end : view.span[1]])
    if start is None:
        return None
    said = strip_span(view.text, (token.end + start.end(), _clause_end(view, token.end)))
    late = _late_agent(view, said)  # "accusé de favoritisme par ses salariés"
    if late is not None:
        said = strip_span(view.text, (said[0], late[0]))
        said = (said[0], view.text.rindex("par", said[0], late[0]))
        said = strip_span(view.text, said)
    if words_in(view.text, said) < (1 if late else 2):
        return None
    being = _being_before(view, index)
    cue = (being.start, token.end)
    return Draft(said, cue, late, "indirect", None if late else "on", 0.5, "")


def _late_agent(view: SentenceView, said: Span) -> Span | None:
    """The agent written after the complement of an accusation ("de favoritisme par X")."""
    found = re.search(r"\s(?=par\s)", view.text[said[0] : said[1]])
    if found is None:
        return None
    return agent_after(view, said[0] + found.start(), strict=False)


def _being_before(view: SentenceView, index: int) -> Token:
    """The form of être before the participle at ``index`` (the caller knows there is one)."""
    being = view.lex.word_set("passive_being_forms")
    return next(t for t in reversed(view.tokens[:index]) if fold(t.text) in being)


def _clause_end(view: SentenceView, start: int) -> int:
    stop = re.search(r"[;:]|,\s+(?:mais|et|alors|tandis)\b", view.text[start : view.span[1]])
    return start + stop.start() if stop else view.span[1]


def _cue_like(view: SentenceView, index: int) -> Cue:
    token = view.tokens[index]
    return Cue(index, index, (token.start, token.end), "verb", None)
