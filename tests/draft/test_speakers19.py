"""Who a French attribution resolves to (speakers19, made-up sentences): an adverb and a
participle set off between a subject and its verb, a quantifier before a colon, a headline's
name in a complement followed by a clause of its own."""

from __future__ import annotations

import pytest

from tests.draft.readings import content_speaker_label, speakers


@pytest.mark.parametrize(
    "sentence",
    [
        "Les parents, fortement inquiets pour la rentrée, soulignent le manque de places.",
        "Les parents, particulièrement mobilisés depuis juin, dénoncent le manque de places.",
        "Les parents, visiblement remontés contre la mairie, affirment que rien n'a changé.",
        "Les parents, très largement consultés par le rectorat, estiment que rien n'a changé.",
    ],
)
def test_an_adverb_and_a_participle_are_no_subject(sentence: str) -> None:
    assert speakers(sentence) == ["Les parents"]


def test_an_apposition_without_adverb_still_reads_its_name() -> None:
    """Counter-case: a name before a bare apposition speaks with it, as before."""
    sentence = "Paul Martin, adjoint chargé des écoles, souligne le manque de places."
    assert speakers(sentence) == ["Paul Martin"]


_BEFORE = "Marc Giraud est agriculteur à Nérac. « Nous étions dans le flou », explique-t-il. "


@pytest.mark.parametrize(
    "quantity",
    [
        "Peu ont néanmoins choisi de semer cette année",
        "Beaucoup ont renoncé à semer cette année",
        "Trop ont déjà renoncé à semer",
    ],
)
def test_a_quantifier_before_a_colon_is_no_speaker(quantity: str) -> None:
    text = _BEFORE + quantity + " : « Au marché, il reste trois producteurs sur trente. »"
    found = content_speaker_label(text)
    assert found[-1][1] == "Marc Giraud"


def test_a_named_subject_before_a_colon_still_speaks() -> None:
    """Counter-case: a person opening the sentence before the colon says the quotation."""
    text = _BEFORE + "Julie Perrin est formelle : « Au marché, il reste trois producteurs. »"
    assert content_speaker_label(text)[-1][1] == "Julie Perrin"


@pytest.mark.parametrize(
    "headline",
    [
        "Après l'accident du Cantal, un maire prend un arrêté",
        "Après le drame de Lyon, un maire interdit la chasse",
        "Depuis la crue de la Loire, un maire ferme les berges",
    ],
)
def test_a_headline_clause_gives_no_title_to_a_place(headline: str) -> None:
    """« du Cantal, un maire prend… » in a headline: « un maire » opens a clause of its own,
    it is no title of « Cantal », so a later « Le maire » is not the place."""
    text = headline + "\n\nLe maire assure avoir pris cet arrêté avec son équipe."
    assert speakers(text) == ["Le maire"]


def test_a_closed_apposition_after_a_complement_is_still_a_title() -> None:
    """Counter-case: « la fille de Paul Durand, maire de Lherm, » writes his title."""
    text = (
        "La fille de Paul Durand, maire de Lherm, a été élue.\n\n"
        "Le maire assure être fier de sa fille."
    )
    assert speakers(text) == ["Paul Durand"]


_SHOP = "Paul Martin, boulanger à Vannes, a parlé aux gendarmes. « Les ventes ont chuté », dit-il. "


@pytest.mark.parametrize(
    "description",
    [
        "le gérant d'un autre magasin de cycles",
        "la patronne d'une autre boulangerie",
        "le responsable d’un autre commerce du quartier",
    ],
)
def test_a_description_with_another_is_someone_new(description: str) -> None:
    found = content_speaker_label(_SHOP + f"« On a tout perdu », raconte {description}.")
    assert found[-1][1:] == (description, "anonymous")


def test_the_manager_of_the_shop_just_named_is_still_its_person() -> None:
    """Counter-case: a description without « autre » of someone named before, as before."""
    found = content_speaker_label(_SHOP + "« On a tout perdu », raconte le boulanger.")
    assert found[-1][1] == "Paul Martin"


@pytest.mark.parametrize(
    ("description", "label"),
    [
        ("le directeur d'une école", "anonymous"),
        ("la gérante d'un magasin", "anonymous"),
        ("le directeur de l'école", "named"),
        ("la gérante du magasin", "named"),
    ],
)
def test_an_office_of_an_indefinite_complement_is_anonymous(description: str, label: str) -> None:
    found = content_speaker_label(f"« Tout est fermé », affirme {description}.")
    assert found[-1][2] == label


@pytest.mark.parametrize(
    "opening",
    [
        "Les pompiers traitent les lisières depuis trois jours.",
        "Les pompiers surveillent les lisières depuis trois jours.",
        "Des pompiers volontaires arrosent les lisières depuis trois jours.",
    ],
)
def test_they_take_up_a_group_whose_verb_is_plural(opening: str) -> None:
    text = (
        "Julie Roux, habitante, a vu le feu. « J'ai eu peur », dit-elle. "
        + opening
        + " « Il y en a encore beaucoup », assurent-ils."
    )
    assert "pompiers" in content_speaker_label(text)[-1][1]


def test_they_take_up_the_group_two_sentences_back() -> None:
    """« Les pompiers traitent… Ils éteignent… « … », assurent-ils »: the group goes on."""
    text = (
        "Julie Roux, habitante, a vu le feu. « J'ai eu peur », dit-elle. "
        "Les pompiers traitent les lisières. Ils éteignent aussi les reprises. "
        "« Il y en a encore beaucoup », assurent-ils."
    )
    assert content_speaker_label(text)[-1][1] == "Les pompiers"


def test_the_people_acting_on_a_group_of_things_are_no_group() -> None:
    """Counter-case: « Ces produits utilisés par les agriculteurs » open on things; the
    people after « par » are their agent, no group a later « ils » stands for."""
    text = (
        "Les éleveurs de la vallée ont manifesté. "
        "Ces produits utilisés par les agriculteurs protègent les semences. "
        "« Sans eux, on perd tout », affirment-ils."
    )
    assert content_speaker_label(text)[-1][1] == "Les éleveurs de la vallée"


@pytest.mark.parametrize("dash", ["- ", " - ", " – ", "— "])
def test_a_signature_set_off_by_a_dash_signs_the_quotation(dash: str) -> None:
    text = (
        "Titre\n\n"
        "« C'était impressionnant, le vent a tout emporté », raconte Nicole, une habitante.\n\n"
        f"« Nos employés ont ramassé les tuiles pendant trois jours. »{dash}"
        "Henri Carre, premier adjoint au maire\n"
    )
    assert content_speaker_label(text)[-1][1] == "Henri Carre"


def test_a_dash_before_a_sentence_is_no_signature() -> None:
    """Counter-case: a dash then a name whose words go on with a verb is narration."""
    text = (
        "Titre\n\n"
        "« C'était impressionnant, le vent a tout emporté », raconte Nicole, une habitante.\n\n"
        "« Nos employés ont ramassé les tuiles. » - Henri Carre, premier adjoint, est arrivé.\n"
    )
    assert content_speaker_label(text)[-1][1] == "Nicole"


@pytest.mark.parametrize(
    "reported",
    [
        "a rappelé qu'au début du mandat, Paul Roux avait promis de ne pas augmenter les impôts",
        "a expliqué que Paul Roux avait annoncé une baisse des impôts",
        "a estimé que Paul Roux avait affirmé le contraire",
    ],
)
def test_he_after_reported_speech_is_the_one_who_reported_it(reported: str) -> None:
    text = (
        f"Marc Tirole, maire de Lherm, {reported}. "
        "Il a souligné que les dépenses exceptionnelles ne sont plus à l'ordre du jour."
    )
    assert content_speaker_label(text)[-1][1] == "Marc Tirole"


def test_he_after_a_sentence_of_one_speaker_is_that_speaker() -> None:
    """Counter-case: with no speech reported inside another's, the subject heard goes on."""
    text = (
        "Marc Tirole, maire de Lherm, a rencontré Paul Roux. "
        "Paul Roux a affirmé que les impôts baisseront. "
        "Il a souligné que les dépenses ne sont plus à l'ordre du jour."
    )
    assert content_speaker_label(text)[-1][1] == "Paul Roux"


_WIFE = "« Je suis heureuse d'être là », a livré l'épouse de Michel Dupont, le réalisateur. "


@pytest.mark.parametrize(
    "description",
    [
        "l'actrice qui partage ses initiales avec Brigitte Bardot,",
        "l'actrice qui a tourné avec Jean Gabin",
        "la comédienne qui succède à Catherine Deneuve,",
    ],
)
def test_a_name_in_a_relative_is_not_the_description_speaking(description: str) -> None:
    text = _WIFE + f"Interrogée sur la polémique, {description} a défendu la sélection."
    assert content_speaker_label(text)[-1][1] == "l'épouse de Michel Dupont"


def test_a_name_before_its_relative_still_speaks() -> None:
    """Counter-case: « Brigitte Bardot, qui … » is the name itself."""
    text = _WIFE + "Brigitte Bardot, qui préside le jury, a défendu la sélection."
    assert content_speaker_label(text)[-1][1] == "Brigitte Bardot"


@pytest.mark.parametrize("cue", ["admet le communicant", "reconnaît la communicante"])
def test_a_communicant_is_the_communication_officer_heard(cue: str) -> None:
    name, title = (
        ("Jean Trestard", "directeur") if "le " in cue else ("Jeanne Trestard", "directrice")
    )
    text = (
        "Titre\n\n"
        f"« Les voyageurs ont été pris en charge », a plaidé {name}, "
        f"{title} de la communication de la SNCF.\n\n"
        f"« Le trafic reste perturbé », {cue}.\n"
    )
    assert content_speaker_label(text)[-1][1] == name


@pytest.mark.parametrize(
    "body",
    ["Santé publique France", "Sécurité civile", "Météo-France"],
)
def test_an_accented_word_is_no_acronym_of_a_place(body: str) -> None:
    """« Santé » looked like an acronym that « Saint-Tropez » spells."""
    text = (
        "Titre\n\n"
        "Dix-sept cas de rougeole ont été signalés à Saint-Tropez, selon l'ARS.\n\n"
        f"Plus de 500 cas ont été déclarés depuis janvier, indique {body}.\n"
    )
    assert "Tropez" not in content_speaker_label(text)[-1][1]


def test_an_acronym_spelled_by_its_body_is_still_joined() -> None:
    """Counter-case: « la Fnaut » after « la Fédération nationale des associations d'usagers
    des transports » is that federation."""
    text = (
        "Titre\n\n"
        "La Fédération nationale des associations d'usagers des transports dénonce les retards.\n\n"
        "« Rien ne change », regrette la Fnaut.\n"
    )
    assert content_speaker_label(text)[-1][1].startswith("La Fédération")
