"""speakers55: a participle set before the sentence's subject (« Joint par téléphone, »,
« Touché, ») is never the speaker, and a phrase headed by an event or a measure (« Une
suspension qui… ») speaks for no one: the person the sentence or the paragraph names does.
Made-up texts."""

from __future__ import annotations

from quizapp.draft import analyze


def _speakers(text: str) -> list[str]:
    return [a.speaker for a in analyze(text, "fr").attributions]


def test_a_joined_by_phone_phrase_is_no_speaker() -> None:
    text = (
        "La grange de l'adjoint au maire Lucien Ferrand a brûlé dans la nuit de samedi.\n\n"
        "Joint par téléphone, l'élu de Saint-Aubin n'en revient toujours pas : « Je suis sorti "
        "à six heures et tout était en flammes. »"
    )
    assert _speakers(text) == ["Lucien Ferrand"]


def test_the_quotation_going_on_after_it_is_the_same_person() -> None:
    text = (
        "La grange de l'adjoint au maire Lucien Ferrand a brûlé dans la nuit de samedi.\n\n"
        "Joint par téléphone, l'élu de Saint-Aubin n'en revient toujours pas : « Je suis sorti "
        "à six heures et tout était en flammes. »\n\n"
        "« Je ne comprends pas qui a pu vouloir me nuire. »"
    )
    assert set(_speakers(text)) == {"Lucien Ferrand"}


def test_a_single_fronted_participle_gives_way_to_the_name_after_it() -> None:
    text = (
        "Le conseil a rendu hommage à l'ancien maire.\n\n"
        "Attristé, Gérard Monnier n'oubliait pas d'évoquer son père : « Il m'a transmis le goût "
        "du service public. »"
    )
    assert _speakers(text) == ["Gérard Monnier"]


def test_a_suspension_is_no_speaker() -> None:
    text = (
        "Au conseil municipal, l'opposition est intervenue par l’intermédiaire de Bernard "
        "Tissot qui a évoqué la commission des travaux, dont les séances sont suspendues depuis "
        "un an. Une suspension qui entretient les bruits, les soupçons et les craintes au "
        "détriment de la transparence selon l’élu, évoquant le dossier de la piscine par "
        "exemple. « N'est-il pas temps de réunir à nouveau cette commission ? »"
    )
    assert set(_speakers(text)) == {"Bernard Tissot"}


def test_a_name_ending_as_a_participle_still_speaks() -> None:
    text = (
        "Le président Ibrahim Traoré a répondu aux critiques. Traoré a affirmé que l'armée tenait."
    )
    assert _speakers(text) == ["Ibrahim Traoré"]


def test_a_participle_with_no_comma_after_it_is_left_to_the_other_readings() -> None:
    text = "Cité par le journal, Paul Remy a déclaré que la ville allait emprunter."
    assert _speakers(text) == ["Paul Remy"]


def test_one_of_the_group_after_a_line_break_speaks() -> None:
    text = (
        "Les habitants du hameau dénoncent le passage des camions.\n\n"
        "« Je n’ose plus traverser la route avec mes petits-enfants »,\n"
        "raconte une retraitée."
    )
    assert _speakers(text)[-1] == "une retraitée"


def test_one_of_the_group_after_a_verb_no_list_holds_speaks() -> None:
    text = (
        "Le projet a été rejeté par les opposants qui dénoncent un « passage en force » : "
        "« Que direz-vous à vos petits-enfants ? », provoque un militant. « Et la rivière, qui "
        "la protégera ? », l’interroge un autre. La réunion a duré deux heures."
    )
    assert _speakers(text)[-2:] == ["un militant", "un autre"]


def test_the_group_keeps_its_words_when_no_member_follows() -> None:
    text = "Les riverains dénoncent le bruit : « Nous ne dormons plus depuis des mois. »"
    assert set(_speakers(text)) == {"Les riverains"}
