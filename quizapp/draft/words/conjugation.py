"""The forms of the reporting verbs, expanded from the lemmas of the lexicon data files:
French regular -er endings and the irregular forms written out, the reflexive verbs, the
English regular endings. ``lexicon.load`` builds its lookup sets from them; split out of
lexicon.py (structure17) so that each file stays short.
"""

from __future__ import annotations

from quizapp.draft.words.folding import fold


def french_forms(data: dict) -> tuple[set[str], set[str], set[str], set[str]]:
    """Finite forms, participles, reflexive finite forms and reflexive participles."""
    endings = data["er_endings"]
    finite: set[str] = set()
    participles: set[str] = set()
    for lemma in data["regular_verbs"]:
        forms = _french_verb(lemma, endings, data["irregular_forms"].get(lemma, {}))
        participles.update(forms.pop("participle"))
        for values in forms.values():
            finite.update(values)
    suffixes = data["inversion_suffixes"]
    finite |= {form + suffix for form in list(finite) for suffix in suffixes}
    refl_finite: set[str] = set()
    refl_participles: set[str] = set()
    for lemma in data["reflexive_verbs"]:
        override = data["reflexive_irregular"].get(lemma) or data["irregular_forms"].get(lemma, {})
        forms = _french_verb(lemma, endings, override)
        refl_participles.update(forms.pop("participle"))
        for values in forms.values():
            refl_finite.update(values)
    refl_finite |= {form + suffix for form in list(refl_finite) for suffix in suffixes}
    return finite, participles, refl_finite, refl_participles


def forms_of(data: dict, lemmas: list[str]) -> list[str]:
    """Every form (participles too) of the French verbs ``lemmas``."""
    forms: list[str] = []
    for lemma in lemmas:  # a verb used only reflexively has its irregular forms there
        override = data["irregular_forms"].get(lemma) or data["reflexive_irregular"].get(lemma, {})
        conjugated = _french_verb(lemma, data["er_endings"], override)
        forms += [form for values in conjugated.values() for form in values]
    return forms


def _french_verb(lemma: str, endings: dict, override: dict) -> dict[str, list[str]]:
    """Every form of a verb: the irregular forms given, regular -er endings for the rest."""
    stem = lemma[:-2] if lemma.endswith("er") else None
    forms: dict[str, list[str]] = {}
    for tense, ends in endings.items():
        given = override.get(tense)
        if given is not None:  # a present written out has its plural (« tempère(nt) »)
            forms[tense] = list(given) + _plurals(given) if tense == "present" else list(given)
            if tense == "participle":
                forms[tense] += participle_plurals(given)
            if tense in ("imperfect", "present") and stem is not None:
                forms[tense] += [stem + end for end in ends]
        elif stem is not None:
            forms[tense] = [stem + end for end in ends]
        else:
            forms[tense] = []
    if stem is not None and "participle" not in override:
        forms["participle"] = [stem + end for end in endings["participle"]]
    for tense in ("imperfect", "conditional"):  # « répondait » -> « répondaient »: the plural
        forms[tense] = forms.get(tense, []) + [f[:-1] + "ent" for f in forms.get(tense, [])
                                               if f.endswith("ait")]  # fmt: skip
    return {tense: [fold(f) for f in values] for tense, values in forms.items()}


def _plurals(present: list[str]) -> list[str]:
    """The third person plural of each singular present written out in -e (« tempère » ->
    « tempèrent », « grommelle » -> « grommellent »): the data writes the singular only, and
    the regular ending made « tempérent », a form no one writes (cues19)."""
    return [form + "nt" for form in present if form.endswith("e")]


def participle_plurals(participles: list[str]) -> list[str]:
    """The plural of each participle written out (« requis, requise » -> « requises »,
    « soutenu, soutenue » -> « soutenus, soutenues »): the data writes the singulars only,
    and the regular ending gives all four forms, so that « des peines ont été requises par le
    parquet » went unread where « des peines ont été demandées par » was (recall31). A form
    in -s is its own plural; no feminine is made up (« craint » is no « crainte »)."""
    return [form + "s" for form in participles if not form.endswith("s")]


def english_forms(data: dict) -> tuple[set[str], set[str]]:
    """Finite forms (also used after has/had) of the English reporting verbs, and the
    participles among them: the -ed forms and the lexicon's ``irregular_reporting_pasts``.
    Every irregular verb gets its -ing form from its base; "saying", "telling", "writing",
    "thinking", which a set in code left out, are among their given forms (tidy30)."""
    forms: set[str] = set()
    for lemma in data["regular_verbs"]:
        given = data["irregular_forms"].get(lemma)
        forms.update({fold(f) for f in given} if given else _english_verb(lemma))
    for lemma, given in data["irregular_forms"].items():
        forms.update(fold(f) for f in given if " " not in f)
        base = lemma[:-1] if lemma.endswith("e") else lemma
        if lemma.isalpha():
            forms.add(base + "ing")
    irregular_past = {fold(f) for f in data["irregular_reporting_pasts"]}
    participles = {f for f in forms if f.endswith("ed") or f in irregular_past}
    return forms, participles


def english_forms_of(data: dict, lemmas: list[str]) -> dict[str, list[str]]:
    """The forms of the English verbs ``lemmas`` ("write": write, writes, wrote, written),
    from the irregular forms given or the regular endings, and apart their -ing forms, which
    report only after an auxiliary: "a letter telling them…" is a participle after a noun."""
    forms: set[str] = set()
    for lemma in lemmas:
        given = [f for f in data["irregular_forms"].get(lemma, []) if " " not in f]
        base = lemma[:-1] if lemma.endswith("e") else lemma
        forms.update(given or _english_verb(lemma), {lemma, base + "ing"})
    folded = sorted(fold(f) for f in forms)
    return {
        "finite": [f for f in folded if not f.endswith("ing")],
        "ing": [f for f in folded if f.endswith("ing")],
    }


def _english_verb(lemma: str) -> set[str]:
    """The forms of a regular English verb: "stress" -> stresses, "worry" -> worries, worried.
    The base form is kept too: it is a verb only after a plural subject ("critics warn"), which
    the cue finder checks. A doubled final consonant ("regretted") is written out in the data."""
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return {lemma, lemma + "es", lemma + "ed", lemma + "ing"}
    if lemma.endswith("y") and lemma[-2:-1] not in set("aeiou"):
        return {lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    base = lemma[:-1] if lemma.endswith("e") else lemma
    return {lemma, lemma + "s", base + "ed", base + "ing"}


def english_every_form(data: dict, lemmas: list[str]) -> list[str]:
    """Every form of the English verbs ``lemmas``, -ing forms too: the regular endings, the
    forms given in ``irregular_forms`` (which may list only some), and the -ing form of a
    past that doubles its last consonant ("slammed" -> "slamming"). For a list written once
    as lemmas and read as forms (lexicon ``blame_object_verbs``, mend37a)."""
    forms: set[str] = set()
    for lemma in lemmas:
        given = [f for f in data["irregular_forms"].get(lemma, []) if " " not in f]
        doubled = [f[:-2] + "ing" for f in given if f.endswith("ed") and f[-3] == f[-4]]
        regular = {lemma} if doubled else _english_verb(lemma)  # no "slamed"
        forms.update(regular, given, doubled)
    return sorted(fold(f) for f in forms)


def french_lexicon_verbs(data: dict) -> tuple[set[str], ...]:
    """The French verb forms a lexicon is loaded with (finite, participles, their reflexive
    forms, the auxiliaries after a reflexive pronoun); the forms of the verbs that need a
    speech shape go into ``data``. Here beside the conjugation it reads, so that lexicon.load
    only gathers what these return."""
    finite, participles, refl_finite, refl_participles = french_forms(data)
    data["speech_shape_forms"] = forms_of(data, data.get("needs_speech_shape", []))
    after_reflexive = set(data["auxiliaries_after_reflexive"])  # « est » of « s'est »
    return finite, participles, refl_finite, refl_participles, after_reflexive


def english_lexicon_verbs(data: dict) -> tuple[set[str], ...]:
    """The English verb forms (no reflexive ones); the forms of the clause-object verbs and
    the multiword irregular forms go into ``data``'s lists, as fixed cues for the latter."""
    finite, participles = english_forms(data)
    multiword = [f for forms in data["irregular_forms"].values() for f in forms if " " in f]
    clausal = english_forms_of(data, data.get("clause_object_verbs", []))
    data["clause_object_forms"] = list(data["clause_object_forms"]) + clausal["finite"]
    data["clause_object_progressive"] = clausal["ing"]  # after "was", "is", "were"
    mandative = english_forms_of(data, data.get("mandative_verbs", []))
    progressive = english_forms_of(data, data.get("mandative_progressive_verbs", []))
    data["mandative_forms"] = mandative["finite"]
    data["mandative_progressive"] = mandative["ing"] + progressive["ing"]
    blame = english_every_form(data, data.get("blame_object_verbs", []))
    data["blame_object_forms"] = blame  # written once as lemmas (mend37a)
    data["statement_object_verbs"] = list(data["statement_object_verbs"]) + blame
    data["fixed_cues"] = list(data["fixed_cues"]) + multiword + data["object_phrase_cues"]
    return finite, participles, set(), set(), set()
