"""noone53: speakers that are no one. « Celui qui… » / « Celle qui… » opening a sentence of
narration takes up the person the paragraph is about, as « Il » / « Elle » would, instead of
speaking as « Celui ». Made-up texts."""

from __future__ import annotations

from quizapp.draft import analyze


def _speakers(text: str) -> list[str]:
    return [a.speaker for a in analyze(text, "fr").attributions]


def test_an_opening_celui_qui_takes_up_the_person_before() -> None:
    text = (
        "Après une longue réflexion, Marc Olivier a tranché : il sera candidat en mars. Celui "
        "qui lors de ses vœux évoquait « un choix collectif » veut finir le chantier du port."
    )
    assert _speakers(text)[-1] == "Marc Olivier"


def test_an_opening_celle_qui_takes_up_the_woman_before() -> None:
    text = (
        "Claire Bodin tient la boulangerie de la place depuis vingt ans. Celle qui a vu le "
        "quartier changer affirme que les clients ont peur de sortir le soir."
    )
    assert _speakers(text) == ["Claire Bodin"]


def test_an_opening_meme_s_il_speaks_as_the_pronoun() -> None:
    text = (
        "Le maire Louis Garnier est malade mais ne démissionnera pas. Même s'il concède qu'il "
        "sera moins présent à la mairie, il garde toute sa confiance en son équipe."
    )
    assert _speakers(text)[-1] == "Louis Garnier"


def test_an_opening_elided_conjunction_with_a_reflexive_verb() -> None:
    text = (
        "Paul Berthe, maire de la commune, a été réélu dimanche. Même s’il se réjouit de ce "
        "score, le conseil attend des actes."
    )
    assert _speakers(text) == ["Paul Berthe"]


def test_a_paper_the_outlet_list_lacks_relays_the_sources_it_cites() -> None:
    text = (
        "Selon le Wochenkurier, citant des sources proches du gouvernement, la réunion a été "
        "tendue dès le début."
    )
    (found,) = analyze(text, "fr").attributions
    assert (found.speaker, found.via) == ("des sources proches du gouvernement", "Wochenkurier")


def test_a_listed_outlet_citing_someone_is_their_relay() -> None:
    text = "Selon Le Monde, citant des sources proches du dossier, la ministre va démissionner."
    (found,) = analyze(text, "fr").attributions
    assert found.via == "Le Monde"


def test_an_opening_participle_phrase_gives_way_to_the_name_in_its_sentence() -> None:
    text = (
        "Le conseil a voté les aides aux commerces. Profitant de ces votes, le conseiller "
        "d’opposition, Hugo Ferrand a pris la parole pour dénoncer « la forte dégradation » du "
        "centre-ville."
    )
    assert _speakers(text) == ["Hugo Ferrand"]


def test_a_set_off_opening_phrase_takes_the_name_after_it() -> None:
    text = (
        "Trois communes hésitent encore. Contacté par téléphone, le maire de Vars, Jean-Paul "
        "Gandel, donne ses explications : « Ce n'est pas la priorité des priorités. »"
    )
    assert _speakers(text) == ["Jean-Paul Gandel"]
