"""A finding in the right sentence but on the wrong passage (bounds48, made-up sentences).

« C, selon X, un nombre … »: a noun phrase after the source that sums up C is no claim of its
own; the claim is C (according/summing_up.py). Not after a word that still wants what
follows (« Il a ajouté que, selon lui, … », a verb) nor after a common noun when « du » or
« des » may open its complement. A passive judgement (« taxée d'incompétence par X »,
« considérée comme un parachutage par X ») holds the thing judged too, from the clause's
subject (passives/judged_subject.py)."""

from __future__ import annotations

from quizapp.draft import analyze


def _contents(text: str) -> list[tuple[str, str]]:
    found = analyze(text, "fr").attributions
    return [(text[a.content[0] : a.content[1]], a.speaker) for a in found]


def test_a_noun_phrase_summing_up_the_part_before_leaves_the_claim_before() -> None:
    text = (
        "Les manifestants ont défilé mardi. Elles étaient plus de 3500, selon la CGT, un "
        "nombre à peu près équivalent aux deux dernières journées."
    )
    assert [content for content, _ in _contents(text)] == ["Elles étaient plus de 3500"]


def test_a_plural_noun_phrase_after_a_name_sums_up_too() -> None:
    text = (
        "Il faudrait se doter de deux nouvelles chenillettes à Sherbrooke, selon Nathalie "
        "Bourgeois, des véhicules évalués à 225 000 $ chacun."
    )
    contents = [content for content, _ in _contents(text)]
    assert contents == ["Il faudrait se doter de deux nouvelles chenillettes à Sherbrooke"]


def test_after_que_the_noun_phrase_is_the_claim() -> None:
    text = (
        "Il a ajouté que, selon lui, le timing et l'intention du joueur rendaient la faute "
        "très claire."
    )
    contents = [content for content, _ in _contents(text)]
    assert any(content.startswith("le timing") for content in contents)


def test_des_after_a_common_noun_opens_its_complement() -> None:
    text = (
        "L'UE a retiré une partie de ses effectifs en réponse au déploiement, selon les "
        "Occidentaux, des mercenaires du groupe Wagner dans ce pays."
    )
    contents = [content for content, _ in _contents(text)]
    assert contents == ["des mercenaires du groupe Wagner dans ce pays"]


def test_a_passive_judgement_holds_its_subject() -> None:
    text = "La nouvelle majorité est donc taxée d'incompétence par l'opposition."
    assert _contents(text) == [
        ("La nouvelle majorité est donc taxée d'incompétence", "l'opposition")
    ]


def test_a_participle_judging_a_noun_holds_the_noun() -> None:
    text = "Une candidature considérée comme un parachutage par l'opposition."
    assert _contents(text) == [("Une candidature considérée comme un parachutage", "l'opposition")]


def test_considered_as_an_adjective_holds_its_subject() -> None:
    text = "Sur 15.000 passages à niveau, 155 seraient considérés comme dangereux par le ministère."
    contents = [content for content, _ in _contents(text)]
    assert contents == ["155 seraient considérés comme dangereux"]


def test_a_judgement_with_no_subject_in_its_clause_keeps_the_name_alone() -> None:
    text = "La réforme a été votée, et a même été qualifiée de « honte » par le député."
    contents = [content for content, _ in _contents(text)]
    assert contents == ["« honte »"]


def test_a_judgement_of_a_subject_pronoun_keeps_the_name_alone() -> None:
    """« Il a été traité de menteur par l'opposition »: a bare pronoun is no thing judged;
    the name alone, as before bounds48 (mend48a)."""
    text = "Il a été traité de menteur par l'opposition lors du dernier conseil municipal."
    contents = [content for content, _ in _contents(text)]
    assert contents == ["menteur"]
