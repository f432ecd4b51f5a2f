"""Each language's ``cue_determiners`` holds its own words only (tidy31, made-up sentences):
the French list held the English article "a", which in a French article is the auxiliary, so
« a indique » (« indiqué » written without its accent) read « indique » as a noun and found
no cue; the English list held the French « les », which in an English article is a
surname ("Councillor Carl Les said"), read as a determiner before "said"."""

from __future__ import annotations

import pytest

from tests.draft.readings import content_speaker_label


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Des militants ont escaladé le pont. La préfecture de police a indique avoir procédé "
         "à plusieurs interpellations.", "La préfecture de police"),
        ("Le marché a rouvert lundi. La mairie de Vaubrac a explique avoir reçu « plusieurs "
         "plaintes » des riverains.", "La mairie de Vaubrac"),
    ],
)  # fmt: skip
def test_french_a_before_a_cue_written_without_its_accent_is_the_auxiliary(
    text: str, speaker: str
) -> None:
    found = content_speaker_label("Titre\n\n" + text)
    assert [(s, label) for _, s, label in found] == [(speaker, "named")]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Councillor Anna Les said the bridge would reopen in May.", "Anna Les"),
        ("Mayor Tom Les said the council had found the money for the repairs.", "Tom Les"),
    ],
)
def test_english_les_before_said_is_a_surname(sentence: str, speaker: str) -> None:
    text = f"Bridge to reopen\n\nThe town has waited a year.\n\n{sentence}\n"
    found = content_speaker_label(text, "en")
    assert [(s, label) for _, s, label in found] == [(speaker, "named")]
