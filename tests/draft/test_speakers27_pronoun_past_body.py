"""« il » / « elle » of an inverted cue with nobody near, after a body spoke last (made-up
sentences): a body or a service (« selon la préfecture », « d'après la gendarmerie ») is no
antecedent of « il » or « elle », any more than an outlet is; the latest person of that
gender met before, even one named in a complement (« la maison de X »), is. A person who
spoke last, or no person of that gender met, leave the answer as before (speakers27)."""

from __future__ import annotations

from tests.draft.readings import speakers

_HOUSE = "La maison de Lucie Vernet, au bord du canal, a été privée de courant. "
_ORCHARD = "Le verger de Marc Keller a gelé dans la nuit de mardi. "
_FOYERS = "Trois cents foyers attendaient encore les réparations dimanche, selon la préfecture. "
_LOSSES = "Les pertes dépassent la moitié de la récolte, d'après la mairie. "
_ROADS = "Deux routes sont restées fermées, a indiqué la gendarmerie. "


def test_the_pronoun_after_a_body_takes_the_person_met_before() -> None:
    quote = "« Nous n'avons plus d'eau chaude, c'est dur », confie-t-elle."
    assert speakers(_HOUSE + _FOYERS + quote)[-1] == "Lucie Vernet"
    quote = "« Je n'avais jamais vu ça », soupire-t-il."
    assert speakers(_ORCHARD + _LOSSES + quote)[-1] == "Marc Keller"
    quote = "« Nous attendons depuis jeudi », a-t-elle raconté."
    assert speakers(_HOUSE + _ROADS + quote)[-1] == "Lucie Vernet"


def test_a_person_speaking_last_or_no_person_of_that_gender() -> None:
    spoke = "Paul Arnaud, maire de Brenon, a dit qu'il était déçu. "
    quote = "« Nous recommencerons », a-t-il ajouté."
    assert speakers(_HOUSE + _FOYERS + spoke + quote)[-1] == "Paul Arnaud"
    quote = "« Nous n'avons plus d'eau chaude », confie-t-il."
    assert speakers(_HOUSE + _FOYERS + quote)[-1] != "Lucie Vernet"
