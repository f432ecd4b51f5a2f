"""The names the set editor's form gives the file's fields, for the command line's messages.

A teacher who saw « Média » in the editor read « 'outlet' must not be empty » from
``quizapp validate`` (teacher13): the file's key, not the field she filled in. A message about
a field now names it both ways, the form's words first and the key she finds in the file
after (« « Média » (outlet) ne doit pas être vide »). The words are the editor's own, in
English and French (``tests/ui/test_field_words_match_editor.py`` holds them equal to the
window's translations).
"""

from __future__ import annotations

from quizapp.model import QUESTION_TYPES
from quizapp.sets.catalog import current_language

# the field's keys in the data (question types left out) -> (English, French)
FIELD_WORDS: dict[tuple[str, ...], tuple[str, str]] = {
    ("title",): ("Title of the set", "Titre de la série"),
    ("id",): ("Identifier", "Identifiant"),
    ("article", "title"): ("Headline of the article", "Titre de l’article"),
    ("article", "outlet"): ("News outlet", "Média"),
    ("article", "text"): ("Text of the article", "Texte de l’article"),
    ("article", "date"): ("Date", "Date"),
    ("questions", "prompt"): ("Question", "Question"),
    ("questions", "id"): ("Identifier", "Identifiant"),
    ("questions", "explanation"): ("Explanation", "Explication"),
    ("questions", "options"): ("Answers", "Réponses"),
    ("questions", "options", "text"): ("Text of the answer", "Texte de la réponse"),
    ("questions", "items"): ("Claims to classify", "Affirmations à classer"),
    ("questions", "pairs"): ("Pairs", "Paires"),
    ("questions", "evidence"): ("Evidence", "Preuves"),
    ("questions", "items", "claim"): ("Claim", "Affirmation"),
    ("questions", "items", "label"): ("Kind of source", "Type de source"),
    ("questions", "pairs", "left"): ("Left side of the pair", "Partie gauche de la paire"),
    ("questions", "pairs", "right"): ("Right side of the pair", "Partie droite de la paire"),
    ("labels", "name"): ("Name of the kind of source", "Nom du type de source"),
}
STATEMENT = ("Statement to judge", "Affirmation à juger")  # a true/false question's prompt


def field_words(loc: tuple) -> str | None:
    """The editor's name for the field at ``loc`` (a data path, pydantic's or the editor's),
    in the messages' language; None when the form has no field of its own for it."""
    keys = tuple(k for k in loc if isinstance(k, str) and k not in QUESTION_TYPES)
    words = FIELD_WORDS.get(keys)
    if keys == ("questions", "prompt") and "true_false" in loc:
        words = STATEMENT
    if words is None:
        return None
    return words[1] if current_language() == "fr" else words[0]
