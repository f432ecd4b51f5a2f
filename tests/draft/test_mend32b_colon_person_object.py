"""A colon's lead whose subject is a person noun (anaphora32's rule, narrowed by mend32b,
made-up sentences): the noun phrase ends on the noun or its « de » complement, so an unknown
verb is never let into the speaker (« Le prévenu écoute »), and a predicate with an object
(« écoute le verdict », « a reçu une lettre ») gives no speaker: the words after the colon
may be that object's. (« À l'audience, l'accusé écoute le verdict : » goes through
colon_quotes._before_unknown_verb, review item 3, not mended here.)"""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_of

_BEFORE = (
    "Titre\n\nLe juge Paul Durand a ouvert l'audience. « Vous étiez ivre ce soir-là ? », "
    "a demandé le juge.\n\n"
)


@pytest.mark.parametrize(
    ("lead", "quotation"),
    [
        ("Le prévenu écoute le juge", "Vous êtes condamné à dix ans."),
        ("L'accusé écoute le verdict", "Dix ans de prison."),
        ("La victime a reçu une lettre", "Je vais te retrouver."),
    ],
)
def test_a_received_quotation_is_not_the_subjects(lead: str, quotation: str) -> None:
    speaker = speaker_of(_BEFORE + f"{lead} : « {quotation} »", quotation[:12])
    assert speaker not in {"Le prévenu", "Le prévenu écoute", "l'accusé écoute", "l'accusé",
                           "La victime"}  # fmt: skip


def test_the_noun_and_its_complement_speak() -> None:
    text = _BEFORE + "Le fils du maire est formel : « Je n'ai rien vu. »"
    assert speaker_of(text, "Je n'ai rien vu") == "Le fils du maire"
