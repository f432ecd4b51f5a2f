"""Kinds of French attribution the drafter missed on articles it had never seen (recall8),
one made-up case each with a counter-case: a quotation opened by a colon after the
sentence's attribution, left outside it; a multi-word adverbial between auxiliary and
participle; a hyphenated name before « l'assure »; « renseigner » in the shapes of speech; a
present participle right after a noun phrase (« des articles faisant état de »); « pour » and
a person noun in the plural (« pour ses auteurs »); a paragraph closing a quotation it never
opened; a final cue reporting a narration that holds closed quoted fragments; a final cue
whose subject's relative clause says more (« …, a indiqué X, qui a précisé que… »)."""

from __future__ import annotations

from tests.draft.readings import content_speaker_kind as found


# ----- a quotation after a colon, outside the attribution found before the colon -----
def test_a_quotation_after_an_inverted_cue_and_a_colon_is_the_same_speakers() -> None:
    text = (
        "La récolte sera maigre, estime Paul Martin, viticulteur à Nîmes : "
        "« Les vignes ont souffert de la chaleur tout l'été. »"
    )
    assert found(text) == [
        ("La récolte sera maigre", "Paul Martin", "indirect"),
        ("Les vignes ont souffert de la chaleur tout l'été.", "Paul Martin", "direct"),
    ]


def test_a_quotation_after_selon_and_a_colon_is_the_sources() -> None:
    text = (
        "Le barrage n'est pas menacé selon la préfète de l'Aude : "
        "« Les ouvrages sont surveillés jour et nuit par nos équipes. »"
    )
    assert found(text)[1] == (
        "Les ouvrages sont surveillés jour et nuit par nos équipes.",
        "la préfète de l'Aude",
        "direct",
    )


def test_a_quotation_after_aux_yeux_de_and_a_relative_clause() -> None:
    text = (
        "Une réponse trop courte aux yeux de Samir, qui veut saisir la justice : "
        "« On ne m'a rien expliqué sur la fermeture de l'école. »"
    )
    assert found(text)[1] == (
        "On ne m'a rien expliqué sur la fermeture de l'école.",
        "Samir",
        "direct",
    )


def test_a_quotation_after_a_colon_with_no_attribution_before_it_stays_unattributed() -> None:
    text = "Le stade affichait une banderole : « Tous ensemble pour la victoire finale »."
    assert found(text) == []


def test_a_short_quoted_word_after_the_colon_is_not_a_second_statement() -> None:
    text = "La récolte sera maigre, estime Paul Martin : « Dur »."
    assert found(text) == [("La récolte sera maigre", "Paul Martin", "indirect")]


# ----- a multi-word adverbial between the auxiliary and the participle -----
def test_a_frequency_adverbial_between_auxiliary_and_participle() -> None:
    for adverbial in ("plusieurs fois", "à plusieurs reprises", "une nouvelle fois"):
        text = f"Le gouvernement a {adverbial} affirmé que la taxe serait supprimée."
        assert found(text) == [("la taxe serait supprimée", "Le gouvernement", "indirect")]


def test_a_frequency_adverbial_before_a_participle_that_reports_nothing() -> None:
    assert found("Le club a plusieurs fois gagné le tournoi régional.") == []


# ----- a hyphenated name before an object pronoun and its verb -----
def test_a_hyphenated_name_before_l_assure_and_a_colon() -> None:
    text = "Jean-Marc Dupont l'assure : la route rouvrira lundi."
    assert found(text) == [("la route rouvrira lundi", "Jean-Marc Dupont", "indirect")]


def test_a_hyphenated_name_before_a_verb_with_its_own_object_is_no_cue() -> None:
    assert found("Jean-Marc Dupont l'assure tous les jours de son soutien.") == []


# ----- « renseigner » reports in the shapes of speech only -----
def test_renseigner_after_the_clause_it_reports() -> None:
    text = "La visite aura lieu le 29 novembre, renseigne la préfecture."
    assert found(text) == [("La visite aura lieu le 29 novembre", "la préfecture", "indirect")]


def test_renseigner_with_a_plain_object_reports_nothing() -> None:
    assert found("Un agent renseigne les voyageurs sur les horaires des trains.") == []


# ----- a present participle right after a noun phrase says what that noun phrase says -----
def test_a_participle_after_a_noun_phrase_gives_it_the_words() -> None:
    text = (
        "La mairie a répondu mardi, après des articles de presse faisant état d'un accord "
        "secret avec le promoteur."
    )
    assert found(text) == [
        ("d'un accord secret avec le promoteur", "des articles de presse", "indirect")
    ]


def test_a_participle_after_a_document_nested_in_what_another_denies() -> None:
    text = (
        "Le procureur a démenti le communiqué publié mardi par la mairie évoquant "
        "la disparition des registres."
    )
    assert found(text)[1] == ("la disparition des registres", "la mairie", "indirect")


def test_a_participle_after_a_comma_or_a_gerund_keeps_the_sentences_subject() -> None:
    for text in (
        "Le maire a reçu les habitants, affirmant que la route rouvrira lundi.",
        "Le maire a ouvert la séance en affirmant que la route rouvrira lundi.",
    ):
        assert found(text) == [("la route rouvrira lundi", "Le maire", "indirect")]


# ----- « pour » and a person noun in the plural -----
def test_pour_and_a_plural_person_noun_opens_a_view() -> None:
    text = "Le rapport est sévère. Pour ses auteurs, il faut revoir tout le budget de la ville."
    assert found(text) == [
        ("il faut revoir tout le budget de la ville", "ses auteurs", "according_to")
    ]


def test_pour_and_a_plural_noun_of_things_says_nothing() -> None:
    assert found("Le rapport est sévère. Pour ses travaux, il faut revoir tout le budget.") == []


# ----- a paragraph that ends on a closing mark it never opened -----
SAID = "Le maire de Lussac est inquiet. « Nous avons tout perdu cet été », a dit Paul Martin.\n\n"


def test_a_paragraph_closing_a_quotation_it_never_opened_goes_on_with_the_last_speaker() -> None:
    text = SAID + "Les employés ont ramassé des tonnes de déchets. J'ai appelé la région »"
    assert found(text)[1] == (
        "Les employés ont ramassé des tonnes de déchets. J'ai appelé la région",
        "Paul Martin",
        "direct",
    )


def test_a_closing_mark_with_nobody_heard_before_is_left_alone() -> None:
    text = (
        "La rivière est polluée.\n\nLes employés ont ramassé des déchets. J'ai appelé la région »"
    )
    assert found(text) == []


def test_a_paragraph_ending_on_a_quoted_word_it_opened_is_no_continuation() -> None:
    text = SAID + "La rivière a débordé à Lussac, la commune vue comme « sinistrée »"
    assert len(found(text)) == 1


# ----- a final cue reports a narration holding several closed quoted fragments -----
def test_a_final_cue_reports_the_narration_around_several_quoted_fragments() -> None:
    text = (
        'La famille qui figure sur ces "photos volées" va aussi poursuivre le magazine et '
        '"quiconque" reprendra "ces images sans accord", a déclaré son avocat, Me Paul Martin.'
    )
    assert found(text) == [
        (
            'La famille qui figure sur ces "photos volées" va aussi poursuivre le magazine et '
            '"quiconque" reprendra "ces images sans accord',
            "Me Paul Martin",
            "mixed",
        )
    ]


def test_a_narration_opening_on_a_quotation_is_not_taken_whole() -> None:
    text = (
        "« Quiconque » est un film tourné en 1990 qui montre « des images sans accord », "
        "a expliqué le réalisateur."
    )
    assert found(text) == [("des images sans accord", "le réalisateur", "direct")]


# ----- a final cue whose subject has a relative clause with its own statement -----
def test_a_final_cue_then_its_subjects_relative_clause_reporting_more() -> None:
    text = (
        "La route rouvrira lundi, a indiqué le maire, qui a précisé que les travaux "
        "seraient payés par la région."
    )
    assert found(text) == [
        ("La route rouvrira lundi", "le maire", "indirect"),
        ("les travaux seraient payés par la région", "le maire", "indirect"),
    ]


def test_a_long_object_then_a_relative_is_no_final_cue() -> None:
    text = (
        "Le maire a dénoncé ce genre de pratiques en prenant l'exemple d'un candidat du "
        "canton, qui s'est retiré."
    )
    assert found(text)[0][1] == "Le maire"
