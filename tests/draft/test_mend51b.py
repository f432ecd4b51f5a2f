"""mend51b (review51 F2, F3, F4, F8), made-up texts, each failing before its mend.

- F2: a long standing quotation whose lead names a text (a petition, a judgment, a banner, a
  motto) is that text's words: it goes to an author named in the lead, or to nobody, never
  to the person named nearest (``lone_quotes/left_long``).
- F3: « se dire » + one word is a self-description only for an adjective or a participle
  after a person (« ça se dit partout », « ce mot se dit ici », « on se dit content » are not).
- F4: « entendre parler de », « entendre dire que », « entendre sonner » are heard, no intent.
- F8: « Outre-mer … » is no setting (« outre » left the openers); the leads « à son tour »,
  « pour leur part », « de notre côté »… before a title are no part of the speaker.
"""

from __future__ import annotations

import pytest

from quizapp.draft import analyze
from tests.draft.readings import content_cue_label, speaker_of, speakers

_LONG = "Nous demandons le maintien de la ligne 12 jusqu'en 2030 au moins."


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Titre\n\nUne pétition circule contre la suppression de la ligne 12, que le président "
            "de l'agglomération, Marc Roux, juge trop coûteuse.\n\nLe texte de la pétition est "
            f"sans ambiguïté : « {_LONG} »\n",
            "Nous demandons",
        ),
        (
            "Titre\n\nDes centaines de parents ont défilé devant la mairie, où le maire Paul "
            "Martin les a reçus.\n\nSur les banderoles, on pouvait lire : « Non à la fermeture "
            "de notre maternité de proximité ! »\n",
            "Non à la fermeture",
        ),
        (
            "Titre\n\nLe tribunal a rendu sa décision mardi. L'avocat de la famille, Me Jean "
            "Bernard, était présent.\n\nLe jugement est sévère : « Le prévenu a agi avec une "
            "particulière cruauté envers les animaux. »\n",
            "Le prévenu a agi",
        ),
        (
            "Titre\n\nLe Premier ministre a démissionné. L'opposant Marc Leroy s'en réjouit.\n\n"
            "La devise de la République est inscrite au fronton : « Liberté, égalité, fraternité "
            "pour tous les citoyens du pays. »\n",
            "Liberté, égalité",
        ),
    ],
)
def test_a_texts_words_go_to_nobody_near(text: str, content: str) -> None:
    assert speaker_of(text, content) == ""


def test_a_texts_words_go_to_its_author_named_in_the_lead() -> None:
    text = (
        "Titre\n\nLa ministre Claire Petit a inauguré l'école mardi.\n\nDans sa lettre aux "
        f"parents, le maire Paul Martin est clair : « {_LONG} »\n"
    )
    assert speaker_of(text, "Nous demandons") == "Paul Martin"


def test_a_persons_words_after_a_plain_lead_still_go_to_the_person() -> None:
    text = (
        "Titre\n\nLe maire Paul Martin a présenté son budget.\n\n« Nous ne lèverons pas les "
        "impôts cette année, c'est un engagement que nous tiendrons. »\n"
    )
    assert speaker_of(text, "Nous ne lèverons") == "Paul Martin"


@pytest.mark.parametrize(
    "text",
    [
        "Le dialecte reste vivant. Ce mot se dit partout.",
        "Le dialecte reste vivant. Ce mot se dit ici.",
        "Le dialecte reste vivant. Ce mot se dit volontiers.",
        "Le dialecte reste vivant. Cela se dit mieux.",
        "Comment dit-on merci en breton ? Ça se dit trugarez.",
        "Après la réunion, on se dit content.",
    ],
)
def test_se_dire_with_no_state_of_a_person_says_nothing(text: str) -> None:
    assert [found for found in content_cue_label(text, "fr") if "se dit" in found[1]] == []


def test_a_rumour_is_not_given_to_the_body_named_before() -> None:
    text = (
        "Selon l'agence régionale de santé, aucune décision n'a encore été prise. Mais dans les "
        "couloirs de l'hôpital, la fermeture est un secret de Polichinelle : ça se dit partout."
    )
    found = analyze(text, "fr")
    assert all("partout" not in found.passage(a.content) for a in found.attributions)


def test_se_dire_with_a_persons_state_is_still_said() -> None:
    for text, state in (
        ("La directrice Gaëlle Martin se dit confiante.", "confiante"),
        ("Le maire Paul Durand se disait inquiet.", "inquiet"),
    ):
        assert content_cue_label(text, "fr")[0][0] == state


def test_english_it_is_said_everywhere_says_nothing() -> None:
    assert content_cue_label("The dialect is alive. The word is said everywhere.", "en") == []


_HEARD = "La riveraine Marie Dupont est inquiète. « On ne nous dit rien », a-t-elle déclaré.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Elle entend parler de ce projet depuis dix ans.",
        "Elle entend dire que le chantier commencera en mars.",
        "Elle entend sonner les cloches de la cathédrale toutes les heures.",
    ],
)
def test_entendre_a_perception_is_no_intent(sentence: str) -> None:
    assert speakers(_HEARD + sentence) == ["Marie Dupont"]


def test_entendre_an_aim_is_still_said() -> None:
    text = _HEARD + "Elle entend rester dans son quartier jusqu'au bout."
    assert speakers(text) == ["Marie Dupont", "Marie Dupont"]


def test_outre_mer_is_no_setting() -> None:
    """« Outre-mer La 1ère » opens a name, not a setting: « La 1ère » is not its speaker."""
    text = (
        "Le cyclone a frappé l'île. Outre-mer La 1ère, qui a joint la préfecture, affirme que "
        "trois personnes sont mortes."
    )
    assert speakers(text)[0].startswith("Outre-mer")


@pytest.mark.parametrize(
    "lead",
    ["À son tour", "À leur tour", "Pour leur part", "Pour ma part", "Pour notre part"],
)
def test_a_lead_before_a_title_is_no_part_of_the_speaker(lead: str) -> None:
    text = (
        f"Le maire a présenté le budget. {lead} le sénateur Jean Martin, maire de Lunel, a estimé "
        "que le budget était insincère."
    )
    assert "Jean Martin" in speakers(text) and "Lunel" not in speakers(text)


@pytest.mark.parametrize("lead", ["De notre côté", "De mon côté"])
def test_a_side_lead_is_no_subject(lead: str) -> None:
    text = (
        f"La réforme est contestée. {lead}, le ministre a défendu son texte, affirmant que la "
        "situation était grave."
    )
    assert speakers(text) == ["le ministre"]


def test_hormis_opens_a_setting() -> None:
    text = (
        "La réforme est contestée. Hormis le groupe communiste, l'opposition a défendu son "
        "texte, affirmant que la situation était grave."
    )
    assert speakers(text) == ["l'opposition"]
