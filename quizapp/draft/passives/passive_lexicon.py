"""The participles that make a French passive a reporting verb, read once per lexicon and
cached: each with its family (qualify, accuse, notice, report), and those of the verbs whose
agentless passive still reports ("quatre ans ont été requis", "le trafic est annoncé normal").

Moved out of passives/passive.py, which finds the passive reporting verbs of a sentence.
"""

from __future__ import annotations

from functools import partial

from quizapp.draft.lexicon import Lexicon, built_once, fold, verb_forms

# past participles of a reporting verb ("démenti" ends in -i)
_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "i", "ie", "is", "ise", "u", "ue", "us", "it", "ite")


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
            for form in given or [stem + end for end in ("é", "ée", "és", "ées")]:
                forms[fold(form)] = family
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
