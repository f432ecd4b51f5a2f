"""Who speaks when the source phrase is written in a way the first reading gets wrong: whom
« on » learnt it from (« a-t-on appris auprès des autorités »), a name after its title and
before an apposition whose second comma is missing (« Le capitaine X, président de Y a
démenti… »). Made-up sentences, each with a counter-case."""

from __future__ import annotations

from tests.draft.readings import speakers


def test_on_learnt_it_from_a_plural_body() -> None:
    text = "Le marché couvert a rouvert vendredi, a-t-on appris auprès des services municipaux."
    assert speakers(text) == ["des services municipaux"]


def test_on_learnt_it_from_a_source_still_works() -> None:
    text = "La route restera fermée jusqu'à lundi, a-t-on appris de source préfectorale."
    assert speakers(text) == ["source préfectorale"]


def test_on_with_nobody_named_stays_on() -> None:
    text = "Le marché couvert a rouvert vendredi, a-t-on appris."
    assert speakers(text) == ["on"]


def test_a_title_before_the_name_and_an_apposition_without_its_second_comma() -> None:
    text = (
        "Le Niger a rompu avec Paris. "
        "Le général Kaboré, chef de la junte au Niger a démenti toute ingérence, "
        "affirmant que « le pays reste souverain »."
    )
    assert set(speakers(text)) == {"Kaboré"}


def test_a_country_opening_the_sentence_is_no_title_before_a_name() -> None:
    # « Le Niger, … »: a capitalised word right after the article is the subject itself
    text = "Le Niger, voisin du Mali a démenti toute ingérence, affirmant que « tout va bien »."
    assert set(speakers(text)) == {"Niger"}
    text = "Le Mali a rompu avec Paris. Le Niger, voisin du Mali, a affirmé que « tout va bien »."
    assert speakers(text) == ["Niger"]  # the body opening the phrase, not the one after it


def test_a_participle_clause_before_the_verb_is_not_the_subject() -> None:
    text = "Les infirmières, voulant alerter le ministre, ont affirmé que les urgences débordent."
    assert speakers(text) == ["Les infirmières"]
    text = "Paul Durand, étudiant en droit, a affirmé que la loi était injuste."
    assert speakers(text) == ["Paul Durand"]  # a noun in -ant in apposition: still the name


def test_an_adjective_set_before_the_subject_is_not_the_speaker() -> None:
    text = "Inquiets, les parents d'élèves ont affirmé que la fermeture serait une erreur."
    assert speakers(text) == ["les parents d'élèves"]
    text = "Indignés, les pêcheurs ont porté plainte, tout en sachant qu'il faudra trois ans."
    assert speakers(text) == ["les pêcheurs"]


def test_a_name_set_before_an_apposition_still_speaks() -> None:
    text = "Hervé Martin, le maire, a affirmé que la décision était injuste."
    assert speakers(text) == ["Hervé Martin"]


def test_a_quotation_closed_without_a_space_after_it_ends_its_sentence() -> None:
    # pasted text often loses the space after a closing mark: « …du parquet."Le juge… »
    lost = '"La peine est juste, a déclaré Me Durand, et les faits graves."Le parquet a estimé'
    assert speakers(lost + " que la peine était trop faible.") == ["Me Durand", "Le parquet"]
    kept = '"La peine est juste, a déclaré Me Durand, et les faits graves." Le parquet a estimé'
    assert speakers(kept + " que la peine était trop faible.") == ["Me Durand", "Le parquet"]


def test_a_known_outlet_ends_the_relay_before_the_speakers_name() -> None:
    text = "« C'est la fin d'une époque », a réagi auprès de l’AFP Paul Morin, délégué syndical."
    assert speakers(text) == ["Paul Morin"]
    text = "« Nous tiendrons », a affirmé au Parisien Jeanne Roux, gérante du café."
    assert speakers(text) == ["Jeanne Roux"]


def test_a_date_between_the_cue_and_the_relay_is_skipped() -> None:
    text = "Des emplois seront supprimés, a affirmé samedi 9 novembre sur France Inter Luc Morin."
    assert speakers(text) == ["Luc Morin"]


def test_a_relay_followed_by_a_description_still_works() -> None:
    text = "« Nous tiendrons », a déclaré à l'AFP le maire de la commune."
    assert speakers(text) == ["le maire de la commune"]


def test_on_going_on_after_a_body_speaks_for_that_body() -> None:
    said = "La préfecture a indiqué mardi que la route resterait « fermée jusqu'à lundi ». "
    going_on = said + "« Aucun passage ne sera toléré », a-t-on encore fait valoir."
    assert speakers(going_on) == ["La préfecture", "La préfecture"]
    plain = said + "« Aucun passage ne sera toléré », dit-on."
    assert speakers(plain)[-1] == "on"  # no cue that goes on: an impersonal voice


def test_on_going_on_after_a_person_stays_impersonal() -> None:
    said = "Le préfet Paul Roux a indiqué mardi que la route resterait « fermée ». "
    text = said + "« Aucun passage ne sera toléré », a-t-on encore fait valoir."
    assert speakers(text)[-1] == "on"
