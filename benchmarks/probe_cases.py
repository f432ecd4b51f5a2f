"""The made-up sentences of construction_probe.py: reporting verbs in every tense and number,
kinds of subject, sentence shapes (with « selon / d'après / pour / à en croire S » and the
inverted pronoun « a-t-elle affirmé »), and the counter-cases that must give nothing: a negated
reporting verb (the drafter's rule: « n'a pas affirmé que » reports nothing) and a verb that is
no speech (« X a vendu la pharmacie »). Made-up people and claims, no corpus text."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

# verb: present, participle, imperfect, present plural
VERBS = {
    "affirmer": ("affirme", "affirmé", "affirmait", "affirment"),
    "déclarer": ("déclare", "déclaré", "déclarait", "déclarent"),
    "estimer": ("estime", "estimé", "estimait", "estiment"),
    "expliquer": ("explique", "expliqué", "expliquait", "expliquent"),
    "assurer": ("assure", "assuré", "assurait", "assurent"),
    "indiquer": ("indique", "indiqué", "indiquait", "indiquent"),
    "souligner": ("souligne", "souligné", "soulignait", "soulignent"),
    "préciser": ("précise", "précisé", "précisait", "précisent"),
    "rappeler": ("rappelle", "rappelé", "rappelait", "rappellent"),
    "reconnaître": ("reconnaît", "reconnu", "reconnaissait", "reconnaissent"),
    "admettre": ("admet", "admis", "admettait", "admettent"),
    "dire": ("dit", "dit", "disait", "disent"),
    "soutenir": ("soutient", "soutenu", "soutenait", "soutiennent"),
    "prévenir": ("prévient", "prévenu", "prévenait", "préviennent"),
    "confier": ("confie", "confié", "confiait", "confient"),
    "juger": ("juge", "jugé", "jugeait", "jugent"),
    "regretter": ("regrette", "regretté", "regrettait", "regrettent"),
    "répondre": ("répond", "répondu", "répondait", "répondent"),
}

# verbs that report nothing, in the same forms (the counter-cases)
NO_SPEECH = {
    "vendre": ("vend", "vendu", "vendait", "vendent"),
    "fermer": ("ferme", "fermé", "fermait", "ferment"),
    "rénover": ("rénove", "rénové", "rénovait", "rénovent"),
    "reprendre": ("reprend", "repris", "reprenait", "reprennent"),
    "visiter": ("visite", "visité", "visitait", "visitent"),
}


def _auxiliary(plural: bool, past: bool = False) -> str:
    return ("avaient" if plural else "avait") if past else ("ont" if plural else "a")


TENSES: dict[str, Callable[[tuple[str, ...], bool], str]] = {
    "present": lambda v, plural: v[3] if plural else v[0],
    "past": lambda v, plural: f"{_auxiliary(plural)} {v[1]}",
    "past+adverb": lambda v, plural: f"{_auxiliary(plural)} d'ailleurs {v[1]}",
    "past+phrase": lambda v, plural: f"{_auxiliary(plural)} plusieurs fois {v[1]}",
    "pluperfect": lambda v, plural: f"{_auxiliary(plural, past=True)} {v[1]}",
    "imperfect": lambda v, plural: v[2][:-1] + "ent" if plural else v[2],
}
NEGATED_TENSES = ("present", "past", "pluperfect", "imperfect")


@dataclass(frozen=True)
class Subject:
    kind: str
    written: str  # as the sentence writes it
    speaker: str  # the fullest mention the key would give
    label: str
    before: str = ""  # a sentence that introduces the speaker first
    plural: bool = False


SUBJECTS = [
    Subject("name", "Hélène Vasseur", "Hélène Vasseur", "named"),
    Subject("name+apposition", "Hélène Vasseur, pharmacienne à Lunel,", "Hélène Vasseur", "named"),
    Subject(
        "name+long apposition",
        "Hélène Vasseur, présidente du syndicat des pharmaciens de l'Hérault,",
        "Hélène Vasseur",
        "named",
    ),
    Subject("office+name", "la maire de Lunel, Hélène Vasseur,", "Hélène Vasseur", "named"),
    Subject("body", "la fédération des pharmaciens", "la fédération des pharmaciens", "named"),
    Subject("anonymous", "une pharmacienne de Lunel", "une pharmacienne de Lunel", "anonymous"),
    Subject(
        "description of named",
        "la pharmacienne",
        "Hélène Vasseur",
        "named",
        before="Hélène Vasseur, pharmacienne à Lunel, a reçu des clients.",
    ),
    Subject(
        "pronoun", "elle", "Hélène Vasseur", "named", before="Hélène Vasseur a reçu des clients."
    ),
    Subject("group", "l'opposition municipale", "l'opposition municipale", "vague"),
    Subject(
        "anonymous+marker",
        "une pharmacienne qui a requis l'anonymat",
        "une pharmacienne qui a requis l'anonymat",
        "anonymous",
    ),
    Subject("plural group", "les pharmaciens", "les pharmaciens", "vague", plural=True),
]

CLAIM = "les rayons des antibiotiques resteront vides jusqu'au printemps"
OPENING_CLAIM = CLAIM[:1].upper() + CLAIM[1:]
QUOTE = "Nous n'avons plus rien à donner aux familles"
OBJECT = "la pharmacie du centre-ville"

OPENERS = {
    "Auprès de X, S V que C": "Auprès de Radio Lunel, ",
    "Interrogée, S V que C": "Interrogée mardi, ",
    "Dans un communiqué, S V que C": "Dans un communiqué publié lundi, ",
    "Sur X, S V que C": "Sur France Inter, ",
    "Lors de X, S V que C": "Lors d'une conférence de presse, ",
    "Mardi, S V que C": "Mardi soir, ",
    "De son côté, S V que C": "De son côté, ",
}


@dataclass(frozen=True)
class Case:
    """One made-up article: its shape and subject, the tense and verb (None for a shape with
    no verb), the text, and the content the key would give ("" for a counter-case)."""

    shape: str
    subject: Subject
    tense: str | None
    lemma: str | None
    text: str
    content: str


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def inverted_pronoun(verb: str) -> str:
    """ "a plusieurs fois affirmé" -> "a-t-elle plusieurs fois affirmé", "estime" ->
    "estime-t-elle", "affirmait" -> "affirmait-elle"."""
    first, _, rest = verb.partition(" ")
    joined = first + ("-t-elle" if first[-1] in "ae" else "-elle")
    return f"{joined} {rest}" if rest else joined


def shapes(subject: Subject, verb: str) -> dict[str, tuple[str, str]]:
    """Sentence shapes: name -> (sentence, the content the key would give)."""
    s, cap, inverted = subject.written, _capital(subject.written), subject.written.rstrip(",")
    made = {
        "S V que C": (f"{cap} {verb} que {CLAIM}.", CLAIM),
        "S V : « Q »": (f"{cap} {verb} : « {QUOTE}. »", QUOTE),
        "S V également que C": (f"{cap} {verb} également que {CLAIM}.", CLAIM),
        "S, qui R, V que C": (
            f"{cap.rstrip(',')}, qui suit le dossier, {verb} que {CLAIM}.",
            CLAIM,
        ),
    }
    if subject.kind == "pronoun":  # « … », affirme elle is not French: the inverted pronoun
        made["« Q », V-t-elle"] = (f"« {QUOTE} », {inverted_pronoun(verb)}.", QUOTE)
        made["C, V-t-elle"] = (f"{OPENING_CLAIM}, {inverted_pronoun(verb)}.", OPENING_CLAIM)
    else:
        made["« Q », V S"] = (f"« {QUOTE} », {verb} {inverted}.", QUOTE)
        made["C, V S"] = (f"{OPENING_CLAIM}, {verb} {inverted}.", OPENING_CLAIM)
        them = "eux" if subject.plural else "elle"
        made["« Q », V quant à elle S"] = (f"« {QUOTE} », {verb} quant à {them} {inverted}.", QUOTE)
    for shape, opener in OPENERS.items():
        made[shape] = (f"{opener}{s} {verb} que {CLAIM}.", CLAIM)
    return made


def according_shapes(subject: Subject) -> dict[str, tuple[str, str]]:
    """« Selon S, C » and its kin: no verb, one sentence per subject."""
    s = "elle" if subject.kind == "pronoun" else subject.written.rstrip(",")
    after = "," if not subject.written.endswith(",") else subject.written[len(s) :]
    made = {}
    for lead in ("selon", "d'après", "pour", "à en croire"):
        written = "à l'en croire" if (lead, s) == ("à en croire", "elle") else f"{lead} {s}"
        made[f"{lead} S, C"] = (f"{_capital(written)}{after} {CLAIM}.", CLAIM)
    made["C, selon S"] = (f"{OPENING_CLAIM}, selon {s}.", OPENING_CLAIM)
    return made


def negate(verb: str) -> str:
    """ "a affirmé" -> "n'a pas affirmé", "dit" -> "ne dit pas"."""
    first, _, rest = verb.partition(" ")
    negated = ("n'" if first[0] in "aeiouéèêh" else "ne ") + first + " pas"
    return f"{negated} {rest}" if rest else negated


def counter_shapes(subject: Subject, verb: str, speech: bool) -> dict[str, str]:
    """Counter-cases, which must give nothing: a negated reporting verb, or a verb that is
    no speech in three shapes."""
    cap = _capital(subject.written)
    if speech:
        return {"counter: S ne V pas que C": f"{cap} {negate(verb)} que {CLAIM}."}
    return {
        "counter: S V(no speech) O": f"{cap} {verb} {OBJECT}.",
        "counter: Auprès de X, S V(no speech) O": f"Auprès de Radio Lunel, {subject.written} "
        f"{verb} {OBJECT}.",
        "counter: S, qui R, V(no speech) O": f"{cap.rstrip(',')}, qui suit le dossier, {verb} "
        f"{OBJECT}.",
    }


def _article(subject: Subject, sentence: str) -> str:
    body = " ".join(part for part in (subject.before, sentence) if part)
    return "Titre\n\n" + body + "\n"


def cases() -> Iterator[Case]:
    """Every (shape, subject kind, tense, verb) with its article text and the key."""
    for subject in SUBJECTS:
        for lemma, forms in VERBS.items():
            for tense, conjugate in TENSES.items():
                verb = conjugate(forms, subject.plural)
                for shape, (sentence, content) in shapes(subject, verb).items():
                    yield Case(shape, subject, tense, lemma, _article(subject, sentence), content)
        for shape, (sentence, content) in according_shapes(subject).items():
            yield Case(shape, subject, None, None, _article(subject, sentence), content)


def counter_cases() -> Iterator[Case]:
    """Every counter-case: negated reporting verbs, verbs of no speech."""
    for subject in SUBJECTS:
        for speech, verbs in ((True, VERBS), (False, NO_SPEECH)):
            for lemma, forms in verbs.items():
                for tense, conjugate in TENSES.items():
                    if speech and tense not in NEGATED_TENSES:
                        continue
                    verb = conjugate(forms, subject.plural)
                    for shape, sentence in counter_shapes(subject, verb, speech).items():
                        yield Case(shape, subject, tense, lemma, _article(subject, sentence), "")
