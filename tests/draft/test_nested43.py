"""A third party's statement reported inside a quotation (recall23v, nested43, mend43a;
made-up sentences), in one table: the quotation may belong to a direct, a mixed or an
according-to finding, the third party may be a noun, a pronoun or a name, an adverb in -ment
may stand by the verb, and the telling may follow a conjunction of cause (a fronted clause of
cause ends at the comma of the main clause). The statement is never the quoted speaker's:
a subject that resolves to them speaks in its own words, a pronoun with no one else to be
and a document give no finding."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "« Mon voisin m'a dit que l'eau montait très vite », raconte Paul Martin.",
            "l'eau montait très vite",
            "Mon voisin",
        ),
        (
            "« La direction nous dit qu'aucun poste ne sera supprimé », affirme Marie Roux.",
            "aucun poste ne sera supprimé",
            "La direction",
        ),
        (
            "« Du jour au lendemain, on nous a dit que la ligne fermerait », regrette un usager.",
            "la ligne fermerait",
            "on",
        ),
        (
            "« Les chauffeurs me disent : les bus ne sont plus sûrs », raconte Paul Martin.",
            "les bus ne sont plus sûrs",
            "Les chauffeurs",
        ),
        (
            "Bernard Dupont répond, « le syndic nous écrit que les travaux dureront un an ».",
            "les travaux dureront un an",
            "le syndic",
        ),
        (
            "Selon Marie Roux, « l'opposition a voté contre. Le maire a annoncé que sa majorité"
            " ne votait pas ».",
            "sa majorité ne votait pas",
            "Le maire",
        ),
        (
            "« J'hésite encore. Le notaire nous a précisé oralement que la vente tenait »,"
            " explique Paul Martin.",
            "la vente tenait",
            "Le notaire",
        ),
        (
            "« Il attend, puisque le garage lui a dit qu'il livrerait trois voitures »,"
            " explique Paul Martin.",
            "il livrerait trois voitures",
            "le garage",
        ),
        (
            "« Puisque le garage nous a dit qu'il livrerait trois voitures, il attend »,"
            " explique Paul Martin.",
            "il livrerait trois voitures",
            "le garage",
        ),
        (
            "« Puisque la mairie m'a dit que le poste était supprimé, je suis parti »,"
            " raconte Paul Martin.",
            "le poste était supprimé",
            "la mairie",
        ),
        (
            "« Parce que la mairie a dit que le poste était supprimé, je suis parti »,"
            " raconte Paul Martin.",
            "le poste était supprimé",
            "la mairie",
        ),
        (
            "« Cet hiver, Anne-Sophie Lenoir avait nettement promis qu'elle garderait l'école"
            " ouverte », explique Paul Martin.",
            "elle garderait l'école ouverte",
            "Anne-Sophie Lenoir",
        ),
        (
            "« Il part. Charles de Courson a dit que le poste était supprimé »,"
            " raconte Paul Martin.",
            "le poste était supprimé",
            "Charles de Courson",
        ),
        (
            "Selon Paul Martin, « le maire a clairement dit qu'il ne se représenterait pas ».",
            "il ne se représenterait pas",
            "le maire",
        ),
        (
            "Paul Martin raconte que « le directeur lui a dit que le poste était supprimé ».",
            "le poste était supprimé",
            "le directeur",
        ),
        (
            "Anne Dubois est venue. « Il part. Elle nous a dit que le poste était supprimé »,"
            " raconte Paul Martin.",
            "le poste était supprimé",
            "Anne Dubois",
        ),
    ],
)
def test_a_third_party_telling_inside_a_quotation_speaks_its_clause(
    text: str, content: str, speaker: str
) -> None:
    found = analyze(text, "fr").attributions
    inner = [a for a in found if text[a.content[0] : a.content[1]] == content]
    assert len(found) == 2 and inner and inner[0].speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "« On se dit que la saison sera longue », confie Marie Roux.",
        "« J'ai toujours dit que le projet était mauvais », assure Paul Martin.",
        "« On dit que le quartier change depuis des années », explique Paul Martin.",
        "« Il en a parlé aux collègues, leur a dit : cachez vos badges », raconte Paul Martin.",
        "« Je pense sincèrement que le projet était mauvais », assure Paul Martin.",
        "« Puisque on dit que le quartier change, il faut agir », explique Paul Martin.",
        "« Je reste, puisque le texte indique que le poste sera maintenu », raconte Paul Martin.",
    ],
)
def test_the_quoted_speakers_own_words_stay_one_finding(text: str) -> None:
    assert len(analyze(text, "fr").attributions) == 1
