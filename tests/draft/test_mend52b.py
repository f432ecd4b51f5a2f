"""mend52b (review52): three of round 52's rules reached past what they were written for; each
mend on short made-up texts (French: the three rules read French only).

- lone52's incise inside the quotation marks: « comme l'a dit X » is the speaker citing X, and
  « m'a dit un employé » inside a testimony is words told to the witness: the quotation stays
  the speaker's; « comme l'explique X, la présidente. », « nous dit un vendeur » and « nous a
  assuré une voisine » (mend52d) stay cues.
- noone52's colon lead « NOUN de X : « … » »: X speaks only when X is someone (« Un message de
  soutien », « Sa version des faits », « Réponse du berger à la bergère » are not), and the
  article an elided « d' » took comes back as « l' » or « les », never « le ».
- objects52's subject check only for what its head nouns add (« Le film souligne le manque
  de … » was reported before), and « déclarer l'urgence » is an act.
"""

from __future__ import annotations

import pytest

from tests.draft.readings import content_cue_label, finding_holding, speaker_content

_MAYOR = "Titre\n\n« Le budget est bouclé », assure Paul Girard, le maire.\n\n"
_WITNESS = "Titre\n\nMarie Lenoir a perdu son emploi en mars. Elle raconte.\n\n"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            _MAYOR + "« Nous sommes en guerre, comme l'a dit Emmanuel Macron. Nous devons agir. »",
            "agir",
            "Paul Girard",
        ),
        (
            _MAYOR
            + "« Ce projet, comme le souligne maître Durand, est illégal. Nous irons loin. »",
            "loin",
            "Paul Girard",
        ),
        (
            _WITNESS + "« J'ai appelé la mairie. Revenez demain, m'a dit un employé. J'y suis "
            "retournée trois fois. »",
            "retournée",
            "Marie Lenoir",
        ),
        (
            _WITNESS + "« Tu vas t'en sortir, m'a répété un ami. Mais je n'y croyais plus. »",
            "croyais",
            "Marie Lenoir",
        ),
    ],
)
def test_a_reference_or_told_words_inside_stay_the_speakers(
    text: str, words: str, speaker: str
) -> None:
    """The person cited or the one who told the speaker something does not take the quotation."""
    assert finding_holding(text, words).speaker == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            _MAYOR + "« Faire revenir des gens, comme l'explique Lucie Andrieu, la présidente. On "
            "habite sous une éolienne. »",
            "éolienne",
            "Lucie Andrieu",
        ),
        (
            _MAYOR + "« Je suis ému, nous dit un vendeur de fleurs. Ça va être dur. »",
            "dur",
            "un vendeur de fleurs",
        ),
        (_MAYOR + "« Tout est prêt, m'a confié un élu. »", "prêt", "un élu"),
        (
            _WITNESS + "« Tout ira bien, nous a assuré une voisine. Rien n'a changé depuis. »",
            "Rien",
            "une voisine",
        ),
    ],
)
def test_the_reporters_incise_inside_still_gives_the_speaker(
    text: str, words: str, speaker: str
) -> None:
    """lone52's forms that are the reporter's cue, and the incise closing the quotation."""
    assert finding_holding(text, words).speaker == speaker


@pytest.mark.parametrize(
    "lead",
    [
        "Un message de soutien",
        "Message d'espoir",
        "Explication de texte",
        "Sa version des faits",
        "Réponse du berger à la bergère",
    ],
)
def test_a_lead_naming_what_kind_of_words_gives_no_speaker(lead: str) -> None:
    """The words go to the person just named, as before noone52, not to « le soutien »."""
    text = f"Titre\n\nPaul Girard a pris la parole. {lead} : « Nous ne lâcherons rien »."
    assert finding_holding(text, "lâcherons").speaker == "Paul Girard"


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("Réponse d'élus de l'opposition", "les élus de l'opposition"),
        ("Réponse de la direction", "la direction"),
        ("La réaction du maire", "le maire"),
        ("Le message d'Emmanuel Macron", "Emmanuel Macron"),
    ],
)
def test_a_lead_naming_someone_gives_them(lead: str, speaker: str) -> None:
    """A person or a body after « de » still speaks, with the article « d' » took given back."""
    text = f"Titre\n\nLa grève continue. {lead} : « Nous ne lâcherons rien »."
    assert finding_holding(text, "lâcherons").speaker == speaker


@pytest.mark.parametrize("subject", ["Le film", "Le roman", "L'ouvrage", "Le reportage"])
def test_a_work_stating_a_lack_is_still_read(subject: str) -> None:
    """Reported before objects52 (the verb opens its object on its own): the subject check,
    meant for what the head nouns add, does not remove it."""
    text = f"{subject} souligne le manque de médecins dans le canton."
    assert speaker_content(text) == [(subject, "le manque de médecins dans le canton")]


@pytest.mark.parametrize(
    "text",
    [
        "Le gouvernement a déclaré l'urgence climatique en 2019.",
        "La préfète a décrété l'urgence sanitaire dans le département.",
    ],
)
def test_declaring_an_emergency_is_an_act(text: str) -> None:
    """« déclarer l'urgence » declares a state, it reports no words."""
    assert content_cue_label(text, "fr") == []
