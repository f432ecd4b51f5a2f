"""A third party's words told inside a quotation in quotation marks of their own, with no
« que » nor colon (recall27, made-up sentences): « Mon frère m'a dit 'rentre vite' » gives
the brother the words in the inner marks; the quoted speaker's own saying, an impersonal
« on dit », and words too short to be a statement stay as they were."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze
from tests.draft.readings import content_speaker_kind


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "« Mon frère m'a dit 'rentre vite, la rue est inondée' et je suis parti », raconte"
            " Paul Martin.",
            "rentre vite, la rue est inondée",
            "Mon frère",
        ),
        (
            "« Là, on m'a dit “sortez tout de suite de la salle” et j'ai couru », confie un"
            " usager.",
            "sortez tout de suite de la salle",
            "on",
        ),
        (
            "« Les voisins nous disaient « fermez bien les volets ce soir ». Personne n'y"
            " croyait », explique Marie Roux.",
            "fermez bien les volets ce soir",
            "Les voisins",
        ),
        (
            '« Le gardien nous a dit : "le parc ferme à midi aujourd\'hui" puis il est parti »,'
            " regrette Anne Petit.",
            "le parc ferme à midi aujourd'hui",
            "Le gardien",
        ),
    ],
)
def test_a_third_partys_words_in_their_own_marks_inside_a_quotation_are_theirs(
    text: str, content: str, speaker: str
) -> None:
    found = content_speaker_kind(text)
    inner = [(said, kind) for words, said, kind in found if words == content]
    assert len(found) == 2 and inner and inner[0][0] == speaker
    assert inner[0][1] == "direct"


@pytest.mark.parametrize(
    "text",
    [
        "« J'ai dit 'non merci' à tout le monde ce jour-là », assure Paul Martin.",
        "« On dit 'jamais deux sans trois' dans le quartier », sourit Marie Roux.",
        "« Il m'a dit 'non' et il est reparti aussitôt », raconte Paul Martin.",
    ],
)
def test_the_speakers_own_saying_or_a_word_or_two_is_no_third_party(text: str) -> None:
    assert len(analyze(text, "fr").attributions) == 1


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "« Et là, raconte Paul Martin, tout s'est arrêté. Mon chef nous a dit que le chantier"
            " fermait demain. »",
            "le chantier fermait demain",
            "Mon chef",
        ),
        (
            "« Au début, explique Marie Roux, personne ne bougeait. Ma voisine m'a dit 'appelez"
            " vite les pompiers' et j'ai couru. »",
            "appelez vite les pompiers",
            "Ma voisine",
        ),
    ],
)
def test_a_third_party_telling_after_an_inserted_cue_is_read_too(
    text: str, content: str, speaker: str
) -> None:
    found = content_speaker_kind(text)
    inner = [said for words, said, _ in found if words == content]
    assert len(found) == 2 and inner and inner[0] == speaker


def test_a_lone_quotation_goes_on_the_quoted_speaker_not_the_third_party() -> None:
    text = (
        "« Mon voisin m'a dit que l'eau montait très vite », raconte Paul Martin."
        " « On a tout perdu en une seule nuit. »"
    )
    lone = [said for words, said, _ in content_speaker_kind(text) if words.startswith("On a tout")]
    assert lone and lone[0] == "Paul Martin"


def test_a_lone_quotation_after_an_impersonal_on_goes_on_the_quoted_speaker() -> None:
    text = (
        "« Au guichet, on nous a dit que la ligne fermerait en juin », regrette Marie Roux."
        " « Personne ne nous a prévenus avant. »"
    )
    lone = [said for words, said, _ in content_speaker_kind(text) if words.startswith("Personne")]
    assert lone and lone[0] == "Marie Roux"


def test_a_told_pronoun_is_the_person_met_before_not_the_one_quoted() -> None:
    text = (
        "Jean Durand a annoncé l'abandon du projet de pont. Paul Martin déplore cette"
        " décision : « Il nous a dit que le pont serait construit avant l'hiver. »"
    )
    found = content_speaker_kind(text)
    told = [said for words, said, _ in found if words.startswith("le pont serait")]
    assert told and told[0] == "Jean Durand"


def test_a_told_pronoun_with_nobody_else_met_stays_the_quoted_speaker() -> None:
    text = "« Il m'a dit que tout irait bien », raconte Paul Martin."
    told = [said for words, said, _ in content_speaker_kind(text) if words == "tout irait bien"]
    assert told and told[0] == "Paul Martin"


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "Les prix ont fortement augmenté cette année, selon la syndicaliste, invitée sur"
            " une radio locale. La hausse devrait durer.",
            "Les prix ont fortement augmenté cette année",
            "la syndicaliste",
        ),
        (
            "La route restera fermée jusqu'à lundi, selon les gendarmes, chargés de l'enquête.",
            "La route restera fermée jusqu'à lundi",
            "les gendarmes",
        ),
    ],
)
def test_a_participle_closing_the_sentence_after_selon_describes_the_source(
    text: str, content: str, source: str
) -> None:
    found = content_speaker_kind(text)
    assert [words for words, _, _ in found] == [content]
    assert found[0][1] == source


def test_a_participle_before_a_comma_after_selon_still_opens_the_claim() -> None:
    text = "Selon la police, arrêté dans la nuit, l'homme a été placé en garde à vue."
    assert [words for words, _, _ in content_speaker_kind(text)] == [
        "arrêté dans la nuit, l'homme a été placé en garde à vue"
    ]
