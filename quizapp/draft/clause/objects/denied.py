"""A reflexive verb of denial whose object is the subject's own deed: « X se défend d'avoir
réclamé l'investiture », « X se défend avoir menti », « se défendent de vouloir fermer
l'école » (recall39). The reflexive of « défendre » is another verb than « défendre la
réforme »: it denies what its infinitive says, so that infinitive is what the subject says of
itself, whatever its verb, where the transitive reports only a listed stance
(``restricted_objects``). Read by detect/object_clause.cue_then_object beside the owned stance.
"""

from __future__ import annotations

from quizapp.draft.clause.objects.readings import infinitive_of_a_verb
from quizapp.draft.clause.objects.start import ObjectVerb
from quizapp.draft.shapes.detect.view import SentenceView, reflexive
from quizapp.draft.words.lexicon import folded_words, listed_verb_forms


def denied_deed(view: SentenceView, verb: ObjectVerb, passage: str) -> bool:
    """``verb`` is the reflexive of a verb of lexicon ``denial_reflexives`` and ``passage``
    (what follows it) opens on an infinitive, maybe after « de » and a negation (lexicon
    ``denial_infinitive_leads``): « se défend d'avoir… », « se défend avoir… »."""
    lex = view.lex
    if lex.language != "fr" or verb.bare not in listed_verb_forms(lex, "denial_reflexives"):
        return False
    if not any(reflexive(w, lex) for w in verb.words):
        return False  # « défend son bilan »: the transitive, read as a stance or not at all
    words = folded_words(passage)[:4]
    leads = lex.word_set("denial_infinitive_leads")
    rest = [w for w in words[:3] if w not in leads] + words[3:]
    return bool(rest) and infinitive_of_a_verb(lex, rest[0])
