"""A role with a possessive and the name set after it (« son avocat, Me X »), an office written
with a hyphen (« le P-DG »), and a couple named together (« Léa et Marc ») whom « ils »,
« elle » and « son époux » take up (round 7). Made-up sentences, each with a counter-case."""

from __future__ import annotations

from tests.draft.readings import speakers


def test_a_name_after_a_possessive_role_is_the_speaker() -> None:
    text = (
        "La plaignante va poursuivre les magazines, a déclaré son avocat, Me Paul Roux. "
        "« C'est une honte », a-t-il ajouté."
    )
    assert speakers(text) == ["Me Paul Roux", "Me Paul Roux"]


def test_a_possessive_role_with_no_name_after_it_stays_a_description() -> None:
    text = "La plaignante va poursuivre les magazines, a déclaré son avocat, mardi."
    assert speakers(text) == ["son avocat"]


def test_the_hyphenated_ceo_is_the_person_named_with_that_office() -> None:
    named = "Paul Roux, P-DG de Renault depuis 2019, "
    before = "Le P-DG de Renault étudie les options. " + named + "a reçu les syndicats. "
    assert speakers(before + "« Rien n'est décidé », a déclaré le P-DG.") == ["Paul Roux"]
    after = "Le P-DG de Renault a reçu les syndicats lundi. Il considère que la fusion « n'est "
    after += "pas utile ». " + named + "doit partir en mai."
    assert speakers(after) == ["Paul Roux"]


_COUPLE = (
    "Des touristes notent que la foule est dense. Martine et Gérard, couple de retraités, "
    "habitent ici. Ils confient que la foule pèse sur leur quotidien. "
)


def test_they_after_a_couple_is_the_couple() -> None:
    assert speakers(_COUPLE)[-1] == "Martine et Gérard"


def test_they_after_two_people_in_a_complement_is_not_a_couple() -> None:
    text = (
        "Des touristes notent que la foule est dense. Martine a rencontré Gérard et Paul "
        "lundi. Ils confient que la foule pèse sur leur quotidien."
    )
    assert speakers(text)[-1] == "Des touristes"


def test_she_and_her_husband_are_the_two_of_the_couple() -> None:
    text = _COUPLE + "« Je vois arriver les bus », s'agace-t-elle. « Les gens sortent tôt », "
    text += "complète son époux."
    assert speakers(text)[-2:] == ["Martine", "Gérard"]
    he = _COUPLE + "« Je vois arriver les bus », s'agace-t-il."
    assert speakers(he)[-1] == "Gérard"


def test_her_husband_with_no_couple_named_stays_a_description() -> None:
    text = (
        "Martine a visité le village. « On n'ose plus sortir », lâche encore Martine. "
        "« Les gens sortent tôt », complète son époux."
    )
    assert speakers(text)[-1] == "son époux"


def test_the_ceo_of_a_company_speaks_as_its_holder_not_as_the_company() -> None:
    text = (
        "Paul Roux, P-DG de Renault depuis 2019, a reçu les syndicats. Renault a perdu des "
        "parts. Renault recrute. Le P-DG de Renault a affirmé que la fusion « n'est pas utile »."
    )
    assert speakers(text)[-1] == "Paul Roux"


def test_a_minister_named_after_the_office_keeps_the_name() -> None:
    text = "Le ministre de l'Intérieur Gérald Martin a affirmé que la situation « est grave »."
    assert speakers(text) == ["Gérald Martin"]
