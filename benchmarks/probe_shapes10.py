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
Shapes 1 to 8 and the verb forms all shapes share are in probe_verbs10.py; this module
puts them together. Made-up people and claims, no corpus text. Counter-cases must give
nothing."""

from __future__ import annotations

from collections.abc import Iterator

from probe_cases import CLAIM, QUOTE, SUBJECTS, Case, Subject, _capital
from probe_verbs10 import (
    RELAYS,
    SAYING,
    TENSES4,
    WISHED,
    as_said_cases,
    case,
    clitic,
    conjugate,
    faire_cases,
    feeling_cases,
    granting_cases,
    insisting_cases,
    narrative_cases,
    recent_cases,
    reflexive,
    reflexive_cases,
    se_dire_cases,
    verbs,
)

KINDS = ("name", "office+name", "anonymous", "pronoun", "group", "plural group", "body")


def _subjects() -> list[Subject]:
    return [s for s in SUBJECTS if s.kind in KINDS]


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
        yield case(shape, subject, None, None, text, CLAIM)


CLITIC_VERBS = {
    "assurer": ("assure", "assurent", "assuré", "assurait"),
    "reconnaître": ("reconnaît", "reconnaissent", "reconnu", "reconnaissait"),
    "affirmer": ("affirme", "affirment", "affirmé", "affirmait"),
    "dire": ("dit", "disent", "dit", "disait"),
}


def clitic_cases(subject: Subject) -> Iterator[Case]:
    """Shape 10."""
    cap = _capital(subject.written)
    for lemma, tense, verb in verbs(CLITIC_VERBS, subject):
        text = f"{cap} {clitic(verb)} : « {QUOTE}. »"
        yield case("S l'assure : « Q »", subject, tense, lemma, text, QUOTE)
        text = f"{cap} {clitic(verb)} : {CLAIM}."
        yield case("S l'assure : C", subject, tense, lemma, text, CLAIM)


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
            verb = conjugate(forms, tense, False)
            for shape, lead in (("Du côté de S, on V que C", f"Du côté {_of(who)}"),
                                ("Chez S, on V que C", f"Chez {who}")):  # fmt: skip
                text = f"{lead}, on {verb} que {CLAIM}."
                yield case(shape, subject, tense, lemma, text, CLAIM)


RELATIVES = (
    "qui s'était rendue mardi à la mairie",
    "qui a reçu les familles lundi, à Lunel",
    "qui dirige depuis 2019 la pharmacie du centre-ville",
)
RELATIVE_VERBS = {"assurer": ON_VERBS["assurer"], "estimer": ON_VERBS["estimer"]}


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
        for lemma, tense, verb in verbs(RELATIVE_VERBS, subject):
            text = f"{cap}, {relative}, {verb} que {CLAIM}."
            yield case("S, qui R long, V que C", subject, tense, lemma, text, CLAIM)


NARRATION = {
    "recevoir": ("reçoit", "reçoivent", "reçu", "recevait"),
    "visiter": ("visite", "visitent", "visité", "visitait"),
    "réunir": ("réunit", "réunissent", "réuni", "réunissait"),
}


def narration_cases(subject: Subject) -> Iterator[Case]:
    """Shape 13."""
    cap = _capital(subject.written)
    for lemma, tense, verb in verbs(NARRATION, subject):
        text = f"{cap} {verb} les familles mardi : « {QUOTE}. »"
        yield case("S narration : « Q »", subject, tense, lemma, text, QUOTE)


PERFECT = ("avoir reçu des menaces", "ne pas avoir été informée du projet",
           "avoir alerté la mairie à plusieurs reprises")  # fmt: skip
PERFECT_VERBS = {**SAYING, "reconnaître": CLITIC_VERBS["reconnaître"]}


def perfect_cases(subject: Subject) -> Iterator[Case]:
    """Shape 14."""
    cap = _capital(subject.written)
    for lemma, tense, verb in verbs(
        {**SAYING, "reconnaître": CLITIC_VERBS["reconnaître"]}, subject
    ):
        for said in PERFECT:
            said = said.replace("informée", "informés") if subject.plural else said
            for relay in RELAYS:
                text = f"{cap} {verb}{relay} {said}."
                yield case("S affirme avoir V", subject, tense, lemma, text, said)


def stressed_cases(subject: Subject) -> Iterator[Case]:
    """Shape 15."""
    if subject.kind == "pronoun":
        return
    s = subject.written.rstrip(",")
    stressed = "eux" if subject.plural else "elle"
    for lemma, tense, verb in verbs(ON_VERBS, subject):
        for shape, text in (
            ("S, elle, V que C", f"{_capital(s)}, {stressed}, {verb} que {CLAIM}."),
            ("Pour sa part, S V que C", f"Pour sa part, {s} {verb} que {CLAIM}."),
            ("S, de son côté, V que C", f"{_capital(s)}, de son côté, {verb} que {CLAIM}."),
        ):
            yield case(shape, subject, tense, lemma, text, CLAIM)


WONDERING = {
    "s'interroger": ("s'interroge", "s'interrogent", "interrogé", "s'interrogeait"),
    "se demander": ("se demande", "se demandent", "demandé", "se demandait"),
    "s'étonner": ("s'étonne", "s'étonnent", "étonné", "s'étonnait"),
}
ASKED = "si les rayons resteront vides jusqu'au printemps"


def wondering_cases(subject: Subject) -> Iterator[Case]:
    """Shape 16."""
    cap = _capital(subject.written)
    for lemma, tense, verb in verbs(WONDERING, subject, reflexive):
        text = f"{cap} {verb} : « {QUOTE} ? »"
        yield case("S s'interroge : « Q »", subject, tense, lemma, text, QUOTE + " ?")
        if lemma == "se demander":
            text = f"{cap} {verb} {ASKED}."
            yield case("S se demande si C", subject, tense, lemma, text, ASKED)


JUDGING = {
    "juger": ("juge", "jugent", "jugé", "jugeait"),
    "considérer": ("considère", "considèrent", "considéré", "considérait"),
    "estimer": ("estime", "estiment", "estimé", "estimait"),
}


def judging_cases(subject: Subject) -> Iterator[Case]:
    """Shape 17."""
    cap = _capital(subject.written)
    for lemma, tense, verb in verbs(JUDGING, subject):
        for adjective in ("indispensable", "inquiétant", "normal"):
            text = f"{cap} {verb} {adjective} que {WISHED}."
            yield case("S juge ADJ que C", subject, tense, lemma, text, WISHED)
        text = f"{cap} {verb}{' pour sa part' if tense == 'past' else ''} que {CLAIM}."
        yield case("S considère que C", subject, tense, lemma, text, CLAIM)


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
        yield case("counter: probe10 shapes", nobody, None, None, sentence, "")
