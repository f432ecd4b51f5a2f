"""A speaker written as its fullest mention in the article (speakers8): an acronym with the
words that spell it out elsewhere. Made-up sentences, each with a counter-case."""

from __future__ import annotations

from quizapp.draft import analyze
from tests.draft.readings import speakers

_SAID = "« Les ruches se vident », a déploré la FNEA mardi."


def test_an_acronym_is_written_with_the_words_that_spell_it_before() -> None:
    text = "La Fédération nationale des éleveurs d'abeilles manifestait lundi à Lyon. " + _SAID
    assert speakers(text) == ["La Fédération nationale des éleveurs d'abeilles (FNEA)"]


def test_an_acronym_is_written_with_the_words_that_spell_it_after() -> None:
    text = _SAID + " La Fédération nationale des éleveurs d'abeilles manifestait lundi à Lyon."
    assert speakers(text) == ["La Fédération nationale des éleveurs d'abeilles (FNEA)"]


def test_an_acronym_nobody_spells_out_stays_as_written() -> None:
    assert speakers(_SAID + " Les apiculteurs manifestaient lundi à Lyon.") == ["FNEA"]


def test_a_persons_name_spells_no_acronym() -> None:
    text = "« Les ruches se vident », a déploré le MR mardi. Marc Roux était à Lyon."
    assert speakers(text) == ["MR"]


def test_two_wordings_that_spell_it_leave_it_as_written() -> None:
    text = (
        "La Fédération nationale des éleveurs d'abeilles et la Fédération nouvelle des "
        "exploitants agricoles manifestaient à Lyon. " + _SAID
    )
    assert speakers(text) == ["FNEA"]


_GIRAFFES = "« Elles se portent bien », a indiqué le parc dimanche."


def test_a_general_word_for_a_body_is_the_one_body_named_with_a_word_of_its_kind() -> None:
    text = "Trois girafes sont nées au zoo de Rocheval. " + _GIRAFFES
    assert speakers(text) == ["le zoo de Rocheval"]
    assert speakers(_GIRAFFES + " Trois girafes sont nées au zoo de Rocheval.") == [
        "le zoo de Rocheval"
    ]


def test_two_bodies_of_that_kind_leave_the_general_word() -> None:
    text = "Trois girafes sont nées au zoo de Rocheval et deux lions au zoo de Marville. "
    assert speakers(text + _GIRAFFES) == ["le parc"]


def test_a_described_body_is_the_body_of_its_kind_named_later() -> None:
    text = (
        "Le principal syndicat des pilotes a dénoncé mardi un accord « inacceptable ». Le "
        "syndicat Pilotair, qui représente les pilotes, réunira ses membres jeudi."
    )
    assert speakers(text) == ["Le syndicat Pilotair"]


def test_a_body_whose_name_does_not_fit_the_description_is_not_taken() -> None:
    text = (
        "Le principal syndicat de pilotes a dénoncé mardi un accord « inacceptable ». Le "
        "syndicat Aérolib, qui représente les hôtesses, réunira ses membres jeudi."
    )
    assert speakers(text) == ["Le principal syndicat de pilotes"]


_BAKER = "Pour un boulanger de Vence, c'est inévitable. « On va augmenter nos prix », explique "


def test_a_described_person_is_the_one_named_next_with_the_same_noun() -> None:
    text = _BAKER + "Paul Garnier, boulanger."
    assert [(a.speaker, a.label) for a in analyze(text, "fr").attributions] == [
        ("Paul Garnier", "named"),
        ("Paul Garnier", "named"),
    ]


def test_someone_named_with_another_noun_or_gender_is_not_the_described_person() -> None:
    assert speakers(_BAKER + "Paul Garnier, fleuriste.") == [
        "un boulanger de Vence",
        "Paul Garnier",
    ]
    assert speakers(_BAKER + "Anne Garnier, boulangère.")[0] == "un boulanger de Vence"


def test_two_people_named_with_the_noun_name_no_one() -> None:
    text = _BAKER + "Paul Garnier, boulanger. Marc Roux, boulanger à Nice, est du même avis."
    assert speakers(text)[0] == "un boulanger de Vence"


def test_a_name_in_apposition_to_a_described_person_is_the_speaker() -> None:
    assert speakers("« On ne dort plus », raconte une habitante, Léonne, 54 ans.") == ["Léonne"]
    assert speakers("Une habitante, Léonne, 54 ans, raconte qu'on ne dort plus.") == ["Léonne"]
    assert speakers("« On ne dort plus », raconte une habitante, Lyon.") == ["une habitante"]


def test_an_age_between_commas_is_no_speaker() -> None:
    assert speakers("Une habitante, 54 ans, raconte qu'on ne dort plus.") == ["Une habitante"]
    assert speakers("Léonne Martin, 54 ans, raconte qu'on ne dort plus.") == ["Léonne Martin"]
    assert speakers("Mardi, 54 élus ont dénoncé la réforme.") == ["élus"]


_HEARD = "« Je reviendrai », explique Julien, 30 ans. « Les places coûtaient trop cher », "


def test_a_demonstrative_description_after_a_cue_that_goes_on_is_who_was_speaking() -> None:
    assert speakers(_HEARD + "ajoute ce jeune homme venu de Lyon.") == ["Julien", "Julien"]


def test_a_demonstrative_of_the_other_gender_or_after_a_plain_cue_stays_as_written() -> None:
    assert speakers(_HEARD + "ajoute cette femme venue de Lyon.")[1] == "cette femme venue de Lyon"
    assert speakers(_HEARD + "raconte ce jeune homme venu de Lyon.")[1] == (
        "ce jeune homme venu de Lyon"
    )


_HEARD_FIRST = "« Je mange moins de viande », explique Jean-Jacques. "
_SHOPPER = "Avec la montée des prix, Aurore Martin est contrainte à des choix. "
_ALONE = "« Je prends les marques les moins chères, c'est plus simple. »"


def test_a_quotation_with_no_cue_is_the_person_the_narration_introduced_since() -> None:
    text = _HEARD_FIRST + _SHOPPER + "Dans son chariot, il n'y a plus de vin. " + _ALONE
    assert speakers(text) == ["Jean-Jacques", "Aurore Martin"]


def test_a_subject_met_long_before_leaves_the_quotation_to_the_last_speaker() -> None:
    between = "Dans son chariot, il n'y a plus de vin. Le beurre manque. Les œufs aussi. "
    assert speakers(_HEARD_FIRST + _SHOPPER + between + _ALONE) == ["Jean-Jacques"] * 2


_AGREED = "« Un accord est trouvé », a écrit "


def test_what_a_statement_came_in_stands_between_the_cue_and_its_subject() -> None:
    for channel in ("dans un bref message", "sur son site Internet", "sur sa page Facebook"):
        text = _AGREED + channel + " le syndicat des pilotes."
        assert speakers(text) == ["le syndicat des pilotes"], channel
    assert speakers(_AGREED + "sur Facebook la mairie.") == ["la mairie"]


def test_a_speech_the_statement_was_made_in_stands_between_the_cue_and_its_subject() -> None:
    """« a estimé dans son réquisitoire le procureur X »: the speech is no part of the speaker
    (it gave the speaker « dans son réquisitoire le procureur X », labelled vague)."""
    for speech in ("dans son réquisitoire", "dans sa plaidoirie", "lors de son allocution"):
        text = "« Les faits sont graves », a estimé " + speech + " le procureur Paul Amar."
        found = analyze(text, "fr").attributions
        assert [(a.speaker, a.label) for a in found] == [("Paul Amar", "named")], speech
    text = "« Les faits sont graves », a estimé dans son discours la ministre Anne Roux."
    assert speakers(text) == ["Anne Roux"]
    assert speakers("Le maire a parlé dans son discours de la piscine.") == []


def test_a_subject_before_its_channel_or_a_title_after_a_name_stay_as_they_were() -> None:
    assert speakers(_AGREED + "le syndicat des pilotes dans un message.") == [
        "le syndicat des pilotes"
    ]
    assert speakers(_AGREED + "Marc Durand le maire de Lyon.") == ["Marc Durand"]
    text = "Le juge enquête sur Marc Durand, le maire de Lyon. Le maire a démenti tout conflit."
    assert speakers(text) == ["Marc Durand"]


def test_a_group_before_a_name_is_no_title_of_that_person() -> None:
    text = (
        "Selon Le Monde, qui cite des sources concordantes, M. Paul Roux s'est rendu au Tchad. "
        "Il était accompagné de six personnes, selon l'une de ces sources."
    )
    found = analyze(text, "fr").attributions
    assert [(a.speaker, a.label) for a in found][1] == ("l'une de ces sources", "anonymous")


def test_one_of_a_group_before_a_name_is_still_a_title() -> None:
    text = "L'un des avocats, Me Paul Roux, a dénoncé une « chasse à l'homme ». L'avocat a ajouté "
    assert speakers(text + "qu'il porterait plainte.") == ["Me Paul Roux", "Me Paul Roux"]


def test_a_body_is_no_office_its_member_holds() -> None:
    text = (
        "At the time, the county council promised to consult local people. Residents met "
        "county councillor Jane Smith on Monday."
    )
    assert speakers(text, "en") == ["the county council"]


def test_a_capitalised_body_after_de_la_is_no_title_of_the_name_after_it() -> None:
    text = (
        "La Commission européenne se dit prête à lancer des procédures. « Nous surveillons les "
        "États », a déclaré le vice-président de la Commission Paul Roux."
    )
    assert speakers(text) == ["La Commission européenne", "Paul Roux"]
    text = "« Nous surveillons », a déclaré le Président Paul Roux. Le Président a ajouté "
    assert speakers(text + "qu'il agirait vite.") == ["Paul Roux", "Paul Roux"]


_PHARMACIST = "Hélène Vasseur, pharmacienne à Lunel, a reçu des clients. "


def test_a_definite_description_is_the_one_person_introduced_with_its_noun() -> None:
    text = _PHARMACIST + "« Nous n'avons plus rien », affirme la pharmacienne."
    assert [(a.speaker, a.label) for a in analyze(text, "fr").attributions] == [
        ("Hélène Vasseur", "named")
    ]
    text = "La pharmacienne affirme que les rayons resteront vides. " + _PHARMACIST
    assert speakers(text) == ["Hélène Vasseur"]


def test_a_description_set_right_after_a_name_introduces_no_one() -> None:
    text = "Auprès de Radio Lunel, la pharmacienne affirme que les rayons resteront vides."
    assert speakers(text) == ["la pharmacienne"]


def test_two_people_introduced_with_the_noun_leave_the_description() -> None:
    text = (
        "Hélène Vasseur, pharmacienne à Lunel, et Anne Roux, pharmacienne à Sète, ont reçu "
        "des clients. « Nous n'avons plus rien », affirme la pharmacienne."
    )
    assert speakers(text) == ["la pharmacienne"]


_EMPTY = "« Nous n'avons plus rien », "


def test_quant_a_elle_between_an_inverted_cue_and_its_subject() -> None:
    assert speakers(_EMPTY + "affirme quant à elle Hélène Vasseur.") == ["Hélène Vasseur"]
    assert speakers(_EMPTY + "a affirmé quant à lui le maire de Lunel.") == ["le maire de Lunel"]
    text = "Hélène Vasseur a reçu des clients. " + _EMPTY + "affirme-t-elle quant à elle."
    assert speakers(text) == ["Hélène Vasseur"]


def test_an_opening_aupres_de_is_no_part_of_the_name_after_it() -> None:
    text = "Auprès de Radio Lunel, Hélène Vasseur, pharmacienne, affirme que les rayons sont vides."
    assert speakers(text) == ["Hélène Vasseur"]
    text = "Auprès de Radio Lunel, une pharmacienne affirme que les rayons resteront vides."
    assert speakers(text) == ["une pharmacienne"]
