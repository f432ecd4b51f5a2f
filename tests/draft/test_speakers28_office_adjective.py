"""A title written after a name with an adjective before its role word (made-up sentences):
« X, le nouveau préfet de la Somme, » gives X the office, as « le nouveau préfet de la Somme,
X » already did, so that a later « …, reconnaît le préfet » is X even after someone else
spoke. A former or a future holder (« l'ancien préfet », « le futur préfet ») keeps no title:
the later « le préfet » stays a speaker of its own, as before (speakers28)."""

from __future__ import annotations

from tests.draft.readings import speakers

_VISIT = " a visité lundi le port de pêche et rencontré des marins. "
_GROWER = "Anne Morel, mareyeuse, l'a accueilli. « Les cales sont vides », a-t-elle dit. "
_PREFECT = "« Les quotas seront revus avant l'été », reconnaît le préfet."


def test_a_new_holder_written_after_the_name_is_taken_up_by_the_office() -> None:
    text = "Paul Durand, le nouveau préfet de la Somme," + _VISIT + _GROWER + _PREFECT
    assert speakers(text)[-1] == "Paul Durand"
    quote = "« Nous ouvrirons en mars », assure la directrice."
    text = "Claire Vasseur, la nouvelle directrice du musée," + _VISIT + _GROWER + quote
    assert speakers(text)[-1] == "Claire Vasseur"
    text = "Paul Durand, l'actuel préfet," + _VISIT + _GROWER + _PREFECT
    assert speakers(text)[-1] == "Paul Durand"


def test_the_title_before_the_name_reads_the_same() -> None:
    text = "Le nouveau préfet de la Somme, Paul Durand," + _VISIT + _GROWER + _PREFECT
    assert speakers(text)[-1] == "Paul Durand"


def test_a_former_or_future_holder_is_not_the_office_now() -> None:
    for title in ("l'ancien préfet de la Somme", "le futur préfet de la Somme"):
        text = f"Paul Durand, {title}," + _VISIT + _GROWER + _PREFECT
        assert speakers(text)[-1] == "préfet de la Somme"
