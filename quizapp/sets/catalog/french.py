"""French templates of the validator's and loader's messages, by key (see the package)."""

from quizapp.sets.catalog.french_tools import FRENCH_TOOLS

FRENCH: dict[str, str] = {
    # rules of the model
    "image_not_relative": "l’image doit être un chemin relatif au fichier de l’ensemble, comme "
    "images/photo.png (pas de chemin absolu, de lettre de lecteur ni d’adresse web)",
    "image_outside": "l’image doit rester dans le dossier de l’ensemble (« .. » en sort)",
    "image_no_file": "le chemin de l’image ne désigne aucun fichier",
    "image_control_char": "le chemin de l’image contient un caractère de contrôle",
    "single_choice_correct_count": "une question single_choice demande exactement une option "
    "avec « correct: true » (nombre trouvé : {count}) ; pour plusieurs bonnes réponses, utilisez "
    "type: multiple_choice",
    "multiple_choice_no_correct": "une question multiple_choice demande au moins une option "
    "avec « correct: true »",
    "match_left_repeated": "texte de gauche répété dans les paires : « {text} »",
    "match_distractor_is_right": "le distracteur « {text} » est aussi la bonne réponse d’une paire",
    "schema_newer": "cet ensemble est fait pour un quizapp plus récent (format version "
    "{version}) ; cette version lit le format version {known} : mettez quizapp à jour",
    "schema_unknown": "schema_version doit valoir {known}",
    "question_id_repeated": "l’identifiant de question « {id} » est déjà pris par la question "
    "{first} ; les identifiants doivent être uniques",
    "label_id_repeated": "l’identifiant d’étiquette « {id} » est défini deux fois",
    "label_unknown": "l’étiquette « {label} » n’est pas parmi celles de l’ensemble ({labels})",
    "passage_without_article": "un passage est donné mais l’ensemble n’a pas d’article",
    "too_many_passages": "l’ensemble contient plus de {count} passages (preuves et réponses) : "
    "répartissez-le en plusieurs ensembles",
    "passage_not_found": "passage introuvable dans le texte de l’article : « {passage} » (il "
    "doit être copié mot pour mot ; espaces et style des guillemets peuvent différer)",
    # pydantic's errors, said for teachers
    "missing": "champ obligatoire manquant : « {field} »",
    "comma_in_braces": "« {key} » a été lu comme un nom de champ : entre {{ }}, une virgule "
    "termine la valeur ; mettez un texte qui contient une virgule entre guillemets",
    "unknown_field": "champ inconnu : « {key} »",
    "unknown_field_hint": "champ inconnu : « {key} » (vouliez-vous dire « {close} » ?)",
    "type_missing": "une question demande un « type » : l’un de {kinds}",
    "type_unknown": "type de question inconnu : « {tag} » ; utilisez l’un de {kinds}",
    "id_bad_char": "« {value} » ne peut pas être un identifiant : {char} n’est pas permis "
    "(seulement des minuscules sans accent, des chiffres, et - ou _ entre les mots){fix}",
    "id_shape": "« {value} » ne peut pas être un identifiant : - et _ se placent entre les "
    "mots, jamais au début, à la fin ni deux fois de suite{fix}",
    "id_fix": " ; écrivez « {slug} »",
    "id_fix_example": " ; par exemple « qui-dit-quoi »",
    "char_space": "le caractère espace",
    "char_capital": "le caractère « {char} » (une majuscule)",
    "char_plain": "le caractère « {char} »",
    "pass_mark_share": "« pass_mark » est une part entre 0 et 1, pas un pourcentage : écrivez "
    "0.6 pour 60 %",
    "at_most": "« {field} » doit valoir au plus {limit}",
    "at_least": "« {field} » doit valoir au moins {limit}",
    "article_too_long": "l’article fait {length} caractères, et un article en compte au plus "
    "{limit} (environ 15 000 mots) : coupez-le, en gardant la partie sur laquelle portent les "
    "questions",
    "text_too_long": "« {field} » est trop long : {count} caractères au plus",
    "list_too_long": "« {field} » a trop d’éléments : {count} au plus",
    "empty_value": "« {field} » est vide : écrivez {what} après « {field}: »",
    "shown_nothing": "rien (la valeur est vide)",
    "shown_bool": "la valeur oui/non {value}",
    "shown_number": "le nombre {value}",
    "shown_other": "une valeur d’un autre genre",
    "pattern_language": "« {value} » doit être une étiquette de langue comme « fr », « en » "
    "ou « fr-CH »",
    "pattern_url": "« {value} » doit être une adresse web commençant par http:// ou https://",
    "pattern_other": "« {value} » n’a pas la forme attendue",
    "literal": "« {value} » n’est pas permis ici ; utilisez {expected}",
    "empty_text": "« {field} » ne doit pas être vide",
    "too_few": "« {field} » est trop court (minimum : {count})",
    "empty_named": "« {name} » ({field}) ne doit pas être vide",
    "too_few_named": "« {name} » ({field}) est trop court (minimum : {count})",
    "empty_form": "« {name} » ne doit pas être vide",
    "too_few_form": "« {name} » est trop court (minimum : {count})",
    "expected": "« {field} » doit être {what}, pas {shown}",
    "what_text": "un texte (mettez-le entre guillemets s’il ressemble à un nombre ou à une date)",
    "what_bool": "oui/non (true ou false)",
    "what_whole": "un nombre entier",
    "what_number": "un nombre",
    "what_list": "une liste (lignes commençant par « - »)",
    "what_mapping": "un groupe de lignes « champ: valeur »",
    "what_date": "une date écrite AAAA-MM-JJ",
    "shown_mapping": "un groupe de lignes « champ: valeur »",
    "shown_list": "une liste",
    "shown_text": "le texte « {text} »",
    "the_set": "l’ensemble",
    "not_a_set": "le fichier doit contenir un ensemble de questions, écrit en lignes "
    "« champ: valeur » (schema_version, id, title, language, questions), pas {shown}",
    "pydantic_other": "« {field} » : {message}",
    # the loader
    "file_not_found": "fichier introuvable",
    "file_is_folder": "c’est un dossier, pas un fichier de questions",
    "file_unreadable": "impossible de lire le fichier : {reason}",
    "file_utf32": "le fichier est enregistré en UTF-32 ; enregistrez-le en UTF-8 (dans votre "
    "éditeur : Enregistrer sous, Codage : UTF-8)",
    "number_too_long": "ce nombre a plus de {digits} chiffres ; aucun champ n’en prend de tel",
    "json_key_twice": "une clé apparaît deux fois dans le même objet",
    "yaml_merge_key": "les clés de fusion YAML (« << ») ne sont pas acceptées dans les fichiers "
    "de questions ; écrivez les champs en entier",
    "folder_unreadable": "impossible de lire le dossier : {reason}",
    "file_not_regular": "ce n’est pas un fichier ordinaire (un tube, un périphérique ou une "
    "socket) ; choisissez un fichier enregistré",
    "file_too_large": "le fichier dépasse {megabytes} Mo ; les fichiers de questions sont "
    "refusés au-delà",
    "file_utf16": "le fichier est enregistré en UTF-16 ; enregistrez-le en UTF-8 (dans votre "
    "éditeur : Enregistrer sous, Codage : UTF-8)",
    "file_not_utf8": "le fichier n’est pas en UTF-8 (l’octet 0x{byte} est illisible) ; "
    "enregistrez-le en UTF-8 dans votre éditeur (Enregistrer sous, Codage : UTF-8)",
    "json_key_expected": "un nom de champ entre guillemets doubles est attendu ici, comme "
    '"prompt" (pas de virgule après le dernier champ d’un objet)',
    "json_colon_expected": "un « : » est attendu entre un nom de champ et sa valeur",
    "json_comma_expected": "une « , » est attendue entre deux valeurs ou deux champs (ou le "
    'texte contient un " : écrivez-le \\")',
    "json_value_expected": "une valeur est attendue ici : un texte entre guillemets doubles, un "
    "nombre, true, false, une liste [...] ou un objet {{...}} (pas de virgule après le dernier "
    "élément d’une liste)",
    "json_string_open": 'ce texte n’est jamais fermé : ajoutez son " de fin',
    "json_line_break": "en JSON, un texte ne peut pas continuer à la ligne suivante : écrivez "
    "\\n à la place",
    "json_backslash": "dans un texte, \\ annonce un caractère spécial : écrivez \\\\",
    "json_extra": "le fichier continue après sa fin : un seul objet {{...}} contient tout "
    "l’ensemble",
    "json_unreadable": "cet endroit n’est pas du JSON lisible : vérifiez les guillemets, "
    "virgules et crochets autour",
    "nested_too_deep": "le fichier est imbriqué sur plus de {depth} niveaux",
    "colon_in_text": "« : » inattendu dans un texte : mettez le texte entre guillemets, par "
    'exemple title: "Musk critique Stargate : qui dit quoi ?"',
    "colon_in_line": "« : » inattendu ; si cette ligne est du texte, mettez-le entre guillemets",
    "yaml_tab": "cette ligne est en retrait avec une tabulation : utilisez seulement des "
    "espaces (la plupart des éditeurs savent changer les tabulations en espaces)",
    "yaml_block_outdented": "les lignes du texte qui suit « {key}: | » doivent toutes être en "
    "retrait sous lui, comme sa première ligne ; celle-ci ne l’est pas (ou collez l’article "
    "dans l’éditeur)",
    "yaml_curly_quotes": "“ ” ne sont pas des guillemets pour YAML : mettez le texte entre "
    'guillemets droits "…" (les guillemets courbes peuvent rester à l’intérieur)',
    "yaml_quote_in_double": 'ce " termine le texte trop tôt : dans un texte entre " ", '
    "utilisez « » ou ’, ou mettez tout le texte entre apostrophes droites ' '",
    "yaml_quote_in_single": "cette ' termine le texte trop tôt : dans un texte entre ' ', "
    "doublez l’apostrophe ('') ou utilisez ’, ou mettez tout le texte entre guillemets \" \"",
    "yaml_dash_space": "mettez une espace après le « - » qui commence un élément de liste : "
    "« - {rest} »",
    "yaml_missing_dash": "cette ligne commence un nouvel élément de la liste au-dessus : "
    "commencez-la par « - », comme les autres éléments",
    "yaml_indent_off": "cette ligne est en retrait de {found} espaces, mais les lignes de son "
    "bloc de {expected} : alignez « {key}: » sur les autres clés de son bloc",
    "yaml_flow_separator": "entre {{ }} ou [ ], un « : » ou une « , » termine la valeur : mettez "
    'le texte entre guillemets, par exemple {{text: "Musk : oui, c’est lui"}}',
    "yaml_bad_start": "en YAML, un texte ne peut pas commencer par « {char} » : mettez le "
    "texte entre guillemets",
    "yaml_quote_unclosed": "le texte ouvert ici par {quote} n’est jamais fermé : ajoutez le "
    "{quote} de fin",
    "yaml_backslash": "entre guillemets doubles, \\ annonce un caractère spécial : écrivez "
    "\\\\ pour une barre oblique inverse, ou mettez le texte entre apostrophes droites",
    "yaml_block_header": "après « | » ou « > », rien ne peut suivre sur la ligne : commencez "
    "le texte à la ligne suivante, en retrait",
    "yaml_list_inline": "une liste ne peut pas commencer sur la ligne de sa clé : mettez "
    "chaque élément « - » sur sa propre ligne en dessous, en retrait, ou écrivez la liste "
    "[a, b]",
    "yaml_directive": "une ligne qui commence par « % » ou « --- » a un sens particulier en "
    "YAML : mettez le texte entre guillemets, ou supprimez la ligne",
    "yaml_after_value": "rien ne peut suivre cette valeur sur la ligne, sauf un commentaire "
    "commençant par « # » : mettez tout le texte entre guillemets",
    "yaml_no_value": "il manque une valeur ici, ou elle commence par un caractère réservé "
    "par YAML : mettez le texte entre guillemets",
    "yaml_unreadable": "cette ligne est illisible : vérifiez qu’elle est alignée sur les "
    "lignes de son bloc (avec des espaces, pas des tabulations), que chaque élément de liste "
    "commence par « - » et qu’un texte contenant : # ou des guillemets est entre guillemets",
    "yaml_key_twice_in_item": "la clé « {key} » apparaît deux fois dans le même élément : si "
    "cette ligne commence un nouvel élément, commencez-la par « - »",
    "image_link_outside": "l’image mène hors du dossier de l’ensemble (par un lien)",
    "image_missing": "fichier image introuvable : {path}",
    "image_not_regular": "l’image n’est pas un fichier ordinaire (un tube, un périphérique ou "
    "une socket) : {path}",
    "image_svg": "les images SVG ne sont pas acceptées (elles peuvent charger d’autres fichiers "
    "et être longues à dessiner) : convertissez-la en PNG : {path}",
    "image_not_raster": "l’image n’est pas une image PNG, JPEG, GIF ou WebP ; convertissez-la "
    "en PNG : {path}",
    "yaml_empty": "le fichier est vide",
    "yaml_documents": "le fichier contient plus d’un document YAML (« --- »)",
    "yaml_alias_unknown": "l’alias « *{anchor} » ne renvoie à aucune ancre définie avant lui",
    "yaml_expands": "le fichier se déploie en plus de {count} valeurs (ancres et alias "
    "répétés trop souvent)",
    "yaml_expands_text": "le fichier dépasse {megabytes} Mo de texte une fois ses alias "
    "recopiés (ancres et alias répétés trop souvent)",
    "yaml_key_not_text": "une clé doit être du texte simple, pas une liste ni une table",
    "yaml_key_twice": "la clé « {key} » apparaît deux fois dans la même table",
    "yaml_tag": "l’étiquette YAML « {tag} » n’est pas permise dans un fichier de questions "
    "(pas d’étiquettes YAML, seulement des valeurs simples)",
    "yaml_not_valid": "« {value} » est marqué !!{tag} mais n’est pas {kind}",
    "what_empty": "une valeur vide",
    "yaml_character": "le caractère {character} n’est pas permis dans un fichier YAML",
    "more_problems": "{count} problèmes en tout ; les {shown} premiers sont listés : "
    "corrigez-les d’abord",
    # the validate command
    "validate_ok": "{path} : valide ({count} questions)",
    "validate_ok_one": "{path} : valide (1 question)",
    "validate_warnings": ", avertissements de rédaction : {count}",
    "validate_none": "quizapp validate : aucun fichier de questions trouvé",
    "validate_failed": "fichiers invalides : {failed} sur {total}",
    "validate_strict": "fichiers avec des avertissements de rédaction : {warned} sur {total} "
    "(--strict)",
    # quizapp draft
    "draft_exists": "{path} : existe déjà (ajoutez --force pour le remplacer)",
    "draft_too_long": "{path} : {reason}",
    "draft_empty": "{path} : aucune question n’a pu être proposée à partir de ce texte",
    "draft_written": "{path} : questions en brouillon : {count} ({language}) ; relisez-les dans "
    "l’éditeur avant de les utiliser",
    "draft_kinds": "par type (les noms de la relecture) : qui l’a dit {who}, vrai ou faux "
    "{true_false}, classer {classify}, associer {match}, repérer {locate} ; à vérifier {unsure}",
    "draft_findings": "trouvé : propos attribués {attributions} (source nommée {named}, anonyme "
    "{anonymous}, vague {vague}) venant de {speakers} sources ; passages où le média parle en "
    "son nom {author}, faits établis {fact}",
    "draft_analysis_written": "analyse écrite dans {path}",
    "warning_lead": "avertissement {code} [{id}] :",
    "edit_folder": "quizapp edit : {path} est un dossier ; donnez un fichier de questions",
}
FRENCH.update(FRENCH_TOOLS)
