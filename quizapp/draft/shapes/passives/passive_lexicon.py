"""The participles that make a French passive a reporting verb, read once per lexicon and
cached: each with its family (qualify, accuse, notice, report), and those of the verbs whose
agentless passive still reports ("quatre ans ont été requis", "le trafic est annoncé normal").

Moved out of passives/passive.py, which finds the passive reporting verbs of a sentence.
"""

from __future__ import annotations

import re
from functools import partial

from quizapp.draft.shapes.detect.view import SentenceView
from quizapp.draft.text.segment import Span, Token
from quizapp.draft.words.conjugation import participle_plurals
from quizapp.draft.words.lexicon import Lexicon, alternation, built_once, fold, verb_forms

# past participles of a reporting verb ("démenti" ends in -i), with their plurals
# (« requises », « démenties », « soutenues », « écrites »: recall31)
_PARTICIPLE_ENDINGS = (
    *("é", "ée", "és", "ées", "i", "ie", "is", "ies", "ise", "ises"),
    *("u", "ue", "us", "ues", "it", "its", "ite", "ites"),
)


@built_once
def passive_forms(lex: Lexicon) -> dict[str, str]:
    """Participle -> its family ("qualify", "accuse", "notice", "report", or "stance": only
    after a noun it qualifies)."""
    endings = _PARTICIPLE_ENDINGS
    active_only = listed_forms(lex, "active_only_verbs")  # « condamné à trois ans par… »
    forms = {
        form: "report"
        for form in lex.participles
        if form.endswith(endings) and form not in active_only
    }
    families = (("qualify", "qualifying_verbs"), ("accuse", "accusation_verbs"),
                ("notice", "notice_verbs"))  # fmt: skip
    for family, key in families:
        for lemma in lex.raw.get(key, []):
            given = lex.raw.get("irregular_forms", {}).get(lemma, {}).get("participle")
            stem = lemma[:-2]
            given = given + participle_plurals(given) if given else None
            for form in given or [stem + end for end in ("é", "ée", "és", "ées")]:
                forms[fold(form)] = family
    for form in lex.words("qualifying_participles"):  # « perçue comme un affront par X »
        forms[fold(form)] = "qualify"
    for form in listed_forms(lex, "noun_stance_verbs"):  # « un avis partagé par X »
        if form.endswith(endings):
            forms.setdefault(form, "stance")
    return forms


def listed_forms(lex: Lexicon, key: str) -> frozenset[str]:
    """Every form of the verbs of the lexicon list ``key`` ("penalty_passive_verbs": requis,
    demandées; "announced_passive_verbs": annoncé, répétée), worked out once."""
    return lex.remembered("listed_forms", key, partial(_forms_listed, lex))


def _forms_listed(lex: Lexicon, key: str) -> frozenset[str]:
    return frozenset(f for lemma in lex.raw.get(key, []) for f in verb_forms(lex, lemma))


def judged_adjective(view: SentenceView, token: Token) -> Span | None:
    """The adjective after the participle of a verb of judging (lexicon judged_adjective_verbs)
    with an agent after it: « un geste jugé inacceptable par Alger », « des mesures jugées
    trop timides par les syndicats », « Tarif jugé encore trop faible par les organisations »,
    « jugées "insuffisantes" par le collectif » (the words inside the marks) say the agent's
    opinion; not a day (« jugé lundi par »), a place or a verdict (« jugé coupable par le
    tribunal »: lexicon verdict_words)."""
    if fold(token.text) not in listed_forms(view.lex, "judged_adjective_verbs"):
        return None
    found = _judged(view.lex).match(view.text, token.end, view.span[1])
    if found is None:
        return None
    said = found.span(1) if found.group(1) is not None else found.span(2)
    words = set(fold(view.text[said[0] : said[1]]).split()) - view.lex.word_set(
        "judged_degree_adverbs"
    )  # « encore trop faible »: « encore » is also a time word
    return said if words.isdisjoint(_not_judged(view.lex)) else None


def opinion_adjective(view: SentenceView, span: Span) -> bool:
    """The words of ``span`` are an adjective of opinion, an adverb of degree before it or a
    second one after « et » (« inacceptable », « trop timide », « injuste et inutile »)."""
    found = _adjective(view.lex).fullmatch(view.text, span[0], span[1])
    return found is not None and set(fold(found.group()).split()).isdisjoint(_not_judged(view.lex))


@built_once
def _adjective_pattern(lex: Lexicon) -> str:
    """An adjective, up to two adverbs of degree before it (lexicon judged_degree_adverbs, or any in
    -ment: « encore trop faible », « vivement contestable ») and a second one after « et »."""
    degree = alternation(lex.raw.get("judged_degree_adverbs", []))
    return rf"(?:(?:{degree}|\w+ment)\s+){{0,2}}[a-zà-ÿœ-]+(?:\s+et\s+[a-zà-ÿœ-]+)?"


@built_once
def _adjective(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(_adjective_pattern(lex))


@built_once
def _judged(lex: Lexicon) -> re.Pattern[str]:
    """After the participle: the adjective, bare (group 1) or inside quotation marks (group
    2), then « par »."""
    adjective = _adjective_pattern(lex)
    return re.compile(rf"\s+(?:({adjective})|[«“\"]\s*({adjective})\s*[»”\"])(?=\s*,?\s+par\s)")


@built_once
def _not_judged(lex: Lexicon) -> frozenset[str]:
    """Words that make what follows a judging participle no adjective of opinion."""
    keys = ("determiners", "open_title_links", "weekdays", "date_words",
            "time_words_after_verb", "verdict_words")  # fmt: skip
    return frozenset(fold(w) for key in keys for w in lex.words(key)) | {"ici", "là"}
