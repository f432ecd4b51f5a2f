"""A headline that opens on a quotation, then a colon and what the article is about
(« "Tout a brûlé en une nuit" : la colère des habitants… »), whose words a quotation of the
body says again: the headline quotes the body's speaker (names33, made-up sentences). The
colon's noun phrase, a feeling or a movement, was taken for who speaks."""

from __future__ import annotations

from tests.draft.readings import speaker_of

_BODY = (
    "\n\nLe feu a pris vers minuit dans un entrepôt du quartier. Paul Martin tenait une "
    "boutique juste à côté. « Tout a brûlé en une nuit, il ne reste rien », raconte-t-il.\n"
)


def test_a_headline_quotation_said_again_is_the_body_speaker() -> None:
    text = "« Tout a brûlé en une nuit » : la colère des habitants après l'incendie" + _BODY
    assert speaker_of(text, "Tout a brûlé en une nuit") == "Paul Martin"


def test_a_movement_after_the_colon_is_no_speaker() -> None:
    text = "« Tout a brûlé en une nuit » : la fronde des commerçants après l'incendie" + _BODY
    assert speaker_of(text, "Tout a brûlé en une nuit") == "Paul Martin"


def test_a_person_named_after_the_colon_keeps_the_headline_words() -> None:
    """Counter-case (mend33d, review33 item 7): the headline names who speaks after the
    colon; an opponent quoting her words back in the body does not take them."""
    text = (
        "« Je ne démissionnerai pas » : Anne Morel répond à l'opposition\n\nLe conseil "
        "municipal s'est réuni lundi soir. « Je ne démissionnerai pas, disait-elle déjà en "
        "2020 », ironise l'opposant Marc Petit.\n"
    )
    assert speaker_of(text, "Je ne démissionnerai pas") == "Anne Morel"
