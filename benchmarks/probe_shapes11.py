"""The probe11 shapes of construction_probe.py: six constructions that each turned up about
once per unseen batch, written out in many forms (verbs, tenses, subject kinds, inverted or
not) so that a rule for them is a rule for the construction, not for one article's sentence.

1. a complement between the reporting verb and « que » (« S a déclaré à la Chambre mardi
   que C », « S V, lors d'une conférence de presse, que C »);
2. an absolute or participial aside between a quotation and its inverted cue, with or
   without a relay (« « Q », aucun constituant n'étant dénaturé, V à l'AFP S »);
3. « selon » after the claim with a relative that goes on, a description after « selon »
   that takes up a person named before, « d'après le président du syndicat, X, C »;
4. impersonal reading cues (« « Q », pouvait-on lire sur des banderoles »): the speaker is
   what follows « sur / dans », or the author of a named document;
5. nested statements (« S V que le syndicat exigeait que C »): the outer statement keeps its
   speaker and its whole clause;
6. an organisation whose name is common words in capitals as the subject (« Renaissance
   juge que C »).
Made-up people and claims, no corpus text. Counter-cases must give nothing."""

from __future__ import annotations

from collections.abc import Iterator

from probe_cases import (
    CLAIM,
    NO_SPEECH,
    OPENING_CLAIM,
    QUOTE,
    SUBJECTS,
    TENSES,
    VERBS,
    Case,
    Subject,
    _article,
    _capital,
    inverted_pronoun,
    negate,
)

SOME_VERBS = ("affirmer", "déclarer", "expliquer", "indiquer", "estimer", "préciser", "dire")
SOME_TENSES = ("present", "past", "past+adverb", "pluperfect", "imperfect")
OTHER = "les commandes sont bloquées depuis l'automne"

# 1. what may stand between the verb and « que »
BETWEEN = {
    "S V à X mardi que C": "à la Chambre des communes mardi",
    "S V lundi soir au Monde que C": "lundi soir au Monde",
    "S V, lors de X, que C": ", lors d'une conférence de presse,",
    "S V dans un communiqué que C": "dans un communiqué",
    "S V mardi devant les députés que C": "mardi devant les députés",
    "S V jeudi à Radio-Canada que C": "jeudi à Radio-Canada",
    "S V en marge du conseil que C": "en marge du conseil municipal",
    "S V à plusieurs reprises à ses partisans que C": "à plusieurs reprises à ses partisans",
    "S V sur X que C": "sur X",
}
# 1 inverted: the complement between the cue and its subject
INVERTED_BETWEEN = {
    "« Q », V mardi devant les députés S": "mardi devant les députés",
    "C, V jeudi à Radio-Canada S": "jeudi à Radio-Canada",
}
# 2. asides between a quotation and its inverted cue: (before the cue, after the subject)
ASIDES = {
    "« Q », ABS, V à l'AFP S": ("aucun constituant n'étant dénaturé, ", "à l'AFP"),
    "« Q », V S en souriant": ("", "en souriant"),
    "« Q », précisant que D, V S au Parisien": (f"précisant que {OTHER}, ", "au Parisien"),
    "« Q », la voix brisée, V S": ("la voix brisée, ", ""),
}


def _verb(tense: str, lemma: str, plural: bool) -> str:
    return TENSES[tense](VERBS[lemma], plural)


def _inverted(subject: Subject, verb: str, relay: str) -> str:
    """« a expliqué à l'AFP Hélène Vasseur », « a-t-elle expliqué à l'AFP »."""
    if subject.kind == "pronoun":
        return " ".join(w for w in (inverted_pronoun(verb), relay) if w)
    who = subject.written.rstrip(",")
    if relay.startswith(("à ", "mardi", "jeudi")):  # between the cue and its subject
        return f"{verb} {relay} {who}"
    return " ".join(w for w in (verb, who, relay) if w)


def verb_shapes(subject: Subject, verb: str) -> dict[str, tuple[str, str]]:
    """Shapes 1, 2 and 5 for one subject and one conjugated verb."""
    cap = _capital(subject.written)
    made = {}
    for shape, words in BETWEEN.items():
        gap = words if words.startswith(",") else " " + words
        made[shape] = (f"{cap} {verb}{gap} que {CLAIM}.", CLAIM)
    for shape, words in INVERTED_BETWEEN.items():
        said, content = (f"« {QUOTE} »", QUOTE) if "Q" in shape else (OPENING_CLAIM, OPENING_CLAIM)
        made[shape] = (f"{said}, {_inverted(subject, verb, words)}.", content)
    for shape, (aside, relay) in ASIDES.items():
        made[shape] = (f"« {QUOTE} », {aside}{_inverted(subject, verb, relay)}.", QUOTE)
    parisien = "« Q », précisant que D, V S au Parisien"
    made[parisien + " [D]"] = (made[parisien][0], OTHER)
    nested = f"le syndicat exigeait que {CLAIM}"
    made["S V sur X que Y exigeait que C"] = (f"{cap} {verb} sur X que {nested}.", nested)
    nested = f"le préfet a reconnu que {CLAIM}"
    made["S V que Y a reconnu que C"] = (f"{cap} {verb} que {nested}.", nested)
    nested = f"le préfet dit que {CLAIM}"
    made["S V que « Y dit que C »"] = (f"{cap} {verb} que « {nested} ».", nested)
    return made


# 3. people named before, then taken up by a description after « selon »
PEOPLE = [
    ("Hélène Vasseur, pharmacienne à Lunel, a reçu des clients.", "la pharmacienne"),
    ("Hélène Vasseur, chercheuse à l'Inrae, a publié une note.", "la chercheuse de l'Inrae"),
    (
        "Marc Dupin, président du syndicat des boulangers, a reçu la presse.",
        "le président du syndicat",
    ),
]
TITLED = [
    ("le président du syndicat, Marc Dupin", "Marc Dupin"),
    ("la présidente de la fédération, Hélène Vasseur", "Hélène Vasseur"),
    ("le porte-parole de la préfecture, Marc Dupin", "Marc Dupin"),
]
RELATIVE_VERBS = ("précise", "a précisé", "indique", "indiquait", "ajoute", "a souligné")


def according_cases() -> Iterator[Case]:
    """Shape 3: « selon » with a relative after the claim, a description, a titled name."""
    for subject in SUBJECTS:
        if subject.kind in ("pronoun", "description of named", "anonymous+marker"):
            continue
        who = subject.written.rstrip(",")
        for verb in RELATIVE_VERBS:
            sentence = f"{OPENING_CLAIM}, selon {who}, qui {verb} que {OTHER}."
            for shape, content in (("C, selon S, qui V que D", OPENING_CLAIM), ("[D]", OTHER)):
                name = shape if content == OPENING_CLAIM else "C, selon S, qui V que D [D]"
                yield Case(name, subject, None, verb, _article(subject, sentence), content)
    for before, description in PEOPLE:
        person = Subject("description of named", description, before.split(",")[0], "named", before)
        for lead in ("C, selon D", "C, d'après D", "Selon D, C"):
            if lead.startswith("C"):
                sentence = f"{OPENING_CLAIM}, {lead[3:-2]} {description}."
                content = OPENING_CLAIM
            else:
                sentence, content = f"Selon {description}, {CLAIM}.", CLAIM
            yield Case(lead, person, None, None, _article(person, sentence), content)
    for titled, name in TITLED:
        person = Subject("office+name", titled, name, "named")
        for lead in ("d'après", "selon"):
            sentence = f"{_capital(lead)} {titled}, {CLAIM}."
            yield Case(f"{lead} T, X, C", person, None, None, _article(person, sentence), CLAIM)
            sentence = f"{OPENING_CLAIM}, {lead} {titled}."
            yield Case(
                f"C, {lead} T, X", person, None, None, _article(person, sentence), OPENING_CLAIM
            )


# 4. impersonal reading cues: (where, speaker, label)
PLACES = [
    ("sur des banderoles", "des banderoles", "vague"),
    ("sur les pancartes des manifestants", "les pancartes des manifestants", "vague"),
    ("dans le cortège", "le cortège", "vague"),
    (
        "dans le communiqué de la fédération des pharmaciens",
        "la fédération des pharmaciens",
        "named",
    ),
    ("dans le rapport de la Cour des comptes", "la Cour des comptes", "named"),
    ("dans un communiqué de la mairie", "la mairie", "named"),
]
READING = ("pouvait-on lire", "peut-on lire", "lit-on", "a-t-on pu lire", "pouvait-on entendre")


def reading_cases() -> Iterator[Case]:
    """Shape 4: « « Q », pouvait-on lire sur des banderoles » and its kin."""
    for where, speaker, label in PLACES:
        subject = Subject("reading: " + label, where, speaker, label)
        for cue in READING:
            for shape, sentence, content in (
                ("« Q », V-on lire P", f"« {QUOTE} », {cue} {where}.", QUOTE),
                ("C, V-on lire P", f"{OPENING_CLAIM}, {cue} {where}.", OPENING_CLAIM),
            ):
                yield Case(shape, subject, None, cue, _article(subject, sentence), content)
        sentence = f"On pouvait lire {where} : « {QUOTE} »."
        yield Case(
            "On pouvait lire P : « Q »", subject, None, None, _article(subject, sentence), QUOTE
        )


# 6. organisations whose names are common words in capitals
PARTIES = [
    Subject("party", "Québec solidaire", "Québec solidaire", "named"),
    Subject("party", "Renaissance", "Renaissance", "named"),
    Subject("party", "La France insoumise", "La France insoumise", "named"),
    Subject("party", "Les Républicains", "Les Républicains", "named", plural=True),
    Subject("party", "Lutte ouvrière", "Lutte ouvrière", "named"),
    Subject("party", "Horizons", "Horizons", "named"),
    Subject("party", "Place publique", "Place publique", "named"),
    Subject("party", "Les Écologistes", "Les Écologistes", "named", plural=True),
]


def party_shapes(subject: Subject, verb: str) -> dict[str, tuple[str, str]]:
    """Shape 6: the party opens the sentence, follows an opener, or follows the cue."""
    s = subject.written
    mid = s if s.split()[0] not in ("La", "Les") else s[0].lower() + s[1:]
    return {
        "P V que C": (f"{s} {verb} que {CLAIM}.", CLAIM),
        "P V : « Q »": (f"{s} {verb} : « {QUOTE}. »", QUOTE),
        "Mardi, P V que C": (f"Mardi, {mid} {verb} que {CLAIM}.", CLAIM),
        "« Q », V P": (f"« {QUOTE} », {verb} {mid}.", QUOTE),
        "C, V P": (f"{OPENING_CLAIM}, {verb} {mid}.", OPENING_CLAIM),
        "P V dans un communiqué que C": (f"{s} {verb} dans un communiqué que {CLAIM}.", CLAIM),
        "P, qui R, V que C": (f"{s}, qui suit le dossier, {verb} que {CLAIM}.", CLAIM),
        "Selon P, C": (f"Selon {mid}, {CLAIM}.", CLAIM),
    }


# verbs that take their statement as an object: present, participle, imperfect, plural
OBJECT_VERBS = {
    "accuser": ("accuse", "accusé", "accusait", "accusent"),
    "dénoncer": ("dénonce", "dénoncé", "dénonçait", "dénoncent"),
}
ACCUSED = "le gouvernement de mentir sur les chiffres du chômage"
DENOUNCED = "une réforme injuste et précipitée"


def party_object_cases() -> Iterator[Case]:
    """Shape 6 with « accuser X de », « dénoncer N »: the party and its object."""
    for subject in PARTIES:
        for lemma, forms in OBJECT_VERBS.items():
            said = ACCUSED if lemma == "accuser" else DENOUNCED
            for tense in SOME_TENSES:
                verb = TENSES[tense](forms, subject.plural)
                text = _article(subject, f"{subject.written} {verb} {said}.")
                yield Case("P accuse X de / dénonce N", subject, tense, lemma, text, said)


def cases() -> Iterator[Case]:
    """Every probe11 case with its article text and the key."""
    for subject in SUBJECTS:
        for lemma in SOME_VERBS:
            for tense in SOME_TENSES:
                verb = _verb(tense, lemma, subject.plural)
                for shape, (sentence, content) in verb_shapes(subject, verb).items():
                    yield Case(shape, subject, tense, lemma, _article(subject, sentence), content)
    yield from according_cases()
    yield from reading_cases()
    yield from party_object_cases()
    for subject in PARTIES:
        for lemma in (*SOME_VERBS, "juger", "regretter"):
            for tense in SOME_TENSES:
                verb = _verb(tense, lemma, subject.plural)
                for shape, (sentence, content) in party_shapes(subject, verb).items():
                    yield Case(shape, subject, tense, lemma, _article(subject, sentence), content)


def counter_cases() -> Iterator[Case]:
    """Counter-cases of the new shapes, which must give nothing."""
    for subject in SUBJECTS[:6] + PARTIES:
        cap = _capital(subject.written)
        for lemma in ("vendre", "fermer", "rénover"):
            verb = TENSES["past"](NO_SPEECH[lemma], subject.plural)
            for shape, sentence in (
                ("counter: S V(no speech) à X mardi O", f"{cap} {verb} mardi la pharmacie."),
                (
                    "counter: S V(no speech), lors de X, O",
                    f"{cap} {verb}, lors d'une fête, la pharmacie.",
                ),
            ):
                yield Case(shape, subject, "past", lemma, _article(subject, sentence), "")
        for lemma in ("déclarer", "estimer"):
            verb = negate(TENSES["past"](VERBS[lemma], subject.plural))
            sentence = f"{cap} {verb} à la Chambre mardi que {CLAIM}."
            yield Case(
                "counter: S ne V pas à X que C",
                subject,
                "past",
                lemma,
                _article(subject, sentence),
                "",
            )
    reader = Subject("reading", "", "", "vague")
    for sentence in (
        "On pouvait lire le journal sur la terrasse.",
        "Peut-on lire dans le noir sans s'abîmer les yeux ?",
        "On lit dans le train des romans policiers.",
        "Les prix des médicaments varient selon les régions.",
        "Les horaires changent selon les saisons.",
    ):
        yield Case(
            "counter: on lire / selon (no source)",
            reader,
            None,
            None,
            _article(reader, sentence),
            "",
        )
