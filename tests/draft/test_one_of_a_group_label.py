"""One person taken out of a group is a described individual, so anonymous, whether the
phrase opens with « l'un » or without the article (« un de ses collègues », « une des
habitantes »: read vague before, by their plural head); with a name in the phrase (« un des
avocats de X ») the keys split, and the phrase keeps its label (made-up people; labels27)."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_label


@pytest.mark.parametrize(
    "text",
    [
        "« Il faut partir », a expliqué un de ses collègues.",
        "« Il faut partir », a expliqué une des habitantes.",
        "Une de ses voisines affirme que le chien aboyait toute la nuit.",
        "« Nous avons eu peur », raconte un des randonneurs.",
        "Un des prévenus a assuré qu'il n'était pas sur place.",
    ],
)
def test_one_of_a_group_without_its_article_is_anonymous(text: str) -> None:
    assert [label for _, label in speaker_label(text)] == ["anonymous"]


def test_the_forms_the_rule_already_read_stay_as_they_were() -> None:
    text = "« Il faut partir », a expliqué l'un des habitants."
    assert speaker_label(text) == [("l'un des habitants", "anonymous")]
    text = "« Il faut partir », ont expliqué des habitants."
    assert speaker_label(text) == [("des habitants", "vague")]
    text = "Un des avocats de Jean Vidal a affirmé qu'il ferait appel."
    assert [label for _, label in speaker_label(text)] == ["named"]
