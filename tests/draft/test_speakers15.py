"""Speakers of French attributions (speakers15 pass, issue 15): the constructions the
fourteenth round's unseen batches got wrong. Made-up sentences, several forms each, and
counter-cases."""

from __future__ import annotations

import pytest

from quizapp.draft.text.segment import tokens
from tests.draft.readings import speaker_of

_IRISH_NAMES = [
    (
        "La grève continue. « Nous ne céderons pas », a déclaré Michael O'Brien mardi.",
        "Nous ne céderons pas",
        "Michael O'Brien",
    ),
    (
        "Selon Sinead O’Connor, la salle était pleine.",
        "la salle était pleine",
        "Sinead O’Connor",
    ),
    (
        "Le patron du groupe, Kevin O'Neill, estime que les prix vont monter.",
        "les prix vont monter",
        "Kevin O'Neill",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), _IRISH_NAMES)
def test_a_name_written_with_o_apostrophe_is_one_word(
    text: str, content: str, speaker: str
) -> None:
    assert speaker_of(text, content) == speaker


def test_french_elisions_before_a_capital_still_split() -> None:
    words = [t.text for t in tokens("l'Oréal et d'Orange, qu'Olivier", (0, 31), "fr")]
    assert words == ["l'", "Oréal", "et", "d'", "Orange", ",", "qu'", "Olivier"]


_BODY_ANAPHOR_AFTER_A_PEOPLE = [
    (  # a people (« les Français ») met before the company is no body
        "Les Français paieront plus cher. Vinci Autoroutes gère le réseau le plus dense. "
        "« La hausse sera faible », a assuré la société mardi.",
        "La hausse sera faible",
        "Vinci Autoroutes",
    ),
    (  # the field of an office (« aux Transports ») is no body either
        "Acme Logistique gère les entrepôts. Paul Morel, ministre délégué aux Transports, a "
        "parlé. « Les trajets courts sont épargnés », affirme l'entreprise.",
        "Les trajets courts sont épargnés",
        "Acme Logistique",
    ),
    (
        "Les Belges protestent. Selon la société, les tarifs n'ont pas changé.",
        "les tarifs n'ont pas changé",
        "la société",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), _BODY_ANAPHOR_AFTER_A_PEOPLE)
def test_a_company_anaphor_takes_up_no_people_and_no_office_field(
    text: str, content: str, speaker: str
) -> None:
    assert speaker_of(text, content) == speaker


def test_a_company_anaphor_takes_up_no_person_with_a_first_name() -> None:
    text = (
        "Jean Dupont gère le réseau depuis dix ans. « La hausse sera faible », a assuré la "
        "société mardi."
    )
    assert speaker_of(text, "La hausse sera faible") != "Jean Dupont"


_PARTY_IN_BRACKETS = [
    ("D'après le maire (LR) de Conflans, le problème viendrait d'une pompe.", "d'une pompe"),
    ("Le député (PS) de la Somme a affirmé que la loi serait votée.", "la loi serait votée"),
    ("« Nous irons jusqu'au bout », a déclaré la sénatrice (EELV) de Paris.", "jusqu'au bout"),
]


@pytest.mark.parametrize(("text", "content"), _PARTY_IN_BRACKETS)
def test_a_party_in_brackets_after_an_office_is_no_speaker(text: str, content: str) -> None:
    assert speaker_of(text, content) not in ("LR", "PS", "EELV", "")


_PARTY_BESIDE_A_NAME = [
    ("Sarah Constantin (PS) estime que la motion est urgente.", "Sarah Constantin"),
    ("Le maire (LR), Stephen Hervé, explique que la motion est urgente.", "Stephen Hervé"),
]


@pytest.mark.parametrize(("text", "speaker"), _PARTY_BESIDE_A_NAME)
def test_a_name_beside_its_party_still_speaks(text: str, speaker: str) -> None:
    assert speaker_of(text, "la motion est urgente") == speaker


_TRADE_AFTER_ITS_CUE = [
    (
        "Paul Morel, agriculteur à Niort, irrigue ses champs. Il précise que l'eau manque. "
        "« Nous n'avions pas le choix », explique le cultivateur au Figaro.",
        "Nous n'avions pas le choix",
        "Paul Morel",
    ),
    (
        "Anne Roux élève des brebis à Larrau. Elle a dit que le loup était revenu. « Trois "
        "bêtes sont mortes », raconte l'éleveuse.",
        "Trois bêtes sont mortes",
        "Anne Roux",
    ),
    (
        "Marc Petit tient la boulangerie du village. Il affirme que la farine coûte cher. « On "
        "ne tiendra pas l'hiver », avait prévenu le boulanger mardi.",
        "On ne tiendra pas l'hiver",
        "Marc Petit",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), _TRADE_AFTER_ITS_CUE)
def test_a_trade_after_its_cue_takes_up_the_person_heard(
    text: str, content: str, speaker: str
) -> None:
    assert speaker_of(text, content) == speaker


def test_a_trade_of_the_other_gender_is_someone_else() -> None:
    text = (
        "Anne Roux irrigue ses champs. Elle précise que l'eau manque. « Nous n'avions pas le "
        "choix », explique le cultivateur."
    )
    assert speaker_of(text, "Nous n'avions pas le choix") != "Anne Roux"


_TOWN_NAMED_BY_ITS_HALL = [
    (
        "Le musée a été cambriolé, selon un communiqué de la ville. « La vitrine a été brisée », "
        "indique la ville. La mairie de Langres a porté plainte.",
        "La vitrine a été brisée",
    ),
    (
        "« Les trottinettes ont été retirées », a annoncé la ville lundi. La mairie de Nantes "
        "a porté plainte contre l'opérateur.",
        "Les trottinettes ont été retirées",
    ),
]


@pytest.mark.parametrize(("text", "content"), _TOWN_NAMED_BY_ITS_HALL)
def test_the_town_is_its_town_hall_named_later(text: str, content: str) -> None:
    assert speaker_of(text, content).lower().startswith("la mairie de ")


def test_two_town_halls_leave_the_town_as_written() -> None:
    text = (
        "« Les trottinettes ont été retirées », a annoncé la ville lundi. La mairie de Nantes "
        "et la mairie de Rennes ont porté plainte."
    )
    assert speaker_of(text, "Les trottinettes ont été retirées") == "la ville"


_PERSON_NOUN_AFTER_ITS_CUE = [
    (  # a trade with « jeune » before it, three sentences after the name
        "« On les a trouvées mortes », a raconté Pascal Morel. Le troupeau compte mille bêtes. "
        "Les chiens n'ont rien vu. Trois cents brebis manquent encore. « On les cherche "
        "toujours », a affirmé le jeune éleveur.",
        "On les cherche toujours",
        "Pascal Morel",
    ),
    (  # a role word heard after a described person
        "Un spécialiste des stades estime que les tribunes sont trop hautes. « Il faut tout "
        "revoir », précise le responsable.",
        "Il faut tout revoir",
        "Un spécialiste des stades",
    ),
    (
        "« Le feu a pris près d'une machine », a déclaré Claude Roy, chef des pompiers. « Nous "
        "ne savons pas encore pourquoi », a indiqué l'officier.",
        "Nous ne savons pas encore pourquoi",
        "Claude Roy",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), _PERSON_NOUN_AFTER_ITS_CUE)
def test_a_person_noun_after_its_cue_takes_up_the_one_heard(
    text: str, content: str, speaker: str
) -> None:
    assert speaker_of(text, content) == speaker


_SOMEONE_NEW_AFTER_ITS_CUE = [
    (  # an office brings in its holder
        "« La salle est trop petite », a dit Paul Morel, un habitant. La salle date de 1950. "
        "Elle accueille cent personnes. « Nous en construirons une autre », a répondu le maire.",
        "Nous en construirons une autre",
        "Paul Morel",
    ),
    (  # another gender
        "« La salle est trop petite », a dit Anne Roux. « Nous en construirons une autre », "
        "affirme le syndicaliste.",
        "Nous en construirons une autre",
        "Anne Roux",
    ),
    (  # a group heard last is no one person
        "« La salle est trop petite », disent les habitants. « Nous en voulons une autre », "
        "affirme le retraité.",
        "Nous en voulons une autre",
        "les habitants",
    ),
]


@pytest.mark.parametrize(("text", "content", "other"), _SOMEONE_NEW_AFTER_ITS_CUE)
def test_an_office_another_gender_or_a_group_heard_is_someone_else(
    text: str, content: str, other: str
) -> None:
    assert speaker_of(text, content) != other


def test_jeune_before_a_person_noun_is_an_adjective() -> None:
    from quizapp.draft.sources.head_words import head_noun
    from quizapp.draft.words.lexicon import load

    lex = load("fr")
    assert head_noun(["le", "jeune", "éleveur"], lex) == "éleveur"
    assert head_noun(["la", "jeune", "femme"], lex) == "femme"
    assert head_noun(["les", "jeunes", "du", "quartier"], lex) == "jeunes"
    assert head_noun(["le", "jeune", "se"], lex) == "jeune"


_PRESS_RELEASE = [
    (
        "Les organisateurs ont diffusé un communiqué mardi. Le communiqué de presse poursuit : "
        "« Nous annulons la dernière journée du festival. »",
        "Nous annulons la dernière journée",
    ),
    (
        "La mairie a publié un texte. Selon le communiqué de presse, la fête est annulée.",
        "la fête est annulée",
    ),
]


@pytest.mark.parametrize(("text", "content"), _PRESS_RELEASE)
def test_a_press_release_is_no_statement_of_the_press(text: str, content: str) -> None:
    assert speaker_of(text, content) not in ("le presse", "la presse", "presse", "")


def test_a_document_still_speaks_for_the_author_after_de() -> None:
    text = "Selon le communiqué du ministère, la fête est annulée."
    assert speaker_of(text, "la fête est annulée") == "le ministère"


_SETTING_BEFORE_AN_INVERTED_SUBJECT = [
    (
        "« Les prisons débordent », déplore en ouverture du rapport la contrôleure générale.",
        "Les prisons débordent",
    ),
    (
        "« Les prisons débordent », affirme au début du texte la contrôleure générale.",
        "Les prisons débordent",
    ),
]


@pytest.mark.parametrize(("text", "content"), _SETTING_BEFORE_AN_INVERTED_SUBJECT)
def test_a_subject_after_a_setting_opens_on_its_article(text: str, content: str) -> None:
    assert speaker_of(text, content) == "la contrôleure générale"


def test_a_complement_after_de_stays_whole() -> None:
    text = "« Nous irons au tribunal », affirment au nom de la famille les avocats de Paul Morel."
    assert speaker_of(text, "Nous irons au tribunal") != "la famille les avocats de Paul Morel"


_ACRONYM_THEN_SETTING = [
    (
        "« Nous sommes en grève », a écrit le syndicat UAW dans un communiqué. Le syndicat "
        "exige des hausses de salaire.",
        "des hausses de salaire",
        "UAW",
    ),
    (
        "« Nous sommes en grève », a déclaré le syndicat CGT dans un communiqué. Selon le "
        "syndicat, la direction refuse de négocier.",
        "la direction refuse de négocier",
        "CGT",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), _ACRONYM_THEN_SETTING)
def test_a_body_written_with_its_acronym_is_no_phrase_name(
    text: str, content: str, speaker: str
) -> None:
    assert speaker_of(text, content) == speaker


def test_a_body_named_by_a_phrase_still_speaks_so() -> None:
    text = (
        "L'association Sauvons nos haies a manifesté mardi. L'association affirme que trois "
        "haies vont disparaître."
    )
    assert speaker_of(text, "trois haies vont disparaître") == "L'association Sauvons nos haies"


_SUBJECT_BEFORE_ITS_PARTICIPLE = [
    (
        "La banque va fermer 400 agences, ont indiqué lundi à l'AFP des sources syndicales "
        "confirmant une information des Echos.",
        "La banque va fermer 400 agences",
        "des sources syndicales",
    ),
    (
        "Le site va fermer, ont affirmé mardi des élus locaux confirmant une information du Monde.",
        "Le site va fermer",
        "des élus locaux",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), _SUBJECT_BEFORE_ITS_PARTICIPLE)
def test_the_subject_of_a_present_participle_is_before_it(
    text: str, content: str, speaker: str
) -> None:
    assert speaker_of(text, content) == speaker
