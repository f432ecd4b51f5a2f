"""A long partial quotation inside narration with no cue (mixed37's narrated_long), mended
after review37 item 3 (made-up texts): the one person its own sentence names speaks before
the last speaker heard, and a guess never goes to a speaker that is no name (a lone letter
left of « E.Leclerc »)."""

from __future__ import annotations

from quizapp.draft import analyze

TAX = "une taxe de 200 % sur tous les fromages et beurres importés de France et des pays voisins"


def _read(text: str) -> list[tuple[str, str | None]]:
    analysis = analyze(text, "fr")
    return [(analysis.passage(a.content), a.speaker) for a in analysis.attributions]


def test_the_person_the_sentence_names_speaks() -> None:
    text = (
        "« Taxer le fromage, c'est tuer la filière », alertent les éleveurs après l'annonce "
        "de Marc Dubois\n\nUne première épreuve de force ? Paris et Berne sont entrés depuis "
        "plusieurs jours dans un jeu de surenchères sur les taxes, alors que Marc Dubois vient "
        f"d'annoncer sur son réseau vouloir mettre en place « {TAX} ». Le ministre exige la fin "
        "des quotas."
    )
    assert (TAX, "Marc Dubois") in _read(text)
    assert (TAX, "les éleveurs") not in _read(text)


def test_a_lone_letter_is_no_speaker() -> None:
    text = (
        "Aldi tacle E.Leclerc sur ses prix\n\nAldi, qui a beaucoup moins que E.Leclerc profité "
        "de la hausse des prix, a pointé une comparaison entre ses biscuits et ceux de son "
        "concurrent.\n\nMoins chers, les biscuits d'E.Leclerc contiennent, dixit Aldi, « 30% "
        "de beurre et 20% de sucre en moins que les nôtres » que ses propres biscuits."
    )
    quoted = "30% de beurre et 20% de sucre en moins que les nôtres"
    assert [speaker for content, speaker in _read(text) if content == quoted] in ([], ["Aldi"])
