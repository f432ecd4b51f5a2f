"""French templates of the command line's and the Moodle/GIFT/Aiken converters' messages.

Kept apart from ``french`` (the validator's messages) so that each file stays readable;
``french.FRENCH`` holds both.
"""

FRENCH_TOOLS: dict[str, str] = {
    # the command line
    "cli_exists": "{path} : existe déjà ; choisissez un autre nom",
    "cli_exists_force": "{path} : existe déjà ; choisissez un autre nom ou ajoutez --force",
    "cli_cannot_write": "{path} : écriture impossible : {reason}",
    "cli_wrote": "fichier écrit : {path}",
    "cli_new_wrote": "fichier écrit : {path} ; remplissez-le, puis vérifiez-le avec : quizapp "
    "validate {path}",
    "cli_unreviewed": "attention : {count} des {total} questions portent encore la marque "
    "« draft » (proposées par l’assistant de rédaction, jamais relues) : {which} ; elles "
    "sont exportées telles quelles. Relisez-les avec : quizapp edit {path}, puis exportez à "
    "nouveau",
    "merge_none": "quizapp results merge : aucun fichier de résultats n’a pu être lu",
    "merge_summary": "{files} fichier(s) lu(s) : {students} élève(s), {attempts} tentative(s), "
    "{questions} question(s)",
    "merge_duplicates": " ; {count} tentative(s) trouvée(s) deux fois, comptée(s) une fois",
    "merge_unreadable": " ; {count} fichier(s) illisible(s)",
    "merge_conflict": "tentative {uid} : conflit : {first} et {second} contiennent des "
    "tentatives différentes sous le même identifiant ; les deux sont gardées, séparément",
    "merge_versions": "ensemble {set_id} : tentatives sur {count} versions de l’ensemble "
    "({versions}) ; un identifiant de question peut ne pas désigner la même question dans "
    "chaque version",
    "merge_skipped": " ; {count} enregistrement(s) laissé(s) de côté ou en conflit (voir "
    "ci-dessus)",
    # results files read for a class merge (quizapp.results.handin.reading)
    "results_unreadable": "{path} : lecture du fichier impossible : {reason}",
    "results_not_regular": "{path} : ce n’est pas un fichier ordinaire (un tube, un "
    "périphérique ou un socket)",
    "results_too_large": "{path} : le fichier dépasse {megabytes} Mo",
    "results_invalid_json": "{where} : JSON invalide : {reason}",
    "results_not_results_file": "{source} : pas un fichier de résultats : {reason}",
    "results_file_invalid": "{source} : {reason}",
    "results_no_attempts": "{source} : attempts : le fichier ne contient pas de liste de "
    "tentatives",
    "results_attempt_skipped": "{source} : tentative {number} ({uid}) laissée de côté : {reason}",
    "results_missing_columns": "{source}:1 : colonne(s) manquante(s) : {columns}",
    "results_csv_broken": "{source} : pas un fichier CSV de résultats : {reason} (à partir de "
    "la ligne {line} ; le reste du fichier est laissé de côté)",
    "results_row_cells": "{where} : la ligne n’a pas une cellule par colonne (tentative {uid} "
    "laissée de côté)",
    "results_row_invalid": "{where} : {reason} (tentative {uid} laissée de côté)",
    "results_attempt_invalid": "{source} : tentative {uid} : {reason} (tentative {uid} "
    "laissée de côté)",
    "results_csv_unreadable": "{path} : pas un fichier CSV de résultats : {reason}",
    # import and export reports
    "report_import_head": "{source} : lu comme {format} : {imported} question(s) importée(s), "
    "{skipped} laissée(s) de côté",
    "report_imported": "importée : {id}",
    "report_skipped": "laissée de côté : {name} : {kind} : {reason}",
    "report_note": "remarque : {note}",
    "report_question_number": "question {number}",
    "report_at_line": "{shown} (ligne {line})",
    "report_export_head": "{target} : écrit en {format} : {exported} question(s) exportée(s), "
    "{skipped} impossible(s) à exprimer",
    "report_not_exported": "non exportée : {what}",
    "report_question_line": "{id} : {text}",
    "imported_title": "Ensemble importé",
    "imported_from": "Importé de {name}.",
    # import
    "import_unequal_weights": "les poids de Moodle ({weights}) deviennent les parts égales de "
    "quizapp (+{share} % par bonne option, -{share} % par mauvaise) : les scores changent",
    "import_combined_feedback": "le commentaire combiné ({kinds}) a été laissé de côté : "
    "quizapp montre l’explication de la question à tous",
    "import_hints": "{count} indice(s) laissé(s) de côté : quizapp n’a pas d’indices",
    "import_no_shuffle": "Moodle garde les réponses de cette question dans l’ordre ; dans "
    "quizapp, shuffle_options de l’ensemble décide (pin: true garde une option à sa place)",
    "import_right_feedback": "le commentaire d’une bonne réponse a été laissé de côté : « {text} »",
    "import_partial_credit": "crédit partiel ({percent}) de « {text} » abandonné",
    "import_files_dropped": "fichier(s) joint(s) abandonné(s)",
    "import_no_such_type": "quizapp n’a pas de questions de type {kind}",
    "import_images_dropped": "{count} image(s) intégrée(s) abandonnée(s) près de « {near} »",
    "import_bad_utf16": "le fichier est un texte UTF-16 abîmé",
    "import_bad_utf32": "le fichier est un texte UTF-32 abîmé",
    "import_not_utf8": "le fichier n’est pas un texte UTF-8 ; enregistrez-le en UTF-8 et "
    "importez-le à nouveau",
    "import_unreadable": "impossible de lire le fichier : {reason}",
    "import_too_large": "le fichier dépasse {limit} Mo",
    "import_too_many": "le fichier contient {count} questions ; un ensemble en contient au "
    "plus {limit}",
    "import_holds_none": "le fichier n’en contient aucune",
    "import_nothing": "aucune question utilisable par quizapp : {skipped}",
    "gift_description": "une description n’a pas de réponse à donner",
    "gift_essay": "quizapp n’a pas de questions à réponse libre (composition)",
    "gift_numerical": "quizapp n’a pas de questions numériques",
    "gift_shortanswer": "quizapp n’a pas de questions à réponse courte tapée",
    "gift_unclosed": "les réponses ouvertes ici par « {{ » ne sont jamais fermées par « }} » "
    "(une question ne doit pas contenir de ligne vide)",
    "gift_stray_close": "ce « }} » ne ferme aucun « {{ » (écrivez \\\\}} pour une accolade)",
    "gift_two_blocks": "une question a un seul bloc de réponses {{...}} ; écrivez \\\\{{ pour une "
    "accolade",
    "gift_two_answers": "un choix demande deux réponses",
    "gift_match_form": "une réponse d’appariement s’écrit « =gauche -> droite »",
    "gift_tail": "« {tail} » ignoré après l’accolade fermante",
    "gift_missing_word": "question à mot manquant : le blanc _____ remplace les réponses",
    "gift_true_false_capitals": "{reason} (pour vrai/faux, écrivez {word} en majuscules)",
    "xml_not_well_formed": "XML mal formé : {detail}",
    "xml_dtd": "refusé par sécurité : le fichier déclare une DTD ou des entités ({detail})",
    "xml_decode": "le fichier XML ne peut pas être décodé : {detail}",
    "xml_not_bank": "pas une banque de questions Moodle XML : l’élément racine est <{tag}>, "
    "pas <quiz>",
    "aiken_expected_option": "une option comme « B. texte » ou la ligne « ANSWER: B » est attendue",
    "aiken_option_twice": "l’option {letter} est donnée deux fois dans cette question",
    "aiken_answer_early": "une ligne « ANSWER: » doit suivre une question et au moins deux options",
    "aiken_answer_unknown": "ANSWER: « {letter} » n’est pas une des options ({letters})",
    "aiken_no_answer": "cette question n’a pas de ligne « ANSWER: X » après ses options",
    # export
    # never the file's code « locate » (teacher49: an English word in the French window's
    # report, which names the question's kind just before, « Trouver le passage… »)
    "export_locate": "ce type de question demande l’article à l’écran, et Moodle ne l’a pas",
    # under the 200 characters a value keeps in a printed line (catalog.MAX_ECHOED_CHARS):
    # « quizapp export » cut the note mid-word (review52)
    "export_article": "L’article ne va pas dans Moodle, or ses questions en parlent : ajoutez-le "
    "au cours (une Page ou la description du test) pour les élèves ; les passages cités en "
    "preuve n’y vont pas non plus",
    "export_one_claim": "une question d’appariement Moodle demande au moins deux affirmations",
    "export_too_long": "Moodle garde au plus {limit} caractères ici et abandonne tout "
    "l’import au-delà : ce texte en a {count} ; raccourcissez-le",
    "export_weight_refused": "{count} bonnes options valent chacune {percent} %, absent de la "
    "liste des notes de Moodle : Moodle n’importerait rien du fichier ; utilisez 10 bonnes "
    "options ou moins",
    "export_markup_right": "Moodle retire « {markup} » du texte de droite d’une question "
    "d’appariement quand il l’affiche : écrivez-le sans < >",
    "export_lone_space": "Moodle supprime l’espace dans « {chars} » (entre deux caractères que "
    "son XML écrit en codes) : ajoutez un mot entre eux ou retirez l’espace",
    "export_all_or_nothing": "la notation tout ou rien devient le crédit partiel de Moodle",
    "export_pin": "Moodle mélange toutes les options ; « pin: true » de « {text} » n’est "
    "pas conservé",
    "export_claim_explanations": "les explications propres aux affirmations ne sont pas "
    "exportées (une question d’appariement Moodle n’en a pas) ; l’explication de la question "
    "l’est",
    "export_gift_points": "GIFT n’a pas de place pour les points : Moodle lui donnera 1 "
    "point, pas {points} ; exportez en moodle-xml pour les garder",
    "export_gift_arrow": "le texte de gauche « {left} » contient « -> », que GIFT ne "
    "peut pas porter (Moodle le couperait là) ; exportez plutôt en moodle-xml",
}
