"""French cues recallX added: a negated verb of refusal that grants its clause (« n'a pas
exclu que »), « même » between verb and « que », the reflexive « se satisfaire »."""

from __future__ import annotations

import pytest

from tests.draft.readings import said, speakers


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Le président du syndicat, Jean Dupont, n'a pas exclu que la grève se poursuive.",
            "la grève se poursuive",
            "Jean Dupont",
        ),
        (
            "Le ministre n'exclut pas que la réforme soit retardée.",
            "la réforme soit retardée",
            "Le ministre",
        ),
        (
            "Marie Durand n'excluait pas qu'il y ait des retards.",
            "il y ait des retards",
            "Marie Durand",
        ),
        ("Le maire ne nie pas que le projet coûte cher.", "le projet coûte cher", "Le maire"),
    ],
)
def test_negated_refusal_grants_the_clause(text: str, content: str, speaker: str) -> None:
    assert [c for c, _ in said(text, "fr")] == [content]
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre n'a pas dit que la réforme serait retardée.",
        "Le ministre n'affirme pas que la réforme sera retardée.",
        "Le ministre n'exclut pas une hausse des impôts.",
        "Le ministre n'a pas exclu la hausse des impôts, que le gouvernement prépare.",
    ],
)
def test_other_negations_still_cancel_the_cue(text: str) -> None:
    assert said(text, "fr") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Le journal ajoute même que la vente serait retardée.", "la vente serait retardée"),
        ("Les élus ont dit même que rien n'était joué.", "rien n'était joué"),
        (
            "La préfète précisait même qu'aucun arrêté ne serait pris.",
            "aucun arrêté ne serait pris",
        ),
    ],
)
def test_meme_between_verb_and_que(text: str, content: str) -> None:
    assert [c for c, _ in said(text, "fr")] == [content]


def test_de_meme_que_stays_a_conjunction() -> None:
    assert said("Il chante de même que son frère.", "fr") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Paul Martin préside le club.\n« Nous avons gagné », s'est-il satisfait.", "Paul Martin"),
        ("« Le texte est passé », se satisfait la ministre Anne Roux.", "Anne Roux"),
        ("La ministre Anne Roux s'est satisfaite que le texte soit adopté.", "Anne Roux"),
    ],
)
def test_reflexive_satisfaire(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Noé Petit de rappeler que des incendies ont déjà eu lieu.",
            "des incendies ont déjà eu lieu",
            "Noé Petit",
        ),
        (
            "Marie-Claire Dupont de conclure : « Nous ne lâcherons rien. »",
            "Nous ne lâcherons rien.",
            "Marie-Claire Dupont",
        ),
        ("La CGT de dénoncer aussitôt que la direction a menti.", "la direction a menti", "CGT"),
    ],
)
def test_narrative_infinitive_after_a_name(text: str, content: str, speaker: str) -> None:
    assert [c for c, _ in said(text, "fr")] == [content]
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Le droit de rappeler que la loi existe est garanti.",
        "Il est temps de dire que la réforme est morte.",
        "Les habitants ont le devoir de signaler que la rue est bloquée.",
    ],
)
def test_no_narrative_infinitive_without_a_name(text: str) -> None:
    assert said(text, "fr") == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Laurent Koffi exploite six hectares de cacao près d'Agboville : "
            "« Le prix nous a abasourdis. »",
            "Le prix nous a abasourdis.",
            "Laurent Koffi",
        ),
        (
            "Sophie Martin garde un souvenir précis de cette nuit : "
            "« Tout brûlait autour de nous. »",
            "Tout brûlait autour de nous.",
            "Sophie Martin",
        ),
        (
            "Marie Dupont a vu son fils harcelé pendant des mois : « Personne ne nous a aidés. »",
            "Personne ne nous a aidés.",
            "Marie Dupont",
        ),
        (
            "Jean-Pierre Roux cultivait du maïs depuis trente ans : "
            "« Cette année, nous avons tout perdu. »",
            "Cette année, nous avons tout perdu.",
            "Jean-Pierre Roux",
        ),
    ],
)
def test_narration_by_a_name_then_colon_quotation(text: str, content: str, speaker: str) -> None:
    assert [c for c, _ in said(text, "fr")] == [content]
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Paris accueille les Jeux olympiques : « Un événement historique pour la ville. »",
        "Laurent Koffi adore depuis toujours un roman : « Le Petit Prince ».",
        "Le Grand Palais ouvre une exposition : « Les couleurs de la mer et du ciel ».",
    ],
)
def test_no_name_or_a_title_after_the_colon(text: str) -> None:
    assert said(text, "fr") == []


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "« Ce n'est pas une défaite », a déclaré celle que tout le monde appelle la patronne.",
            "Ce n'est pas une défaite",
            "celle que tout le monde appelle la patronne",
        ),
        (
            "« Il faut agir vite », a lancé lundi sur France Inter celle que la presse décrit "
            "comme la favorite.",
            "Il faut agir vite",
            "celle que la presse décrit comme la favorite",
        ),
        (
            "« Nous reviendrons », a commenté à l'AFP celui que le journal a surnommé le « Lion ».",
            "Nous reviendrons",
            "celui que le journal a surnommé le",
        ),
        (
            "« Rien n'est joué », estiment ceux que les habitants appellent les irréductibles.",
            "Rien n'est joué",
            "ceux que les habitants appellent les irréductibles",
        ),
    ],
)
def test_inverted_subject_with_an_object_relative(text: str, content: str, source: str) -> None:
    found = said(text, "fr")
    assert [c for c, _ in found] == [content]
    assert found[0][1].startswith(source)


def test_a_verb_after_the_relative_is_the_main_one() -> None:
    text = "Celle que tout le monde appelle la patronne a déclaré que la grève continuerait."
    assert [c for c, _ in said(text, "fr")] == ["la grève continuerait"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Air France avait déploré la grève, le PDG de la compagnie, Frédéric Gagey, "
            "regrettant que les propositions n'aient pas été étudiées.",
            "Frédéric Gagey",
        ),
        (
            "La mairie a fermé le parc, Paul Martin expliquant que les arbres étaient dangereux.",
            "Paul Martin",
        ),
        (
            "Le syndicat a reconduit la grève, sa secrétaire générale, Anne Roux, estimant que "
            "la direction ne cédait rien.",
            "Anne Roux",
        ),
    ],
)
def test_absolute_participle_after_a_name(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Le maire a fermé le parc, affirmant que les arbres étaient dangereux.", "Le maire"),
        ("Le maire a reçu le préfet, Paul Martin, affirmant que la crise était grave.", "Le maire"),
        ("Paul Martin, affirmant que la crise était grave, a démissionné.", "Paul Martin"),
    ],
)
def test_participle_keeps_the_sentence_subject(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]
