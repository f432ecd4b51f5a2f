"""recall12: French constructions the heldout articles (the eleventh round's unseen batches
among them) missed, each written out in made-up sentences over tenses, subject kinds and word
orders, with the counter-cases that must stay silent: a quotation then its inverted cue whose
subject a conjunction and its « que » follow (« « … », a ajouté un collègue alors que… »), a
short quotation ending on its own mark, then a comma and its cue (« « Jamais ! », a lancé X »),
a date between a verb and « que » (« a déclaré le lundi 8 avril que »), « selon X » then a
quotation with no comma, a view shared by someone with « être » (« Ce constat est partagé par
X »), a “ typed to close a quotation, and a headline whose verb has a clause of its own
(« X estime que… », « X dément avoir… »)."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze
from tests.draft.readings import content_speaker_label, said


def headline_findings(text: str) -> list[tuple[str, str]]:
    """(content, speaker) of each finding inside the headline, the text's first line."""
    headline = text.partition("\n")[0]
    analysis = analyze(text, "fr", headline=headline)
    inside = [a for a in analysis.attributions if a.content[1] <= len(headline)]
    return [(analysis.passage(a.content), a.speaker) for a in inside]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "« C'est répugnant », a ajouté Paul Roux alors que le directeur rentrait.",
            [("C'est répugnant", "Paul Roux", "named")],
        ),
        (
            "« Nous ne céderons pas », a déclaré le maire tandis que la foule sifflait.",
            [("Nous ne céderons pas", "le maire", "named")],
        ),
        (
            "« Nous resterons ouverts », affirmait la directrice bien qu'elle soit inquiète.",
            [("Nous resterons ouverts", "la directrice", "named")],
        ),
        (
            "« Le dossier avance », assure un conseiller alors que les négociations piétinent.",
            [("Le dossier avance", "un conseiller", "anonymous")],
        ),
        (
            "« Il faut partir », ont lancé des habitants avant que les pompiers n'arrivent.",
            [("Il faut partir", "des habitants", "vague")],
        ),
    ],
)
def test_a_conjunction_after_the_inverted_subject_is_no_clause_of_the_cue(
    text: str, expected: list
) -> None:
    assert content_speaker_label(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le maire a déclaré alors que la séance était levée.",  # no quotation, nothing said
        "Le ministre est parti alors que les députés votaient.",  # no reporting verb
    ],
)
def test_a_conjunction_after_a_cue_alone_reports_nothing(text: str) -> None:
    assert content_speaker_label(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "« C'est répugnant! », a ajouté un collègue alors que le directeur rentrait.",
            [("C'est répugnant!", "un collègue", "anonymous")],
        ),
        (
            "« Pourquoi pas ? », a demandé le maire devant les élus réunis hier en conseil.",
            [("Pourquoi pas ?", "le maire", "named")],
        ),
        (
            "« Jamais ! », a lancé la ministre aux députés qui l'interpellaient sur la réforme.",
            [("Jamais !", "la ministre", "named")],
        ),
        (
            "« Jamais ! » lance Marie Dupont aux députés qui l'interpellent sur la réforme.",
            [("Jamais !", "Marie Dupont", "named")],
        ),
    ],
)
def test_a_short_quotation_on_its_own_mark_then_a_comma_and_its_cue(
    text: str, expected: list
) -> None:
    assert content_speaker_label(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "« Jamais ! », le slogan a été repris par toute la foule devant la préfecture.",
        "« Jamais ! », en lettres rouges sur la banderole tendue devant la préfecture.",
    ],
)
def test_a_short_exclamation_with_no_cue_after_it_is_no_statement(text: str) -> None:
    assert content_speaker_label(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Paul Martin a déclaré le lundi 8 avril que la France ne négocierait pas.",
            [("la France ne négocierait pas", "Paul Martin", "named")],
        ),
        (
            "La ministre avait annoncé le 13 janvier dernier que la réforme serait retirée.",
            [("la réforme serait retirée", "La ministre", "named")],
        ),
        (
            "Le syndicat affirme ce mardi que la grève sera reconduite.",
            [("la grève sera reconduite", "Le syndicat", "named")],
        ),
        (
            "Un porte-parole a précisé le 3 juin qu'aucune décision n'était prise.",
            [("aucune décision n'était prise", "Un porte-parole", "named")],  # anaphora21
        ),
    ],
)
def test_a_date_between_the_cue_and_que_is_no_object(text: str, expected: list) -> None:
    assert content_speaker_label(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le maire a remercié les bénévoles que la ville a recrutés le 8 avril.",
        "Ils ont déclaré le 8 mai jour férié.",
    ],
)
def test_an_object_before_que_or_a_date_without_que_reports_nothing(text: str) -> None:
    assert content_speaker_label(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "D'après Alain Delgutte « Les changements de réglementation sont très rares. »",
            [("Les changements de réglementation sont très rares.", "Alain Delgutte", "named")],
        ),
        (
            "Selon elle « la situation est devenue intenable depuis des mois ».",
            [("la situation est devenue intenable depuis des mois", "elle", "named")],
        ),
        (
            "D'après le maire de la commune « rien ne justifie une telle fermeture ».",
            [("rien ne justifie une telle fermeture", "le maire de la commune", "anonymous")],
        ),
        (
            "Selon une source du dossier « tout était prévu depuis longtemps ».",
            [("tout était prévu depuis longtemps", "une source du dossier", "anonymous")],
        ),
    ],
)
def test_according_to_a_source_then_its_quotation_with_no_comma(text: str, expected: list) -> None:
    assert content_speaker_label(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Selon lui le ministre est parti « sans dire un mot à personne ».",  # a clause, no source
        "Selon la « Gazette » le projet est abandonné depuis l'été dernier.",  # no quotation after
    ],
)
def test_according_to_before_a_clause_is_no_source_quoted(text: str) -> None:
    """The quotation closing a clause is not the source's own quoted words: no finding gives
    it alone. « Selon lui » is the pronoun's claim, the clause with its quotation (speakers21:
    a pronoun after « selon » is the source by itself)."""
    found = content_speaker_label(text)
    assert [s for _c, s, _l in found] in ([], ["la « Gazette »"], ["lui"])
    assert not [c for c, _s, _l in found if c.startswith("«")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le sentiment d'insuffisance est partagé par la CGT.",
            [("Le sentiment d'insuffisance", "CGT", "named")],
        ),
        (
            "Ce constat est largement partagé par les élus locaux.",
            [("Ce constat", "les élus locaux", "vague")],
        ),
        (
            "Cette analyse a été partagée par plusieurs économistes.",
            [("Cette analyse", "plusieurs économistes", "vague")],
        ),
        (
            "Leurs inquiétudes étaient partagées par un conseiller du ministre.",
            [("Leurs inquiétudes", "un conseiller du ministre", "anonymous")],
        ),
    ],
)
def test_a_view_shared_by_someone_with_etre(text: str, expected: list) -> None:
    assert content_speaker_label(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "La photo a été partagée par des milliers d'internautes.",
        "Le gâteau est partagé par les enfants de la classe.",
        "Les frais sont partagés par les deux communes.",
    ],
)
def test_a_thing_shared_by_someone_is_no_view(text: str) -> None:
    assert content_speaker_label(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le débat porte sur un “virage à droite“. La ministre avait déclaré que “la"
            " rédaction compte beaucoup de gauchos“.",
            [("la rédaction compte beaucoup de gauchos", "La ministre", "named")],
        ),
        (
            "“Nous estimons que vous n’êtes plus en capacité d’exercer“, a déclaré la députée"
            " Margaux Dupré. “Allez-vous partir ?“, s’est interrogé Fabien Roux.",
            [
                (
                    "Nous estimons que vous n’êtes plus en capacité d’exercer",
                    "Margaux Dupré",
                    "named",
                ),
                ("Allez-vous partir ?", "Fabien Roux", "named"),
            ],
        ),
    ],
)
def test_a_closing_mark_typed_as_an_opening_one_closes_the_quotation(
    text: str, expected: list
) -> None:
    assert content_speaker_label(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Québec solidaire estime que Legault fait la promotion du PCC\n\nLe parti l'a dit.",
            [("Legault fait la promotion du PCC", "Québec solidaire")],
        ),
        (
            "Violences : le préfet de Koubia dément avoir quitté sa juridiction\n\nIl parle.",
            [("avoir quitté sa juridiction", "le préfet de Koubia")],
        ),
        (
            "Le syndicat affirme qu'aucun accord n'a été trouvé\n\nLa grève continue.",
            [("aucun accord n'a été trouvé", "Le syndicat")],
        ),
    ],
)
def test_a_headline_verb_with_its_own_clause_reports(text: str, expected: list) -> None:
    assert headline_findings(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # « dénoncent » reports since recall53a (framing_stance_verbs, keyed 5 of 6 in headlines)
        "Les syndicats contestent la fermeture de l'usine\n\nLe ministre a présenté le plan.",
        "Le maire accuse l'opposition de mensonge\n\nLe conseil s'est réuni hier.",
    ],
)
def test_a_headline_verb_with_a_bare_object_frames_the_event(text: str) -> None:
    assert headline_findings(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L'actrice a défendu la sélection.", [("la sélection", "L'actrice", "named")]),
        ("Le maire a salué la décision.", [("la décision", "Le maire", "named")]),
        ("La ministre défend cette réforme.", [("cette réforme", "La ministre", "named")]),
        (
            "Plusieurs élus avaient salué cette initiative.",
            [("cette initiative", "Plusieurs élus", "vague")],
        ),
    ],
)
def test_a_stance_on_a_known_listed_noun_of_two_words(text: str, expected: list) -> None:
    assert content_speaker_label(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le club a défendu son titre.",
        "Le maire a salué les pompiers.",
        "La gardienne défendait sa cage.",
        "Jean Dupont a défendu son projet.",  # the subject's own: no stance on another's
        "Paul Roux a exclu une fusion.",  # an indefinite object: a new thing, no stance
    ],
)
def test_a_short_object_no_stance_lists_reports_nothing(text: str) -> None:
    assert content_speaker_label(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gérard Cosme avait annoncé lors d'un conseil de territoire vouloir retirer le film.",
            [("vouloir retirer le film", "Gérard Cosme", "named")],
        ),
        (
            "La ministre a assuré devant les députés n'avoir rien su de l'affaire.",
            [("n'avoir rien su de l'affaire", "La ministre", "named")],
        ),
        (
            "Un élu affirme en marge du sommet avoir été menacé.",
            [("avoir été menacé", "Un élu", "anonymous")],
        ),
        (
            "Les syndicats ont dit lors de la réunion vouloir poursuivre la grève.",
            [("vouloir poursuivre la grève", "Les syndicats", "vague")],
        ),
    ],
)
def test_a_setting_with_no_comma_before_what_is_said(text: str, expected: list) -> None:
    assert content_speaker_label(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le maire a parlé lors du conseil pendant deux heures.",
        "Le maire a lancé lors du conseil une pétition.",
    ],
)
def test_a_setting_before_no_statement_reports_nothing(text: str) -> None:
    assert content_speaker_label(text) == []


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "La mairie a agi après la remise d'un rapport d'expert selon lequel la copropriété"
            " « menace de s'effondrer ».",
            "la copropriété « menace de s'effondrer »",
            "un rapport d'expert",
        ),
        (
            "Il juge que l'explication du PGMO selon laquelle le contact annule le penalty"
            " n'était pas correcte.",
            "le contact annule le penalty n'était pas correcte",
            "l'explication du PGMO",
        ),
        (
            "Le ministère conteste la version de la police selon laquelle le suspect aurait"
            " tiré le premier.",
            "le suspect aurait tiré le premier",
            "la version de la police",
        ),
    ],
)
def test_a_document_of_someone_then_selon_lequel(text: str, content: str, source: str) -> None:
    assert (content, source) in said(text, "fr")


@pytest.mark.parametrize(
    "text",
    [
        "Le ministère ne confirme pas la rumeur selon laquelle le président serait malade.",
        "Une étude selon laquelle les ondes seraient bénéfiques a été publiée mardi.",
        "Les critères selon lesquels les dossiers sont choisis restent flous.",
    ],
)
def test_selon_lequel_after_a_rumour_or_an_unowned_noun_names_no_source(text: str) -> None:
    assert content_speaker_label(text) == []
