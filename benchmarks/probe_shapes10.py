"""The probe10 shapes of construction_probe.py: the constructions the seventh to ninth rounds'
unseen batches missed (docs/drafting.md, "Known limits" and the round sections), each written
out over its verbs, tenses (present, passé composé, imperfect, pluperfect), subject kinds (a
named person, a title and a name, a described person, a group, a plural group, a pronoun, a
body) and, where French allows it, a relay (« à l'AFP »), so that a rule for one is a rule for
the construction, not for one article's sentence:

1. a reflexive cue with « que » or inverted (« S se félicite que C », « « Q », s'est
   félicitée S », « s'est-elle félicitée »);
2. « se dire » + an adjective (« S se dit convaincue que C », « S s'est dite inquiète : « Q » »);
3. a verb of saying + an infinitive of feeling + « que » (« S dit craindre que C »);
4. a negated verb that grants its clause (« S n'a pas caché que C », « n'exclut pas que »);
5. « faire valoir / remarquer / observer / savoir que »;
6. a verb of insisting before a colon or inverted (« S martèle : « Q » », « « Q », insiste S »);
7. a narrative infinitive (« Et S de rappeler que C », « S de souligner que C »), and « venir
   de » + a reporting infinitive (« S vient de rappeler que C »);
8. « comme » + a clitic + a verb of saying (« Comme le rappelle S, C », « C, comme l'a
   souligné S »);
9. « de l'avis de S, C », « aux yeux de S, C », « pour S » after an opening adverbial;
10. a clitic object taking up the statement before a colon (« S l'assure : « Q » », « S le
   reconnaît : C »);
11. « du côté de S, on V que C », « chez S, on V que C »: the body or group speaks;
12. a subject with a long relative set off by commas (« S, qui s'était rendue mardi à la
   mairie, assure que C »);
13. a narration, then a colon and a quotation (« S a reçu les familles mardi : « Q » »);
14. a verb of saying + a perfect infinitive (« S affirme avoir reçu des menaces »);
15. a subject taken up by a stressed pronoun or a « pour sa part » (« S, elle, estime que C »,
   « Pour sa part, S juge que C »);
16. a reflexive verb of wondering (« S s'interroge : « Q » », « S se demande si C »);
17. « juger / considérer » + an adjective + « que » (« S juge indispensable que C »).
Made-up people and claims, no corpus text. Counter-cases must give nothing."""

from __future__ import annotations

from collections.abc import Iterator

from probe_cases import (
    CLAIM,
    OPENING_CLAIM,
    QUOTE,
    SUBJECTS,
    Case,
    Subject,
    _article,
    _capital,
    inverted_pronoun,
)

KINDS = ("name", "office+name", "anonymous", "pronoun", "group", "plural group", "body")
TENSES4 = ("present", "past", "imperfect", "pluperfect")
RELAYS = ("", " à l'AFP")
WISHED = "les rayons des antibiotiques restent vides jusqu'au printemps"  # a subjunctive


def _subjects() -> list[Subject]:
    return [s for s in SUBJECTS if s.kind in KINDS]


def _conjugate(forms: tuple[str, str, str, str], tense: str, plural: bool) -> str:
    """forms: present singular, present plural, participle (agreed by the caller), imperfect
    singular; the auxiliary « avoir »."""
    present, many, participle, imperfect = forms
    return {
        "present": many if plural else present,
        "past": f"{'ont' if plural else 'a'} {participle}",
        "imperfect": imperfect[:-1] + "ent" if plural else imperfect,
        "pluperfect": f"{'avaient' if plural else 'avait'} {participle}",
    }[tense]


def _reflexive(stem: tuple[str, str, str, str], tense: str, plural: bool) -> str:
    """stem: present singular « se félicite », plural « se félicitent », participle
    « félicité », imperfect « se félicitait »; singular subjects are feminine."""
    present, many, participle, imperfect = stem
    agreed = participle + ("s" if plural else "e")
    past, pluperfect = ("se sont", "s'étaient") if plural else ("s'est", "s'était")
    return {
        "present": many if plural else present,
        "past": f"{past} {agreed}",
        "imperfect": imperfect[:-1] + "ent" if plural else imperfect,
        "pluperfect": f"{pluperfect} {agreed}",
    }[tense]


def _inverted(subject: Subject, verb: str) -> str:
    """« affirme Hélène Vasseur », « affirme-t-elle », « s'est-elle félicitée »."""
    if subject.kind != "pronoun":
        return f"{verb} {subject.written.rstrip(',')}"
    if verb.startswith(("se ", "s'")):  # « s'est-elle félicitée », « se félicite-t-elle »
        clitic = "se " if verb.startswith("se ") else "s'"
        return clitic + inverted_pronoun(verb[len(clitic) :])
    return inverted_pronoun(verb)


REFLEXIVE = {
    "se féliciter": ("se félicite", "se félicitent", "félicité", "se félicitait"),
    "se réjouir": ("se réjouit", "se réjouissent", "réjoui", "se réjouissait"),
    "s'inquiéter": ("s'inquiète", "s'inquiètent", "inquiété", "s'inquiétait"),
    "s'alarmer": ("s'alarme", "s'alarment", "alarmé", "s'alarmait"),
}


def reflexive_cases(subject: Subject) -> Iterator[Case]:
    """Shape 1."""
    cap = _capital(subject.written)
    for lemma, stem in REFLEXIVE.items():
        for tense in TENSES4:
            verb = _reflexive(stem, tense, subject.plural)
            for relay in RELAYS:
                text = f"{cap} {verb}{relay} que {WISHED}."
                yield Case("S se V que C", subject, tense, lemma, _article(subject, text), WISHED)
            text = f"« {QUOTE} », {_inverted(subject, verb)}."
            yield Case("« Q », se V S", subject, tense, lemma, _article(subject, text), QUOTE)


DIRE = ("se dit", "se disent", "dit", "se disait")
ADJECTIVES = ("convaincu", "inquiet", "persuadé", "certain")


def _feminine(adjective: str) -> str:
    return adjective[:-2] + "ète" if adjective.endswith("et") else adjective + "e"


def se_dire_cases(subject: Subject) -> Iterator[Case]:
    """Shape 2."""
    cap = _capital(subject.written)
    for adjective in ADJECTIVES:
        agreed = adjective + "s" if subject.plural else _feminine(adjective)
        for tense in TENSES4:
            verb = _reflexive(DIRE, tense, subject.plural)
            for relay in RELAYS:
                text = f"{cap} {verb}{relay} {agreed} que {CLAIM}."
                yield Case("S se dit ADJ que C", subject, tense, adjective,
                           _article(subject, text), CLAIM)  # fmt: skip
            text = f"{cap} {verb} {agreed} : « {QUOTE}. »"
            yield Case("S se dit ADJ : « Q »", subject, tense, adjective, _article(subject, text),
                       QUOTE)  # fmt: skip


SAYING = {
    "dire": ("dit", "disent", "dit", "disait"),
    "affirmer": ("affirme", "affirment", "affirmé", "affirmait"),
    "assurer": ("assure", "assurent", "assuré", "assurait"),
}
FEELING = ("craindre", "espérer", "redouter", "regretter")


def feeling_cases(subject: Subject) -> Iterator[Case]:
    """Shape 3."""
    cap = _capital(subject.written)
    for lemma, forms in SAYING.items():
        for tense in TENSES4:
            verb = _conjugate(forms, tense, subject.plural)
            for feeling in FEELING:
                text = f"{cap} {verb} {feeling} que {WISHED}."
                yield Case("S dit craindre que C", subject, tense, f"{lemma} {feeling}",
                           _article(subject, text), WISHED)  # fmt: skip


GRANTING = {
    "cacher": ("cache", "cachent", "caché", "cachait"),
    "exclure": ("exclut", "excluent", "exclu", "excluait"),
    "nier": ("nie", "nient", "nié", "niait"),
    "contester": ("conteste", "contestent", "contesté", "contestait"),
}


def _negated(verb: str) -> str:
    first, _, rest = verb.partition(" ")
    negated = ("n'" if first[0] in "aeiouéèh" else "ne ") + first + " pas"
    return f"{negated} {rest}" if rest else negated


def granting_cases(subject: Subject) -> Iterator[Case]:
    """Shape 4."""
    cap = _capital(subject.written)
    for lemma, forms in GRANTING.items():
        for tense in TENSES4:
            verb = _negated(_conjugate(forms, tense, subject.plural))
            for relay in RELAYS:
                text = f"{cap} {verb}{relay} que {WISHED}."
                yield Case("S ne V pas que C", subject, tense, lemma, _article(subject, text),
                           WISHED)  # fmt: skip


FAIRE = ("fait", "font", "fait", "faisait")
MADE = ("valoir", "remarquer", "observer", "savoir")


def faire_cases(subject: Subject) -> Iterator[Case]:
    """Shape 5."""
    cap = _capital(subject.written)
    for made in MADE:
        for tense in TENSES4:
            verb = f"{_conjugate(FAIRE, tense, subject.plural)} {made}"
            for relay in RELAYS:
                text = f"{cap} {verb}{relay} que {CLAIM}."
                yield Case("S fait valoir que C", subject, tense, f"faire {made}",
                           _article(subject, text), CLAIM)  # fmt: skip
            text = f"« {QUOTE} », {_inverted(subject, verb)}."
            yield Case("« Q », fait valoir S", subject, tense, f"faire {made}",
                       _article(subject, text), QUOTE)  # fmt: skip


INSISTING = {
    "marteler": ("martèle", "martèlent", "martelé", "martelait"),
    "insister": ("insiste", "insistent", "insisté", "insistait"),
    "trancher": ("tranche", "tranchent", "tranché", "tranchait"),
    "tempêter": ("tempête", "tempêtent", "tempêté", "tempêtait"),
}


def insisting_cases(subject: Subject) -> Iterator[Case]:
    """Shape 6."""
    cap = _capital(subject.written)
    for lemma, forms in INSISTING.items():
        for tense in TENSES4:
            verb = _conjugate(forms, tense, subject.plural)
            text = f"{cap} {verb} : « {QUOTE}. »"
            yield Case("S martèle : « Q »", subject, tense, lemma, _article(subject, text), QUOTE)
            text = f"« {QUOTE} », {_inverted(subject, verb)}."
            yield Case("« Q », martèle S", subject, tense, lemma, _article(subject, text), QUOTE)
            if lemma != "tempêter":
                text = f"{cap} {verb} : {CLAIM}."
                yield Case("S martèle : C", subject, tense, lemma, _article(subject, text), CLAIM)


def _de(infinitive: str) -> str:
    return ("d'" if infinitive[0] in "aeiouéèh" else "de ") + infinitive


NARRATIVE = ("rappeler", "souligner", "préciser", "ajouter")


def narrative_cases(subject: Subject) -> Iterator[Case]:
    """Shape 7 (no tense: the infinitive)."""
    if subject.kind == "pronoun":
        return
    s, cap = subject.written, _capital(subject.written)
    for lemma in NARRATIVE:
        for shape, text in (
            ("Et S de V que C", f"Et {s} {_de(lemma)} que {CLAIM}."),
            ("S de V que C", f"{cap} {_de(lemma)} que {CLAIM}."),
            ("Et S de V : « Q »", f"Et {s} {_de(lemma)} : « {QUOTE}. »"),
        ):
            content = QUOTE if "Q" in shape else CLAIM
            yield Case(shape, subject, None, lemma, _article(subject, text), content)


AS_SAID = {
    "rappeler": ("rappelle", "rappellent", "rappelé", "rappelait"),
    "souligner": ("souligne", "soulignent", "souligné", "soulignait"),
    "expliquer": ("explique", "expliquent", "expliqué", "expliquait"),
    "dire": ("dit", "disent", "dit", "disait"),
}


VENIR = ("vient", "viennent", "venu", "venait")


def recent_cases(subject: Subject) -> Iterator[Case]:
    """Shape 7b: « S vient de V que C » (« venir de » + the infinitive of a reporting verb)."""
    cap = _capital(subject.written)
    for lemma in NARRATIVE:
        for tense in ("present", "imperfect"):
            verb = _conjugate(VENIR, tense, subject.plural)
            for relay in RELAYS:
                text = f"{cap} {verb} {_de(lemma)}{relay} que {CLAIM}."
                yield Case("S vient de V que C", subject, tense, lemma, _article(subject, text),
                           CLAIM)  # fmt: skip


def _clitic(verb: str) -> str:
    return ("l'" if verb[0] in "aeiouéèh" else "le ") + verb


def as_said_cases(subject: Subject) -> Iterator[Case]:
    """Shape 8: « comme le rappelle S, C », « C, comme l'a souligné S »."""
    for lemma, forms in AS_SAID.items():
        for tense in TENSES4:
            verb = _clitic(_conjugate(forms, tense, subject.plural))
            cue = f"elle {verb}" if subject.kind == "pronoun" else _inverted(subject, verb)
            text = f"Comme {cue}, {CLAIM}."
            yield Case("Comme le V S, C", subject, tense, lemma, _article(subject, text), CLAIM)
            text = f"{OPENING_CLAIM}, comme {cue}."
            yield Case("C, comme le V S", subject, tense, lemma, _article(subject, text),
                       OPENING_CLAIM)  # fmt: skip


def _of(who: str) -> str:
    """« de » + a phrase: « du », « des », « de l' »."""
    for article, joined in (("le ", "du "), ("les ", "des ")):
        if who.startswith(article):
            return joined + who[len(article) :]
    return "de " + who


def view_cases(subject: Subject) -> Iterator[Case]:
    """Shape 9 (no verb)."""
    who = "elle" if subject.kind == "pronoun" else subject.written.rstrip(",")
    for shape, text in (
        ("De l'avis de S, C", f"De l'avis {_of(who)}, {CLAIM}."),
        ("Aux yeux de S, C", f"Aux yeux {_of(who)}, {CLAIM}."),
        ("Mardi, pour S, C", f"Mardi, pour {who}, {CLAIM}."),
        ("Sur le fond, pour S, C", f"Sur le fond, pour {who}, {CLAIM}."),
    ):
        if subject.kind == "pronoun" and "yeux" not in shape and "Mardi" not in shape:
            continue
        yield Case(shape, subject, None, None, _article(subject, text), CLAIM)


CLITIC_VERBS = {
    "assurer": ("assure", "assurent", "assuré", "assurait"),
    "reconnaître": ("reconnaît", "reconnaissent", "reconnu", "reconnaissait"),
    "affirmer": ("affirme", "affirment", "affirmé", "affirmait"),
    "dire": ("dit", "disent", "dit", "disait"),
}


def clitic_cases(subject: Subject) -> Iterator[Case]:
    """Shape 10."""
    cap = _capital(subject.written)
    for lemma, forms in CLITIC_VERBS.items():
        for tense in TENSES4:
            verb = _clitic(_conjugate(forms, tense, subject.plural))
            text = f"{cap} {verb} : « {QUOTE}. »"
            yield Case("S l'assure : « Q »", subject, tense, lemma, _article(subject, text), QUOTE)
            text = f"{cap} {verb} : {CLAIM}."
            yield Case("S l'assure : C", subject, tense, lemma, _article(subject, text), CLAIM)


ON_VERBS = {
    "estimer": ("estime", "estiment", "estimé", "estimait"),
    "assurer": ("assure", "assurent", "assuré", "assurait"),
    "reconnaître": ("reconnaît", "reconnaissent", "reconnu", "reconnaissait"),
}


def side_cases(subject: Subject) -> Iterator[Case]:
    """Shape 11: an impersonal « on » placed at a body or a group."""
    if subject.kind not in ("body", "group", "plural group"):
        return
    who = subject.written.rstrip(",")
    for lemma, forms in ON_VERBS.items():
        for tense in TENSES4:
            verb = _conjugate(forms, tense, False)
            for shape, lead in (("Du côté de S, on V que C", f"Du côté {_of(who)}"),
                                ("Chez S, on V que C", f"Chez {who}")):  # fmt: skip
                text = f"{lead}, on {verb} que {CLAIM}."
                yield Case(shape, subject, tense, lemma, _article(subject, text), CLAIM)


RELATIVES = (
    "qui s'était rendue mardi à la mairie",
    "qui a reçu les familles lundi, à Lunel",
    "qui dirige depuis 2019 la pharmacie du centre-ville",
)


def relative_cases(subject: Subject) -> Iterator[Case]:
    """Shape 12."""
    if subject.kind == "pronoun":
        return
    cap = _capital(subject.written.rstrip(","))
    for relative in RELATIVES:
        if subject.plural:
            relative = (
                relative.replace("s'était rendue", "s'étaient rendus")
                .replace("qui a ", "qui ont ")
                .replace("dirige", "dirigent")
            )
        for lemma, forms in (("assurer", ON_VERBS["assurer"]), ("estimer", ON_VERBS["estimer"])):
            for tense in TENSES4:
                verb = _conjugate(forms, tense, subject.plural)
                text = f"{cap}, {relative}, {verb} que {CLAIM}."
                yield Case("S, qui R long, V que C", subject, tense, lemma,
                           _article(subject, text), CLAIM)  # fmt: skip


NARRATION = {
    "recevoir": ("reçoit", "reçoivent", "reçu", "recevait"),
    "visiter": ("visite", "visitent", "visité", "visitait"),
    "réunir": ("réunit", "réunissent", "réuni", "réunissait"),
}


def narration_cases(subject: Subject) -> Iterator[Case]:
    """Shape 13."""
    cap = _capital(subject.written)
    for lemma, forms in NARRATION.items():
        for tense in TENSES4:
            verb = _conjugate(forms, tense, subject.plural)
            text = f"{cap} {verb} les familles mardi : « {QUOTE}. »"
            yield Case("S narration : « Q »", subject, tense, lemma, _article(subject, text),
                       QUOTE)  # fmt: skip


PERFECT = ("avoir reçu des menaces", "ne pas avoir été informée du projet",
           "avoir alerté la mairie à plusieurs reprises")  # fmt: skip


def perfect_cases(subject: Subject) -> Iterator[Case]:
    """Shape 14."""
    cap = _capital(subject.written)
    for lemma, forms in {**SAYING, "reconnaître": CLITIC_VERBS["reconnaître"]}.items():
        for tense in TENSES4:
            verb = _conjugate(forms, tense, subject.plural)
            for said in PERFECT:
                said = said.replace("informée", "informés") if subject.plural else said
                for relay in RELAYS:
                    text = f"{cap} {verb}{relay} {said}."
                    yield Case("S affirme avoir V", subject, tense, lemma,
                               _article(subject, text), said)  # fmt: skip


def stressed_cases(subject: Subject) -> Iterator[Case]:
    """Shape 15."""
    if subject.kind == "pronoun":
        return
    s = subject.written.rstrip(",")
    stressed = "eux" if subject.plural else "elle"
    for lemma, forms in ON_VERBS.items():
        for tense in TENSES4:
            verb = _conjugate(forms, tense, subject.plural)
            for shape, text in (
                ("S, elle, V que C", f"{_capital(s)}, {stressed}, {verb} que {CLAIM}."),
                ("Pour sa part, S V que C", f"Pour sa part, {s} {verb} que {CLAIM}."),
                ("S, de son côté, V que C", f"{_capital(s)}, de son côté, {verb} que {CLAIM}."),
            ):
                yield Case(shape, subject, tense, lemma, _article(subject, text), CLAIM)


WONDERING = {
    "s'interroger": ("s'interroge", "s'interrogent", "interrogé", "s'interrogeait"),
    "se demander": ("se demande", "se demandent", "demandé", "se demandait"),
    "s'étonner": ("s'étonne", "s'étonnent", "étonné", "s'étonnait"),
}
ASKED = "si les rayons resteront vides jusqu'au printemps"


def wondering_cases(subject: Subject) -> Iterator[Case]:
    """Shape 16."""
    cap = _capital(subject.written)
    for lemma, stem in WONDERING.items():
        for tense in TENSES4:
            verb = _reflexive(stem, tense, subject.plural)
            text = f"{cap} {verb} : « {QUOTE} ? »"
            yield Case("S s'interroge : « Q »", subject, tense, lemma, _article(subject, text),
                       QUOTE + " ?")  # fmt: skip
            if lemma == "se demander":
                text = f"{cap} {verb} {ASKED}."
                yield Case("S se demande si C", subject, tense, lemma, _article(subject, text),
                           ASKED)  # fmt: skip


JUDGING = {
    "juger": ("juge", "jugent", "jugé", "jugeait"),
    "considérer": ("considère", "considèrent", "considéré", "considérait"),
    "estimer": ("estime", "estiment", "estimé", "estimait"),
}


def judging_cases(subject: Subject) -> Iterator[Case]:
    """Shape 17."""
    cap = _capital(subject.written)
    for lemma, forms in JUDGING.items():
        for tense in TENSES4:
            verb = _conjugate(forms, tense, subject.plural)
            for adjective in ("indispensable", "inquiétant", "normal"):
                text = f"{cap} {verb} {adjective} que {WISHED}."
                yield Case("S juge ADJ que C", subject, tense, lemma, _article(subject, text),
                           WISHED)  # fmt: skip
            text = f"{cap} {verb}{' pour sa part' if tense == 'past' else ''} que {CLAIM}."
            yield Case("S considère que C", subject, tense, lemma, _article(subject, text), CLAIM)


MAKERS = (reflexive_cases, se_dire_cases, feeling_cases, granting_cases, faire_cases,
          insisting_cases, narrative_cases, recent_cases, as_said_cases, view_cases,
          clitic_cases, side_cases, relative_cases, narration_cases, perfect_cases,
          stressed_cases, wondering_cases, judging_cases)  # fmt: skip


def cases() -> Iterator[Case]:
    """Every probe10 case with its article text and the key."""
    for subject in _subjects():
        for make in MAKERS:
            yield from make(subject)


COUNTERS = (
    "Hélène Vasseur se lève tôt pour ouvrir la pharmacie.",
    "Les pharmaciens se sont installés à Lunel en 2019.",
    "Le mot se dit aussi en occitan.",
    "La pharmacie fait face à la mairie depuis 1950.",
    "La pharmacienne fait valoir ses droits à la retraite.",
    "Le professeur fait observer les étoiles aux élèves.",
    "Les pharmaciens n'ont pas exclu le stagiaire de la réunion.",
    "Hélène Vasseur n'a pas caché sa voiture au garage.",
    "L'orage martèle les toits de la ville.",
    "La mairie a le pouvoir de rappeler les élus.",
    "Comme le veut la tradition, la fête a lieu en mai.",
    "Comme chaque année, la fête a lieu en mai.",
    "Aux abords de la pharmacie, les travaux continuent.",
    "Du côté de la gare, on construit un parking.",
    "Chez les pharmaciens, on travaille le dimanche.",
    "Le maire l'a vendue : la pharmacie du centre-ville.",
    "Hélène Vasseur a lu « Les Misérables » mardi.",
    "Le maire semble avoir oublié la réunion.",
    "La pharmacienne doit avoir reçu le colis.",
    "La pharmacienne vient de Lunel.",
    "Le maire vient de visiter la pharmacie.",
    "La pharmacienne, qui s'était rendue mardi à la mairie, a vendu la pharmacie.",
    "Pour sa part, la pharmacie reste ouverte le dimanche.",
)


def counter_cases() -> Iterator[Case]:
    """Counter-cases of the probe10 shapes, which must give nothing."""
    nobody = Subject("counter", "", "", "vague")
    for sentence in COUNTERS:
        yield Case("counter: probe10 shapes", nobody, None, None, _article(nobody, sentence), "")
