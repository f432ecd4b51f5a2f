"""speakers21: French source phrases cut wrong, words taken as the speaker that are no speaker
(a date opening the sentence, a relative pronoun, a time after « pas question pour », the
phrase « Du côté de X » around the side that speaks). Made-up sentences in several forms, and
counter-cases that keep their speaker."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _speaker_of(text: str, cue: str) -> str | None:
    """The speaker of the attribution whose cue is ``cue``."""
    found = analyze(text, "fr")
    return next(
        (a.speaker for a in found.attributions if a.cue and found.passage(a.cue) == cue), None
    )


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        (
            "Le 3 mars, la mairie a fermé la piscine en expliquant que l'eau était froide.",
            "expliquant",
            "la mairie",
        ),
        (
            "Le 2 janvier dernier, le syndicat a lancé une grève en dénonçant « un mépris ».",
            "dénonçant",
            "le syndicat",
        ),
        (
            "Le 14 juillet 2024, Vega, le robot du musée, a surpris les visiteurs en affirmant "
            "qu'il savait danser.",
            "affirmant",
            "Vega",
        ),
    ],
)
def test_a_date_opening_the_sentence_is_no_speaker(text: str, cue: str, speaker: str) -> None:
    """A participle shares the subject of the sentence's first verb; a date set before that
    subject by a comma (« Le 11 août 2025, X a… ») says when, and spoke as the speaker."""
    assert _speaker_of(text, cue) == speaker


def test_a_date_inside_the_subject_keeps_it() -> None:
    """Counter-case: a subject that opens the sentence keeps it, whatever date follows."""
    text = "La mairie a fermé la piscine le 3 mars, expliquant que l'eau était froide."
    assert _speaker_of(text, "expliquant") == "La mairie"


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        (
            "Ce qui est inexact à en écouter le club, estimant que « les règles sont claires ».",
            "estimant",
            "le club",
        ),
        (
            "Ce qui est faux, selon le syndicat, estimant que la direction ment.",
            "estimant",
            "le syndicat",
        ),
    ],
)
def test_a_relative_pronoun_is_no_speaker(text: str, cue: str, speaker: str) -> None:
    """« Ce qui n'est pas exact à en écouter X, estimant que… »: « Ce qui » opens a relative
    and speaks for no one; the participle goes with the source named before it."""
    assert _speaker_of(text, cue) == speaker


def test_a_en_ecouter_names_a_source() -> None:
    """« à en écouter X », as « à en croire X », names whose words the clause gives."""
    text = "La route est sûre, à en écouter le maire du village."
    assert _speaker_of(text, "à en écouter") == "le maire du village"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Pour autant, du côté de l'exécutif, il n'est pas question pour l'heure de céder "
            "aux menaces.",
            "l'exécutif",
        ),
        (
            "Du côté de la mairie, il n'est pas question pour le moment de rouvrir la piscine.",
            "la mairie",
        ),
    ],
)
def test_a_time_after_pas_question_pour_is_no_speaker(text: str, speaker: str) -> None:
    """« pas question pour l'heure de » says when, not who refuses: the side the sentence names
    before does (« pour l'heure » spoke as « l'heure »)."""
    assert _speaker_of(text, "pas question pour") == speaker


def test_a_time_with_no_side_named_gives_no_refusal() -> None:
    """Counter-case: with no one named, « pas question pour le moment de » has no speaker."""
    text = "Il n'est pas question pour le moment de rouvrir la piscine cet été."
    assert _speaker_of(text, "pas question pour") is None


def test_a_refusal_keeps_its_named_agent() -> None:
    """Counter-case: « pas question pour Paris de… » is still Paris's."""
    text = "Il n'est pas question pour Paris de commenter les rumeurs de la presse."
    assert _speaker_of(text, "pas question pour") == "Paris"


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        (
            "Du côté de la direction, on a rapidement réagi en annonçant que le joueur était "
            "suspendu.",
            "annonçant",
            "la direction",
        ),
        (
            "Chez les pompiers, on a éteint le feu en précisant que personne n'était blessé.",
            "précisant",
            "les pompiers",
        ),
    ],
)
def test_the_side_before_on_speaks_not_the_phrase(text: str, cue: str, speaker: str) -> None:
    """« Du côté de X, on a réagi en annonçant… »: the participle shares « on », which speaks
    for the side X (the whole « Du côté de la direction » was the speaker)."""
    assert _speaker_of(text, cue) == speaker


def test_a_subject_after_the_side_keeps_it() -> None:
    """Counter-case: a subject of its own after the side speaks."""
    text = "Du côté de la mairie, le maire a fermé la piscine, expliquant que l'eau était froide."
    assert _speaker_of(text, "expliquant") == "le maire"


def _sources(text: str) -> list[str]:
    """The source phrase of each attribution found in ``text``, as written."""
    found = analyze(text, "fr")
    return [found.passage(a.source) for a in found.attributions if a.source]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Le collectif a compté 500 marcheurs. Il y en avait 800 selon lui dans le cortège "
            "parti de la gare.",
            "Le collectif",
        ),
        (
            "Les syndicats ont fait leurs comptes. La grève a été suivie par 3 000 agents selon "
            "eux dans les écoles du département.",
            "Les syndicats",
        ),
    ],
)
def test_a_pronoun_source_stops_at_the_pronoun(text: str, speaker: str) -> None:
    """« selon eux dans la manifestation partie du port »: a pronoun takes no complement, so
    it is the source alone and is resolved (it spoke as « eux dans la manifestation… »)."""
    found = analyze(text, "fr")
    according = [a for a in found.attributions if a.kind == "according_to"]
    assert [found.passage(a.source) for a in according if a.source] in (["lui"], ["eux"])
    assert [a.speaker for a in according] == [speaker]


def test_a_source_after_selon_keeps_its_complement() -> None:
    """Counter-case: a noun phrase after « selon » keeps its own complement."""
    text = "La grève a été suivie par 3 000 agents selon le syndicat des écoles du département."
    assert _sources(text) == ["le syndicat des écoles du département"]


def _speakers(text: str) -> list[str]:
    """The speaker of each attribution found in ``text``."""
    return [a.speaker for a in analyze(text, "fr").attributions]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "L'Office Français de la Chasse contre le Braconnage a estimé que la saison était "
            "bonne.",
            "L'Office Français de la Chasse contre le Braconnage",
        ),
        ("Météo publique Bretagne a indiqué que la tempête arrivait.", "Météo publique Bretagne"),
        (
            "Selon la Commission de contrôle des barrages (CCB), la digue tiendra.",
            "la Commission de contrôle des barrages (CCB)",
        ),
        (
            "L'Agence nationale de sûreté des jouets a indiqué que le lot était retiré.",
            "L'Agence nationale de sûreté des jouets",
        ),
    ],
)
def test_a_body_name_runs_through_its_lowercase_words(text: str, speaker: str) -> None:
    """A body's name written in full (« l'Agence Française de la Lutte contre le Dopage »,
    « Santé publique France ») is one name: it spoke as its first capitals (« Agence
    Française », « Santé »)."""
    assert _speakers(text) == [speaker]


def test_a_person_before_a_body_keeps_the_name() -> None:
    """Counter-case: a person's name before « de la mairie » is not read as a body's name."""
    assert _speakers("Paul Martin de la mairie a estimé que la route était sûre.") == [
        "Paul Martin"
    ]


def test_two_bodies_joined_are_not_one_name() -> None:
    """Counter-case: two bodies joined by « et » are not renamed as one body's name."""
    text = "Selon l'Office Régional de la Pêche et la Ligue Bretonne, les prises ont baissé."
    assert not any(" et " in speaker for speaker in _speakers(text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Samedi, la directrice Anne Morel a rassuré les parents, appelant au calme: " "Comme '
            "vous, je suis inquiète. Je pense que la cantine doit rouvrir vite.",
            "Anne Morel",
        ),
        (
            'Le maire Paul Roy a répondu aux riverains, promettant des travaux: " "Merci à vous. '
            "Je pense que la route sera refaite.",
            "Paul Roy",
        ),
    ],
)
def test_a_quotations_own_je_is_no_speaker(text: str, speaker: str) -> None:
    """« " "Comme vous, je suis… Je pense que… »: a quotation whose marks the text lost leaves
    its « Je » outside them, read as a subject; « Je » is no one's name, so the speaker is the
    one the narration around it names (it spoke as « Je »)."""
    speakers = {a.speaker for a in analyze(text, "fr").attributions}
    assert speakers == {speaker}


def test_a_quoted_je_keeps_its_cue_subject() -> None:
    """Counter-case: a « Je » inside its quotation marks goes to the cue's subject as before."""
    text = (
        "La directrice a reçu les parents. « Je pense que la cantine rouvrira », a dit Anne Morel."
    )
    assert [a.speaker for a in analyze(text, "fr").attributions] == ["Anne Morel"]


@pytest.mark.parametrize(
    "text",
    [
        "Le préfet a parlé. Après trois semaines de pluie sur toute la vallée, Saint Martin "
        "Lantosque attend toujours : « Les routes sont coupées, les secours n'arrivent pas ».",
        "Le préfet a parlé. Pendant ce temps, à Saint Martin Lantosque, on attend toujours : "
        "« Les routes sont coupées, les secours n'arrivent pas ».",
        "Le préfet a parlé. Pendant ce temps, à Sainte Marie Lantosque, on attend toujours : "
        "« Les routes sont coupées, les secours n'arrivent pas ».",
    ],
)
def test_a_place_named_after_a_saint_is_no_person(text: str) -> None:
    """« Saint Martin Vésubie attend toujours : « … » »: a place opening on a saint's first
    name is one place, not a body's name before a person « Martin Vésubie », who then said
    the quotation of a lead naming one person."""
    assert not [s for s in _speakers(text) if "Lantosque" in s and "Saint" not in s]
    assert "Martin Lantosque" not in _speakers(text)


def test_a_first_name_after_a_body_is_still_a_person() -> None:
    """Counter-case: a first name and surname after a body's name (no saint) stay a person."""
    text = "Le président de l'Académie des Arts Alain Terzian a déclaré que le festival aura lieu."
    assert _speakers(text) == ["Alain Terzian"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Le préfet a parlé. Gardienne à Fort Mardick depuis 2010, déléguée du syndicat, "
            "Lucie Arnaud a longtemps hésité avant de nous parler ce matin : « On ne tient "
            "plus, il faut des renforts ».",
            "Lucie Arnaud",
        ),
        (
            "Le préfet a parlé. Infirmier à Saint Pol depuis vingt ans, Marc Tirole nous a "
            "longuement reçus chez lui hier soir : « On ne tient plus, il faut des renforts ».",
            "Marc Tirole",
        ),
    ],
)
def test_a_name_after_a_preposition_in_the_lead_is_no_second_person(
    text: str, speaker: str
) -> None:
    """The lead of a colon quotation names one person: a name after « à / en / chez » (« à
    Fort Mardick ») is a place or a complement, not a second person that left the quotation
    with no speaker. One rule now (colons/colon_person.named_in_lead) where speakers20's
    asides rule answered the same question for a short predicate only."""
    assert _speakers(text) == [speaker]


def test_two_people_in_the_lead_give_no_speaker() -> None:
    """Counter-case: a lead naming two people as subjects gives the quotation to neither."""
    text = (
        "Le préfet a parlé. Voisins depuis vingt ans, Lucie Arnaud et Marc Tirole nous ont "
        "longuement reçus chez eux hier soir : « On ne tient plus, il faut des renforts »."
    )
    assert not {"Lucie Arnaud", "Marc Tirole"} & set(_speakers(text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "« Il faudra du temps pour tout reconstruire », a souligné le directeur de l'usine "
            "dont les salariés seront en congé lundi.",
            "le directeur de l'usine",
        ),
        (
            "La piscine a fermé dimanche, a indiqué la petite association dont le site était "
            "inaccessible mardi.",
            "la petite association",
        ),
    ],
)
def test_a_relative_with_dont_is_no_part_of_the_speakers_name(text: str, speaker: str) -> None:
    """« a indiqué le prestigieux établissement dont le site internet était inaccessible »:
    the relative describes the speaker and is cut off its name, as one opened by « qui »."""
    assert _speakers(text) == [speaker]


def test_a_description_with_no_relative_keeps_its_words() -> None:
    """Counter-case: « donc » or a complement is not a relative and stays in the name."""
    text = "La piscine a fermé dimanche, a indiqué la petite association des nageurs du port."
    assert _speakers(text) == ["la petite association des nageurs du port"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "La procureure a pris la parole. « Il faut punir sévèrement ces faits » dit-elle et "
            "elle insiste sur la gravité.",
            "La procureure",
        ),
        (
            "Les infirmières ont manifesté. « Nous sommes à bout » disent-elles et elles "
            "insistent sur le manque de lits.",
            "Les infirmières",
        ),
    ],
)
def test_a_pronoun_after_et_is_the_second_verbs_subject(text: str, speaker: str) -> None:
    """« « … » dit-elle et elle insiste sur… »: « elle » before the second verb is its subject,
    not an adverb between « et » and the verb (« elle » is one of adverbs_between, for « a,
    elle aussi, estimé »): the subject had been read back in the quotation, « « Il »."""
    found = analyze(text, "fr")
    insisting = [a for a in found.attributions if a.cue and "insist" in found.passage(a.cue)]
    assert [a.speaker for a in insisting] == [speaker]


def test_an_adverb_after_et_still_shares_the_first_subject() -> None:
    """Counter-case: a verb after « et » with no pronoun of its own keeps the first verb's
    subject, an adverb between or not."""
    text = "Les riverains ont critiqué le projet et ont même affirmé que la route était dangereuse."
    assert _speakers(text) == ["Les riverains"]


@pytest.mark.parametrize(
    "text",
    [
        "Saint-Aubin : « une fermeture scandaleuse » dénoncée devant l'usine\n\nDevant l'usine "
        "Biscor de Saint-Aubin, une centaine de salariés dénoncent la fermeture du site. Ils "
        "évoquent le licenciement d'un collègue.\n",
        "Port-Bail : « un été sans touristes » redouté sur le port\n\nSur le port de Port-Bail, "
        "les commerçants redoutent la saison. Ils évoquent une baisse des réservations.\n",
    ],
)
def test_a_place_before_a_headline_colon_is_no_speaker(text: str) -> None:
    """« La Haye-Fouassière : "terrorisme patronal" dénoncé devant l'usine LU » (sanity21): the
    body writes the town only after « de / sur … », so it is where, not who spoke."""
    place = text.split(" :")[0]
    found = analyze(text, "fr", headline=text.split("\n")[0])
    assert not [a for a in found.attributions if place in a.speaker]


def test_a_name_before_a_headline_colon_still_speaks() -> None:
    """Counter-case: « Durand : « … » » over a body naming « Le maire Paul Durand » as a
    subject gives the quotation to him."""
    text = (
        "Durand : « Je ne céderai pas aux menaces »\n\nLe maire Paul Durand a répondu lundi aux "
        "riverains de Saint-Aubin. Il a promis que la route rouvrira.\n"
    )
    found = analyze(text, "fr", headline=text.split("\n")[0])
    assert found.attributions[0].speaker == "Paul Durand"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "« C'est la fin de la filière », alertent les élus après l'annonce de Paul Durand.",
            "les élus",
        ),
        ("« C'est la fin », a estimé le ministre avant le vote des députés.", "le ministre"),
    ],
)
def test_an_inverted_subject_stops_at_apres_or_avant(text: str, speaker: str) -> None:
    """« alertent les sénateurs après l'annonce de Donald Trump » spoke as Donald Trump: the
    subject after the verb ends at a preposition of time, as it ends at « lors de »."""
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Les salariés sont prêts à se mobiliser, selon les syndicats interrogés lundi par l'AFP.",
        "La situation reste grave, selon les responsables associatifs interrogés par l'AFP.",
    ],
)
def test_the_outlet_that_asked_is_no_speaker(text: str) -> None:
    """« selon les syndicats interrogés lundi par l'AFP »: the outlet that asked relays the
    source; it spoke as « l'AFP »."""
    assert [s for s in _speakers(text) if "AFP" in s and "interrog" not in s] == []


def test_the_agent_of_a_work_still_speaks() -> None:
    """Counter-case: a work done by someone speaks for its agent (« Les analyses réalisées
    par la fédération »), and a source named before « contacté par » keeps its name."""
    text = "Les analyses réalisées par la fédération de pêche ont relevé que l'eau était polluée."
    assert _speakers(text) == ["la fédération de pêche"]
    text = "Selon Bernard Pontac, policier municipal, contacté par Le Figaro, la route est sûre."
    assert _speakers(text) == ["Bernard Pontac"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Les cours reprendront lundi, a annoncé la directrice de l'école élémentaire "
            "Jean-Moulin, Odile Brun, dont la classe a brûlé.",
            "Odile Brun",
        ),
        (
            "La cantine rouvrira mardi, a indiqué le principal du collège Victor Hugo, Marc "
            "Tirole.",
            "Marc Tirole",
        ),
    ],
)
def test_a_place_named_after_someone_is_no_person(text: str, speaker: str) -> None:
    """« la directrice de l'école élémentaire Jean-Moulin, Odile Brun » spoke as « Jean-Moulin »
    (recall21): a name after a noun of a place named after someone is the place's."""
    assert _speakers(text) == [speaker]


def test_a_person_after_a_common_noun_stays_a_person() -> None:
    """Counter-case: a name after a role noun (« le maire Paul Roy ») is the person's."""
    assert _speakers("La cantine rouvrira mardi, a indiqué le maire Paul Roy.") == ["Paul Roy"]
