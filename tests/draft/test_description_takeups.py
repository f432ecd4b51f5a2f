"""A speaker written as a description of someone the article named (speakers11 pass, issue 15):
« Monsieur X » for the full name met before, « l'accusation » for the prosecutor named in the
trial, a body taken up by the noun set beside its name (« la société X, porteuse du projet »
then « le porteur de projet »). Made-up sentences, several forms each, and counter-cases."""

from __future__ import annotations

import pytest

from tests.draft.readings import content_speaker_label, speaker_of

_CIVIL = [
    (
        "Jean-Paul Vernier, professeur à l'université de Lunel, a publié une étude.\n\n"
        "Monsieur Vernier a rappelé que les budgets baissent depuis dix ans.",
        "les budgets baissent",
        "Jean-Paul Vernier",
    ),
    (
        "Claire Montbrun dirige l'école de la rue Haute.\n\n"
        "« Nous manquons de tout », déplore Madame Montbrun devant les parents.",
        "Nous manquons de tout",
        "Claire Montbrun",
    ),
    (
        "Le club a reçu la visite de Lucie Favrel. Selon Mademoiselle Favrel, "
        "la saison sera difficile.",
        "la saison sera difficile",
        "Lucie Favrel",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), _CIVIL)
def test_a_civil_title_and_a_surname_take_up_the_full_name(
    text: str, content: str, speaker: str
) -> None:
    assert speaker_of(text, content) == speaker


def test_a_civil_title_before_another_surname_names_someone_else() -> None:
    text = (
        "Jean-Paul Vernier a publié une étude.\n\n"
        "Monsieur Dubreuil a rappelé que les budgets baissent depuis dix ans."
    )
    assert speaker_of(text, "les budgets baissent") == "Monsieur Dubreuil"


_PROSECUTION = [
    (
        "L'accusation a requis mardi trois ans de prison contre les deux prévenus. "
        "« Les faits sont graves », a estimé le procureur Marc Delorme.",
        "trois ans de prison",
        "Marc Delorme",
    ),
    (
        "« Ils savaient tout », a lancé l'avocate générale Sonia Perrin. "
        "Selon l'accusation, le système durait depuis 2015.",
        "le système durait",
        "Sonia Perrin",
    ),
    (
        "Le procureur, Paul Amiel, a pris la parole jeudi.\n\n"
        "L'accusation affirme que l'argent a quitté le pays en 2019.",
        "l'argent a quitté le pays",
        "Paul Amiel",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), _PROSECUTION)
def test_the_prosecution_is_the_one_prosecutor_named(text: str, content: str, speaker: str) -> None:
    assert speaker_of(text, content) == speaker


def test_two_prosecutors_leave_the_prosecution_as_it_is() -> None:
    text = (
        "L'accusation a requis mardi trois ans de prison contre les prévenus. "
        "« Les faits sont graves », a estimé le procureur Marc Delorme. "
        "« Et anciens », a ajouté l'avocate générale Sonia Perrin."
    )
    assert speaker_of(text, "trois ans de prison") == "L'accusation"


_BODY_NOUN = [
    (
        "Les riverains s'opposent au parc voulu par la société Voltaris, porteuse du projet. "
        "Les travaux commenceront en 2026, selon le porteur de projet.",
        "Les travaux commenceront",
        "Voltaris",
    ),
    (
        "Le quartier attend l'entreprise Bâtinord, maître d'œuvre du chantier. "
        "« Nous tiendrons les délais », assure le maître d'œuvre.",
        "Nous tiendrons les délais",
        "Bâtinord",
    ),
    (
        "La mairie a choisi l'association Terre Vive, gestionnaire du jardin partagé.\n\n"
        "La gestionnaire a indiqué que les parcelles seraient attribuées en mai.",
        "les parcelles seraient attribuées",
        "Terre Vive",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), _BODY_NOUN)
def test_a_body_is_taken_up_by_the_noun_set_beside_its_name(
    text: str, content: str, speaker: str
) -> None:
    assert speaker_of(text, content) == speaker


def test_two_bodies_with_the_same_noun_take_up_neither() -> None:
    text = (
        "Le parc est voulu par la société Voltaris, porteuse du projet, et par la société "
        "Ventana, porteuse du projet voisin. Les travaux commenceront en 2026, selon le "
        "porteur de projet."
    )
    assert speaker_of(text, "Les travaux commenceront") == "le porteur de projet"


def test_a_body_resolved_from_its_noun_is_named() -> None:
    text = (
        "Les riverains s'opposent au parc voulu par la société Voltaris, porteuse du projet. "
        "Les travaux commenceront en 2026, selon le porteur de projet."
    )
    found = [f for f in content_speaker_label(text) if f[0].startswith("Les travaux")]
    assert found and found[0][1:] == ("Voltaris", "named")


_LAWYERS = [
    (
        "Me Anne Valois et Me Paul Girod contestent la procédure. Mardi, les avocats ont "
        "estimé que le dossier était vide.",
        "le dossier était vide",
    ),
    (
        "La défense, Me Anne Valois et Me Paul Girod, a plaidé l'acquittement.\n\n"
        "« Il n'y a aucune preuve », ont déclaré les deux avocats à la sortie.",
        "Il n'y a aucune preuve",
    ),
    (
        "Me Anne Valois, Me Paul Girod et Me Luc Berthe défendent les prévenus. "
        "Selon les avocats, l'enquête a été bâclée.",
        "l'enquête a été bâclée",
    ),
]


@pytest.mark.parametrize(("text", "content"), _LAWYERS)
def test_the_lawyers_are_those_named_together_with_their_title(text: str, content: str) -> None:
    found = [f for f in content_speaker_label(text) if content in f[0]]
    assert found and found[0][1].startswith("Me Anne Valois")
    assert "Me Paul Girod" in found[0][1] and found[0][2] == "named"


def test_lawyers_named_apart_leave_the_lawyers_a_group() -> None:
    text = (
        "Me Anne Valois défend le maire. Me Paul Girod défend l'adjoint. Mardi, les avocats "
        "ont estimé que le dossier était vide."
    )
    assert speaker_of(text, "le dossier était vide") == "les avocats"


def test_two_pairs_of_lawyers_take_up_neither() -> None:
    text = (
        "Me Anne Valois et Me Paul Girod défendent le maire, Me Luc Berthe et Me Marc Roy "
        "l'adjoint. Mardi, les avocats ont estimé que le dossier était vide."
    )
    assert speaker_of(text, "le dossier était vide") == "les avocats"


_PARTISANS = [
    (
        "La réunion a opposé Marc Delvaux (MR) et Jan Peeters (N-VA).\n\n"
        "Le libéral estime qu'il s'agit d'un simple malentendu.",
        "un simple malentendu",
        "Marc Delvaux",
    ),
    (
        "La députée PS Anne Moreau a voté contre le texte. Selon la socialiste, la réforme "
        "coûtera cher aux communes.",
        "la réforme coûtera cher",
        "Anne Moreau",
    ),
    (
        "Lucie Verhaegen (Ecolo) et Paul Lambert (MR) ont débattu jeudi. « Le calendrier est "
        "intenable », a lancé l'écologiste.",
        "Le calendrier est intenable",
        "Lucie Verhaegen",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), _PARTISANS)
def test_a_party_family_takes_up_the_one_member_named(
    text: str, content: str, speaker: str
) -> None:
    assert speaker_of(text, content) == speaker


def test_two_members_of_the_family_take_up_neither() -> None:
    text = (
        "La réunion a opposé Marc Delvaux (MR) et Paul Lambert (Open Vld).\n\n"
        "Le libéral estime qu'il s'agit d'un simple malentendu."
    )
    assert speaker_of(text, "un simple malentendu") == "Le libéral"


def test_a_member_of_another_family_is_not_taken_up() -> None:
    text = (
        "La réunion a opposé Jan Peeters (N-VA) et Anne Moreau (PS).\n\n"
        "Le libéral estime qu'il s'agit d'un simple malentendu."
    )
    assert speaker_of(text, "un simple malentendu") == "Le libéral"


_SPOKESPEOPLE = [
    (
        "Le chef de l'agence « regrette » la décision du tribunal\n\n"
        "Le directeur de l'agence « regrette » la décision, a déclaré jeudi son porte-parole.\n\n"
        "« Nous ferons appel », a déclaré Paul Renaud.",
        "regrette » la décision, a",
    ),
    (
        "La ministre de la Santé a visité l'hôpital lundi.\n\n"
        "Les lits manquent, a reconnu mardi son porte-parole. « Nous ouvrirons vingt lits », "
        "a ajouté Paul Renaud.",
        "Les lits manquent",
    ),
]


@pytest.mark.parametrize(("text", "content"), _SPOKESPEOPLE)
def test_a_name_first_heard_takes_up_the_office_that_spoke_last(text: str, content: str) -> None:
    assert speaker_of(text, content) == "Paul Renaud"


def test_a_name_of_the_other_gender_or_with_its_own_title_takes_up_no_office() -> None:
    text = (
        "Les lits manquent, a reconnu mardi la porte-parole de l'hôpital. « Nous ouvrirons "
        "vingt lits », a ajouté Paul Renaud."
    )
    assert speaker_of(text, "Les lits manquent") != "Paul Renaud"
    text = (
        "Les lits manquent, a reconnu mardi le porte-parole de l'hôpital. « Nous ouvrirons "
        "vingt lits », a ajouté Paul Renaud, médecin chef du service."
    )
    assert speaker_of(text, "Les lits manquent") != "Paul Renaud"


_WRITERS = [
    (
        "Dans un rapport de la Cour des comptes publié mardi, l'inquiétude domine. "
        "Pour ses auteurs, il faudra recruter mille agents de plus.",
        "il faudra recruter",
        "Cour",
    ),
    (
        "L'association Vigie Rivières a publié une lettre ouverte au préfet. Selon ses "
        "signataires, les rejets ont doublé depuis 2020.",
        "les rejets ont doublé",
        "Vigie Rivières",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), _WRITERS)
def test_the_writers_of_a_document_are_its_issuer(text: str, content: str, speaker: str) -> None:
    assert speaker in speaker_of(text, content)


def test_writers_with_no_document_before_are_no_one_named() -> None:
    text = (
        "L'inquiétude domine à la mairie depuis mardi. Pour ses auteurs, il faudra recruter "
        "mille agents de plus."
    )
    assert speaker_of(text, "il faudra recruter") == "ses auteurs"


def test_a_possessive_of_another_noun_is_not_the_document_issuer() -> None:
    text = (
        "Dans un rapport de la Cour des comptes publié mardi, l'inquiétude domine. "
        "Pour ses lecteurs, il faudra recruter mille agents de plus."
    )
    assert "Cour" not in speaker_of(text, "il faudra recruter")


_OWNED = [
    (
        "Un des avocats de Paul Mercier dénonce « un acharnement ». Paul Mercier compte porter "
        "plainte pour diffamation, ont annoncé ses avocats lundi.",
        "porter plainte",
        "les avocats de Paul Mercier",
    ),
    (
        "Les conseillers de Léa Martin préparent la rentrée. Léa Martin ne sera pas candidate "
        "en 2027, ont confirmé ses conseillers mardi.",
        "ne sera pas candidate",
        "les conseillers de Léa Martin",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), _OWNED)
def test_a_plural_possessive_is_written_as_the_article_wrote_the_owners(
    text: str, content: str, speaker: str
) -> None:
    assert speaker_of(text, content) == speaker


def test_a_plural_possessive_the_article_never_wrote_out_stays() -> None:
    text = "Paul Mercier compte porter plainte pour diffamation, ont annoncé ses avocats lundi."
    assert speaker_of(text, "porter plainte") == "ses avocats"
    text = (
        "Un des avocats de Jean Morel dénonce « un acharnement ». Paul Mercier compte porter "
        "plainte pour diffamation, ont annoncé ses avocats lundi."
    )
    assert speaker_of(text, "porter plainte") == "ses avocats"
