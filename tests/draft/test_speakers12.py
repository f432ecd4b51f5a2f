"""Speakers of French attributions (speakers12 pass, issue 15): a subject pronoun with an
object pronoun before its verb, and the constructions below. Made-up sentences, several forms
each, and counter-cases."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_of

_CLITIC = [
    (
        "Marie Lenoir est assise devant son étal. Elle nous confie que la situation est intenable.",
        "la situation est intenable",
        "Marie Lenoir",
    ),
    (
        "Paul Girard tient la boulangerie du village. Il nous a expliqué que les prix avaient "
        "doublé.",
        "les prix avaient doublé",
        "Paul Girard",
    ),
    (
        "Sophie Martin attend le bus. Elle m'a dit que le service était supprimé.",
        "le service était supprimé",
        "Sophie Martin",
    ),
    (
        "Luc Berthier garde ses chèvres. Il vous dira que la sécheresse dure depuis mai.",
        "la sécheresse dure",
        "Luc Berthier",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), _CLITIC)
def test_an_object_pronoun_before_the_verb_is_no_part_of_the_speaker(
    text: str, content: str, speaker: str
) -> None:
    assert speaker_of(text, content) == speaker


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("L'un d'entre nous affirme que la situation est intenable.", "la situation", "nous"),
        ("Chacun de nous estime que les prix avaient doublé.", "les prix", "nous"),
    ],
)
def test_a_pronoun_after_a_preposition_stays_in_the_speaker(
    text: str, content: str, speaker: str
) -> None:
    assert speaker_of(text, content).endswith(speaker)


_KIND_WITH_COMPLEMENT = [
    (
        "L'association de consommateurs Vigie Conso a publié mardi une étude. Les chiffres de "
        "l'Observatoire des tarifs bancaires montrent une hausse. « Les banques exagèrent », a "
        "déploré l'association dans un communiqué.",
        "Les banques exagèrent",
        "Vigie Conso",
    ),
    (
        "La société de transports publics Kéolia a présenté son bilan à Lunel. Pour le maire de "
        "Lunel, Marc Dupuis, les bus sont trop rares. « Nous allons ajouter des lignes », a "
        "promis la société.",
        "Nous allons ajouter des lignes",
        "Kéolia",
    ),
    (
        "L'organisation de défense des animaux Vie Sauvage a réuni ses membres au Conseil "
        "régional. Selon l'organisation, la chasse doit être limitée.",
        "la chasse doit être limitée",
        "Vie Sauvage",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), _KIND_WITH_COMPLEMENT)
def test_a_kind_of_body_and_its_complement_before_a_name_is_what_the_kind_takes_up(
    text: str, content: str, speaker: str
) -> None:
    assert speaker_of(text, content) == speaker


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "L'association de soutien à Paul Berger a manifesté devant le palais. « Il est "
            "innocent », a affirmé l'association.",
            "Il est innocent",
            "Paul Berger",
        ),
    ],
)
def test_a_name_after_a_preposition_is_no_body_of_that_kind(
    text: str, content: str, name: str
) -> None:
    assert speaker_of(text, content) != name


_GROUP_AFTER_SETTING = [
    (
        "Dans ces quartiers, les habitants sont obligés de veiller toute la nuit. Ils déplorent "
        "que la situation dure depuis des mois.",
        "la situation dure",
        "les habitants",
    ),
    (
        "Depuis lundi, des dizaines d'agriculteurs ont bloqué la route nationale. Ils affirment "
        "que les prix ne couvrent plus leurs coûts.",
        "les prix ne couvrent plus",
        "des dizaines d'agriculteurs",
    ),
    (
        "Au marché de Lunel, les commerçants ont baissé le rideau. « Nous n'avons plus de "
        "clients », expliquent-ils.",
        "Nous n'avons plus de clients",
        "les commerçants",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), _GROUP_AFTER_SETTING)
def test_a_group_opening_its_clause_after_a_setting_is_what_ils_takes_up(
    text: str, content: str, speaker: str
) -> None:
    assert speaker_of(text, content) == speaker


def test_a_woman_after_a_group_behind_a_setting_is_still_elle() -> None:
    text = (
        "Marie Lenoir, maire du village, a reçu les parents. Dans la salle, les familles se "
        "taisent. Elle assure que l'école restera ouverte."
    )
    assert speaker_of(text, "l'école restera ouverte") == "Marie Lenoir"


_OUTLET_WITH_ITS_NAME = [
    (
        "Le Parisien a révélé l'affaire lundi. Selon le magazine 60 Millions de consommateurs, "
        "les rappels concernent aussi la mortadelle.",
        "les rappels concernent",
        "le magazine 60 Millions de consommateurs",
    ),
    (
        "Le Figaro a publié une enquête. L'hebdomadaire Jeune Savoie avance que la vente a eu "
        "lieu en 2013.",
        "la vente a eu lieu",
        "Jeune Savoie",
    ),
    (
        "Libération a consacré sa une au scandale. Le mensuel Terre Vivante affirme que les "
        "analyses étaient fausses.",
        "les analyses étaient fausses",
        "Terre Vivante",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), _OUTLET_WITH_ITS_NAME)
def test_an_outlet_noun_with_a_name_after_it_is_that_outlet_not_the_last_one(
    text: str, content: str, speaker: str
) -> None:
    assert speaker_of(text, content) == speaker


def test_a_bare_outlet_noun_still_takes_up_the_last_outlet() -> None:
    text = (
        "Le Parisien a révélé l'affaire lundi. Selon le quotidien, les rappels concernent "
        "aussi la mortadelle."
    )
    assert speaker_of(text, "les rappels concernent") == "Le Parisien"


_ROLE_SYNONYMS = [
    (
        "Sophie Martin, maire du village, a reçu mardi Claire Dequero, professeure des écoles. "
        "« C'était la surprise », glisse la maîtresse d'école.",
        "C'était la surprise",
        "Claire Dequero",
    ),
    (
        "Paul Vernier, professeur des écoles à Lunel, a reçu les familles. Selon l'instituteur, "
        "la classe restera ouverte.",
        "la classe restera ouverte",
        "Paul Vernier",
    ),
    (
        "Le patron de la Ligue, Marc Durand, a présenté les comptes. Les clubs attendent. Le "
        "boss du football professionnel estime que les clubs sont en danger.",
        "les clubs sont en danger",
        "Marc Durand",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), _ROLE_SYNONYMS)
def test_a_synonym_of_a_written_title_takes_up_its_holder(
    text: str, content: str, speaker: str
) -> None:
    assert speaker_of(text, content) == speaker


def test_a_teacher_is_not_the_one_person_titled_otherwise() -> None:
    text = (
        "Sophie Martin, directrice de la crèche, a reçu les parents. Le lendemain, les familles "
        "ont manifesté devant la mairie. Les gendarmes sont venus. « C'était la surprise », "
        "glisse la maîtresse d'école."
    )
    assert speaker_of(text, "C'était la surprise") == "la maîtresse d'école"


_HEAD_BEFORE_COMPLEMENT = [
    (
        "Un conflit oppose l'évêque de Lunel (Hérault), Mgr Paul Vernet, à un curé de son "
        "diocèse. Le maire a pris parti pour le curé. L'évêque estime que la situation est "
        "grave.",
        "la situation est grave",
        "Mgr Paul Vernet",
    ),
    (
        "La boulangère du village de Lunel, Anne Morel, a fermé mardi. Les clients attendent. "
        "« Nous n'avons plus de farine », explique la boulangère.",
        "Nous n'avons plus de farine",
        "Anne Morel",
    ),
    (
        "Le guide de haute montagne de Chamonix, Luc Berthier, a renoncé. Ses clients sont "
        "repartis. Selon le guide, le glacier est devenu trop dangereux.",
        "le glacier est devenu",
        "Luc Berthier",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), _HEAD_BEFORE_COMPLEMENT)
def test_a_noun_with_its_complement_before_a_name_is_that_persons_description(
    text: str, content: str, speaker: str
) -> None:
    assert speaker_of(text, content) == speaker


def test_a_setting_before_a_name_describes_nobody() -> None:
    text = (
        "Dans la salle des fêtes de Lunel, Paul Girard a pris la parole. Le maire est arrivé "
        "ensuite. Les habitants se taisent. « Rien ne va plus », lance la salle."
    )
    assert speaker_of(text, "Rien ne va plus") != "Paul Girard"


_ORDINAL_PRONOUNS = [
    (
        "Les élus ont écouté les discours de Marie Lenoir, ministre des transports, et de Paul "
        "Girard, ministre de l'environnement. La première a précisé que l'État ferait appel.",
        "l'État ferait appel",
        "Marie Lenoir",
    ),
    (
        "Sophie Martin et Luc Berthier ont visité le chantier mardi. Le second a assuré que les "
        "travaux seraient finis en mai.",
        "les travaux seraient finis",
        "Luc Berthier",
    ),
    (
        "Le maire a reçu Paul Girard puis Claire Dequero. La seconde a affirmé que l'école "
        "resterait ouverte.",
        "l'école resterait ouverte",
        "Claire Dequero",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), _ORDINAL_PRONOUNS)
def test_an_ordinal_pronoun_is_that_one_of_the_people_just_named(
    text: str, content: str, speaker: str
) -> None:
    assert speaker_of(text, content) == speaker


def test_an_ordinal_pronoun_of_the_other_gender_takes_up_nobody() -> None:
    text = (
        "Claire Dequero a rencontré Jean Dupuis à la mairie. Le premier a précisé que l'école "
        "fermerait."
    )
    assert speaker_of(text, "l'école fermerait") == "Le premier"


_PLACE_BEFORE_NAME = [
    (
        "L'émissaire de l'Onu pour la Syrie Staffan de Mistura a appelé lundi à instaurer des "
        "cessez-le-feu. « Nous avons besoin de résultats », a-t-il dit.",
        "Nous avons besoin de résultats",
        "Staffan de Mistura",
    ),
    (
        "L'ambassadeur de France en Russie Halvard Ostberg a affirmé que le dialogue restait "
        "possible.",
        "le dialogue restait possible",
        "Halvard Ostberg",
    ),
    (
        "Le représentant de l'Union au Sahel Kwame Asante a déclaré que la mission continuerait.",
        "la mission continuerait",
        "Kwame Asante",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), _PLACE_BEFORE_NAME)
def test_a_place_an_office_covers_is_no_part_of_the_name_after_it(
    text: str, content: str, speaker: str
) -> None:
    assert speaker_of(text, content) == speaker


def test_a_place_of_two_words_stays_one_name() -> None:
    text = "Le préfet en Haute Savoie a affirmé que les routes seraient fermées."
    assert speaker_of(text, "les routes seraient fermées") == "Haute Savoie"


_DEMONSTRATIVE_PERSON = [
    (
        "« Nous passons les nuits à attendre l'eau », se désole Fatimata Barry. Selon cette "
        "mère de famille, la situation est devenue intenable.",
        "la situation est devenue intenable",
        "Fatimata Barry",
    ),
    (
        "« Le prix du lait ne couvre plus rien », explique Paul Girard. Selon ce père de "
        "famille, la crise va durer.",
        "la crise va durer",
        "Paul Girard",
    ),
    (
        "« Nous manquons de tout », affirme Marie Lenoir. Cette infirmière assure que les "
        "urgences ferment la nuit.",
        "les urgences ferment",
        "Marie Lenoir",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), _DEMONSTRATIVE_PERSON)
def test_a_demonstrative_description_points_at_the_person_just_heard(
    text: str, content: str, speaker: str
) -> None:
    assert speaker_of(text, content) == speaker


def test_a_demonstrative_description_of_the_other_gender_points_at_nobody_heard() -> None:
    text = (
        "« Le prix du lait ne couvre plus rien », explique Paul Girard. Selon cette mère de "
        "famille, la crise va durer."
    )
    assert speaker_of(text, "la crise va durer") == "cette mère de famille"


def test_a_demonstrative_document_is_no_person_just_heard() -> None:
    text = (
        "« Nous manquons de tout », affirme Marie Lenoir. Selon cette étude, les urgences "
        "ferment la nuit."
    )
    assert speaker_of(text, "les urgences ferment") != "Marie Lenoir"


_BODY_GOING_ON = [
    (
        "Dans un communiqué, le ministère russe des Affaires étrangères a dénoncé l'acte. "
        "L'ambassadeur, Pierre Lévy, a été convoqué. « Nous considérons ces propos comme une "
        "faute », a poursuivi l'appareil diplomatique russe.",
        "Nous considérons ces propos",
        "le ministère russe des Affaires étrangères",
    ),
    (
        "L'Autorité des marchés financiers a affirmé que les épargnants devaient se méfier. "
        "« Ces placements sont risqués », a ajouté le régulateur boursier.",
        "Ces placements sont risqués",
        "L'Autorité des marchés financiers",
    ),
    (
        "La Banque centrale européenne a annoncé qu'elle relevait ses taux. « L'inflation reste "
        "trop forte », a poursuivi le gardien de l'euro.",
        "L'inflation reste trop forte",
        "La Banque centrale européenne",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), _BODY_GOING_ON)
def test_a_description_after_a_cue_that_goes_on_is_the_body_just_heard(
    text: str, content: str, speaker: str
) -> None:
    assert speaker_of(text, content) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "La Banque centrale européenne a annoncé qu'elle relevait ses taux. « L'inflation reste "
        "trop forte », a poursuivi le ministre.",
        "La Banque centrale européenne a annoncé qu'elle relevait ses taux. Les marchés ont "
        "reculé. « L'inflation reste trop forte », a poursuivi l'appareil sanitaire régional.",
    ],
)
def test_a_person_or_a_description_far_from_the_body_is_not_the_body(text: str) -> None:
    assert speaker_of(text, "L'inflation reste") != "La Banque centrale européenne"


_LATTER_IN_TEXT_ORDER = [
    (
        "Paul Girard a reçu les élus mardi. Il a ensuite affirmé qu'il avait parlé avec Marc "
        "Dupuis. Ce dernier a assuré que le projet était abandonné.",
        "le projet était abandonné",
        "Marc Dupuis",
    ),
    (
        "Marie Lenoir a reçu les élus mardi. Elle a ensuite affirmé qu'elle avait parlé avec "
        "Sophie Martin. Cette dernière a assuré que le projet était abandonné.",
        "le projet était abandonné",
        "Sophie Martin",
    ),
    (
        'Interrogé, le maire Paul Girard a d\'abord refusé de répondre. "Je ne sais rien!", nous '
        "a-t-il lancé.\n\nNous avons fini par apprendre que c'était son premier adjoint, Luc "
        "Berthier, qui était à l'origine de la séance. Joint à son tour, ce dernier a refusé de "
        "nous parler, se contentant de déclarer qu'il s'agissait \"d'une affaire privée\".",
        "d'une affaire privée",
        "Luc Berthier",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), _LATTER_IN_TEXT_ORDER)
def test_ce_dernier_is_the_person_named_last_in_the_text(
    text: str, content: str, speaker: str
) -> None:
    assert speaker_of(text, content) == speaker


def test_ces_derniers_is_no_single_person() -> None:
    text = (
        "Le maire Paul Girard a reçu mardi les représentants des parents. Ces derniers ont "
        "affirmé que l'école devait rester ouverte."
    )
    assert speaker_of(text, "l'école devait rester ouverte") != "Paul Girard"


_INCISE_DESCRIBED = [
    (
        'Le magazine Closer affirme que le président est en colère.\n\n"Ils sont furieux, ils '
        'cherchent qui a parlé, souffle un macroniste". "Le ministre va demander les '
        'relevés" poursuit cette source.',
        "Le ministre va demander",
        "un macroniste",
    ),
    (
        "Le maire Paul Girard affirme que le budget est voté.\n\n« Personne n'a lu le texte, "
        "glisse un élu. »",
        "Personne n'a lu le texte",
        "un élu",
    ),
    (
        "Le préfet Marc Dupuis assure que le marché rouvrira.\n\n« Les prix ont doublé depuis "
        "mai, raconte une habitante. »",
        "Les prix ont doublé",
        "une habitante",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), _INCISE_DESCRIBED)
def test_an_incise_closing_the_quotation_with_an_indefinite_person_speaks(
    text: str, content: str, speaker: str
) -> None:
    assert speaker_of(text, content) == speaker


def test_an_incise_with_a_time_is_no_speaker() -> None:
    text = "Paul Girard affirme que le club est sauvé.\n\n« Nous reviendrons, a dit un jour »"
    assert speaker_of(text, "Nous reviendrons") != "un jour"


_ADVERB_IN_APPOSITION = [
    (
        "Gabriel Attal, alors ministre de l'Éducation nationale, avait annoncé en décembre sa "
        "volonté de réformer le brevet.",
        "sa volonté de réformer",
        "Gabriel Attal",
    ),
    (
        "Marie Lenoir, alors maire de Lunel, a estimé que la commune manquait de moyens.",
        "la commune manquait",
        "Marie Lenoir",
    ),
    (
        "Luc Berthier, alors président du club, assure que le stade sera rénové.",
        "le stade sera rénové",
        "Luc Berthier",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), _ADVERB_IN_APPOSITION)
def test_an_apposition_opened_by_an_adverb_of_time_leaves_the_name_the_subject(
    text: str, content: str, speaker: str
) -> None:
    assert speaker_of(text, content) == speaker


def test_a_name_with_its_apposition_in_the_object_is_not_the_subject() -> None:
    text = (
        "Le maire Jean Dupuis a reçu Paul Girard, alors ministre, et a affirmé que la commune "
        "manquait de moyens."
    )
    assert speaker_of(text, "la commune manquait") == "Jean Dupuis"


_BODY_APPOSED_AFTER_INVERTED_ROLE = [
    (
        "Le gouvernement a présenté sa réforme. « Ce n'est pas aux étudiants de payer », "
        "s'indigne ainsi le premier syndicat étudiant, la Fage.",
        "Ce n'est pas aux étudiants",
        "Fage",
    ),
    (
        "Le ministre Paul Girard a présenté la réforme. « Les locataires vont souffrir », "
        "affirme aussi l'association de défense des locataires, la CNL.",
        "Les locataires vont souffrir",
        "CNL",
    ),
    (
        "Le ministre Paul Girard a présenté la réforme. « Nous ne signerons pas », a réagi le "
        "principal syndicat de policiers, l'Unsa.",
        "Nous ne signerons pas",
        "Unsa",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), _BODY_APPOSED_AFTER_INVERTED_ROLE)
def test_a_body_named_with_its_article_after_an_inverted_role_speaks(
    text: str, content: str, speaker: str
) -> None:
    assert speaker_of(text, content) == speaker


def test_a_name_opening_a_clause_after_the_role_does_not_speak() -> None:
    text = (
        "Le ministre Paul Girard a présenté la réforme. « Nous ne signerons pas », a indiqué le "
        "syndicat, la CGT ayant refusé de venir."
    )
    assert speaker_of(text, "Nous ne signerons pas") != "CGT"


_COORDINATED_WITH_CUE = [
    (
        "Alpha Condé a été réélu. Diallo a annoncé qu'il ne reconnaîtrait pas les résultats et "
        "a appelé ses partisans à manifester.",
        "ses partisans à manifester",
        "Diallo",
    ),
    (
        "La ministre Marie Lenoir a affirmé que le maire Jean Dupuis refusait le projet et a "
        "promis une concertation.",
        "une concertation",
        "Marie Lenoir",
    ),
    (
        "Les syndicats ont affirmé que le directeur Paul Girard voulait fermer l'usine et ont "
        "dénoncé le « mépris » des salariés.",
        "le « mépris » des salariés",
        "Les syndicats",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), _COORDINATED_WITH_CUE)
def test_a_verb_joined_after_a_reported_clause_shares_the_cues_subject(
    text: str, content: str, speaker: str
) -> None:
    assert speaker_of(text, content) == speaker


@pytest.mark.parametrize(
    "opening",
    [
        "La mairie de Lunel dans les Pyrénées-Orientales a été la cible d'une cyberattaque.",
        "La mairie de Lunel dans l'Hérault a été la cible d'une cyberattaque.",
        "La préfecture de Lunel en Occitanie a été la cible d'une cyberattaque.",
    ],
)
def test_a_place_after_a_body_and_its_town_is_not_the_body(opening: str) -> None:
    """« La mairie de Chaville dans les Hauts-de-Seine »: the complement names a town (a
    capital) and a place follows « dans » — « la municipalité » stays the town hall (the
    lead's end-of-round mend, after the sealed batch was scored)."""
    text = opening + " « Les services sont paralysés », a indiqué la municipalité."
    speaker = speaker_of(text, "Les services sont paralysés")
    assert "Pyrénées" not in speaker and "Hérault" not in speaker and "Occitanie" not in speaker
