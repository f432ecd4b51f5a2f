"""A pronoun between two people of the same gender: the one who was speaking goes on when the
cue says so (« a-t-il ajouté »), and a name after an opening complement and its comma is the
subject of its sentence (« Dans la commune de X, Patrice finit… »), so a later « il » is his.

One short hand-made case per rule; none is a sentence of the evaluation corpus.
"""

from __future__ import annotations

from quizapp.draft import analyze
from tests.draft.readings import speakers


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


def test_only_the_cues_own_words_say_that_the_speaker_goes_on() -> None:
    """« dit en conclusion » and "said in an address" hold the stems of « conclure » and "add"
    after the cue: the pronoun is still the last subject's."""
    french = (
        "Jean Martin a affirmé que le projet était mort. Paul Durand n'est pas d'accord. "
        "Il a dit en conclusion que le projet continuerait."
    )
    english = (
        "John Smith said the plan was dead. Tom Brown disagreed. "
        "He said in an address to staff that the plan would go on."
    )
    assert speakers(french) == ["Jean Martin", "Paul Durand"]
    assert [a.speaker for a in analyze(english, "en").attributions] == ["John Smith", "Tom Brown"]
