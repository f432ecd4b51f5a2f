"""The speakers10 shapes of the French speaker probe (benchmarks/speaker_probe.py): the
constructions behind the wrong speakers of the ninth round's sealed batches (blind9a,
blind9b, opened for tuning), each written in several forms with made-up people, with
counter-cases where the naive answer is the right one. Kept apart so that speaker_probe.py
stays short."""

from __future__ import annotations

from speaker_shapes9 import Probe

_SAID = "le club cessera toutes ses activités la saison prochaine"
_TITLED = [
    ("Pascal Maguin", "le président par intérim du club de football", "l'éducateur du club"),
    ("Pascal Maguin", "président du club de football de Lunel", "le trésorier du club"),
    ("Lise Mader", "présidente de l'association Que Choisir", "la responsable associative"),
    ("Marc Keller", "directeur de l'école Jules-Ferry", "l'enseignant de l'école"),
]
_LATER = [
    "« {S} », menace {d}.",
    "« {S} », a prévenu {d}.",
    "Les travaux ont été repoussés à 2027. « {S} », avertit {d}.",
    "Les travaux ont été repoussés. Et {S_}, assure {d}.",
]


def title_words() -> list[Probe]:
    """« X, président du club, … » then « « … », menace l'éducateur du club »: a new noun
    whose narrowing words were written in the title of the person heard last is that
    person."""
    found = []
    for name, title, described in _TITLED:
        for later in _LATER:
            said = later.format(S=_SAID[0].upper() + _SAID[1:], S_=_SAID, d=described)
            body = (
                f"« On a perdu quatre éducateurs », affirme {name}, {title}. Le terrain est "
                f"recouvert de graviers.\n\n{said}"
            )
            found.append(Probe("new noun, title words", _text(body), _SAID[1:], name))
    return found


def title_words_counter() -> list[Probe]:
    """Other words, a name in the complement, the other gender: someone new."""
    found = []
    for described in ("l'entraîneur du club voisin", "l'éducateur de Paul Roux",
                      "la responsable du club", "l'adjoint au maire"):  # fmt: skip
        body = (
            "« On a perdu quatre éducateurs », affirme Pascal Maguin, président du club de "
            f"football.\n\n« {_SAID[0].upper() + _SAID[1:]} », menace {described}."
        )
        found.append(Probe("new noun, title words (counter)", _text(body), _SAID[1:], described))
    return found


_GOING_ON = [("Pascale Schils", "l'avocate générale"), ("Marc Keller", "le procureur du roi"),
             ("Lise Mader", "la juge d'instruction")]  # fmt: skip
_AGAIN = [
    "{D} espère qu'il ne s'agit pas d'une méthode pour inquiéter les jurés.",
    "« J'espère qu'il ne s'agit pas d'une méthode pour inquiéter les jurés », a déclaré {d}.",
    "Selon {d}, il ne s'agit pas d'une méthode pour inquiéter les jurés.",
]


def going_on_kept() -> list[Probe]:
    """« a estimé X. « … », a poursuivi l'avocate générale » then « L'avocate générale
    espère… »: the description a cue that goes on gave to X keeps meaning X."""
    found = []
    for name, described in _GOING_ON:
        for again in _AGAIN:
            body = (
                f"« Le ministre a tranché la question », a estimé {name}. « La demande est "
                f"irrecevable », a poursuivi {described}. « La loi est claire. » "
                + again.format(d=described, D=described[0].upper() + described[1:])
            )
            found.append(Probe("description going on, again", _text(body), "il ne s'agit", name))
    return found


_ASIDES = [("Alexandre Leduc", " (QS)"), ("Alexandre Leduc", ", de Québec solidaire (QS),"),
           ("Marie Roy", ", du Parti vert,"),
           ("Marie Roy", ", cheffe de file de l'opposition (UDI),")]  # fmt: skip
_ASIDE_SAID = "la ministre n'a pas écrit assez de lettres"


def party_aside() -> list[Probe]:
    """« X (QS) a estimé que… », « X, de Québec solidaire (QS), s'est dit… »: the party in
    parentheses or after « de » is no subject; X speaks."""
    found = []
    for name, aside in _ASIDES:
        for verb in ("a estimé que", "s'est dit étonné que", "juge que"):
            body = f"Le débat a duré trois heures.\n\n{name}{aside} {verb} {_ASIDE_SAID}."
            found.append(Probe("party aside", _text(body), _ASIDE_SAID, name))
    return found


def party_aside_counter() -> list[Probe]:
    """A body named with its acronym in parentheses is still the body."""
    found = []
    for body, speaker in (("Le Parti québécois (PQ)", "Parti québécois"),
                          ("La Fédération des pêcheurs (FNP)", "Fédération des pêcheurs"),
                          ("Les partis du Nouveau Front populaire (NFP)", "NFP")):  # fmt: skip
        text = _text(f"Le débat a duré trois heures.\n\n{body} a estimé que {_ASIDE_SAID}.")
        found.append(Probe("party aside (counter)", text, _ASIDE_SAID, speaker))
    return found


def relay_before_inverted() -> list[Probe]:
    """« a estimé mardi 16 avril sur franceinfo le ministre X »: a date (with its article) and
    an outlet written in lower case stand between the verb and its subject."""
    found = []
    for between in ("sur franceinfo", "mardi 16 avril sur franceinfo", "le 3 mai",
                    "le 3 mai sur franceinfo", "jeudi 3 mai 2024 à l'AFP"):  # fmt: skip
        for subject, name in (("la ministre de la Culture Anne Roy", "Anne Roy"),
                              ("le ministre Franck Riester", "Franck Riester")):  # fmt: skip
            body = (
                "La cathédrale a brûlé lundi.\n\nLa restauration va « prendre des années », "
                f"a estimé {between} {subject}."
            )
            found.append(Probe("relay before inverted subject", _text(body), "prendre des", name))
    return found


_LATTER = [("L'équipe accuse le conseil et son maire, Henri Hasser, de mentir.", "ce dernier",
            "Henri Hasser"),
           ("Les parents ont écrit à la directrice, Lise Mader.", "cette dernière", "Lise Mader"),
           ("Les parents ont écrit à Lise Mader.", "celle-ci", "Lise Mader")]  # fmt: skip


def for_the_latter() -> list[Probe]:
    """« Pour ce dernier, … », « Pour celle-ci, … : « … » »: the person just met, of the
    pronoun's gender (« Les parents » are no « cette dernière »)."""
    found = []
    for lead, latter, name in _LATTER:
        for said in ("tout n'est pas aussi simple.",
                     "tout n'est pas aussi simple : « Le budget ne prévoit rien. »"):  # fmt: skip
            body = f"{lead} Pour {latter}, {said}"
            found.append(Probe("pour ce dernier", _text(body), "tout n'est pas aussi", name))
    return found


_GROUPS = ["Les avocats de Claude D.", "Les proches de Marie Vidal",
           "Les soutiens de Jean Roux"]  # fmt: skip


def group_with_named_complement() -> list[Probe]:
    """« Les avocats de Claude D. se sont exprimés. Ils ont plaidé… »: « ils » is the group,
    the name in its complement notwithstanding."""
    found = []
    for group in _GROUPS:
        for verb in ("se sont longuement exprimés vendredi", "ont manifesté mardi"):
            for said in ("Ils ont affirmé que le meurtre était établi.",
                         "Ils estiment que le meurtre est établi.",
                         "« Le meurtre est établi », ont-ils plaidé."):  # fmt: skip
                body = f"Le procès s'est ouvert lundi.\n\n{group} {verb}. {said}"
                found.append(Probe("ils, group of X", _text(body), "e meurtre", group))
    return found


def gendered_description() -> list[Probe]:
    """« Selon l'élue » after « le maire Christophe X » and « Véronique Y, vice-présidente »:
    the woman, not the man whose title « élu » covers."""
    found = []
    for said in ("Selon l'élue, une dizaine d'enfants prenaient le car.",
                 "L'élue affirme qu'une dizaine d'enfants prenaient le car.",
                 "« Une dizaine d'enfants prenaient le car », précise l'élue."):  # fmt: skip
        body = (
            "À Aucaleuc, le maire Christophe Ollivier est monté au créneau.\n\nVéronique "
            f"Meheust, vice-présidente du département, a répondu aux parents. {said}"
        )
        shape = "élue, not a man's title"
        found.append(Probe(shape, _text(body), "ne dizaine", "Véronique Meheust"))
    return found


_PAIRS = [
    ("Paul Roux et Anne Vidal, élus de Lunel,", "Paul Roux et Anne Vidal"),
    ("Philippe Courroye et Marie-Christine Daubigney, procureurs,", "Philippe Courroye"),
]
_PLAINT = "s'indignent de cette mise en cause calomnieuse"


def setting_then_names() -> list[Probe]:
    """« Mercredi matin, X et Y, procureurs, ont dit leur colère dans un communiqué. Ils
    « s'indignent… » »: the names are the subject (not « leur colère » as an inverted one),
    and « ils » takes them up."""
    found = []
    for opening in ("Mercredi matin,", "Lundi,", "Hier soir,"):
        for subject, name in _PAIRS:
            for said in (f"Ils « {_PLAINT} ».", f"Ils « {_PLAINT} » et « contestent les faits »."):
                body = (f"La plainte a été déposée.\n\n{opening} {subject} ont dit leur colère "
                        f"dans un communiqué. {said}")  # fmt: skip
                found.append(Probe("setting, then names", _text(body), _PLAINT, name))
    return found


_SECOND = [("l'un des premiers arrivés, le bras droit et chef de cabinet de M. Legault, "
            "Martin Koskinen", "Martin Koskinen"),
           ("la porte-parole, la numéro deux du parti, Anne Roy", "Anne Roy"),
           ("son avocat, le bâtonnier de Lyon, Me Paul Roux", "Paul Roux")]  # fmt: skip
_NO_COMMENT = "Je ne formulerai pas de commentaire aujourd'hui"


def second_apposition() -> list[Probe]:
    """« a indiqué l'un des premiers arrivés, le bras droit de M. X, Martin Y »: a second
    apposition with its article, then the name, which speaks."""
    found = []
    for subject, name in _SECOND:
        for verb in ("a indiqué", "a lâché", "répond"):
            for end in (".", ", dont le témoignage était attendu."):
                body = f"Le conseil s'est réuni.\n\n« {_NO_COMMENT} », {verb} {subject}{end}"
                found.append(Probe("second apposition, name", _text(body), _NO_COMMENT, name))
    return found


def second_apposition_counter() -> list[Probe]:
    """A setting or a relay set off by commas after the subject names no one."""
    found = []
    for aside in (", le jour de la rentrée, à Lunel.", ", le 3 mai, au Parisien."):
        body = f"Le conseil s'est réuni.\n\n« {_NO_COMMENT} », a indiqué le maire{aside}"
        shape = "second apposition, name (counter)"
        found.append(Probe(shape, _text(body), _NO_COMMENT, "le maire", exact=True))
    return found


def _text(body: str) -> str:
    return f"Titre\n\n{body}"


def probes10() -> list[Probe]:
    groups = (title_words, title_words_counter, going_on_kept, party_aside,
              party_aside_counter, relay_before_inverted, for_the_latter,
              group_with_named_complement, gendered_description,
              setting_then_names, second_apposition, second_apposition_counter)  # fmt: skip
    return [probe for group in groups for probe in group()]
