"""mend58d (review of speakers58): a place or company in the complement of a union
delegate (« de l'usine X », « du site de X ») is never the delegate's name; « Tous »,
« Toutes », « Chacun(e) » take up the subject of the sentence before when it is a plural of
people, and agree in gender where the noun shows it; « M. le maire adjoint » (a qualifier
after the office) is another person than the mayor met before. Made-up texts."""

from __future__ import annotations

from quizapp.draft import analyze


def _found(text: str) -> list[tuple[str, str]]:
    return [(a.speaker, a.label) for a in analyze(text, "fr").attributions]


def _speakers(text: str) -> list[str]:
    return [speaker for speaker, _ in _found(text)]


def test_the_plant_after_a_union_delegate_is_not_his_name() -> None:
    text = (
        "La direction annonce un plan de départs.\n\n"
        "Les départs commenceront en mai, selon le délégué central CGT de l'usine Michelin. "
        "« Personne ne nous a prévenus », ajoute-t-il."
    )
    found = _found(text)
    assert [s for s, _ in found][-2:] == ["le délégué central CGT de l'usine Michelin"] * 2
    assert {label for _, label in found[-2:]} == {"anonymous"}


def test_the_site_town_after_a_union_delegate_is_not_his_name() -> None:
    text = (
        "L'atelier de peinture va fermer.\n\n"
        "Trente postes sont menacés, selon le délégué syndical CFDT du site de Bourges."
    )
    speakers = _speakers(text)
    assert speakers and "Bourges" not in speakers and "CFDT" not in speakers


def test_toutes_takes_the_feminine_subject_of_the_sentence_before() -> None:
    text = (
        "Le magasin de Dole reste ouvert pour l'instant.\n\n"
        "Les salariées ont défilé mardi devant les directeurs du magasin. Toutes "
        "dénoncent le manque de remplaçants depuis la rentrée."
    )
    assert _speakers(text) == ["Les salariées"]


def test_chacune_does_not_take_a_masculine_plural() -> None:
    text = (
        "La réforme des retraites mobilise encore.\n\n"
        "Les enseignants n'ont pas obtenu de rendez-vous au rectorat. Chacune affirme "
        "vouloir continuer la grève."
    )
    assert _speakers(text) != ["Les enseignants"]


def test_tous_prefers_the_subject_to_the_plural_after_the_verb() -> None:
    text = (
        "Le carnaval a réuni la commune.\n\n"
        "Les musiciens ont joué samedi devant les conseillers municipaux. Tous affirment "
        "vouloir revenir l'an prochain."
    )
    assert _speakers(text) == ["Les musiciens"]


def test_a_deputy_mayor_is_not_the_mayor_met_before() -> None:
    text = (
        "La rentrée scolaire se prépare à Nantua.\n\n"
        "Le maire de Nantua, Louis Berthet, a visité l'école lundi. « Les travaux seront "
        "finis en août », a déclaré M. le maire adjoint."
    )
    assert _speakers(text)[-1] != "Louis Berthet"


def test_an_honorary_mayor_is_not_the_mayor_met_before() -> None:
    text = (
        "La rentrée scolaire se prépare à Nantua.\n\n"
        "Le maire de Nantua, Louis Berthet, a visité l'école lundi. « Cette école a cent "
        "ans », a rappelé M. le maire honoraire."
    )
    assert _speakers(text)[-1] != "Louis Berthet"
