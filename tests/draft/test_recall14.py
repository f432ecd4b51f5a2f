"""recall14: French constructions the thirteenth round's unseen articles (blind13a, blind13b and
blind13d, now heldout) missed, each written out in made-up sentences over tenses, subject kinds
and word orders, with the counter-cases that must stay silent."""

from __future__ import annotations

import pytest

from tests.draft.readings import said, speakers

_BEFORE = "La ville manque d'eau. "  # the sentence is not the article's first: no opening rule


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Les gens consomment davantage d'eau, a résumé la conseillère responsable du "
            "dossier Suzanne Verreault dans un point de presse impromptu mercredi après-midi.",
            [
                (
                    "Les gens consomment davantage d'eau",
                    "la conseillère responsable du dossier Suzanne Verreault",
                )
            ],
        ),
        (
            "Les loyers baisseront l'an prochain, martelait le maire Michaël Delafosse dès "
            "novembre 2020, six mois après son élection à la tête de la ville.",
            [("Les loyers baisseront l'an prochain", "le maire Michaël Delafosse")],
        ),
        (
            "L'homme a été retrouvé sur la commune, a indiqué à France 3 l'adjudant-chef "
            "Benjamin Roux, du Peloton de gendarmerie de haute montagne (PGHM) de Jausiers.",
            [("L'homme a été retrouvé sur la commune", "l'adjudant-chef Benjamin Roux")],
        ),
        (
            "Le chantier prendra du retard, a déclaré à l'AFP la porte-parole de la préfecture "
            "Marie Dubois lors d'une conférence de presse organisée en fin de journée.",
            [("Le chantier prendra du retard", "la porte-parole de la préfecture Marie Dubois")],
        ),
        (
            "Les prix vont encore monter, estime l'économiste Jean Dupont dans un long "
            "entretien publié lundi sur le site de la banque régionale.",
            [("Les prix vont encore monter", "l'économiste Jean Dupont")],
        ),
    ],
)
def test_a_closing_cue_whose_named_subject_is_followed_by_its_setting(
    text: str, expected: list
) -> None:
    """The setting after the name (« dans un point de presse… », « dès novembre », « , du
    Peloton de… ») is no part of the subject and does not count against its few words."""
    assert said(_BEFORE + text, "fr") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre, selon toute vraisemblance, a démenti le communiqué publié ce mercredi par "
        "la présidence de la République dans la soirée du lendemain de la réunion.",
        "Le maire, en fin de séance, a remercié les agents du service des eaux de la ville de "
        "Québec dans un message publié sur le site de la municipalité.",
    ],
)
def test_an_object_with_one_capital_before_a_setting_is_no_closing_subject(text: str) -> None:
    """One capitalised word before « dans » is no full name: the words after the verb are its
    object, and the words before its comma are its subject, not something said."""
    found = said(_BEFORE + text, "fr")
    assert all(not content.startswith("Le m") for content, _source in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Avec le confinement, les gens consomment davantage d'eau, a résumé la conseillère.",
            [("Avec le confinement, les gens consomment davantage d'eau", "la conseillère")],
        ),
        (
            "Dans les écoles, les élèves boivent davantage, a expliqué mardi le directeur.",
            [("Dans les écoles, les élèves boivent davantage", "le directeur")],
        ),
    ],
)
def test_a_clause_after_a_fronted_setting_is_said_by_a_closing_cue(
    text: str, expected: list
) -> None:
    """« Avec X, » opens a setting, not a subject set off by its apposition."""
    assert said(_BEFORE + text, "fr") == expected


def test_a_subject_and_its_apposition_before_a_verb_still_say_nothing() -> None:
    """« Le maire, l'homme fort de la ville, dénonce… »: the name and its description are
    the subject (not something said) whether or not the sentence opens on a setting."""
    text = _BEFORE + "Le maire, l'homme fort de la ville, dénonce la décision."
    assert ("Le maire", "") not in said(text, "fr")
    assert all("Le maire" not in content for content, _ in said(text, "fr"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Selon l'Insee, l'inflation alimentaire refluerait à 7 %. L'inflation d'ensemble "
            "s'élèverait à 4,4 % en décembre.",
            ["l'Insee", "l'Insee"],
        ),
        (
            "Le syndicat affirme n'avoir reçu aucun bilan. Ni les enseignants, ni les "
            "représentants n'auraient été consultés.",
            ["Le syndicat", "Le syndicat"],
        ),
        (
            "« Les chauffeurs sont à bout », relate Barbara Leduc. Le manque d'effectifs serait "
            "criant, et des employés auraient été menacés.",
            ["Barbara Leduc", "Barbara Leduc"],
        ),
        (
            "Selon l'association, les banques gonflent leurs tarifs. Elles abuseraient aussi de "
            "brochures illisibles. La palme reviendrait à une banque en ligne.",
            ["l'association", "l'association", "l'association"],
        ),
    ],
)
def test_the_journalistic_conditional_goes_on_with_the_source_before_it(
    text: str, expected: list
) -> None:
    """A sentence whose main verb is a conditional, right after an attribution of its
    paragraph, is still that source's word (and so is the next one in the conditional)."""
    found = speakers(text)
    assert len(found) == len(expected) and len(set(found)) == 1
    assert len(said(text, "fr")) == len(expected)


@pytest.mark.parametrize(
    "text",
    [
        # a hedge of the outlet's own
        "Selon LCI, dix clients étaient dans la boutique. Les enquêteurs pourraient retrouver "
        "les voleurs rapidement.",
        # an indicative verb first: the conditional is in a second clause
        "Selon LCI, dix clients étaient dans la boutique. Personne n'a été blessé, mais les "
        "clients seraient sous le choc.",
        # a conditional in a subordinate clause
        "Selon LCI, dix clients étaient dans la boutique. Si la police était arrivée plus tôt, "
        "les voleurs seraient en prison.",
        # a question
        "Selon LCI, dix clients étaient dans la boutique. Les voleurs seraient-ils déjà loin ?",
        # a sentence between the source and the conditional
        "Selon LCI, dix clients étaient dans la boutique. Le magasin a fermé à midi. Les "
        "voleurs seraient déjà loin.",
        # a verb negated before the conditional
        "Selon le site, certains coureurs ont chuté. Mais rien ne semble corroborer ces "
        "excuses et la réalité serait bien différente.",
    ],
)
def test_a_conditional_after_a_source_that_is_no_claim_of_it_stays_unsaid(text: str) -> None:
    assert len(said(text, "fr")) == 1


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "L'organisme chargé de gérer le retour à l'emploi et les allocations chômage de "
            "millions de personnes annonce avoir été victime d'une fuite de données.",
            "L'organisme chargé de gérer le retour à l'emploi et les allocations chômage de "
            "millions de personnes",
        ),
        (
            "Une nouvelle étude publiée par des chercheurs américains dans la revue Journal of "
            "Alzheimer Disease suggère qu'une exposition prolongée aux ondes protège la mémoire.",
            "Une nouvelle étude publiée par des chercheurs américains dans la revue Journal of "
            "Alzheimer Disease",
        ),
        (
            "Les associations réunies au sein du collectif contre la fermeture de la maternité "
            "de la ville voisine affirment que la décision a été prise sans concertation.",
            "Les associations réunies au sein du collectif contre la fermeture de la maternité "
            "de la ville voisine",
        ),
    ],
)
def test_a_long_subject_with_its_participle_still_speaks(text: str, source: str) -> None:
    """A determiner, a noun and a past participle with its complement are one noun phrase
    however long (up to 24 words), not narration the fourteen-word cap keeps out."""
    assert [s for _content, s in said(text, "fr")] == [source]


def test_a_long_run_with_a_verb_of_its_own_is_no_subject() -> None:
    """« … a fermé ses portes et les salariés de l'usine … annoncent » : a verb before the
    cue's own makes the words before it a clause, not a subject, however they open."""
    text = (
        "Le magasin installé depuis trente ans au cœur du quartier de la gare a fermé ses "
        "portes hier soir et annonce la fin de son activité."
    )
    assert all(
        not s.startswith("Le magasin installé") or len(s.split()) < 14 for _c, s in said(text, "fr")
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La chaîne souligne, ainsi que l'a rappelé l'adjudant-chef Roux, qu'il faut « éviter "
            "de partir seul ».",
            [("il faut « éviter de partir seul »", "l'adjudant-chef Roux")],
        ),
        (
            "Le syndicat estime, comme l'a dit son président, que la réforme est injuste.",
            [("la réforme est injuste", "son président")],
        ),
        (
            "La crise est profonde, ainsi que l'ont rappelé les experts du comité.",
            [("La crise est profonde", "les experts du comité")],
        ),
        (
            "La crise est profonde, comme il l'a rappelé hier.",
            [("La crise est profonde", "il")],
        ),
    ],
)
def test_an_inserted_comme_or_ainsi_que_clause_speaks_through_its_subject(
    text: str, expected: list
) -> None:
    """« ainsi que l'a rappelé X »: X speaks (never « que »); set between a verb and its
    object clause, what X said is that clause."""
    assert said(text, "fr") == expected


@pytest.mark.parametrize(
    "text",
    [
        "L'un des accusés, qui est présenté comme le tireur, a toujours nié sa participation.",
        "Le directeur, dont le mandat s'achève en mai, a démenti la rumeur hier.",
        "La présidente, qui dirige le syndicat depuis dix ans, a rejeté les accusations.",
    ],
)
def test_a_subject_and_its_relative_before_the_verb_are_not_what_is_said(text: str) -> None:
    """« X, qui …, a nié Y »: the noun phrase and its relative are the verb's subject, never
    a clause the verb closes with its object read as the speaker."""
    assert all(
        not content.startswith(("L'un", "Le directeur", "La présidente"))
        for content, _source in said(text, "fr")
    )


def test_a_setting_then_a_subject_and_its_apposition_are_no_clause() -> None:
    """« Dans un communiqué, le maire, l'homme fort de la ville, dénonce la décision »: past
    the setting, a name and its description, the subject of « dénonce »."""
    text = _BEFORE + "Dans un communiqué, le maire, l'homme fort de la ville, dénonce la décision."
    assert all(not content.startswith("Dans") for content, _source in said(text, "fr"))
