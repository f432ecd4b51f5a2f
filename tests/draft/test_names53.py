"""A description that repeats the title the article wrote for the person named just before
takes that person up (names53, made-up sentences): « Paul X, actuel maire de Lunel, … » then
« le maire-candidat », « La secrétaire générale de la CGT, Anne X, » then « la cheffe de file
de la CGT », « Le député-maire Paul X » then « l'élu des Républicains » (« élu » covers the
offices an election gives). A name met nearby with no title, or with another one, is no tie:
the description stays a speaker of its own."""

from __future__ import annotations

from tests.draft.readings import said_exactly


def test_a_compound_title_repeats_the_written_office() -> None:
    """« maire-candidat » holds the « maire » written beside the name."""
    text = (
        "Titre\n\n"
        "Paul Martin, actuel maire de Lunel, l'a confirmé lundi devant la presse. Pour appuyer "
        "sa candidature, le maire-candidat assure que le bilan de l'équipe est solide."
    )
    assert said_exactly(text, "le bilan de l'équipe est solide") == "Paul Martin"


def test_a_leader_of_the_body_written_in_the_title() -> None:
    """« la cheffe de file de la CGT » after « La secrétaire générale de la CGT, Anne X »."""
    text = (
        "Titre\n\n"
        "La secrétaire générale de la CGT, Anne Morel, a donné une interview mardi. Les "
        "usines ferment, avertit la cheffe de file de la CGT."
    )
    assert said_exactly(text, "Les usines ferment") == "Anne Morel"


def test_an_elected_member_for_a_member_of_parliament() -> None:
    """« l'élu des Républicains » after « Le député maire Paul X »: « élu » covers both."""
    text = (
        "Titre\n\n"
        "Le député maire Paul Martin explique pourquoi il maintient la fête.\n\n"
        "Sur le plateau de l'émission, Paul Martin a dit avoir longuement réfléchi. L'élu des "
        "Républicains explique que la sécurité sera renforcée."
    )
    assert said_exactly(text, "la sécurité sera renforcée") == "Paul Martin"


def test_another_title_is_someone_else() -> None:
    """« la directrice du musée » after « la ministre de la Culture Anne X »: no tie."""
    text = (
        "Titre\n\n"
        "La ministre de la Culture Anne Morel a annoncé la réouverture lundi. Il était temps, "
        "réagit la directrice du musée de Lunel."
    )
    assert said_exactly(text, "Il était temps") == "la directrice du musée de Lunel"


def test_an_untitled_name_is_no_tie() -> None:
    """« le gouverneur de la région » after an untitled name stays itself."""
    text = (
        "Titre\n\n"
        "Paul Martin a quitté la ville mardi. Le préfet n'a pas bougé, affirme le gouverneur de "
        "la région."
    )
    assert said_exactly(text, "Le préfet n'a pas bougé") == "le gouverneur de la région"
