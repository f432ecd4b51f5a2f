"""A long quotation of the body standing on its own (a paragraph of its own, opening its
paragraph, after a colon) that no lone-quotation rule gave (made-up texts): someone's words,
given as a guess to the person named nearest (cueless51, ``lone_quotes/left_long``). A short
one and one inside narration stay as they were (English is not read: its findings measured
identical over the corpus)."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_of

_SET_OUT = (
    "Titre\n\nDes parcelles comme celle-ci, Marc Henry, comme d'autres éleveurs du secteur, en a "
    "plusieurs. L'herbe destinée au fourrage est couchée, écrasée. Et il est peut-être déjà "
    "trop tard pour espérer récolter de nouveau avant l'hiver :\n\n{quote}\n"
)
_LONG = (
    "« S'il fait vraiment beau, on espère nettoyer nos terrains et pouvoir refaire une coupe "
    "dans huit semaines. »"
)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (_SET_OUT.format(quote=_LONG), "S'il fait vraiment beau", "Marc Henry"),
        (  # after a colon whose lead's subject is a thing, the person named further on too
            "Titre\n\nSur une parcelle de Marc Henry, éleveur de vaches laitières, il ne reste "
            "des plants de maïs que des pieds broyés de quelques centimètres de hauteur. Le "
            "reste a été haché par les grêlons qui ont recouvert ce champ : « J'ai pris une "
            "photo de mon maïs un quart d'heure avant, une demi-heure après, il n'y avait plus "
            "rien ».\n\nDu fourrage pour le bétail ?\n\nMarc Henry, comme d'autres éleveurs, a "
            "plusieurs parcelles touchées.\n",
            "J'ai pris une photo",
            "Marc Henry",
        ),
        (  # opening its paragraph, its speaker named after it, not as a subject
            "Titre\n\nLa maire Sophie Martin a annoncé la fermeture. « C'est très difficile à "
            "accepter », a-t-elle dit.\n\n« Deux décès de femmes et d'enfants chaque année » "
            "Paul Théveniau, président du comité des usagers de l'hôpital.\n",
            "Deux décès",
            "Paul Théveniau",
        ),
    ],
)
def test_a_long_standing_quotation_is_someones(text: str, content: str, speaker: str) -> None:
    assert speaker_of(text, content) == speaker


def test_a_short_standing_quotation_stays_unsaid() -> None:
    text = _SET_OUT.format(quote="« Il faut une météo parfaite. »")
    assert speaker_of(text, "Il faut une météo") == ""


def test_a_long_quotation_inside_narration_is_not_read() -> None:
    text = (
        "Titre\n\nLe procureur Jean Récappé a tenu une conférence de presse. « L'enquête sera "
        "longue », a-t-il dit.\n\nLa qualification retenue à l'encontre du gendarme, dont le "
        "parquet n'a souhaité révéler aucun élément d'identité, est « violences volontaires "
        "avec arme par dépositaire de l'autorité publique ayant entraîné la mort ».\n"
    )
    assert speaker_of(text, "violences volontaires") == ""
