"""The recall9c shapes of construction_probe.py: constructions the drafter missed on the
blind9c articles and the heldout split, written out over subjects and tenses so that a rule
for them is a rule for the construction, not for one article's sentence.

1. « appeler à » with an infinitive, an object then an infinitive, or a noun of conduct
   after an indefinite article (« S a appelé à faire barrage », « S appelle les habitants à
   rester chez eux », « S appelle à un cessez-le-feu »);
2. « parler de » with a noun of judgement (« S parle de progrès importants »);
3. « s'estimer » with an adjective or a participle (« S s'estime lésé par la réforme »);
4. a participle of judging, an adjective and the agent (« Un geste jugé inacceptable par S »),
   a clitic object, a verb of judging and an adjective (« S l'a jugée inacceptable »);
5. a backing or a discourse filler set off by commas between the verb and its object (« S
   dénonce, chiffres à l'appui, N », « S dénonce, de son côté, N »);
6. « promettre » with a two-word object in a participle (« S répond, promettant une
   enquête »);
7. two « selon » closing their own part of one sentence (« C1, selon S, et C2, selon T »);
8. an object, then a colon opening a quotation (« S dénonce N : « Q » »): both statements;
9. a cue inserted in a clause whose complement follows it (« Cela correspond, souligne-t-elle,
   à un vrai besoin »);
10. an agentless passive of criticism and a quoted word (« N est critiqué pour son aspect
   « addictif » »: an impersonal voice, « on »).
Made-up people and claims, no corpus text. Counter-cases must give nothing."""

from __future__ import annotations

from collections.abc import Iterator

from probe_cases import (
    QUOTE,
    SUBJECTS,
    TENSES,
    VERBS,
    Case,
    Subject,
    _article,
    _capital,
    inverted_pronoun,
)

SOME_TENSES = ("present", "past", "past+adverb", "pluperfect", "imperfect")
APPELER = ("appelle", "appelé", "appelait", "appellent")
PARLER = ("parle", "parlé", "parlait", "parlent")
DENONCER = ("dénonce", "dénoncé", "dénonçait", "dénoncent")
CONTESTER = ("conteste", "contesté", "contestait", "contestent")
REPONDRE = ("répond", "répondu", "répondait", "répondent")
# reflexive « s'estimer »: (tense, singular, plural, participle agrees)
ESTIMER = {
    "present": ("s'estime", "s'estiment"),
    "past": ("s'est estimé", "se sont estimés"),
    "imperfect": ("s'estimait", "s'estimaient"),
    "future": ("s'estimera", "s'estimeront"),
}
CALLED = {
    "S V à faire barrage": "à faire barrage au projet de la mairie",
    "S V les habitants à rester chez eux": "les habitants à rester chez eux jusqu'à lundi",
    "S V à ne pas céder": "à ne pas céder aux menaces du promoteur",
    "S V à un cessez-le-feu": "à un cessez-le-feu immédiat dans la région",
}
SPOKEN_OF = {
    "S V de progrès": "de progrès importants dans la négociation",
    "S V d'un échec": "d'un échec total de la réforme",
}
BACKED = "une réforme injuste et précipitée"
JUDGED = {
    "N jugé ADJ par S": "Une décision jugée inacceptable par {who}.",
    "N a été jugé ADJ par S": "La réforme a été jugée trop timide par {who}.",
    "N, considéré ADJ par S, V": "Le projet, considéré indispensable par {who}, sera voté.",
}
JUDGED_SAID = {
    "N jugé ADJ par S": "inacceptable",
    "N a été jugé ADJ par S": "trop timide",
    "N, considéré ADJ par S, V": "indispensable",
}
CLITIC_TENSES = {"past": ("l'a", "l'ont"), "pluperfect": ("l'avait", "l'avaient")}
FIRST, SECOND = "le chantier a pris six mois de retard", "coûtera deux fois plus cher"


def _subjects() -> list[Subject]:
    """The subjects that can open a sentence and name who speaks (no pronoun, no
    description of one named before: those are the speaker probe's)."""
    return [s for s in SUBJECTS if s.kind not in ("pronoun", "description of named")]


def _verb_cases(subject: Subject) -> Iterator[Case]:
    """Shapes 1, 2, 5 and 6 for one subject over the tenses."""
    cap = _capital(subject.written)
    for tense in SOME_TENSES:
        for forms, table in ((APPELER, CALLED), (PARLER, SPOKEN_OF)):
            verb = TENSES[tense](forms, subject.plural)
            for shape, said in table.items():
                text = _article(subject, f"{cap} {verb} {said}.")
                yield Case(shape, subject, tense, forms[0], text, said)
        for forms in (DENONCER, CONTESTER):
            verb = TENSES[tense](forms, subject.plural)
            for aside in ("chiffres à l'appui", "de son côté"):
                text = _article(subject, f"{cap} {verb}, {aside}, {BACKED}.")
                yield Case(f"S V, {aside}, O", subject, tense, forms[0], text, BACKED)
            text = _article(subject, f"{cap} {verb} {BACKED} : « {QUOTE}. »")
            yield Case("S V O : « Q » [O]", subject, tense, forms[0], text, BACKED)
            yield Case("S V O : « Q » [Q]", subject, tense, forms[0], text, QUOTE)
        verb = TENSES[tense](REPONDRE, subject.plural)
        text = _article(subject, f"{cap} {verb} sommairement, promettant une enquête.")
        yield Case("S V sommairement, promettant N", subject, tense, "promettre", text,
                   "une enquête")  # fmt: skip


def _estimer_cases(subject: Subject) -> Iterator[Case]:
    """Shape 3: « S s'estime lésée par la réforme » in four tenses (the singular subjects
    are all feminine, the plural one masculine)."""
    cap = _capital(subject.written)
    said = "lésés par la réforme" if subject.plural else "lésée par la réforme"
    for tense, (one, many) in ESTIMER.items():
        verb = many if subject.plural else one + ("e" if tense == "past" else "")
        text = _article(subject, f"{cap} {verb} {said}.")
        yield Case("S s'estime ADJ", subject, tense, "s'estimer", text, said)


def cases() -> Iterator[Case]:
    """Every recall9c case with its article text and the key."""
    for subject in _subjects():
        yield from _verb_cases(subject)
        yield from _estimer_cases(subject)
        who = subject.written.rstrip(",")
        for shape, sentence in JUDGED.items():
            text = _article(subject, sentence.format(who=who))
            yield Case(shape, subject, None, "juger", text, JUDGED_SAID[shape])
        cap = _capital(subject.written)
        for tense, (one, many) in CLITIC_TENSES.items():
            for verb in ("jugée", "estimée", "déclarée"):
                said = f"{many if subject.plural else one} {verb} inacceptable"
                text = _article(subject, f"La décision du préfet tombe. {cap} {said}.")
                yield Case("S l'a jugée ADJ", subject, tense, verb, text, "inacceptable")
    yield from inserted_cases()
    yield from criticised_cases()
    second = Subject("body", "la Cour des comptes", "la Cour des comptes", "named")
    for subject in _subjects():
        who = subject.written.rstrip(",")
        for lead in ("selon", "d'après"):
            sentence = f"{_capital(FIRST)}, {lead} {who}, et {SECOND}, selon la Cour des comptes."
            text = _article(subject, sentence)
            yield Case("C1, selon S, et C2, selon T", subject, None, lead, text, _capital(FIRST))
            yield Case("C1, selon S, et C2, selon T [C2]", second, None, lead, text, SECOND)


INSERTED = ("souligner", "estimer", "affirmer", "expliquer")
COMPLEMENT = "à un vrai besoin des familles"


def inserted_cases() -> Iterator[Case]:
    """Shape 9 over every subject, verb and tense: the complement after the cue is said."""
    for subject in SUBJECTS:
        if subject.kind == "anonymous+marker":
            continue  # a relative clause as an inverted subject before a complement
        for lemma in INSERTED:
            for tense in SOME_TENSES:
                verb = TENSES[tense](VERBS[lemma], subject.plural)
                if subject.kind == "pronoun":
                    cue = inverted_pronoun(verb)
                else:
                    cue = f"{verb} {subject.written.rstrip(',')}"
                text = _article(subject, f"Cela correspond, {cue}, {COMPLEMENT}.")
                yield Case("C, V S, à N", subject, tense, lemma, text, COMPLEMENT)


CRITICISED = ("est critiqué", "a été critiqué", "est régulièrement critiqué", "était contesté",
              "a été vivement critiqué", "avait été fustigé")  # fmt: skip


def criticised_cases() -> Iterator[Case]:
    """Shape 10: nobody named, the critics' word quoted after « pour »."""
    crowd = Subject("impersonal", "on", "on", "vague")
    for verb in CRITICISED:
        said = "pour son aspect « addictif » chez les jeunes"
        text = _article(crowd, f"Le réseau social {verb} {said}.")
        yield Case("N est critiqué pour « Q »", crowd, None, verb, text, said)


COUNTERS = (
    "Le joueur est appelé à jouer un rôle important.",
    "Les électeurs étaient appelés à se prononcer sur deux initiatives.",
    "Le syndicat appelle à la grève.",
    "Les habitants parlent du progrès technique.",
    "Le livre parle de la guerre d'Algérie.",
    "Le coût s'estime à deux millions d'euros.",
    "Les dégâts se sont estimés en millions d'euros.",
    "L'homme a été jugé coupable par le tribunal.",
    "Le tribunal l'a jugé coupable.",
    "Le maire l'a déclaré ouvert.",
    "L'homme a été jugé en appel par la cour.",
    "Le coût est estimé à deux millions par la mairie.",
    "Le syndicat a vendu, chiffres à l'appui, la pharmacie du centre-ville.",
    "Le syndicat a vendu, de son côté, la pharmacie du centre-ville.",
    "Le proviseur n'a jamais promis une enquête.",
    "Une enquête promise depuis des mois n'a jamais eu lieu.",
    "Cela correspond, en somme, à un vrai besoin des familles.",
    "Le ministre est critiqué pour sa gestion de la crise.",
)


def counter_cases() -> Iterator[Case]:
    """Counter-cases of the recall9c shapes, which must give nothing."""
    nobody = Subject("counter", "", "", "vague")
    for sentence in COUNTERS:
        yield Case("counter: recall9c shapes", nobody, None, None, _article(nobody, sentence), "")
