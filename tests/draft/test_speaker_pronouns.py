"""A pronoun between two people of the same gender: the one who was speaking goes on when the
cue says so (« a-t-il ajouté »), and a name after an opening complement and its comma is the
subject of its sentence (« Dans la commune de X, Patrice finit… »), so a later « il » is his.

One short hand-made case per rule; none is a sentence of the evaluation corpus.
"""

from __future__ import annotations

from quizapp.draft import analyze


def speakers(text: str) -> list[str]:
    return [a.speaker for a in analyze(text, "fr").attributions]


def test_a_continuing_cue_gives_the_pronoun_to_the_one_who_was_speaking() -> None:
    text = (
        "« C'est inacceptable », a déclaré Jean Dupont lors du conseil. Le préfet Paul Martin a "
        "reçu sa lettre mardi. Il a ajouté que la commune irait en justice."
    )
    assert speakers(text) == ["Jean Dupont", "Jean Dupont"]


def test_without_a_continuing_cue_the_last_subject_keeps_the_pronoun() -> None:
    text = (
        "« C'est inacceptable », a déclaré Jean Dupont lors du conseil. Le préfet Paul Martin a "
        "reçu sa lettre mardi. Il a estimé que la commune avait tort."
    )
    assert speakers(text) == ["Jean Dupont", "Paul Martin"]


def test_a_name_after_an_opening_complement_is_the_subject_of_its_sentence() -> None:
    text = (
        "« Le blé a brûlé », s'alarme Gilles, éleveur à Caussade.\n\n"
        "Dans le village voisin de Lafrançaise, Bruno termine ses moissons. Ses bêtes ont "
        "souffert de la chaleur.\n\n"
        "« Il faudra acheter du foin », s'inquiète-t-il."
    )
    assert speakers(text) == ["Gilles", "Bruno"]
