"""French speaker probe: who the drafter says spoke, on made-up sentences of the shapes that
gave wrong speakers on unseen articles (speakers11), each in several forms.

The construction probe varies verbs, tenses and subject kinds around one statement; this one
varies what stands around the cue: an inverted pronoun whose antecedent is the subject of its
own sentence or a nameless described person, a description that takes up a person named
earlier (« le patron du club »), an institution anaphor (« selon la direction »), a verb of
naming (« qualifier X de «…» »), a statement nested in another. Each shape has counter-cases
where the naive answer is the right one. People and organisations are made up.

`python benchmarks/speaker_probe.py [--failures SHAPE]`
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from draft_eval import coverage, same_speaker
from speaker_shapes9 import probes9
from speaker_shapes10 import probes10

from quizapp.draft import analyze


@dataclass(frozen=True)
class Probe:
    shape: str
    text: str
    content: str  # the statement, as written
    speaker: str  # who said it


_WOMEN = [("La Lyonnaise", "Maud Ferrand"), ("La Coréenne", "Yuna Kwon"),
          ("L'Italienne", "Carla Bettini"), ("La retraitée", "Odile Marchal")]  # fmt: skip
_MEN = [("Le Marseillais", "Hugo Castel"), ("L'Allemand", "Jörg Heller"),
        ("Le Québécois", "Luc Tremblay"), ("Le retraité", "Armand Pujol")]  # fmt: skip
_THINGS_F = ["La Tour Verdane", "La Banque Solvane"]
_THINGS_M = ["Le Stade Orvel", "Le Musée Castaigne"]


def own_subject() -> list[Probe]:
    """An inverted pronoun cue in a sentence whose own subject is a named person, after a
    thing of the same gender was named."""
    found = []
    quote = "on espérait que ce ne soit pas vrai"
    for people, things, pronoun in ((_WOMEN, _THINGS_F, "elle"), (_MEN, _THINGS_M, "il")):
        for (lead, name), thing in zip(people, things * 2, strict=True):
            for verb in ("s'étonne", "regrette", "a confié", "soupire"):
                cue = f"{verb}-t-{pronoun}" if " " not in verb else f"a-t-{pronoun} confié"
                opening = f"{thing} est restée fermée mercredi après-midi."
                for aside in (f", {pronoun}," if pronoun == "elle" else ", lui,", ""):
                    text = (
                        f"Titre\n\n{opening}\n\n{lead} {name}{aside} n'en croit pas ses yeux : "
                        f'"{quote}", {cue}.'
                    )
                    found.append(Probe("own subject", text, quote, name))
    return found


def own_subject_counter() -> list[Probe]:
    """The sentence names no person: the pronoun takes up the person of the sentence before."""
    quote = "on espérait que ce ne soit pas vrai"
    found = []
    for (_, name), thing in zip(_WOMEN, _THINGS_F * 2, strict=True):
        text = (
            f"Titre\n\n{name} est venue de loin.\n\n{thing} est fermée. Face à la grille : "
            f'"{quote}", s\'étonne-t-elle.'
        )
        found.append(Probe("own subject (counter)", text, quote, name))
    return found


_DESCRIBED = [("Le plus âgé des deux", "il"), ("La plus jeune des deux", "elle"),
              ("Le premier prévenu", "il"), ("L'aînée des sœurs", "elle")]  # fmt: skip
_ASIDES = [" - 35 ans, membre d'un forum de jeux vidéo -", " (35 ans, ancien chauffeur)",
           ", 35 ans, ancien chauffeur,", ""]  # fmt: skip


def described_subject() -> list[Probe]:
    """« Le plus âgé des deux - 35 ans, … - ne semble guère y croire. "…" répète-t-il »: an
    inverted pronoun after a nameless described person opened the sentence before."""
    quote = "Tout cela a eu des conséquences sur ma vie"
    found = []
    for described, pronoun in _DESCRIBED:
        for aside in _ASIDES:
            for cue in (f"répète-t-{pronoun} à la barre", f"assure-t-{pronoun}"):
                text = (
                    "Titre\n\nDeux prévenus comparaissaient mardi à Rennes. Ils formulent "
                    f"quelques excuses. {described}{aside} ne semble guère y croire. "
                    f'"{quote}" {cue}, sous le regard de son avocat.'
                )
                found.append(Probe("described subject", text, quote, described))
    return found


_CLUBS = ["le FC Brizon", "l'US Carvelle", "le Stade Orvelois", "le RC Monteil"]
_LEADS = [
    "{name}, président du {club}, a dénoncé une injustice.",
    "Le président du {club}, {name}, a dénoncé une injustice.",
    "{name}, le président du {club}, a dénoncé une injustice.",
]
_LATER = [
    "Si l'affaire ne se dégonfle pas, l'emblématique patron du {club} annonce sa volonté de "
    "faire appel.",
    "Le dirigeant du {club} a annoncé qu'il ferait appel.",
    "Selon le patron du {club}, la sanction est injuste.",
    "« Nous ferons appel », a prévenu le président du {club}.",
]


def _bare(club: str) -> str:
    return club.removeprefix("le ").removeprefix("l'")


def taken_up_holder() -> list[Probe]:
    """« l'emblématique patron du RC Lens annonce … » after « X, président du RC Lens »."""
    found = []
    for club, name in zip(_CLUBS, ["Gilles Marceau", "Paul Verdier"] * 2, strict=True):
        for lead in _LEADS:
            for later in _LATER:
                intro = lead.format(name=name, club=_bare(club))
                intro = intro.replace("du US", "de l'US").replace("du Stade", "du Stade")
                said = later.format(club=_bare(club)).replace("du US", "de l'US")
                content = _content_of(said)
                text = f"Titre\n\nLe club a été rétrogradé lundi. {intro}\n\n{said}"
                found.append(Probe("holder taken up", text, content, name))
    return found


def _content_of(sentence: str) -> str:
    if sentence.startswith("« "):
        return sentence[2 : sentence.index(" »")]
    if sentence.startswith("Selon"):
        return sentence.split(", ", 1)[1].rstrip(".")
    if "annonce sa volonté" in sentence:
        return "sa volonté de faire appel"
    return sentence.split("qu'", 1)[1].rstrip(".")


def taken_up_counter() -> list[Probe]:
    """Nobody was named at the club's head (or someone of another club): the description."""
    found = []
    for club in _CLUBS:
        intro = "Paul Verdier, président du Sporting Valmont, a dénoncé une injustice."
        said = _LATER[1].format(club=_bare(club)).replace("du US", "de l'US")
        text = f"Titre\n\nLe club a été rétrogradé lundi. {intro}\n\n{said}"
        want = said.split(" a annoncé")[0]
        found.append(Probe("holder taken up (counter)", text, _content_of(said), want))
    return found


_COMPANIES = [
    ("La société Tramaxo", "Tramaxo"),
    ("Le groupe Pelvane", "Pelvane"),
    ("La compagnie Aéroval", "Aéroval"),
    ("L'entreprise Morvalis", "Morvalis"),
]
_ANAPHORS = [
    "Selon la direction, la fermeture est due à la baisse des commandes.",
    "Selon l'entreprise, la fermeture est due à la baisse des commandes.",
    "La direction assure que la fermeture est due à la baisse des commandes.",
    "« La fermeture est due à la baisse des commandes », a indiqué la direction.",
    "Le groupe affirme que la fermeture est due à la baisse des commandes.",
]


def institution() -> list[Probe]:
    """« Selon la direction, … » after the company was named (a place named in between)."""
    found = []
    content = "la fermeture est due à la baisse des commandes"
    for written, name in _COMPANIES:
        for said in _ANAPHORS:
            text = (
                f"Titre\n\n{written} a fermé son usine de Lunel jeudi. Les salariés de Lunel "
                f"sont en grève depuis lundi.\n\n{said}"
            )
            wanted = content[0].upper() + content[1:] if said.startswith("«") else content
            found.append(Probe("institution anaphor", text, wanted, name))
    return found


def institution_counter() -> list[Probe]:
    """No company named: « la direction » stays itself; a named hospital's direction is it."""
    content = "la fermeture est due à la baisse des commandes"
    found = [Probe("institution anaphor (counter)", "Titre\n\nL'usine de Lunel a fermé jeudi."
                   f"\n\nSelon la direction, {content}.", content, "la direction")]  # fmt: skip
    text = (
        "Titre\n\nLa société Tramaxo a fermé son usine. Le maire de Lunel regrette.\n\n"
        f"Le maire affirme que {content}."
    )
    found.append(Probe("institution anaphor (counter)", text, content, "Le maire de Lunel"))
    return found


_NAMERS = [("Le chef néo-démocrate", "Jagmeet Solh"), ("La députée écologiste", "Anne Corvol"),
           ("Le sénateur", "Marc Dufresne"), ("", "Lucie Barthe")]  # fmt: skip


def naming_verb() -> list[Probe]:
    """« X en a profité pour qualifier Y de «…» »: the subject X, not the last speaker."""
    found = []
    for lead, name in _NAMERS:
        for verb in ("en a profité pour qualifier", "a qualifié", "s'est empressé de qualifier"):
            subject = f"{lead} {name}".strip()
            text = (
                "Titre\n\nLe budget a été voté mardi. « C'est un texte injuste », a déclaré "
                f"le député Paul Verdier.\n\n{subject} {verb} une fois de plus le ministre de "
                "«fossoyeur de l'école», comme en février dernier."
            )
            found.append(Probe("naming verb", text, "fossoyeur de l'école", name))
    return found


_OUTER = [
    "a déclaré",
    "a affirmé",
    "a expliqué",
    "assure",
    "a entre autres déclaré",
    "a notamment affirmé",
]
_INNER = [("le parti exigeait que", "le parti"), ("le syndicat demandait que", "le syndicat"),
          ("la ministre souhaitait que", "la ministre")]  # fmt: skip


def nested() -> list[Probe]:
    """« X a déclaré que le RN exigeait que … »: the outer statement keeps speaker X."""
    found = []
    for verb in _OUTER:
        for inner, _ in _INNER:
            for name in ("Jordan Valmy", "Claire Vannier"):
                content = f"{inner} les questions de sécurité soient traitées en priorité"
                text = (
                    "Titre\n\nLe gouvernement a été nommé lundi. Le Parti de l'Avenir (PA) "
                    f"attend.\n\n{name} {verb} sur X que {content}."
                )
                found.append(Probe("nested outer", text, content, name))
    return found


_PULLED = "Qui a donné au ministre le mandat de fermer cette maternité"
_AGAIN = [
    "« {q} ? Personne », a déclaré {name} mardi.",
    "{name} a demandé : « {q} ? »",
    "« {q} ? a lancé {name}. Personne. »",
]


def pulled_quote() -> list[Probe]:
    """A quotation set out under the headline with no cue, quoted again later with its
    speaker: the later speaker's, not the party named in the headline."""
    found = []
    for name in ("Claire Vannier", "Marc Dufresne"):
        for again in _AGAIN:
            text = (
                "Titre\n\nLe collectif Santé Ouest estime que la maternité doit rester "
                f"ouverte\n\n« {_PULLED} ? »\n\nLa maternité de Lunel doit fermer en juin. "
                f"Le Parti de l'Avenir a réagi.\n\n{again.format(q=_PULLED, name=name)}"
            )
            found.append(Probe("pulled quote", text, _PULLED, name))
    return found


def probes() -> list[Probe]:
    groups = (own_subject, own_subject_counter, described_subject, taken_up_holder,
              taken_up_counter, institution, institution_counter, naming_verb, nested,
              pulled_quote)  # fmt: skip
    return [probe for group in groups for probe in group()] + probes9() + probes10()


def judge(probe: Probe) -> tuple[bool, bool, str]:
    """Found, right speaker, and who the drafter gave, for the probe's one statement."""
    start = probe.text.index(probe.content)
    key = (start, start + len(probe.content))
    for found in analyze(probe.text, "fr", headline="Titre").attributions:
        if coverage(found.content, key) >= 0.3:
            label = getattr(probe, "label", None)  # speaker_shapes9 may judge the label too
            right = same_speaker(found.speaker, probe.speaker) and label in (None, found.label)
            if getattr(probe, "exact", False):  # the whole phrase, not a part of it
                right = right and found.speaker.lower() == probe.speaker.lower()
            return True, right, f"{found.speaker} ({found.label})"
    return False, False, ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--failures", help="print the failing sentences of this shape")
    args = parser.parse_args()
    totals: dict[str, Counter] = {}
    for probe in probes():
        found, right, given = judge(probe)
        for group in (probe.shape, "all"):
            totals.setdefault(group, Counter()).update(n=1, found=found, right=right)
        if args.failures and args.failures in probe.shape and not right:
            last = probe.text.split("\n")[-1]
            print(f"  {'MISS' if not found else 'SPEAKER ' + given} (want {probe.speaker}): {last}")
    for group, c in totals.items():
        n = c["n"]
        print(f"{group:32} n={n:4} found {c['found'] / n:.2f} speaker {c['right'] / n:.2f}")


if __name__ == "__main__":
    main()
