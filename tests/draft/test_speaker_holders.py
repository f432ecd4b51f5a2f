"""An office described before the name of its holder, or without it: the description is the
one person of the article whose written title has its head noun and its narrowing words,
before or after it.

One short hand-made case per rule; none is a sentence of the evaluation corpus.
"""

from __future__ import annotations

from tests.draft.readings import speakers


def test_an_office_in_the_lead_is_the_person_titled_with_it_later() -> None:
    text = (
        "Le ministre des Transports a promis mardi que la ligne serait rouverte. Luc Perrin, "
        "ministre délégué aux Transports, s'est rendu à la gare de Nevers."
    )
    assert speakers(text) == ["Luc Perrin"]


def test_a_bare_office_is_not_given_to_the_last_subject_holding_another_office() -> None:
    text = (
        "Paul Aubry, ministre de la Culture, a visité le stade. L'entraîneur a estimé que "
        "l'équipe était prête. Henri Lemoine, entraîneur du club depuis 2019, doit annoncer "
        "sa liste jeudi."
    )
    assert speakers(text) == ["Henri Lemoine"]


def test_a_complement_pointing_back_narrows_nothing() -> None:
    text = (
        "Le préfet régional Alain Castel a confirmé l'incendie. Selon le préfet de cette région, "
        "les flammes sont parties d'une décharge."
    )
    assert speakers(text) == ["Alain Castel"]


def test_the_narrowing_words_choose_between_two_holders_of_the_same_office() -> None:
    text = (
        "La ministre de la Santé a assuré que les hôpitaux tiendraient. Le ministre de "
        "l'Intérieur a affirmé que la frontière serait fermée. Anne Roux, ministre de la "
        "Santé, et Paul Briand, ministre de l'Intérieur, se sont rendus sur place."
    )
    assert speakers(text) == ["Anne Roux", "Paul Briand"]


def test_an_office_two_people_hold_is_linked_to_neither() -> None:
    text = (
        "Le député a affirmé que la loi passerait. Marc Henry, député de l'Ain, et Jean Ravel, "
        "député du Jura, ont voté contre."
    )
    assert speakers(text) == ["Le député"]


def test_a_title_after_a_name_without_its_comma_is_still_its_title() -> None:
    text = (
        "Le maire de Vaubec annonce que l'école restera fermée. Dans une lettre, Pierre Lagarde "
        "le maire de Vaubec, commune de 800 habitants, dénonce un « abandon »."
    )
    assert speakers(text)[0] == "Pierre Lagarde"


def test_a_body_named_after_a_description_is_not_its_antecedent() -> None:
    text = (
        "L'Alliance Citoyenne a dénoncé mardi un « plan secret ». Selon le parti, le Conseil "
        "régional veut vendre le domaine."
    )
    assert speakers(text)[-1] == "L'Alliance Citoyenne"


def test_a_title_then_a_name_in_apposition_is_the_named_person() -> None:
    text = (
        "Fabrikam investira 5 milliards, comme l'annonçait dans un communiqué le PDG de "
        "Fabrikam, Paul Lenoir. « Nous tiendrons nos engagements », a-t-il ajouté."
    )
    assert speakers(text) == ["Paul Lenoir", "Paul Lenoir"]


def test_a_bare_description_takes_up_the_person_just_heard() -> None:
    text = (
        "« On ne se prive pas de viande », explique Jean-Marc. « J'aime tout ce qui se grille », "
        "raconte le retraité."
    )
    assert speakers(text) == ["Jean-Marc", "Jean-Marc"]


def test_a_gendered_description_takes_up_the_one_person_of_its_gender_just_mentioned() -> None:
    text = (
        "Paul Gros a confirmé le départ de Mme Lina Chauvet. « J'ai été écartée sans "
        "explication », écrit la journaliste dans une lettre."
    )
    assert speakers(text)[-1] == "Mme Lina Chauvet"  # mend57g: the title opens her name
