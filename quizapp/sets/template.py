"""The commented template ``quizapp new PATH`` writes: a small set that is valid as it stands.

A teacher learns the format fastest by changing a file that already works, so the template is
a complete set (an article, one question of each of the six types) with short comments in
English and French. ``tests/store/test_template.py`` checks that it validates unchanged.
"""

from __future__ import annotations

from pathlib import Path

from quizapp.sets.files.set_files import write_new_file

TEMPLATE = """\
# yaml-language-server: $schema=quiz.schema.json
# A quizapp question set, format version 1. Check it with:  quizapp validate THIS_FILE
# Un jeu de questions quizapp, format version 1. Vérifiez-le avec :  quizapp validate CE_FICHIER
# The first line lets an editor check the file as you type; write the schema beside it with
# La première ligne permet à l'éditeur de vérifier le fichier ; écrivez le schéma à côté avec
#     quizapp schema > quiz.schema.json
#
# Tip / Astuce: put any text containing " : " or starting with a quote in "double quotes".
#               mettez entre "guillemets droits" tout texte qui contient « : » ou commence par un
#               guillemet.
schema_version: 1
id: my-first-set                  # lowercase words joined by - / mots en minuscules reliés par -
title: "Le conseil municipal et la piste cyclable : qui dit quoi ?"
language: fr                      # fr, en, de... (BCP 47)
description: "An example set to copy and change. / Un exemple à copier et à modifier."
authors: ["Your name / Votre nom"]

# The article the questions are about. Evidence passages and locate answers must be copied
# from article.text word for word (spaces and quote styles may differ).
# L'article étudié. Les passages (evidence) et les réponses des questions « locate » doivent
# être copiés mot pour mot dans article.text (espaces et style des guillemets peuvent varier).
article:
  title: "Piste cyclable : le projet divise Belleville"
  outlet: "Le Courrier de Belleville"
  url: "https://example.org/piste-cyclable"    # optional, shown but never opened / facultatif
  date: 2026-03-12                            # optional / facultatif (AAAA-MM-JJ)
  text: |
    Piste cyclable : le projet divise Belleville
    Le conseil municipal a voté mardi soir la création d'une piste cyclable sur l'avenue du Lac.
    « Nous tenons enfin une promesse faite aux familles », a déclaré la maire, Claire Martin.
    Selon un agent des services techniques, le chantier coûtera deux fois plus que prévu.
    Certains commerçants craignent de perdre leurs clients.
    Une décision bien trop précipitée ?

# Optional: these are the five default labels; delete this block to keep the defaults.
# Facultatif : ce sont les cinq étiquettes par défaut ; supprimez ce bloc pour les garder.
labels:
  - {id: named, name: "Source nommée", description: "Une personne ou une organisation identifiée."}
  - {id: anonymous, name: "Source anonyme", description: "Une source précise mais sans nom."}
  - {id: vague, name: "Groupe vague", description: "Un groupe qu'on ne peut pas identifier."}
  - {id: author, name: "Le média lui-même", description: "L'avis ou le cadrage du journal."}
  - {id: fact, name: "Fait établi", description: "Un fait public et vérifiable, sans source."}

# Optional: names for the skills used in the questions' tags (shown in results instead of ids).
# Facultatif : noms des compétences (tags) des questions, affichés dans les résultats.
tags:
  attribution: {name: "Qui a dit quoi ?", description: "Retrouver la source de chaque propos."}
  sources: {name: "Types de sources", description: "Nommée, anonyme, vague, le média, un fait."}

settings:
  shuffle_questions: false        # true: questions in random order / ordre aléatoire
  shuffle_options: true           # an option with pin: true keeps its place / pin: true fixe
  feedback: immediate             # immediate, or end (exam mode / mode examen)
  pass_mark: 0.6                  # share of points needed to pass / part des points requise

questions:
  # 1. single_choice: exactly one option has correct: true / une seule bonne réponse
  - id: who-promise
    type: single_choice
    prompt: "Qui parle d'une « promesse faite aux familles » ?"
    options:
      - text: "La maire, Claire Martin"
        correct: true
      - text: "Un agent des services techniques"
        feedback: "L'agent parle du coût du chantier, pas d'une promesse."
      - text: "Certains commerçants"
        feedback: "Les commerçants craignent pour leurs clients ; ils ne parlent pas de promesse."
        pin: true                 # stays last when options are shuffled / reste en dernier
    explanation: "La citation est attribuée à la maire, nommée avec sa fonction."
    evidence: "a déclaré la maire, Claire Martin"
    tags: [attribution]

  # 2. multiple_choice: one or more right options / une ou plusieurs bonnes réponses
  - id: unnamed-voices
    type: multiple_choice
    prompt: "Quelles voix de l'article ne sont pas nommées ?"
    scoring: partial              # or all_or_nothing / ou tout ou rien
    options:
      - {text: "Un agent des services techniques", correct: true}
      - {text: "Certains commerçants", correct: true}
      - {text: "La maire", feedback: "Elle est nommée : Claire Martin."}
    explanation: "L'agent est décrit sans nom ; les commerçants forment un groupe vague."
    evidence: ["Selon un agent des services techniques", "Certains commerçants"]
    tags: [sources]

  # 3. true_false: the prompt is the statement to judge / l'énoncé à juger
  - id: cost-is-a-fact
    type: true_false
    prompt: "Le surcoût du chantier est présenté comme un fait établi."
    answer: false
    explanation: "Le surcoût vient d'une source : « Selon un agent des services techniques »."
    evidence: "Selon un agent des services techniques"
    points: 2                     # optional, default 1 / facultatif, 1 par défaut

  # 4. classify: give each claim its label / associer chaque affirmation à une étiquette
  - id: sort-the-claims
    type: classify
    prompt: "Qui est à l'origine de chaque affirmation ?"
    explanation: "Une source décrite, un groupe, le journal lui-même ou un fait établi."
    tags: [sources]
    items:
      - claim: "Le chantier coûtera deux fois plus que prévu."
        label: anonymous
        evidence: "Selon un agent des services techniques"
      - claim: "Des commerçants craignent de perdre leurs clients."
        label: vague
        evidence: "Certains commerçants craignent de perdre leurs clients."
      - claim: "La décision est bien trop précipitée."
        label: author
        evidence: "Une décision bien trop précipitée ?"
        explanation: "Une question rhétorique du journal, sans source."
      - claim: "Le conseil a voté la piste cyclable."
        label: fact
        evidence: "Le conseil municipal a voté mardi soir la création d'une piste cyclable"

  # 5. match: pair each quote with its source; distractors are extra wrong choices
  #    associer chaque citation à sa source ; distractors = choix en plus, tous faux
  - id: quotes-and-sources
    type: match
    prompt: "Associez chaque propos à sa source."
    pairs:
      - {left: "« Nous tenons enfin une promesse »", right: "La maire"}
      - {left: "Le chantier coûtera deux fois plus", right: "Un agent municipal"}
    distractors: ["Le préfet"]
    explanation: "La maire est citée entre guillemets ; le surcoût vient de l'agent."
    evidence: ["a déclaré la maire, Claire Martin", "Selon un agent des services techniques"]
    tags: [attribution]

  # 6. locate: the learner selects the passage in the article / sélectionner dans l'article
  - id: find-the-opinion
    type: locate
    prompt: "Sélectionnez la phrase où le journal donne son propre avis."
    answer: "Une décision bien trop précipitée ?"
    explanation: "Une question rhétorique exprime l'avis du journal sans le signer."
    tags: [sources]
    # image: images/photo.png     # optional, next to this file / facultatif, à côté du fichier
"""


def write_template(path: Path) -> None:
    """Write the template to ``path``; refuse (FileExistsError) if the file already exists."""
    write_new_file(path, TEMPLATE)
