"""The verb forms of the probe10 shapes (benchmarks/probe_shapes10.py) and its shapes 1 to 8,
the ones a verb of saying carries (reflexive cues, « se dire » + an adjective, an infinitive of
feeling, a negated verb that grants, « faire valoir », a verb of insisting, the narrative
infinitive and « venir de », « comme le rappelle S »). Kept apart so that each shape is written
once over its verbs, tenses and subjects by the same few helpers (`verbs`, `case`)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from probe_cases import (
    CLAIM,
    OPENING_CLAIM,
    QUOTE,
    Case,
    Subject,
    _article,
    _capital,
    inverted_pronoun,
)

TENSES4 = ("present", "past", "imperfect", "pluperfect")
RELAYS = ("", " à l'AFP")
WISHED = "les rayons des antibiotiques restent vides jusqu'au printemps"  # a subjunctive
Forms = tuple[str, str, str, str]


def conjugate(forms: Forms, tense: str, plural: bool) -> str:
    """forms: present singular, present plural, participle (agreed by the caller), imperfect
    singular; the auxiliary « avoir »."""
    present, many, participle, imperfect = forms
    return {
        "present": many if plural else present,
        "past": f"{'ont' if plural else 'a'} {participle}",
        "imperfect": imperfect[:-1] + "ent" if plural else imperfect,
        "pluperfect": f"{'avaient' if plural else 'avait'} {participle}",
    }[tense]


def reflexive(stem: Forms, tense: str, plural: bool) -> str:
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


def verbs(
    table: dict[str, Forms], subject: Subject, forms_of: Callable = conjugate
) -> Iterator[tuple[str, str, str]]:
    """(lemma, tense, verb) for each verb of `table` in the four tenses, agreed with `subject`:
    the loop every verb shape runs, written once."""
    for lemma, forms in table.items():
        for tense in TENSES4:
            yield lemma, tense, forms_of(forms, tense, subject.plural)


def case(shape: str, subject: Subject, tense: str | None, lemma: str | None, text: str,
         content: str) -> Case:  # fmt: skip
    """A case whose text is `text` set in an article of `subject`'s."""
    return Case(shape, subject, tense, lemma, _article(subject, text), content)


def inverted(subject: Subject, verb: str) -> str:
    """« affirme Hélène Vasseur », « affirme-t-elle », « s'est-elle félicitée »."""
    if subject.kind != "pronoun":
        return f"{verb} {subject.written.rstrip(',')}"
    if verb.startswith(("se ", "s'")):  # « s'est-elle félicitée », « se félicite-t-elle »
        clitic = "se " if verb.startswith("se ") else "s'"
        return clitic + inverted_pronoun(verb[len(clitic) :])
    return inverted_pronoun(verb)


def clitic(verb: str) -> str:
    return ("l'" if verb[0] in "aeiouéèh" else "le ") + verb


REFLEXIVE = {
    "se féliciter": ("se félicite", "se félicitent", "félicité", "se félicitait"),
    "se réjouir": ("se réjouit", "se réjouissent", "réjoui", "se réjouissait"),
    "s'inquiéter": ("s'inquiète", "s'inquiètent", "inquiété", "s'inquiétait"),
    "s'alarmer": ("s'alarme", "s'alarment", "alarmé", "s'alarmait"),
}


def reflexive_cases(subject: Subject) -> Iterator[Case]:
    """Shape 1."""
    cap = _capital(subject.written)
    for lemma, tense, verb in verbs(REFLEXIVE, subject, reflexive):
        for relay in RELAYS:
            text = f"{cap} {verb}{relay} que {WISHED}."
            yield case("S se V que C", subject, tense, lemma, text, WISHED)
        text = f"« {QUOTE} », {inverted(subject, verb)}."
        yield case("« Q », se V S", subject, tense, lemma, text, QUOTE)


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
            verb = reflexive(DIRE, tense, subject.plural)
            for relay in RELAYS:
                text = f"{cap} {verb}{relay} {agreed} que {CLAIM}."
                yield case("S se dit ADJ que C", subject, tense, adjective, text, CLAIM)
            text = f"{cap} {verb} {agreed} : « {QUOTE}. »"
            yield case("S se dit ADJ : « Q »", subject, tense, adjective, text, QUOTE)


SAYING = {
    "dire": ("dit", "disent", "dit", "disait"),
    "affirmer": ("affirme", "affirment", "affirmé", "affirmait"),
    "assurer": ("assure", "assurent", "assuré", "assurait"),
}
FEELING = ("craindre", "espérer", "redouter", "regretter")


def feeling_cases(subject: Subject) -> Iterator[Case]:
    """Shape 3."""
    cap = _capital(subject.written)
    for lemma, tense, verb in verbs(SAYING, subject):
        for feeling in FEELING:
            text = f"{cap} {verb} {feeling} que {WISHED}."
            yield case("S dit craindre que C", subject, tense, f"{lemma} {feeling}", text, WISHED)


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
    for lemma, tense, verb in verbs(GRANTING, subject):
        for relay in RELAYS:
            text = f"{cap} {_negated(verb)}{relay} que {WISHED}."
            yield case("S ne V pas que C", subject, tense, lemma, text, WISHED)


FAIRE = ("fait", "font", "fait", "faisait")
MADE = ("valoir", "remarquer", "observer", "savoir")


def faire_cases(subject: Subject) -> Iterator[Case]:
    """Shape 5."""
    cap = _capital(subject.written)
    for made in MADE:
        for tense in TENSES4:
            verb = f"{conjugate(FAIRE, tense, subject.plural)} {made}"
            for relay in RELAYS:
                text = f"{cap} {verb}{relay} que {CLAIM}."
                yield case("S fait valoir que C", subject, tense, f"faire {made}", text, CLAIM)
            text = f"« {QUOTE} », {inverted(subject, verb)}."
            yield case("« Q », fait valoir S", subject, tense, f"faire {made}", text, QUOTE)


INSISTING = {
    "marteler": ("martèle", "martèlent", "martelé", "martelait"),
    "insister": ("insiste", "insistent", "insisté", "insistait"),
    "trancher": ("tranche", "tranchent", "tranché", "tranchait"),
    "tempêter": ("tempête", "tempêtent", "tempêté", "tempêtait"),
}


def insisting_cases(subject: Subject) -> Iterator[Case]:
    """Shape 6."""
    cap = _capital(subject.written)
    for lemma, tense, verb in verbs(INSISTING, subject):
        text = f"{cap} {verb} : « {QUOTE}. »"
        yield case("S martèle : « Q »", subject, tense, lemma, text, QUOTE)
        text = f"« {QUOTE} », {inverted(subject, verb)}."
        yield case("« Q », martèle S", subject, tense, lemma, text, QUOTE)
        if lemma != "tempêter":
            text = f"{cap} {verb} : {CLAIM}."
            yield case("S martèle : C", subject, tense, lemma, text, CLAIM)


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
            yield case(shape, subject, None, lemma, text, content)


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
            verb = conjugate(VENIR, tense, subject.plural)
            for relay in RELAYS:
                text = f"{cap} {verb} {_de(lemma)}{relay} que {CLAIM}."
                yield case("S vient de V que C", subject, tense, lemma, text, CLAIM)


def as_said_cases(subject: Subject) -> Iterator[Case]:
    """Shape 8: « comme le rappelle S, C », « C, comme l'a souligné S »."""
    for lemma, tense, verb in verbs(AS_SAID, subject):
        verb = clitic(verb)
        cue = f"elle {verb}" if subject.kind == "pronoun" else inverted(subject, verb)
        text = f"Comme {cue}, {CLAIM}."
        yield case("Comme le V S, C", subject, tense, lemma, text, CLAIM)
        text = f"{OPENING_CLAIM}, comme {cue}."
        yield case("C, comme le V S", subject, tense, lemma, text, OPENING_CLAIM)
