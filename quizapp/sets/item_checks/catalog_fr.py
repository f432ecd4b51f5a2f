"""French templates of the item-writing warnings (``item_checks``), by key (see ``catalog``)."""

FRENCH_WARNINGS: dict[str, str] = {
    "warn_true_false_unbalanced": "{count} questions vrai/faux sur "
    "{total} ont pour réponse « {side_fr} » : qui répond toujours « {side_fr} » obtient "
    "{count}/{total} sans lire. Gardez chaque réponse entre 30 % et 70 % : retournez certains "
    "énoncés.",
    "warn_right_often_longest": "la bonne option est la plus longue "
    "dans {count} questions à choix unique sur {total} (la première : celle-ci) : l’élève "
    "apprend à choisir la plus longue. Restez sous 40 % : raccourcissez les bonnes options ou "
    "détaillez autant les mauvaises.",
    "warn_right_much_longer": "la bonne option est {ratio_fr} fois plus "
    "longue que les autres en moyenne : sa longueur la trahit. Raccourcissez-la ou détaillez "
    "autant les mauvaises options (1,5 fois au plus).",
    "warn_classify_one_label": "les {count} affirmations ont toutes "
    "l’étiquette « {label} » : la choisir partout donne tous les points. Ajoutez des "
    "affirmations qui méritent d’autres étiquettes.",
    "warn_every_option_right": "toutes les options sont justes : "
    "tout cocher donne tous les points, la question ne vérifie rien. Ajoutez des options "
    "fausses mais plausibles.",
    "warn_all_or_none": "« {text} » est une option « toutes / aucune "
    "des réponses ci-dessus » : repérer une seule option juste ou fausse suffit pour y "
    "répondre, et elle perd son sens quand les options sont mélangées. Remplacez-la par une "
    "vraie réponse.",
    "warn_duplicate_prompt": "même énoncé que la question « {other} » "
    ": l’élève rencontre deux fois la même question et les résultats ne les distinguent pas. "
    "Reformulez l’une d’elles ou supprimez-la.",
    "warn_duplicate_option": "« {text} » est proposé deux fois : "
    "l’élève ne peut pas les distinguer et la correction les traite différemment. Supprimez "
    "ou reformulez l’un des deux.",
    "warn_stem_word_clue": "le mot « {word} » de l’énoncé ne revient "
    "que dans la bonne option : l’élève peut associer les mots au lieu de comprendre. Employez "
    "ce mot dans une mauvaise option aussi, ou dans aucune.",
    "warn_no_evidence": "pas de preuve alors que la série a un "
    "article : après sa réponse, l’élève ne voit pas où l’article le dit. Ajoutez une preuve : "
    "le passage, copié de l’article.",
    "warn_no_evidence_item": "l’affirmation {number} n’a pas de preuve "
    "alors que la série a un article : après sa réponse, l’élève ne voit pas où l’article le "
    "dit. Ajoutez une preuve : le passage, copié de l’article.",
    "warn_no_explanation": "pas d’explication : l’élève qui s’est "
    "trompé n’apprend pas pourquoi. Ajoutez une explication qui dit pourquoi la bonne réponse "
    "est la bonne.",
}
