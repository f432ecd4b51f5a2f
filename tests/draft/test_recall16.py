"""recall16: French constructions the fifteenth round's unseen articles (blind15a, blind15b and
blind15d, now heldout) missed, each written out in made-up sentences over tenses, subject kinds
and word orders, with the counter-cases that must stay silent."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze
from tests.draft.readings import said

_BEFORE = "La ville manque d'eau. "  # the sentence is not the article's first: no opening rule


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "Cent communes sont privées d'eau potable. Voilà ce qu'a annoncé le ministre de "
            "la Transition écologique, Christophe Béchu.",
            "Cent communes sont privées d'eau potable.",
            "le ministre de la Transition écologique, Christophe Béchu",
        ),
        (
            "Le bureau de poste fermera en juin. Voici ce qu'annonce la direction régionale.",
            "Le bureau de poste fermera en juin.",
            "la direction régionale",
        ),
        (
            "La France joue-t-elle un double jeu ? C'est en tout cas ce que pense la presse "
            "italienne.",
            "La France joue-t-elle un double jeu ?",
            "la presse italienne",
        ),
        (
            "Cette organisation peut être contestée devant le juge. C'est ce que nous explique "
            "Jean-Pierre Markus, professeur de droit public.",
            "Cette organisation peut être contestée devant le juge.",
            "Jean-Pierre Markus",
        ),
        (
            "Le chantier reprendra à l'automne. C'est ce que lui avait confié le maire.",
            "Le chantier reprendra à l'automne.",
            "le maire",
        ),
    ],
)
def test_a_presentative_then_ce_que_and_an_inverted_verb_reports_the_sentence_before(
    text: str, content: str, source: str
) -> None:
    """« Voilà ce qu'a annoncé X », « C'est en tout cas ce que pense X », « C'est ce que nous
    explique X »: the subject follows the verb, what it said is the sentence before."""
    found = said(_BEFORE + text, "fr")
    assert any(c.rstrip(".") == content.rstrip(".") and s == source for c, s in found), found


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "La filiale menace d'être revendue, ce que craignent les salariés.",
            "La filiale menace d'être revendue",
            "les salariés",
        ),
        (
            "Le vaccin déclenche une réponse immunitaire, ce qu'avait affirmé le gouvernement "
            "russe.",
            "Le vaccin déclenche une réponse immunitaire",
            "le gouvernement russe",
        ),
        (
            "Les loyers vont encore augmenter cette année, ce que dénoncent vivement les "
            "associations de locataires.",
            "Les loyers vont encore augmenter cette année",
            "les associations de locataires",
        ),
    ],
)
def test_ce_que_after_a_comma_sums_up_the_clause_before_it(
    text: str, content: str, source: str
) -> None:
    """« …, ce que craignent les salariés »: *ce que* stands for the clause before its comma,
    which the subject after the verb says."""
    assert (content, source) in said(_BEFORE + text, "fr")


@pytest.mark.parametrize(
    "text",
    [
        "Il a mangé tout ce que lui a servi sa mère.",
        "Le maire a vendu ce que lui a laissé son père.",
        "Les mesures qu'annonce le gouvernement ne suffiront pas.",
        "Il refuse, ce que comprennent mal.",
    ],
)
def test_ce_que_with_nothing_said_before_it_stays_silent(text: str) -> None:
    """*ce que* that opens an object (« a mangé tout ce que lui a servi sa mère ») or a
    relative on a subject stands for no statement."""
    assert said(_BEFORE + text, "fr") == []


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "La station a dû fermer ses pistes le soir du 31 décembre regrette Jacques Murat.",
            "La station a dû fermer ses pistes le soir du 31 décembre",
            "Jacques Murat",
        ),
        (
            "Il est devenu impossible de garder les pistes ouvertes explique Fabrice Morel, "
            "directeur de l'office de tourisme.",
            "Il est devenu impossible de garder les pistes ouvertes",
            "Fabrice Morel",
        ),
        (
            "Le chantier reprendra dès lundi prochain assure Marie Dupont dans un communiqué.",
            "Le chantier reprendra dès lundi prochain",
            "Marie Dupont",
        ),
    ],
)
def test_a_named_person_after_an_unmarked_inverted_cue_is_its_speaker(
    text: str, content: str, source: str
) -> None:
    """With no comma before the verb, a clause with its own verb, then a verb of saying and a
    first name with its surname: the person says the clause, and is never its content."""
    assert (content, source) in said(_BEFORE + text, "fr")


@pytest.mark.parametrize(
    "text",
    [
        "Le maire a remercié les pompiers et félicite Paul Durand.",
        "Dans son livre, la ministre cite Paul Durand.",
    ],
)
def test_a_name_after_a_verb_of_its_own_subject_stays_its_object(text: str) -> None:
    """« … et félicite Paul Durand »: a verb joined to the clause before shares its subject,
    so the name is whom it addresses, no speaker after an unmarked cue."""
    assert not any(s == "Paul Durand" for _, s in said(_BEFORE + text, "fr"))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "« Les vents restent forts », a affirmé le préfet, craignant des « inondations "
            "importantes » dans la nuit.",
            "des « inondations importantes » dans la nuit",
        ),
        (
            "Le ministre a quitté la salle, démentant tout « accord secret » avec l'opposition.",
            "tout « accord secret » avec l'opposition",
        ),
    ],
)
def test_present_participles_of_irregular_verbs_are_cues(text: str, content: str) -> None:
    """The lexicon lists the irregular verbs' forms one by one: « craignant », « démentant »
    report as « craint », « dément » do."""
    assert content in [c for c, _ in said(_BEFORE + text, "fr")]


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "Dans la foule, des enseignants, des élèves, et cette lycéenne aussi avec sa "
            "pancarte : « Je veux grandir, pas servir ».",
            "Je veux grandir, pas servir",
            "cette lycéenne",
        ),
        (
            "Le maire est arrivé avec une pancarte « Touche pas à mon école ».",
            "Touche pas à mon école",
            "Le maire",
        ),
        (
            "Des parents, venus avec leurs enfants, ont défilé sous les slogans « Non à la "
            "fermeture », « Sauvons notre école ».",
            "Sauvons notre école",
            "Des parents",
        ),
        (
            "A Lyon, deux cents grévistes brandissant une banderole rouge « Nos salaires, pas "
            "leurs profits » ont bloqué le dépôt.",
            "Nos salaires, pas leurs profits",
            "deux cents grévistes",
        ),
    ],
)
def test_the_words_of_a_held_placard_are_its_holders(text: str, content: str, source: str) -> None:
    """A quotation right after a placard, a banner or slogans someone holds or marches under
    is what the holder says: the people just before « avec », else the sentence's subject."""
    assert (content, source) in said(_BEFORE + text, "fr")


def test_a_placard_after_a_cue_goes_to_that_cues_speaker() -> None:
    """« «…», anticipe cet exploitant, venu avec une pancarte «…» »: the speaker of the
    sentence's attribution holds the placard."""
    text = (
        "« Ce sera un dur combat », anticipe cet exploitant de 39 ans, venu en voiture avec "
        "une pancarte « Manu, arrête le Mercosur »."
    )
    contents = [c for c, _ in said(_BEFORE + text, "fr")]
    assert "Manu, arrête le Mercosur" in contents


@pytest.mark.parametrize(
    "text",
    [
        "Deux militants ont déplié une petite banderole jaune barrée d'un « Renouvelez "
        "l'énergie ».",
        "Le film est sorti sous le titre « Les Misérables ».",
        "Il est venu avec un livre « Le Petit Prince » sous le bras.",
    ],
)
def test_a_quotation_that_is_no_held_inscriptions_wording_stays_silent(text: str) -> None:
    """The words must follow the inscription itself, with adjectives only between them."""
    assert said(_BEFORE + text, "fr") == []


def _article(subhead: str) -> str:
    return (
        "Titre\n\nLes salariés de l'usine ont cessé le travail mardi.\n\n"
        f"« {subhead} »\n\n"
        "« Nos membres ont parlé et nous irons jusqu'au bout », a déclaré Paul Durand, "
        "délégué syndical.\n"
    )


@pytest.mark.parametrize(
    "subhead", ["Nous avons pris des mesures", "Nous ne voulons pas finir comme Camaïeu"]
)
def test_a_quoted_subhead_in_the_first_person_plural_is_the_next_speakers(subhead: str) -> None:
    """« «Nous avons pris des mesures» » over a section: whoever speaks first under it."""
    analysis = analyze(_article(subhead), "fr", headline="Titre")
    spoken = {analysis.passage(a.content): a.speaker for a in analysis.attributions}
    assert spoken.get(subhead) == "Paul Durand"


@pytest.mark.parametrize("subhead", ["Une situation catastrophique", "C'est une première"])
def test_other_quoted_subheads_stay_the_outlets_framing(subhead: str) -> None:
    """A quoted noun phrase or a sentence not in the first person plural is a headline's
    wording: no attribution."""
    analysis = analyze(_article(subhead), "fr", headline="Titre")
    assert subhead not in [analysis.passage(a.content) for a in analysis.attributions]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Les résultats du premier tour vont être proclamés par la commission électorale.",
            "Les résultats du premier tour",
        ),
        (
            "Les chalutiers, c'est un drame ancien qui était déjà dénoncé par des chercheurs.",
            "c'est un drame ancien",
        ),
        (
            "Le rachat de Zodiac, un projet qui vient d'être confirmé par les actionnaires.",
            "un projet",
        ),
        ("La fermeture a été annoncée par le maire.", "La fermeture"),
    ],
)
def test_a_passives_subject_ends_before_its_auxiliary_modal_or_relative(
    text: str, content: str
) -> None:
    """What the agent of a passive said is its subject, never the modal, « venir de » or the
    relative pronoun between it and the form of être (a plain bug: « [projet qui vient d'] »)."""
    assert content in [c for c, _ in said(_BEFORE + text, "fr")]
