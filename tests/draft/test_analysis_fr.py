"""The French analysis on short hand-made cases, one construction each."""

from __future__ import annotations

import pytest

from quizapp.draft import Analysis, Attribution, analyze


def only(analysis: Analysis) -> Attribution:
    assert len(analysis.attributions) == 1, [
        analysis.passage(a.content) for a in analysis.attributions
    ]
    return analysis.attributions[0]


def content(analysis: Analysis, found: Attribution) -> str:
    return analysis.passage(found.content)


def test_quote_then_inverted_cue_resolves_the_pronoun_to_the_last_subject() -> None:
    text = "Marie Durand préside le comité.\n«Nous ne céderons pas», a-t-elle déclaré mardi."
    analysis = analyze(text, "fr")
    found = only(analysis)
    assert content(analysis, found) == "Nous ne céderons pas"
    assert (found.kind, found.label, found.speaker) == ("direct", "named", "Marie Durand")
    assert analysis.passage(found.cue) == "a-t-elle déclaré"


def test_quote_cut_by_an_inserted_clause_is_one_attribution() -> None:
    text = "«Le projet est mort», a estimé Paul Martin, «et personne ne le regrettera.»"
    analysis = analyze(text, "fr")
    found = only(analysis)
    assert content(analysis, found).startswith("Le projet est mort")
    assert content(analysis, found).endswith("personne ne le regrettera.")
    assert found.speaker == "Paul Martin"


def test_quote_over_several_paragraphs() -> None:
    text = (
        "La maire, Anne Roux, a répondu aux habitants.\n"
        "«Le chantier commencera en mai. Nous avons tout prévu.\n"
        "«Les riverains seront prévenus une semaine avant», a-t-elle ajouté."
    )
    analysis = analyze(text, "fr")  # one attribution per paragraph, as annotators key them
    first, second = analysis.attributions
    assert content(analysis, first) == "Le chantier commencera en mai. Nous avons tout prévu."
    assert content(analysis, second) == "Les riverains seront prévenus une semaine avant"
    assert first.speaker == second.speaker == "Anne Roux"
    assert first.cue is None and second.cue is not None


def test_reported_speech_with_que_is_indirect() -> None:
    text = (
        "Le ministre de l'Intérieur, Gérald Darmanin, a affirmé que la sécurité serait renforcée."
    )
    analysis = analyze(text, "fr")
    found = only(analysis)
    assert content(analysis, found) == "la sécurité serait renforcée"
    assert (found.kind, found.label, found.speaker) == ("indirect", "named", "Gérald Darmanin")


def test_partial_quote_inside_a_paraphrase_is_mixed() -> None:
    text = "Jean Dupont estime que la réforme est «une erreur historique» pour le pays."
    found = only(analyze(text, "fr"))
    assert (found.kind, found.label) == ("mixed", "named")


@pytest.mark.parametrize("cue", ["Selon", "D'après", "À en croire"])
def test_according_to_before_the_content(cue: str) -> None:
    text = f"{cue} une source proche du dossier, le contrat sera signé lundi."
    analysis = analyze(text, "fr")
    found = only(analysis)
    assert content(analysis, found) == "le contrat sera signé lundi"
    assert (found.kind, found.label) == ("according_to", "anonymous")


def test_according_to_after_the_content() -> None:
    text = "Le contrat sera signé lundi, selon plusieurs élus locaux."
    analysis = analyze(text, "fr")
    found = only(analysis)
    assert content(analysis, found) == "Le contrat sera signé lundi"
    assert found.label == "vague"


def test_relay_through_an_outlet_keeps_the_anonymous_label() -> None:
    text = "Un conseiller du président a confié à Politico que la décision était prise."
    found = only(analyze(text, "fr"))
    assert (found.label, found.via) == ("anonymous", "Politico")


def test_cette_source_resolves_to_the_nearest_anonymous_source() -> None:
    text = (
        "Un diplomate européen a indiqué que les discussions avançaient. "
        "«Nous sommes proches d'un accord», a ajouté cette source."
    )
    analysis = analyze(text, "fr")
    first, second = analysis.attributions
    assert second.speaker == first.speaker == "Un diplomate européen"
    assert second.label == "anonymous"
    assert analysis.passage(second.source) == "cette source"


def test_ce_dernier_resolves_to_the_last_person_mentioned() -> None:
    text = (
        "Pierre Lenoir a rencontré Luc Ferrand jeudi. Ce dernier a assuré que rien n'était décidé."
    )
    found = only(analyze(text, "fr"))
    assert found.speaker == "Luc Ferrand"


def test_impersonal_on_and_vague_groups_are_vague() -> None:
    text = (
        "Au sein du parti, on se demande si le chef va rester. "
        "Certains élus estiment que la campagne est perdue."
    )
    analysis = analyze(text, "fr")
    assert [a.label for a in analysis.attributions] == ["vague", "vague"]


def test_anonymous_marker_beats_a_named_institution() -> None:
    text = "Un ministre, qui a requis l'anonymat, a déclaré que le texte serait retiré."
    found = only(analyze(text, "fr"))
    assert found.label == "anonymous"


def test_relative_pronoun_takes_its_antecedent() -> None:
    text = (
        "Le projet a irrité de nombreux conseillers, qui lui reprochaient de vouloir tout décider."
    )
    analysis = analyze(text, "fr")
    found = only(analysis)
    assert found.label == "vague"
    assert found.speaker == "de nombreux conseillers"


def test_clause_then_inverted_cue() -> None:
    text = "Un suspect a été identifié, a indiqué le parquet de Paris."
    analysis = analyze(text, "fr")
    found = only(analysis)
    assert content(analysis, found) == "Un suspect a été identifié"
    assert found.label == "named"


def test_spokesperson_of_a_named_organisation_is_named() -> None:
    text = "Un porte-parole de Renault a précisé que l'usine restait ouverte."
    assert only(analyze(text, "fr")).label == "named"


def test_unattributed_loaded_words_are_author_and_neutral_facts_are_fact() -> None:
    text = "Le sulfureux milliardaire a encore frappé.\nLa réunion a eu lieu mardi à Genève."
    analysis = analyze(text, "fr")
    labels = {analysis.passage(c.span): c.label for c in analysis.unattributed}
    assert labels["Le sulfureux milliardaire a encore frappé."] == "author"
    assert labels["La réunion a eu lieu mardi à Genève."] == "fact"


def test_headline_and_rhetorical_question_are_author() -> None:
    text = "Une amitié vouée à l'échec\nLe sommet s'est tenu jeudi. Qui paiera la facture?"
    analysis = analyze(text, "fr")
    labels = {analysis.passage(c.span): c.label for c in analysis.unattributed}
    assert labels["Une amitié vouée à l'échec"] == "author"
    assert labels["Qui paiera la facture?"] == "author"
    assert labels["Le sommet s'est tenu jeudi."] == "fact"


def test_scare_quotes_alone_are_no_attribution() -> None:
    analysis = analyze("Le projet, baptisé «Stargate», réunit trois entreprises.", "fr")
    assert analysis.attributions == ()


def test_speakers_list_every_mention() -> None:
    text = "Elon Musk a critiqué le projet. Musk a affirmé que l'argent manquait."
    analysis = analyze(text, "fr")
    (speaker,) = analysis.speakers
    assert speaker.speaker == "Elon Musk"
    assert [analysis.passage(m) for m in speaker.mentions] == ["Elon Musk", "Musk"]


def test_offsets_are_verbatim_and_json_has_the_documented_shape() -> None:
    text = "«C'est faux», a répondu Sam Altman."
    data = analyze(text, "fr").to_json()
    assert set(data) == {"language", "text_sha256", "attributions", "unattributed", "speakers"}
    (found,) = data["attributions"]
    assert text[found["content"][0] : found["content"][1]] == "C'est faux"
    assert set(found) == {
        "content", "cue", "source", "speaker", "speaker_mention", "kind", "label", "via",
        "confidence",
    }  # fmt: skip
    assert 0.0 < found["confidence"] <= 1.0


def test_on_a_appris_names_its_source_after_de() -> None:
    text = (
        "Trois personnes ont été placées en garde à vue, "
        "a-t-on appris dimanche d'une source policière."
    )
    analysis = analyze(text, "fr")
    found = only(analysis)
    assert content(analysis, found) == "Trois personnes ont été placées en garde à vue"
    assert (found.label, found.speaker) == ("anonymous", "une source policière")


def test_an_outlet_description_refers_to_the_outlet_named_before() -> None:
    text = (
        "D'après Le Parisien, le ministre va démissionner. "
        "Le départ aurait lieu lundi, selon le quotidien."
    )
    analysis = analyze(text, "fr")
    assert [a.label for a in analysis.attributions] == ["named", "named"]
    assert "Parisien" in analysis.attributions[1].speaker


def test_a_communique_speaks_for_its_author() -> None:
    text = "«Le calme est revenu», indique le communiqué du gouvernement."
    found = only(analyze(text, "fr"))
    assert found.label == "named"


def test_a_headline_that_says_who_said_it_is_an_attribution() -> None:
    text = "La ville doit fermer ses piscines, dit l'opposition\n\nLe conseil se réunit lundi."
    analysis = analyze(text, "fr", headline="La ville doit fermer ses piscines, dit l'opposition")
    found = only(analysis)
    assert content(analysis, found) == "La ville doit fermer ses piscines"


def test_a_headlines_bare_accusation_stays_the_outlets_framing() -> None:
    headline = "Le maire accuse la région de négligence"
    analysis = analyze(headline + "\n\nLe conseil se réunit lundi.", "fr", headline=headline)
    assert analysis.attributions == ()
    assert analysis.unattributed[0].label == "author"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("«Je resterai», a déclaré le maire, Jean Morel, mardi.", "Je resterai"),
        ("« Non », a répondu mardi le maire, Jean Morel.", "Non"),
    ],
)
def test_a_short_quotation_before_an_inverted_cue_is_what_was_said(text: str, said: str) -> None:
    analysis = analyze(text, "fr")
    found = only(analysis)
    assert (content(analysis, found), found.kind, found.speaker) == (said, "direct", "Jean Morel")


@pytest.mark.parametrize(
    "text",
    [
        "Paul Durand, adjoint du maire, a indiqué mardi que le budget était dépassé.",
        "Paul Durand, membre du conseil, a quant à lui indiqué que le budget était dépassé.",
        "Paul Durand, maire de Brive, commune de la Corrèze, a indiqué que le budget a dérapé.",
    ],
)
def test_a_name_before_an_apposition_without_article_is_the_speaker(text: str) -> None:
    analysis = analyze(text, "fr")
    found = only(analysis)
    assert (found.speaker, found.label) == ("Paul Durand", "named")


def test_a_relay_participle_between_commas_is_not_the_speaker() -> None:
    text = "Son porte-parole, Paul Durand, joint par l'AFP, a rapporté qu'il entendait des tirs."
    analysis = analyze(text, "fr")
    found = only(analysis)
    assert (found.speaker, found.via) == ("Paul Durand", "AFP")


def test_a_relative_dont_clause_after_the_subject_is_stepped_over() -> None:
    text = "Paul Durand, dont le film est en compétition, a lancé qu'il refusait toute vente."
    analysis = analyze(text, "fr")
    assert (only(analysis).speaker, only(analysis).label) == ("Paul Durand", "named")


@pytest.mark.parametrize("cue", ["rage", "soupire", "grince", "râle", "s'étrangle"])
def test_a_verb_of_mood_after_a_quotation_is_its_cue(cue: str) -> None:
    analysis = analyze(
        f"« On a dû rentrer plus tôt à cause de la grève », {cue} un voyageur.", "fr"
    )
    found = only(analysis)
    assert (found.kind, found.speaker, found.label) == ("direct", "un voyageur", "anonymous")


def test_a_verb_of_mood_without_a_quotation_reports_nothing() -> None:
    assert (
        analyze("Les habitants râlent contre les travaux depuis des mois.", "fr").attributions == ()
    )


def test_selon_inside_a_relative_clause_reports_the_clause() -> None:
    text = "Des hommes sont entrés dans le camp, qui, selon Paul Durand, servait de base à l'armée."
    found = only(analyze(text, "fr"))
    assert (found.kind, found.speaker) == ("according_to", "Paul Durand")


def test_assurer_with_a_plain_object_means_to_ensure_not_to_say() -> None:
    assert (
        analyze("La police assure la sécurité du quartier depuis lundi.", "fr").attributions == ()
    )
    found = only(analyze("Le maire assure que la sécurité du quartier est garantie.", "fr"))
    assert found.speaker == "Le maire"


@pytest.mark.parametrize(
    ("headline", "speaker"),
    [("Morel : « Je ne partirai pas »", "Jean Morel"), ("Grève : « On ne lâchera pas »", None)],
)
def test_a_headline_name_colon_quote_is_an_attribution_when_the_body_names_the_speaker(
    headline: str, speaker: str | None
) -> None:
    text = headline + "\n\nLe maire, Jean Morel, a parlé lundi. La grève continue ce mardi."
    found = analyze(text, "fr", headline=headline).attributions
    assert [a.speaker for a in found if a.content[0] < len(headline)] == (
        [speaker] if speaker else []
    )


def test_a_first_name_alone_names_a_person_a_pronoun_can_find() -> None:
    text = "Deux voisins témoignent. Thierry habite à côté. « J'ai entendu un boum », raconte-t-il."
    found = only(analyze(text, "fr"))
    assert (found.speaker, found.label) == ("Thierry", "named")


def test_a_first_name_gives_the_gender_a_later_pronoun_looks_for() -> None:
    text = "Paul Martin et Julie Roux sont voisins. « Je suis inquiète pour l'école », dit-elle."
    assert only(analyze(text, "fr")).speaker == "Julie Roux"


def test_il_takes_the_subject_before_a_man_named_in_a_complement() -> None:
    text = (
        "Le procureur, Karim Benali, a démenti le communiqué sur la voiture de l'ex-ministre "
        "Paul Martin.\n\n« Ces informations sont dénuées de tout fondement », a-t-il dit."
    )
    found = analyze(text, "fr").attributions
    assert [a.speaker for a in found] == ["Karim Benali", "Karim Benali"]
    assert text[found[0].content[0] :].startswith("le communiqué")


def test_a_full_name_after_an_opening_phrase_keeps_its_title_and_appositions() -> None:
    text = (
        "Dans un courrier adressé au ministre, Claude Compain le maire de Peyrilhac, commune "
        "de 1200 habitants, écrit : « Je tiens à vous informer que l'école fermera »."
    )
    found = only(analyze(text, "fr"))
    assert (found.speaker, found.label) == ("Claude Compain", "named")


def test_an_office_met_before_its_holders_name_is_that_person() -> None:
    text = (
        "Six personnes sont mortes, selon le gouverneur de la province. « Il y avait quatre "
        "attaquants », a expliqué le gouverneur.\n\nLe gouverneur provincial Gulab Mangar a "
        "ensuite affirmé que le groupe était responsable."
    )
    assert {a.speaker for a in analyze(text, "fr").attributions} == {"Gulab Mangar"}


def test_an_office_two_people_hold_stays_a_description() -> None:
    text = (
        "Selon le gouverneur, la route est coupée. Le gouverneur Paul Roux et le gouverneur "
        "Karim Benali se sont rencontrés."
    )
    assert [a.speaker for a in analyze(text, "fr").attributions] == ["le gouverneur"]
