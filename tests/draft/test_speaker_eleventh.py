"""Speakers of the eleventh round (speakers11): constructions that gave wrong speakers on
unseen French articles, in made-up sentences of several forms, each with a counter-case."""

from __future__ import annotations

import pytest

from tests.draft.readings import speakers

_CLOSED = "La Tour Verdane est restée fermée mercredi.\n\n"


@pytest.mark.parametrize(
    ("subject", "cue", "want"),
    [
        ("La Coréenne Yuna Kwon, elle,", "s'étonne-t-elle", "Yuna Kwon"),
        ("La Lyonnaise Maud Ferrand", "a-t-elle confié", "Maud Ferrand"),
        ("L'Italienne Carla Bettini, elle,", "regrette-t-elle", "Carla Bettini"),
        ("Le Marseillais Hugo Castel, lui,", "soupire-t-il", "Hugo Castel"),
        ("L'Européen Marc Dalmas", "assure-t-il", "Marc Dalmas"),
    ],
)
def test_a_demonym_before_a_name_describes_the_person(subject: str, cue: str, want: str) -> None:
    text = _CLOSED + f'{subject} n\'en croit pas ses yeux : "on espérait autre chose", {cue}.'
    assert speakers(text) == [want]


def test_an_outlet_is_no_demonym() -> None:
    text = (
        "Le match a été reporté. Selon Le Républicain Lorrain, la pelouse est impraticable. "
        "Le Parisien Libéré affirme que la décision sera connue lundi."
    )
    assert "Lorrain" in speakers(text)[0]


def test_the_pronoun_without_a_named_subject_takes_up_the_sentence_before() -> None:
    text = (
        "Maud Ferrand est venue de loin.\n\n"
        'La Tour Verdane est fermée. Face à la grille : "quel dommage", s\'étonne-t-elle.'
    )
    assert speakers(text) == ["Maud Ferrand"]


_TRIAL = "Deux prévenus comparaissaient mardi. Ils formulent quelques excuses. "


@pytest.mark.parametrize(
    ("described", "cue"),
    [
        ("Le plus âgé des deux - 35 ans, membre d'un forum -", "répète-t-il à la barre"),
        ("Le plus âgé des deux", "assure-t-il"),
        ("La plus jeune des deux femmes", "a-t-elle lancé"),
        ("La plus jeune des trois (35 ans, ancienne chauffeuse)", "assure-t-elle"),
        ("L'aînée des prévenues, 35 ans,", "répète-t-elle"),
        ("Le dernier des prévenus", "a-t-il lancé"),
    ],
)
def test_a_person_by_rank_is_the_subject_an_inverted_pronoun_takes_up(
    described: str, cue: str
) -> None:
    text = _TRIAL + f'{described} ne semble guère y croire. "Ma vie a changé" {cue}.'
    assert speakers(text) == [described.split(" -")[0].split(" (")[0].split(",")[0]]


def test_a_thing_by_rank_is_no_one() -> None:
    text = (
        "Paul Verdier a visité les deux stades. Le plus grand des deux stades sera rénové. "
        '"Ce sera long" assure-t-il.'
    )
    assert speakers(text) == ["Paul Verdier"]


_RELEGATED = "Le club a été rétrogradé lundi. "


@pytest.mark.parametrize(
    "later",
    [
        "Si l'appel échoue, l'emblématique patron du FC Brizon annonce qu'il ira devant le CNOSF.",
        "Le dirigeant du FC Brizon a annoncé qu'il ira devant le CNOSF.",
        "Selon le patron du FC Brizon, il ira devant le CNOSF.",
        "« Il ira devant le CNOSF », a prévenu le boss du FC Brizon.",
    ],
)
@pytest.mark.parametrize(
    "intro",
    [
        "Gilles Marceau, président du FC Brizon, dénonce une injustice.",
        "Le président du FC Brizon, Gilles Marceau, dénonce une injustice.",
        "Gilles Marceau, le PDG du FC Brizon, dénonce une injustice.",
    ],
)
def test_the_head_of_a_body_is_the_person_titled_so(intro: str, later: str) -> None:
    assert speakers(_RELEGATED + intro + "\n\n" + later)[-1] == "Gilles Marceau"


@pytest.mark.parametrize("body", ["l'US Brizon", "la Jeunesse Brizon"])
def test_a_title_before_the_name_keeps_a_body_after_de_l(body: str) -> None:
    text = (
        f"{_RELEGATED}Le président de {body}, Gilles Marceau, dénonce une injustice.\n\n"
        f"Selon le patron de {body}, il ira devant le CNOSF."
    )
    assert speakers(text)[-1] == "Gilles Marceau"


def test_the_head_of_another_body_is_not_taken_up() -> None:
    text = (
        _RELEGATED + "Gilles Marceau, président du Sporting Valmont, dénonce une injustice."
        "\n\nLe dirigeant du FC Brizon a annoncé qu'il ira devant le CNOSF."
    )
    assert "Brizon" in speakers(text)[-1]  # the description (or its body), no one else


def test_two_heads_of_the_body_leave_the_description() -> None:
    text = (
        _RELEGATED + "Gilles Marceau, président du FC Brizon, et Anne Roux, directrice du "
        "FC Brizon, sont furieux.\n\nLe dirigeant du FC Brizon a annoncé qu'il ira devant le "
        "CNOSF."
    )
    assert "Brizon" in speakers(text)[-1]


_CLOSURE = "la fermeture est due à la baisse des commandes"


@pytest.mark.parametrize(
    "company", ["La société Tramaxo", "Le groupe Tramaxo", "La compagnie Tramaxo"]
)
@pytest.mark.parametrize(
    "said",
    [
        f"Selon l'entreprise, {_CLOSURE}.",
        f"L'entreprise assure que {_CLOSURE}.",
        "« Ce n'est pas une surprise », a indiqué l'entreprise.",
    ],
)
def test_an_institution_anaphor_takes_up_the_company_of_its_kind(company: str, said: str) -> None:
    text = f"{company} a fermé son usine de Lunel jeudi. Les salariés de Lunel sont en grève."
    assert speakers(f"{text}\n\n{said}")[-1] == "Tramaxo"


@pytest.mark.parametrize(
    "said",
    [
        f"Selon la direction, {_CLOSURE}.",
        f"La direction assure que {_CLOSURE}.",
        "« Ce n'est pas une surprise », a indiqué la direction.",
    ],
)
def test_the_direction_speaks_as_itself_beside_its_company(said: str) -> None:
    """speakers51: a company's management is keyed as « la direction », not as the company
    (round 11 took it up as the company; the keys of today's convention do not)."""
    text = "La société Tramaxo a fermé son usine de Lunel jeudi. Les salariés sont en grève."
    assert speakers(f"{text}\n\n{said}")[-1].lower() == "la direction"


def test_the_company_named_after_the_anaphor_is_taken_up_too() -> None:
    text = (
        f"La tour a fermé mercredi. Selon l'entreprise, {_CLOSURE}.\n\n"
        "La Société d'Exploitation de la Tour Verdane (SETV) n'a pas indiqué quand elle "
        "rouvrirait."
    )
    assert speakers(text)[0] == "La Société d'Exploitation de la Tour Verdane (SETV)"


def test_no_company_named_leaves_the_direction() -> None:
    text = f"L'usine de Lunel a fermé jeudi.\n\nSelon la direction, {_CLOSURE}."
    assert speakers(text) == ["la direction"]


def test_a_direction_with_its_complement_says_whose_it_is() -> None:
    text = (
        "La société Tramaxo a fermé son usine. L'hôpital Saint-Roch accueille les blessés.\n\n"
        f"Selon la direction de l'hôpital, {_CLOSURE}."
    )
    assert "Tramaxo" not in speakers(text)[-1]


_HEARD = "Le budget a été voté. « C'est un texte injuste », a déclaré le député Paul Verdier.\n\n"


@pytest.mark.parametrize(
    ("quotation", "want"),
    [
        ("«Quand est-ce que le ministre a reçu ce mandat? a demandé M. Roux. Qui l'a voté?»",
         "Luc Roux"),
        ("«Nous ne céderons pas, a lancé Mme Vannier. Jamais nous ne céderons.»",
         "Claire Vannier"),
        ("« Qui paiera ? s'est interrogé Luc Roux. Personne ne le sait. »", "Luc Roux"),
    ],
)  # fmt: skip
def test_an_incise_inside_the_marks_names_the_speaker(quotation: str, want: str) -> None:
    text = "Luc Roux et Claire Vannier siègent dans l'opposition.\n\n" + _HEARD + quotation
    assert speakers(text)[-1] == want


def test_a_quotation_without_an_incise_goes_on_with_the_last_speaker() -> None:
    text = _HEARD + "«Nous irons jusqu'au bout, voir Claire Vannier s'il le faut. Rien ne change.»"
    assert speakers(text)[-1] == "Paul Verdier"


@pytest.mark.parametrize(
    "sentence",
    [
        "La députée écologiste Anne Corvol en a profité pour qualifier le ministre de "
        "«fossoyeur de l'école».",
        "Anne Corvol en a profité pour qualifier le ministre de «fossoyeur de l'école».",
        "La ministre Anne Corvol a quitté la salle, affirmant que le texte était injuste.",
        "Le chef néo-démocrate Marc Solh en a profité pour qualifier le ministre de "
        "«fossoyeur de l'école».",
    ],
)
def test_a_participle_or_purpose_cue_is_said_by_its_sentence_subject(sentence: str) -> None:
    want = "Marc Solh" if "Solh" in sentence else "Anne Corvol"
    assert speakers(_HEARD + sentence)[-1] == want


def test_an_inverted_pronoun_that_goes_on_keeps_its_gender() -> None:
    text = _HEARD + "Anne Corvol est arrivée ensuite. « Nous verrons », a-t-il ajouté."
    assert speakers(text)[-1] == "Paul Verdier"


def test_a_title_opening_a_sentence_without_a_name_takes_up_its_holder() -> None:
    text = (
        "Le ministre de la Santé, Paul Verdier, a visité l'hôpital. Le ministre, également "
        "maire de Lunel, s'est adressé aux soignants, affirmant que les moyens suivraient."
    )
    assert speakers(text) == ["Paul Verdier"]


@pytest.mark.parametrize("adverb", ["entre autres", "notamment", "également"])
def test_the_outer_statement_keeps_its_speaker(adverb: str) -> None:
    text = (
        "Le gouvernement a été nommé lundi. Le RN attend.\n\nJordan Valmy a "
        f"{adverb} déclaré sur X que le RN exigeait que la sécurité soit traitée en priorité."
    )
    said = speakers(text)
    assert said[0] == "Jordan Valmy" and "RN" in said[-1]


_PULL = (
    "Titre\n\nLe collectif Santé Ouest estime que la maternité doit rester ouverte\n\n"
    "«Qui a donné au ministre le mandat de fermer cette maternité?»\n\n"
    "La maternité de Lunel doit fermer en juin.\n\n"
)


@pytest.mark.parametrize(
    "again",
    [
        "«Qui a donné au ministre le mandat de fermer cette maternité? Personne», a déclaré "
        "Claire Vannier mardi.",
        "Claire Vannier a demandé : «Qui a donné au ministre le mandat de fermer cette maternité?»",
    ],
)
def test_a_pull_quote_quoted_again_is_the_later_speakers(again: str) -> None:
    said = speakers(_PULL + again)
    assert said[1:] == ["Claire Vannier", "Claire Vannier"]


def test_a_pull_quote_not_quoted_again_keeps_its_speaker() -> None:
    text = _PULL + "«Personne ne nous a demandé notre avis», a déclaré Claire Vannier mardi."
    assert speakers(text)[1] != "Claire Vannier"
