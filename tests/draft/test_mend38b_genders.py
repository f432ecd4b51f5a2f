"""The gender a French person noun carries in its own form, for the nouns tidy38's one list
of endings read beyond what it meant to (mend38b, review38 item 15): nouns of either gender
stay unknown whatever their ending says (« un diplomate », « une diplomate »; « la
manager »), « confrère » is masculine though « -ère » ends feminine nouns, and the
endings still give the gender of the nouns they pair (« avocate », « conseillère »)."""

from __future__ import annotations

from quizapp.draft.names.naming.gender import noun_gender
from quizapp.draft.words.lexicon import load
from tests.draft.readings import finding_holding

FR = load("fr")


def test_nouns_of_either_gender_stay_unknown() -> None:
    words = ("diplomate", "démocrate", "bureaucrate", "pirate", "acrobate", "manager", "reporter")
    assert [noun_gender(w, FR) for w in words] == ["x"] * len(words)


def test_a_colleague_is_masculine() -> None:
    assert noun_gender("confrère", FR) == "m"


def test_paired_endings_still_give_the_gender() -> None:
    """A guard: the endings kept for the nouns they pair."""
    assert [noun_gender(w, FR) for w in ("avocate", "conseillère", "lycéenne")] == ["f"] * 3
    assert [noun_gender(w, FR) for w in ("candidat", "policier", "lycéen")] == ["m"] * 3


def test_a_woman_diplomat_is_taken_up() -> None:
    """A guard on a sentence: « la diplomate » opening the sentence after Anne Morel's."""
    text = (
        "Titre\n\nLa conférence est finie. Anne Morel a reçu les journalistes. La diplomate "
        "dénonce une « provocation »."
    )
    assert finding_holding(text, "provocation").speaker == "Anne Morel"
