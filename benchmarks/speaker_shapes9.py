"""The speakers9 shapes of the French speaker probe (benchmarks/speaker_probe.py): the
constructions behind the wrong speakers of the eighth round's unseen batches (blindW, blindX),
each written in several forms with made-up people, with counter-cases where the nearest
compatible mention is not the speaker. Kept apart so that speaker_probe.py stays short."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Probe:
    """As speaker_probe.Probe (that module imports this one), with the label when it is judged."""

    shape: str
    text: str
    content: str  # the statement, as written
    speaker: str  # who said it
    label: str | None = None  # the label wanted, when the shape judges it
    exact: bool = False  # the speaker as a whole phrase (same_speaker takes a part for it)


_PEOPLE = [("Nathalie Lalonde", "elle", "Elle"), ("Odile Marchal", "elle", "Elle"),
           ("Marc Keller", "il", "Il"), ("Hugo Castel", "il", "Il")]  # fmt: skip
_PLACES = [
    "Les barrières ont été posées le 9 mai devant la boulangerie de {name}.",
    "Le chantier s'est installé devant le salon de coiffure de {name}.",
    "Les marteaux piqueurs sont arrivés sous les fenêtres de {name}, fleuriste du quartier.",
]
_SAYS = [
    "{P} constate une baisse de la fréquentation, « entre moins dix et moins cinq pour cent ».",
    "{P} a constaté une baisse de la fréquentation, « entre moins dix et moins cinq pour cent ».",
    "{P} regrettait une baisse de la fréquentation, « entre moins dix et moins cinq pour cent ».",
]
_BETWEEN = ["", " Les travaux dureront deux ans.\n\nBaisse de la fréquentation\n\n",
            " « On a des clients qui ne sont pas prêts de revenir. »\n\n"]  # fmt: skip
_QUOTE = "entre moins dix et moins cinq pour cent"


def complement_pronoun() -> list[Probe]:
    """« … devant la boulangerie de Nathalie X. […] Elle constate … »: a person met only in a
    complement, nobody heard yet (or a man heard, for « elle »), is the pronoun's antecedent."""
    found = []
    for name, _, upper in _PEOPLE:
        for place in _PLACES:
            for says in _SAYS:
                for between in _BETWEEN:
                    body = place.format(name=name) + between + " " + says.format(P=upper)
                    found.append(Probe("pronoun after a complement", _text(body), _QUOTE, name))
    return found


def complement_pronoun_counter() -> list[Probe]:
    """The nearest person of the pronoun's gender is not in the complement: a woman subject
    after the complement's woman, or a named woman who spoke last, is « elle »."""
    found = []
    for place in _PLACES:
        lead = place.format(name="Nathalie Lalonde")
        near = "Claire Vannier, sa voisine, tient la pharmacie."
        body = f"{lead} {near} " + _SAYS[0].format(P="Elle")
        found.append(Probe("pronoun after a complement (counter)", _text(body), _QUOTE,
                           "Claire Vannier"))  # fmt: skip
        spoke = "« C'est dur », a déclaré Claire Vannier, sa voisine."
        body = f"{lead} {spoke} " + _SAYS[1].format(P="Elle")
        found.append(Probe("pronoun after a complement (counter)", _text(body), _QUOTE,
                           "Claire Vannier"))  # fmt: skip
    return found


_FIRST = "« Nous sommes abandonnés », explique à l'AFP le maire de Lunel, Marc Dufresne."
_LATTERS = [
    ("Jany Siméon", "Ce dernier est formel"),
    ("Odile Marchal", "Cette dernière est formelle"),
    ("Paul Verdier", "Celui-ci est catégorique"),
    ("Claire Vannier", "Celle-ci est convaincue"),
]
_INTROS = [
    "Comme de nombreux édiles, {name}, maire de Sarlac, a pris un arrêté.",
    "{name}, maire de Sarlac, a réuni son conseil mardi.",
    "Mardi, {name} a écrit au préfet.",
]
_AFTER_COLON = ["« On ne s'interdit pas de porter plainte ».",
                "on ne s'interdit pas de porter plainte."]  # fmt: skip


def latter_colon() -> list[Probe]:
    """« Ce dernier est formel : « … » » after a second person was introduced: the latest
    person met, not the one who spoke before."""
    found = []
    for name, lead in _LATTERS:
        for intro in _INTROS:
            for said in _AFTER_COLON:
                body = f"{_FIRST} {intro.format(name=name)} {lead} : {said}"
                content = said.strip("«» .")
                found.append(Probe("« ce dernier est formel : »", _text(body), content, name))
    return found


def latter_colon_counter() -> list[Probe]:
    """Nobody met after the speaker: « ce dernier » is the speaker himself."""
    body = f"{_FIRST} La réunion a duré deux heures. Ce dernier est formel : {_AFTER_COLON[0]}"
    content = _AFTER_COLON[0].strip("«» .")
    return [Probe("« ce dernier est formel : » (counter)", _text(body), content, "Marc Dufresne")]


_ISSUED = [
    ("{name}, maire de Sarlac, a pris un arrêté contre la fermeture.", "Le texte dénonce"),
    ("Comme de nombreux élus, {name} a signé une lettre ouverte au ministre.", "La lettre dénonce"),
    ("{name} avait déposé un recours en mai.", "Le texte dénonçait"),
    ("Mardi, {name} a publié un communiqué.", "Le communiqué dénonce"),
]
_DENOUNCED = "la mise en danger de la vie d'autrui"


def document_taken_up() -> list[Probe]:
    """« X a pris un arrêté. Le texte dénonce… »: the one who issued the document, not the
    last speaker."""
    found = []
    for name in ("Jany Siméon", "Odile Marchal"):
        for intro, said in _ISSUED:
            body = f"{_FIRST} {intro.format(name=name)} {said} {_DENOUNCED}."
            found.append(Probe("document taken up", _text(body), _DENOUNCED, name))
    return found


def document_taken_up_counter() -> list[Probe]:
    """The document was someone else's (« a reçu une lettre de la ministre Y »): Y's."""
    found = []
    for name in ("Jany Siméon", "Odile Marchal"):
        intro = f"{name} a reçu mardi une lettre de la ministre Claire Vannier."
        body = f"{_FIRST} {intro} La lettre dénonce {_DENOUNCED}."
        found.append(
            Probe("document taken up (counter)", _text(body), _DENOUNCED, "Claire Vannier")
        )
    return found


_PHRASE_BODIES = [
    "l'association À bas le béton",
    "l'association Sauvons nos haies",
    "la fédération Touche pas à ma forêt",
    "le mouvement Nous voulons des coquelicots",
]
_BODY_SAYS = [
    "28 000 tonnes de produits combustibles y seraient stockées, avance {a}.",
    "Selon {a}, 28 000 tonnes de produits combustibles y seraient stockées.",
    "{A} affirme que 28 000 tonnes de produits combustibles y seraient stockées.",
]
_STORED = "28 000 tonnes de produits combustibles y seraient stockées"


def phrase_body() -> list[Probe]:
    """« l'association » after « l'association À bas le béton »: that body, not the place
    named in between (« la préfecture du Loir-et-Cher », « la commune de Mer »)."""
    found = []
    for body in _PHRASE_BODIES:
        anaphor = body.split()[0] if body.startswith("l'") else " ".join(body.split()[:2])
        for says in _BODY_SAYS:
            text = (
                "La préfecture du Loir-et-Cher vient d'autoriser un entrepôt à Mer. C'est "
                f"l'entrepôt de trop pour {body}. La commune de Mer a validé le permis.\n\n"
                + says.format(a=anaphor, A=anaphor[0].upper() + anaphor[1:])
            )
            found.append(Probe("body named by a phrase", _text(text), _STORED, body))
    return found


def phrase_body_counter() -> list[Probe]:
    """A body named by capitals (« l'association Greenpeace ») stays that name."""
    text = (
        "La préfecture du Loir-et-Cher vient d'autoriser un entrepôt à Mer. C'est l'entrepôt "
        "de trop pour l'association Greenpeace.\n\n" + _BODY_SAYS[0].format(a="l'association")
    )
    return [Probe("body named by a phrase (counter)", _text(text), _STORED, "Greenpeace")]


_TRADES = [
    ("Laurent Rouvier", "L'éleveur", "l'éleveur"),
    ("Maud Ferrand", "L'éleveuse", "l'éleveuse"),
    ("Odile Marchal", "La boulangère", "la boulangère"),
    ("Hugo Castel", "Le viticulteur", "le viticulteur"),
]
_TRADE_SAYS = [
    "« {q} », regrette {d}.",
    "Selon {d}, {q}.",
    "{D} affirme que {q}.",
]
_FEAR = "on se demande quand cela va s'arrêter"


def trade_taken_up() -> list[Probe]:
    """« Ces images hantent Laurent X. L'éleveur a perdu… » then « regrette l'éleveur »: the
    trade describes the one person just named, and stays his role later."""
    found = []
    for name, opening, later in _TRADES:
        for says in _TRADE_SAYS:
            said = says.format(q=_FEAR, d=later, D=opening)
            body = (
                f"Ces images hantent {name} depuis une semaine. {opening} a perdu 10 % de son "
                "cheptel.\n\nRien n'a pu dissuader les loups, ni les chiens ni les louvetiers."
                f"\n\n{said}"
            )
            found.append(Probe("trade taken up", _text(body), _FEAR, name))
    return found


_OFFICES = ["le vice-président du département en charge de l'eau",
            "la présidente du syndicat des irrigants", "le directeur du barrage"]  # fmt: skip
_VIEWS = ["il faut que tout le monde fasse attention",
          "il faudra que tout le monde fasse attention"]  # fmt: skip


def view_of_named() -> list[Probe]:
    """« … rassurer Nicolas X. Pour le vice-président du département, C »: him."""
    found = []
    for name, office in zip(
        ("Nicolas Garcia", "Claire Vannier", "Marc Keller"), _OFFICES, strict=True
    ):
        for view in _VIEWS:
            body = (
                "« Nous sommes dans une situation catastrophique ». Et ce ne sont pas les "
                f"gouttes de ces derniers jours qui vont rassurer {name}. Pour {office}, "
                f"dans les prochains mois {view}."
            )
            found.append(Probe("« pour le X, » after a name", _text(body), view, name))
    return found


def just_named_counter() -> list[Probe]:
    """Two people just named, a titled person, an office opening the sentence, the other
    gender: the description is someone else (itself)."""
    said = f"« {_FEAR} », regrette l'éleveur."
    cases = [
        ("Ces images hantent Laurent Rouvier et Marc Keller. L'éleveur a perdu 10 % de son "
         "cheptel.", "l'éleveur"),
        ("Laurent Rouvier, maire de Brenon, a visité la ferme. L'éleveur a perdu 10 % de son "
         "cheptel.", "l'éleveur"),
        ("Ces images hantent Maud Ferrand. L'éleveur a perdu 10 % de son cheptel.", "l'éleveur"),
    ]  # fmt: skip
    found = [Probe("trade / « pour le X » (counter)", _text(f"{lead}\n\n{said}"), _FEAR, want)
             for lead, want in cases]  # fmt: skip
    body = (
        "Paul Tavana a été condamné mardi. L'avocat général a requis la perpétuité. Pour "
        f"l'avocat général, {_VIEWS[0]}."
    )
    found.append(
        Probe("trade / « pour le X » (counter)", _text(body), _VIEWS[0], "l'avocat général")
    )
    return found


_PERIPHRASES = [
    ("Armin Capaul", "celui que le quotidien suisse le Temps a surnommé le « Punk à vaches »"),
    ("Odile Marchal", "celle que la presse locale appelle « la dame du bocage »"),
    ("Marc Keller", "celui qui fut ministre de l'Agriculture"),
    ("Claire Vannier", "celle qui était encore maire de Brenon en 2020"),
]
_DEFEAT = "Ce n'est pas une défaite amère"


def periphrasis() -> list[Probe]:
    """« « … », a commenté sur la RTS celui que le Temps a surnommé le "Punk à vaches" »: the
    person the article is about, not the outlet inside the relative; a person of the other
    gender spoke last."""
    found = []
    for name, phrase in _PERIPHRASES:
        other = "Paul Verdier" if phrase.startswith("celle") else "Maud Ferrand"
        for cue in ("a commenté sur la RTS", "a réagi dimanche", "estimait"):
            body = (
                f"Le texte était soumis aux électeurs à l'initiative de {name}. Il a été rejeté, "
                f"selon la RTS. « C'est un choix clair », a déclaré {other}.\n\n"
                f"« {_DEFEAT} », {cue} {phrase}."
            )
            found.append(Probe("periphrasis « celui que … »", _text(body), _DEFEAT, name))
    return found


def periphrasis_counter() -> list[Probe]:
    """A relative that says what someone did (« celui qui a découvert le corps ») brings in
    someone new: not the man named before."""
    body = (
        "Marc Keller a été entendu mardi.\n\n« Ce n'est pas une défaite amère », a témoigné "
        "celui qui a découvert le corps."
    )
    return [Probe("periphrasis « celui que … » (counter)", _text(body), _DEFEAT,
                  "celui qui a découvert le corps")]  # fmt: skip


_AGENCIES = [("l'Agence mauritanienne d'information", "l'AMI"),
             ("l'Agence malienne de presse", "l'AMAP"),
             ("l'Agence ivoirienne de presse", "l'AIP")]  # fmt: skip


def agency_acronym() -> list[Probe]:
    """« explique l'AMI » after « a indiqué l'Agence mauritanienne d'information »: an
    acronym written in capitals that folds to a common noun (« ami ») is the agency, named
    (the label is judged)."""
    found = []
    quote = "400 licences de pêche pour la capture de 50 000 tonnes"
    for name, acronym in _AGENCIES:
        for cue in ("explique {a}", "a précisé {a}", "selon {a}"):
            said = cue.format(a=acronym)
            body = (
                f"L'accord de pêche a été signé le 4 décembre, a indiqué {name}.\n\n"
                f"Il permet de bénéficier de « {quote} », {said}."
            )
            found.append(Probe("agency acronym", _text(body), quote, name, "named"))
    return found


_KINDS = [("Météo France", "l'institut météorologique"),
          ("Pharmavie", "le laboratoire pharmaceutique"),
          ("Ferrovia Italia", "la compagnie ferroviaire")]  # fmt: skip
_SNOW = "un enneigement aussi faible se rencontre tous les cinq ans"


def body_by_adjective() -> list[Probe]:
    """« souligne l'institut météorologique » after « souligne Météo France »: a body noun
    with an adjective whose stem is a word of the named body that spoke."""
    found = []
    for name, described in _KINDS:
        for says in ("« {q} », souligne {d}.", "Selon {d}, {q}.", "{D} prévient qu'{q}."):
            said = says.format(q=_SNOW, d=described, D=described[0].upper() + described[1:])
            body = (
                f"L'enneigement est « très faible », souligne {name}. Le reste des stations "
                f"devrait rester fermé.\n\n{said}"
            )
            found.append(Probe("body by its adjective", _text(body), _SNOW, name))
    return found


def body_by_adjective_counter() -> list[Probe]:
    """An adjective of another stem (« l'institut français ») is another body."""
    body = (
        "L'enneigement est « très faible », souligne Météo France. Le reste des stations "
        f"devrait rester fermé.\n\nSelon l'institut français, {_SNOW}."
    )
    return [Probe("body by its adjective (counter)", _text(body), _SNOW, "l'institut français")]


_PLACED = [
    "un livreur garé à contre-sens",
    "une passante assise sur un banc",
    "un habitant installé depuis vingt ans",
    "une riveraine postée devant sa fenêtre",
]
_CHAOS = "C'est le chaos"


def placed_subject() -> list[Probe]:
    """« « … », lance un livreur garé à contre-sens »: a participle of place keeps its
    complement in the subject (judged on the whole phrase)."""
    found = []
    for subject in _PLACED:
        for cue in ("lance", "a lancé", "s'agace"):
            body = f"Les travaux ont commencé mardi.\n\n« {_CHAOS} », {cue} {subject}."
            found.append(Probe("participle of place", _text(body), _CHAOS, subject, exact=True))
    return found


def placed_subject_counter() -> list[Probe]:
    """A complement that names someone, or one after no participle of place, is cut."""
    cases = [("lance un livreur garé devant la boutique de Paul Martin", "un livreur garé"),
             ("a lancé le ministre à l'AFP", "le ministre"),
             ("a lancé un habitant à la presse", "un habitant")]  # fmt: skip
    return [Probe("participle of place (counter)", _text(f"« {_CHAOS} », {said}."), _CHAOS,
                  want, exact=True) for said, want in cases]  # fmt: skip


_THOSE = [
    "tous ceux qui ont déclaré avoir moins de 18 ans",
    "celles qui affirment être mineures",
    "toutes celles qui ont indiqué vivre en Europe",
    "ceux qui disent avoir été harcelés",
]
_ADVANCE = "une avancée attendue, mais bienvenue"


def those_who() -> list[Probe]:
    """« … un avertissement pour tous ceux qui ont déclaré avoir moins de 18 ans. « … »,
    commente-t-il »: « ceux » is the relative's subject (a vague group), so the thing before
    it (« un avertissement ») is no speaker and « il » stays the minister."""
    found = []
    for name, pronoun in (("Jean-Noël Barrot", "il"), ("Claire Vannier", "elle")):
        for those in _THOSE:
            body = (
                f"{name}, ministre du Numérique, a salué la mesure jeudi. Le réseau social va "
                f"afficher un avertissement pour {those}. « {_ADVANCE} », commente-t-{pronoun}."
            )
            found.append(Probe("pronoun after « ceux qui »", _text(body), _ADVANCE, name))
    return found


def those_who_counter() -> list[Probe]:
    """What « ceux qui » say is theirs, a vague group (the label is judged)."""
    body = (
        "Jean-Noël Barrot a salué la mesure. Le réseau social va afficher un avertissement "
        "pour tous ceux qui ont déclaré avoir moins de 18 ans."
    )
    return [Probe("pronoun after « ceux qui » (counter)", _text(body), "avoir moins de 18 ans",
                  "tous ceux", "vague")]  # fmt: skip


_FIELDS = ["l'intelligence artificielle, secteur qui exige de grosses ressources en calcul",
           "la robotique, un domaine qui réclame beaucoup de capitaux"]  # fmt: skip
_ROUND = "le tour de table réunira de grands fonds européens"


def field_is_mute() -> list[Probe]:
    """« l'intelligence artificielle, secteur qui exige de grosses ressources »: a field
    (lexicon mute_heads) requires, it does not say; « selon la même source » after it is
    the investor who spoke before."""
    found = []
    for field in _FIELDS:
        for cue in ("selon la même source", "selon cette source", "a ajouté cette source"):
            said = f"{_ROUND}, {cue}."
            body = (
                "La start-up va lever 100 millions d'euros, a indiqué à l'AFP l'un de ses "
                f"investisseurs. Ce sera la plus grosse levée en France pour {field}.\n\n"
                + said[0].upper()
                + said[1:]
            )
            found.append(Probe("field is no speaker", _text(body), _ROUND[3:],
                               "l'un de ses investisseurs"))  # fmt: skip
    return found


_PAIRS = [("du Point et des Echos", "Le Point et Les Echos"),
          ("du Monde et du Figaro", "Le Monde et Le Figaro"),
          ("de Libération et du Parisien", "Libération et Le Parisien")]  # fmt: skip
_NIEL = "Xavier Niel pourrait également investir"


def counted_outlets() -> list[Probe]:
    """« selon les deux journaux » after « confirmant des informations du Point et des
    Echos »: the two outlets, named (the label is judged)."""
    found = []
    for written, name in _PAIRS:
        for said in (f"{_NIEL}, selon les deux journaux.",
                     f"Les deux quotidiens affirment que {_NIEL[0].lower()}{_NIEL[1:]}.",
                     f"« {_NIEL} », ont rapporté les deux titres."):  # fmt: skip
            body = (
                "La start-up va lever 100 millions d'euros, a indiqué à l'AFP l'un de ses "
                f"investisseurs, confirmant des informations {written}.\n\n{said}"
            )
            content = _NIEL if not said.startswith("Les") else _NIEL[0].lower() + _NIEL[1:]
            found.append(Probe("counted outlets", _text(body), content, name, "named"))
    return found


def counted_outlets_counter() -> list[Probe]:
    """Three outlets named, « les deux journaux »: no two to take up, a vague group."""
    body = (
        "La levée a été révélée par Le Monde, Le Figaro et Libération.\n\n"
        f"{_NIEL}, selon les deux journaux."
    )
    return [Probe("counted outlets (counter)", _text(body), _NIEL, "les deux journaux", "vague")]


def _text(body: str) -> str:
    return f"Titre\n\n{body}"


def probes9() -> list[Probe]:
    groups = (complement_pronoun, complement_pronoun_counter, latter_colon, latter_colon_counter,
              document_taken_up, document_taken_up_counter, phrase_body,
              phrase_body_counter, trade_taken_up, view_of_named, just_named_counter,
              periphrasis, periphrasis_counter, agency_acronym, body_by_adjective,
              body_by_adjective_counter, placed_subject, placed_subject_counter, those_who,
              those_who_counter, field_is_mute, counted_outlets,
              counted_outlets_counter)  # fmt: skip
    return [probe for group in groups for probe in group()]
