"""recall34: a French name and its role set off by commas after « selon / pour » are the
source together; the role never opens what is said (« Selon Paul Durand, maire de Lunel,
la… »), as an English description after a name does not ("According to Jane Doe, a professor
at Leeds, the…")."""

from __future__ import annotations

from tests.draft.readings import said


def test_a_bare_role_after_the_name_is_part_of_the_source() -> None:
    text = "Selon Léa Marchal, maire de Lunel, la piscine rouvrira en mai."
    assert said(text, "fr") == [("la piscine rouvrira en mai", "Léa Marchal, maire de Lunel")]


def test_a_role_with_its_article_after_pour_and_a_name() -> None:
    text = "Pour Léa Marchal, la présidente du club, la saison sera longue."
    assert said(text, "fr") == [("la saison sera longue", "Léa Marchal, la présidente du club")]


def test_a_clause_after_the_name_is_what_is_said() -> None:
    text = "Selon Léa Marchal, la présidente a menti, et le club le sait."
    assert said(text, "fr")[0][0].startswith("la présidente a menti")
