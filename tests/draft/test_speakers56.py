"""speakers56: French speakers the answer key names. A counted pair (« les deux amis », « les
deux syndicats ») is the two people or bodies named together just before it, as one named
group. Made-up texts."""

from __future__ import annotations

from quizapp.draft import analyze


def _speakers(text: str) -> list[str]:
    return [a.speaker for a in analyze(text, "fr").attributions]


def test_two_friends_are_the_two_named_before() -> None:
    text = (
        "Marc Delorme et Paul Ribaud sont candidats à la mairie du bourg.\n\n"
        "« Personne ne s'occupe plus du centre », estiment les deux amis."
    )
    assert _speakers(text) == ["Marc Delorme et Paul Ribaud"]


def test_two_leaders_are_the_last_two_people_named() -> None:
    text = (
        "Hélène Barrot reste la directrice du collège, et Thomas Vidal dirige toujours le "
        "lycée.\n\n"
        "« Nous cherchons encore des surveillants », indiquent les deux dirigeants."
    )
    assert _speakers(text) == ["Hélène Barrot et Thomas Vidal"]


def test_a_plural_pronoun_after_the_counted_pair_is_the_pair() -> None:
    text = (
        "C'est le constat que font Marc Delorme et Paul Ribaud. Les mots de Paul Ribaud sont "
        "durs. Un mot vient alors pour les deux amis : agir. Ils évoquent les élections à venir."
    )
    assert _speakers(text) == ["Marc Delorme et Paul Ribaud"]


def test_two_unions_are_the_two_named_together() -> None:
    text = (
        "La CGT et Force Ouvrière appellent à la grève à l'hôpital.\n\n"
        "Les deux syndicats dénoncent le manque de personnel."
    )
    assert _speakers(text) == ["CGT et Force Ouvrière"]


def test_the_unions_with_no_count_stay_a_group() -> None:
    text = (
        "La CGT et Force Ouvrière appellent à la grève à l'hôpital.\n\n"
        "Les syndicats dénoncent le manque de personnel."
    )
    assert _speakers(text) == ["Les syndicats"]


def test_a_role_set_before_the_agent_name_is_that_person_later() -> None:
    text = (
        "Le tribunal a validé jeudi la reprise de la filature, une bonne nouvelle annoncée par "
        "le repreneur, Julien Marchal, et par le maire Paul Girard.\n\n"
        "« C'est un soulagement », a souligné le repreneur."
    )
    assert _speakers(text) == ["Julien Marchal"]


def test_a_scene_before_a_name_gives_no_role() -> None:
    text = "Dans la salle, Julien Marchal écoute.\n\n« C'est un soulagement », a souligné la salle."
    assert _speakers(text) != ["Julien Marchal"]


def test_a_surname_spelt_another_way_is_the_same_person() -> None:
    text = (
        "Le Premier ministre Benjamin Netanyahou a réuni son cabinet mardi.\n\n"
        "Le cabinet va adopter un cessez-le-feu « ce soir », a annoncé M. Netanyahu."
    )
    assert _speakers(text) == ["Benjamin Netanyahou"]


def test_a_first_name_one_letter_apart_is_never_a_slip() -> None:
    """mend56e: speakers56 read « Sopie » as a slip for « Sophie »; a first name one letter
    apart is as often another person (« Julie » / « Julien »), so both stay."""
    text = (
        "« Le budget est insincère », estime Sopie Reynal, élue d'opposition.\n\n"
        "« Où sont les économies promises ? », s'interroge Sophie Reynal."
    )
    assert _speakers(text) == ["Sopie Reynal", "Sophie Reynal"]


def test_a_title_and_a_surname_take_the_full_name_met_later() -> None:
    text = (
        "« Le cabinet se réunira ce soir », a annoncé M. Netanyahu.\n\n"
        "Benjamin Netanyahou a ensuite quitté la salle. « Nous tiendrons », a-t-il ajouté."
    )
    assert _speakers(text)[0] == "Benjamin Netanyahou"


def test_a_feminine_first_name_is_another_person() -> None:
    text = (
        "« Le budget est insincère », estime Paul Fournier, élu d'opposition.\n\n"
        "« Où sont les économies promises ? », s'interroge Paule Fournier, sa sœur."
    )
    assert _speakers(text) == ["Paul Fournier", "Paule Fournier"]


def test_an_opening_phrase_with_par_gives_the_name_no_role() -> None:
    text = (
        "Accusé par la presse, Paul Ndiaye est monté au créneau. Il a affirmé que tout était faux."
    )
    assert _speakers(text) == ["Paul Ndiaye"]
