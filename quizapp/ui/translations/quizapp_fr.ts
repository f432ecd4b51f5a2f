<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AnswerLines</name>
    <message>
        <source>The right answer: {0}</source>
        <translation>La bonne réponse&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Your results will not be saved this time: {0}</source>
        <translation>Vos résultats ne seront pas enregistrés cette fois-ci&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Results not available</source>
        <translation>Résultats indisponibles</translation>
    </message>
    <message>
        <source>Your results file was damaged</source>
        <translation>Votre fichier de résultats était endommagé</translation>
    </message>
</context>
<context>
    <name>ArticleFind</name>
    <message>
        <source>Fin&amp;d in the article (Ctrl+F):</source>
        <translation>Trouver &amp;dans l’article (Ctrl+F)&#xa0;:</translation>
    </message>
    <message>
        <source>a few words of the passage</source>
        <translation>quelques mots du passage</translation>
    </message>
    <message>
        <source>Not in the article.</source>
        <translation>Pas dans l’article.</translation>
    </message>
    <message>
        <source>Found: Enter for the next one, Ctrl+U to use it.</source>
        <translation>Trouvé&#xa0;: Entrée pour le suivant, Ctrl+U pour le retenir.</translation>
    </message>
</context>
<context>
    <name>ArticlePane</name>
    <message>
        <source>Article text</source>
        <translation>Texte de l’article</translation>
    </message>
    <message>
        <source>Read only. Select a passage with Shift and the arrow keys.</source>
        <translation>En lecture seule. Sélectionnez un passage avec Maj et les flèches.</translation>
    </message>
    <message>
        <source>The question is about the shaded paragraph, {0}</source>
        <translation>La question porte sur le paragraphe ombré, {0}</translation>
    </message>
    <message>
        <source>The question is about the shaded paragraph, “{0}”</source>
        <translation>La question porte sur le paragraphe ombré, «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>The paragraph of the question is shaded; the caret is at its start.</source>
        <translation>Le paragraphe de la question est grisé&#xa0;; le curseur est à son début.</translation>
    </message>
    <message>
        <source>No article</source>
        <translation>Pas d’article</translation>
    </message>
</context>
<context>
    <name>ArticlePanel</name>
    <message>
        <source>The article</source>
        <translation>L’article</translation>
    </message>
    <message>
        <source>Paste the article below or open its file (.txt, a saved web page .html, a Word .docx). Then select words in it to make passages and questions.</source>
        <translation>Collez l’article ci-dessous ou ouvrez son fichier (.txt, une page web enregistrée .html, un document Word .docx). Sélectionnez-y ensuite des mots pour créer passages et questions.</translation>
    </message>
    <message>
        <source>&amp;Open a file…</source>
        <translation>&amp;Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>Open an article file…</source>
        <translation>Ouvrir un fichier d’article…</translation>
    </message>
    <message>
        <source>&amp;Draft questions…</source>
        <translation>&amp;Proposer des questions…</translation>
    </message>
    <message>
        <source>Draft questions from the article…</source>
        <translation>Proposer des questions à partir de l’article…</translation>
    </message>
    <message>
        <source>With the words selected in the text, make:</source>
        <translation>Avec les mots sélectionnés dans le texte, créer&#xa0;:</translation>
    </message>
    <message>
        <source>Headline:</source>
        <translation>Titre de l’article&#xa0;:</translation>
    </message>
    <message>
        <source>Headline of the article</source>
        <translation>Titre de l’article</translation>
    </message>
    <message>
        <source>Outlet (newspaper, site)</source>
        <translation>Média (journal, site)</translation>
    </message>
    <message>
        <source>Ne&amp;ws outlet:</source>
        <translation>&amp;Média&#xa0;:</translation>
    </message>
    <message>
        <source>Web address:</source>
        <translation>Adresse web&#xa0;:</translation>
    </message>
    <message>
        <source>Web address (optional)</source>
        <translation>Adresse web (facultative)</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD, optional)</source>
        <translation>Date (AAAA-MM-JJ, facultative)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, if the article gives one</source>
        <translation>AAAA-MM-JJ, si l’article en donne une</translation>
    </message>
    <message>
        <source>Written as 2026-11-30, or 30/11/2026</source>
        <translation>Sous la forme 2026-11-30, ou 30/11/2026</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Texte de l’article</translation>
    </message>
    <message>
        <source>Paste the text of the article here (Ctrl+V).</source>
        <translation>Collez ici le texte de l’article (Ctrl+V).</translation>
    </message>
    <message>
        <source>Use as evidence</source>
        <translation>Utiliser comme preuve</translation>
    </message>
    <message>
        <source>Add as the passage to find</source>
        <translation>Ajouter comme passage à trouver</translation>
    </message>
    <message>
        <source>New claim to classify from this sentence</source>
        <translation>Nouvelle affirmation à classer avec cette phrase</translation>
    </message>
    <message>
        <source>New &apos;who said this?&apos; question from this quote</source>
        <translation>Nouvelle question «&#xa0;qui a dit ça&#xa0;?&#xa0;» sur cette citation</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Une preuve</translation>
    </message>
    <message>
        <source>Passage to find</source>
        <translation>Un passage à trouver</translation>
    </message>
    <message>
        <source>Claim to classify</source>
        <translation>Une affirmation à classer</translation>
    </message>
    <message>
        <source>&apos;Who said this?&apos;</source>
        <translation>«&#xa0;Qui a dit ça&#xa0;?&#xa0;»</translation>
    </message>
    <message>
        <source>{0}: an article is read from a .txt, .html or .docx file.</source>
        <translation>{0}&#xa0;: un article se lit dans un fichier .txt, .html ou .docx.</translation>
    </message>
    <message>
        <source>{0}: this is not a regular file.</source>
        <translation>{0}&#xa0;: ce n’est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>{0}: the file cannot be read ({1}).</source>
        <translation>{0}&#xa0;: le fichier ne peut pas être lu ({1}).</translation>
    </message>
    <message>
        <source>{0}: the file is too large for an article.</source>
        <translation>{0}&#xa0;: le fichier est trop grand pour un article.</translation>
    </message>
    <message>
        <source>{0}: the article in this file is {1} characters long, and an article holds at most {2} (about 15,000 words). Cut it to the part the questions are about, or copy that part and paste it.</source>
        <translation>{0}&#xa0;: l’article de ce fichier fait {1}&#xa0;caractères, et un article en compte au plus {2} (environ 15&#xa0;000&#xa0;mots). Coupez-le pour ne garder que la partie sur laquelle portent les questions, ou copiez cette partie et collez-la.</translation>
    </message>
    <message>
        <source>{0}: no article text found in this page: copy the text from the browser and paste it instead.</source>
        <translation>{0}&#xa0;: aucun texte d’article trouvé dans cette page&#xa0;: copiez le texte depuis le navigateur et collez-le.</translation>
    </message>
    <message>
        <source>{0}: this is not a Word document that can be read ({1}).</source>
        <translation>{0}&#xa0;: ce n’est pas un document Word lisible ({1}).</translation>
    </message>
</context>
<context>
    <name>AttemptQuestions</name>
    <message numerus="yes">
        <source>You stopped this set on {0}, after %n answer(s). Resume where you stopped?</source>
        <translation>
            <numerusform>Vous avez interrompu cette série le {0}, après %n réponse. Reprendre là où vous vous êtes arrêté(e)&#xa0;?</numerusform>
            <numerusform>Vous avez interrompu cette série le {0}, après %n réponses. Reprendre là où vous vous êtes arrêté(e)&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting again closes the unfinished quiz; its answers stay in your history.</source>
        <translation>Recommencer ferme le quiz inachevé&#xa0;; ses réponses restent dans votre historique.</translation>
    </message>
    <message>
        <source>Unfinished quiz</source>
        <translation>Quiz inachevé</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation>Re&amp;commencer</translation>
    </message>
    <message>
        <source>Discard the unfinished quiz?</source>
        <translation>Abandonner le quiz inachevé&#xa0;?</translation>
    </message>
    <message>
        <source>Its answers stay in your history, but you will no longer be able to resume it.</source>
        <translation>Ses réponses restent dans votre historique, mais vous ne pourrez plus le reprendre.</translation>
    </message>
    <message>
        <source>&amp;Discard it</source>
        <translation>&amp;L’abandonner</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Le garder</translation>
    </message>
</context>
<context>
    <name>CheckGuard</name>
    <message>
        <source>Choose a label for each claim first.</source>
        <translation>Choisissez d’abord une étiquette pour les affirmations.</translation>
    </message>
    <message>
        <source>Choose an answer on each row first.</source>
        <translation>Choisissez d’abord une réponse sur chaque ligne.</translation>
    </message>
    <message>
        <source>Select the passage in the article and confirm it first.</source>
        <translation>Sélectionnez d’abord le passage dans l’article, puis confirmez-le.</translation>
    </message>
    <message>
        <source>Tick at least one answer first.</source>
        <translation>Cochez d’abord au moins une réponse.</translation>
    </message>
    <message>
        <source>Choose an answer first.</source>
        <translation>Choisissez d’abord une réponse.</translation>
    </message>
    <message>
        <source>Say how sure you are first: “Sure” or “Not sure”.</source>
        <translation>Dites d’abord si vous êtes sûr(e)&#xa0;: «&#xa0;Sûr(e)&#xa0;» ou «&#xa0;Pas sûr(e)&#xa0;».</translation>
    </message>
    <message>
        <source>{0} and {1}</source>
        <translation>{0} et {1}</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) have no label yet: check anyway?</source>
        <translation>
            <numerusform>%n affirmation n’a pas encore d’étiquette&#xa0;: vérifier quand même&#xa0;?</numerusform>
            <numerusform>%n affirmations n’ont pas encore d’étiquette&#xa0;: vérifier quand même&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have no answer yet: check anyway?</source>
        <translation>
            <numerusform>%n ligne n’a pas encore de réponse&#xa0;: vérifier quand même&#xa0;?</numerusform>
            <numerusform>%n lignes n’ont pas encore de réponse&#xa0;: vérifier quand même&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows left blank</source>
        <translation>Lignes sans réponse</translation>
    </message>
    <message>
        <source>A row left blank counts as missed.</source>
        <translation>Une ligne laissée sans réponse compte comme oubliée.</translation>
    </message>
    <message>
        <source>No label yet on claim {0}.</source>
        <translation>Pas encore d’étiquette pour l’affirmation {0}.</translation>
    </message>
    <message>
        <source>No label yet on claims {0}.</source>
        <translation>Pas encore d’étiquette pour les affirmations {0}.</translation>
    </message>
    <message>
        <source>No answer yet on row {0}.</source>
        <translation>Pas encore de réponse à la ligne {0}.</translation>
    </message>
    <message>
        <source>No answer yet on rows {0}.</source>
        <translation>Pas encore de réponse aux lignes {0}.</translation>
    </message>
    <message>
        <source>Check &amp;anyway</source>
        <translation>&amp;Vérifier quand même</translation>
    </message>
    <message>
        <source>&amp;Go back and answer them</source>
        <translation>&amp;Revenir pour y répondre</translation>
    </message>
</context>
<context>
    <name>ChoiceWidget</name>
    <message>
        <source>➜ The right answer</source>
        <translation>➜ La bonne réponse</translation>
    </message>
    <message>
        <source>you picked a right answer</source>
        <translation>vous avez choisi une bonne réponse</translation>
    </message>
    <message>
        <source>not a right answer</source>
        <translation>ce n’est pas une bonne réponse</translation>
    </message>
    <message>
        <source>a right answer you did not pick</source>
        <translation>une bonne réponse que vous n’avez pas choisie</translation>
    </message>
</context>
<context>
    <name>ClassResultsWindow</name>
    <message>
        <source>Class results</source>
        <translation>Résultats de la classe</translation>
    </message>
    <message>
        <source>Add the results files your students exported from quizapp (CSV or JSON, one or several students each). The same attempt handed in twice counts once.</source>
        <translation>Ajoutez les fichiers de résultats que vos élèves ont exportés depuis quizapp (CSV ou JSON, un ou plusieurs élèves par fichier). Une même tentative rendue deux fois ne compte qu’une fois.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Problems found in the files</source>
        <translation>Problèmes trouvés dans les fichiers</translation>
    </message>
    <message>
        <source>Set counted</source>
        <translation>Série prise en compte</translation>
    </message>
    <message>
        <source>All sets</source>
        <translation>Toutes les séries</translation>
    </message>
    <message>
        <source>Se&amp;t:</source>
        <translation>Sé&amp;rie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add students&apos; files…</source>
        <translation>&amp;Ajouter les fichiers des élèves…</translation>
    </message>
    <message>
        <source>Add results files (Ctrl+O)</source>
        <translation>Ajouter des fichiers de résultats (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Vider</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Write class.csv (Ctrl+S)</source>
        <translation>Écrire class.csv (Ctrl+S)</translation>
    </message>
    <message>
        <source>No file yet.</source>
        <translation>Aucun fichier pour l’instant.</translation>
    </message>
    <message>
        <source>Wrote {0}</source>
        <translation>Fichier écrit&#xa0;: {0}</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation>Impossible d’écrire {0}&#xa0;: {1}</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>Lecture de %n fichier…</numerusform>
            <numerusform>Lecture de %n fichiers…</numerusform>
        </translation>
    </message>
    <message>
        <source>{files}: {students}, {attempts}, {questions}.</source>
        <translation>{files}&#xa0;: {students}, {attempts}, {questions}.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) read</source>
        <translation>
            <numerusform>%n fichier lu</numerusform>
            <numerusform>%n fichiers lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n élève</numerusform>
            <numerusform>%n élèves</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n tentative</numerusform>
            <numerusform>%n tentatives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) found twice, counted once.</source>
        <translation>
            <numerusform>%n tentative trouvée en double, comptée une seule fois.</numerusform>
            <numerusform>%n tentatives trouvées en double, comptées une seule fois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read (see below).</source>
        <translation>
            <numerusform>%n fichier n’a pas pu être lu (voir ci-dessous).</numerusform>
            <numerusform>%n fichiers n’ont pas pu être lus (voir ci-dessous).</numerusform>
        </translation>
    </message>
    <message>
        <source>The files could not be merged.</source>
        <translation>Les fichiers n’ont pas pu être réunis.</translation>
    </message>
    <message>
        <source>The files could not be merged: {0}</source>
        <translation>Les fichiers n’ont pas pu être réunis&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Add students&apos; results files</source>
        <translation>Ajouter les fichiers de résultats des élèves</translation>
    </message>
    <message>
        <source>Results files (*.csv *.json);;All files (*)</source>
        <translation>Fichiers de résultats (*.csv *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>CSV, comma-separated (*.csv)</source>
        <translation>CSV, séparé par des virgules (*.csv)</translation>
    </message>
    <message>
        <source>CSV, semicolon-separated with decimal commas (*.csv)</source>
        <translation>CSV, séparé par des points-virgules, virgule décimale (*.csv)</translation>
    </message>
    <message>
        <source>Export the class results</source>
        <translation>Exporter les résultats de la classe</translation>
    </message>
</context>
<context>
    <name>ClassTables</name>
    <message>
        <source>Named source</source>
        <translation>Source nommée</translation>
    </message>
    <message>
        <source>Anonymous source</source>
        <translation>Source anonyme</translation>
    </message>
    <message>
        <source>Vague group</source>
        <translation>Groupe vague</translation>
    </message>
    <message>
        <source>The outlet itself</source>
        <translation>Le média lui-même</translation>
    </message>
    <message>
        <source>Plain fact</source>
        <translation>Fait établi</translation>
    </message>
    <message>
        <source>Class results tables</source>
        <translation>Tableaux des résultats de la classe</translation>
    </message>
    <message>
        <source>Students: one row each</source>
        <translation>Élèves&#xa0;: une ligne par élève</translation>
    </message>
    <message>
        <source>Questions, hardest first</source>
        <translation>Questions, les plus difficiles d’abord</translation>
    </message>
    <message>
        <source>Confusion matrix: true label by row, chosen label by column</source>
        <translation>Matrice de confusion&#xa0;: la bonne étiquette en ligne, l’étiquette choisie en colonne</translation>
    </message>
    <message>
        <source>Skills, weakest first</source>
        <translation>Compétences, de la plus faible à la plus forte</translation>
    </message>
    <message>
        <source>Select the whole table</source>
        <translation>Sélectionner tout le tableau</translation>
    </message>
    <message>
        <source>&amp;Students</source>
        <translation>É&amp;lèves</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Questions</translation>
    </message>
    <message>
        <source>Confusion &amp;matrix</source>
        <translation>&amp;Matrice de confusion</translation>
    </message>
    <message>
        <source>S&amp;kills</source>
        <translation>&amp;Compétences</translation>
    </message>
    <message>
        <source>Every claim of every classify question the class answered. Rows: the kind of source the claim really has. Columns: the kind the students chose.</source>
        <translation>Chaque affirmation de chaque question de classement à laquelle la classe a répondu. En ligne&#xa0;: le type de source réel de l’affirmation. En colonne&#xa0;: le type choisi par les élèves.</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>(no name: {0})</source>
        <translation>(sans nom&#xa0;: {0})</translation>
    </message>
    <message>
        <source>{0} of {1} ({2})</source>
        <translation>{0} sur {1} ({2})</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Série</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Élèves</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>At full marks</source>
        <translation>Tous les points</translation>
    </message>
    <message>
        <source>Share right</source>
        <translation>Part de réussite</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Score moyen</translation>
    </message>
    <message>
        <source>(open this set to see its question)</source>
        <translation>(ouvrez cette série pour voir sa question)</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>no label</source>
        <translation>sans étiquette</translation>
    </message>
    <message>
        <source>{0} ✔</source>
        <translation>{0} ✔</translation>
    </message>
    <message>
        <source>{0} ✘</source>
        <translation>{0} ✘</translation>
    </message>
</context>
<context>
    <name>ClassifyWidget</name>
    <message>
        <source>— choose a label —</source>
        <translation>— choisir une étiquette —</translation>
    </message>
    <message>
        <source>Claim {0} of {1}: « {2} »</source>
        <translation>Affirmation {0} sur {1}&#xa0;: «&#xa0;{2}&#xa0;»</translation>
    </message>
    <message>
        <source>label:</source>
        <translation>étiquette&#xa0;:</translation>
    </message>
    <message>
        <source>Labels: {0}</source>
        <translation>Étiquettes&#xa0;: {0}</translation>
    </message>
    <message>
        <source>no label chosen; the right one is “{0}”.</source>
        <translation>aucune étiquette choisie&#xa0;; la bonne est «&#xa0;{0}&#xa0;».</translation>
    </message>
    <message>
        <source>you chose “{0}”, the right label is “{1}”.</source>
        <translation>vous avez choisi «&#xa0;{0}&#xa0;», la bonne étiquette est «&#xa0;{1}&#xa0;».</translation>
    </message>
    <message>
        <source>Evidence: passage {0} of the article (click the claim to show it).</source>
        <translation>Preuve&#xa0;: passage {0} de l’article (cliquez sur l’affirmation pour l’afficher).</translation>
    </message>
    <message>
        <source>Evidence: passages {0} of the article (click the claim to show the first).</source>
        <translation>Preuves&#xa0;: passages {0} de l’article (cliquez sur l’affirmation pour afficher le premier).</translation>
    </message>
</context>
<context>
    <name>ConfidenceRow</name>
    <message>
        <source>How sure are you?</source>
        <translation>Êtes-vous sûr(e)&#xa0;?</translation>
    </message>
    <message>
        <source>Su&amp;re</source>
        <translation>&amp;Sûr(e)</translation>
    </message>
    <message>
        <source>N&amp;ot sure</source>
        <translation>&amp;Pas sûr(e)</translation>
    </message>
</context>
<context>
    <name>Disclosure</name>
    <message>
        <source>Shown: press Space to fold it away.</source>
        <translation>Affiché&#xa0;: appuyez sur Espace pour le replier.</translation>
    </message>
    <message>
        <source>Folded away: press Space to show it.</source>
        <translation>Replié&#xa0;: appuyez sur Espace pour l’afficher.</translation>
    </message>
</context>
<context>
    <name>DismissButton</name>
    <message numerus="yes">
        <source>Not a claim: its highlight is gone and %n proposed question(s) resting on it alone withdrawn.</source>
        <translation>
            <numerusform>Pas une affirmation&#xa0;: son surlignage a disparu et %n question proposée qui ne reposait que sur lui est retirée.</numerusform>
            <numerusform>Pas une affirmation&#xa0;: son surlignage a disparu et %n questions proposées qui ne reposaient que sur lui sont retirées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) withdrawn: too little is left without it.</source>
        <translation>
            <numerusform>%n question retirée&#xa0;: sans lui, il en reste trop peu.</numerusform>
            <numerusform>%n questions retirées&#xa0;: sans lui, il en reste trop peu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) rebuilt without it.</source>
        <translation>
            <numerusform>%n question refaite sans lui.</numerusform>
            <numerusform>%n questions refaites sans lui.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Highlighted again: %n proposed question(s) back to decide.</source>
        <translation>
            <numerusform>Surligné de nouveau&#xa0;: %n question proposée est de nouveau à décider.</numerusform>
            <numerusform>Surligné de nouveau&#xa0;: %n questions proposées sont de nouveau à décider.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) rebuilt with it again.</source>
        <translation>
            <numerusform>%n question refaite de nouveau avec lui.</numerusform>
            <numerusform>%n questions refaites de nouveau avec lui.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a claim: its highlight is gone; no proposed question rested on it alone.</source>
        <translation>Pas une affirmation&#xa0;: son surlignage a disparu&#xa0;; aucune question proposée ne reposait que sur lui.</translation>
    </message>
    <message>
        <source>Highlighted again.</source>
        <translation>De nouveau surligné.</translation>
    </message>
    <message>
        <source>U&amp;ndo “not a claim”</source>
        <translation>A&amp;nnuler «&#xa0;pas une affirmation&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Not a claim</source>
        <translation>&amp;N’est pas une affirmation</translation>
    </message>
    <message>
        <source>The selected passage is no claim: its highlight goes, the proposed questions resting on it alone are withdrawn and those also resting on other passages are rebuilt without it (Alt+N, or Delete in the findings list). Press again to take it back.</source>
        <translation>Le repérage choisi n’est pas une affirmation&#xa0;: son surlignage disparaît, les questions proposées qui ne reposent que sur lui sont retirées et celles qui reposent aussi sur d’autres passages sont refaites sans lui (Alt+N, ou Suppr dans la liste des repérages). Appuyez de nouveau pour annuler.</translation>
    </message>
</context>
<context>
    <name>DraftFindings</name>
    <message>
        <source>(speaker not found)</source>
        <translation>(source non trouvée)</translation>
    </message>
    <message>
        <source>[Not a claim]</source>
        <translation>[Pas une affirmation]</translation>
    </message>
    <message>
        <source>[{label}, to check]</source>
        <translation>[{label}, à vérifier]</translation>
    </message>
</context>
<context>
    <name>DraftReviewDialog</name>
    <message>
        <source>Question {number} cannot be accepted as it is: its question or an answer is missing.</source>
        <translation>La question {number} ne peut pas être acceptée telle quelle&#xa0;: il manque son énoncé ou une réponse.</translation>
    </message>
    <message>
        <source>Question {number} is withdrawn: without the passages marked as not a claim, too little is left to ask. To bring it back, select one of those passages in the findings and press Delete (or Alt+N).</source>
        <translation>La question {number} est retirée&#xa0;: sans les passages marqués comme n’étant pas des affirmations, il en reste trop peu pour poser une question. Pour la retrouver, sélectionnez l’un de ces passages dans les repérages et appuyez sur Suppr (ou Alt+N).</translation>
    </message>
    <message>
        <source>Question {number} is withdrawn: the passage it rests on is marked as not a claim. To bring it back, select that passage in the findings and press Delete (or Alt+N).</source>
        <translation>La question {number} est retirée&#xa0;: le passage sur lequel elle repose est marqué comme n’étant pas une affirmation. Pour la retrouver, sélectionnez ce passage dans les repérages et appuyez sur Suppr (ou Alt+N).</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <source>✔ Accepted</source>
        <translation>✔ Acceptée</translation>
    </message>
    <message>
        <source>✘ Dropped</source>
        <translation>✘ Écartée</translation>
    </message>
    <message>
        <source>✘ Withdrawn: too little left without the passages not claims</source>
        <translation>✘ Retirée&#xa0;: il en reste trop peu sans les passages qui ne sont pas des affirmations</translation>
    </message>
    <message>
        <source>✘ Withdrawn: its passage is not a claim</source>
        <translation>✘ Retirée&#xa0;: son passage n’est pas une affirmation</translation>
    </message>
    <message numerus="yes">
        <source>without %n passage(s) not a claim</source>
        <translation>
            <numerusform>sans %n passage qui n’est pas une affirmation</numerusform>
            <numerusform>sans %n passages qui ne sont pas des affirmations</numerusform>
        </translation>
    </message>
    <message>
        <source>to check</source>
        <translation>à vérifier</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>already added</source>
        <translation>déjà ajoutée</translation>
    </message>
    <message>
        <source>{status} — {kind}: {prompt}</source>
        <translation>{status} — {kind}&#xa0;: {prompt}</translation>
    </message>
    <message>
        <source>To check: the drafter is unsure of a finding this question rests on; read that passage in the article before accepting.</source>
        <translation>À vérifier&#xa0;: l’outil n’est pas sûr d’un repérage sur lequel repose cette question&#xa0;; relisez ce passage dans l’article avant d’accepter.</translation>
    </message>
    <message>
        <source>Classify</source>
        <translation>Classer</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Associer</translation>
    </message>
    <message>
        <source>True or false</source>
        <translation>Vrai ou faux</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Choix multiple</translation>
    </message>
    <message>
        <source>Draft from the article</source>
        <translation>Brouillon à partir de l’article</translation>
    </message>
    <message>
        <source>Ar&amp;ticle, findings highlighted</source>
        <translation>Ar&amp;ticle, repérages surlignés</translation>
    </message>
    <message>
        <source>Proposed &amp;questions (A accepts, D drops, Ctrl+Z takes back)</source>
        <translation>&amp;Questions proposées (A accepte, D écarte, Ctrl+Z annule)</translation>
    </message>
    <message>
        <source>Dro&amp;p all</source>
        <translation>To&amp;ut écarter</translation>
    </message>
    <message>
        <source>&amp;Add accepted questions</source>
        <translation>&amp;Ajouter les questions acceptées</translation>
    </message>
    <message>
        <source>Each finding is highlighted with its label&apos;s colour and line. The Findings list says each one in words; selecting one there selects its passage here.</source>
        <translation>Chaque repérage est surligné de la couleur et du trait de son étiquette. La liste des repérages le dit en mots&#xa0;; en choisir un là-bas sélectionne son passage ici.</translation>
    </message>
    <message>
        <source>Selected question, to correct</source>
        <translation>Question sélectionnée, à corriger</translation>
    </message>
    <message>
        <source>&amp;Findings (label, cue, speaker)</source>
        <translation>&amp;Repérages (étiquette, indice, source)</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>Tout accepter</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) rest on findings the drafter is unsure of (marked “to check”). Accept them too, without checking them?</source>
        <translation>
            <numerusform>%n proposition repose sur des repérages dont l’outil n’est pas sûr (marquée «&#xa0;à vérifier&#xa0;»). L’accepter aussi, sans la vérifier&#xa0;?</numerusform>
            <numerusform>%n propositions reposent sur des repérages dont l’outil n’est pas sûr (marquées «&#xa0;à vérifier&#xa0;»). Les accepter aussi, sans les vérifier&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept them &amp;too</source>
        <translation>Les accepter &amp;aussi</translation>
    </message>
    <message>
        <source>&amp;Only the sure ones</source>
        <translation>&amp;Seulement les sûres</translation>
    </message>
    <message>
        <source>“Only the sure ones” leaves them to decide; “Accept them too” accepts them as well.</source>
        <translation>«&#xa0;Seulement les sûres&#xa0;» les laisse à décider&#xa0;; «&#xa0;Les accepter aussi&#xa0;» les accepte elles aussi.</translation>
    </message>
    <message>
        <source>Who said it</source>
        <translation>Qui l’a dit</translation>
    </message>
    <message>
        <source>A&amp;ccept</source>
        <translation>A&amp;ccepter</translation>
    </message>
    <message>
        <source>D&amp;rop</source>
        <translation>&amp;Écarter</translation>
    </message>
    <message>
        <source>Accept a&amp;ll</source>
        <translation>Tout acce&amp;pter</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Repérages</translation>
    </message>
    <message>
        <source>Proposed questions</source>
        <translation>Questions proposées</translation>
    </message>
    <message>
        <source>Colours of the labels</source>
        <translation>Couleurs des étiquettes</translation>
    </message>
    <message>
        <source>How far the drafter is</source>
        <translation>Avancement du brouillon</translation>
    </message>
    <message>
        <source>Analysing the article…</source>
        <translation>Analyse de l’article…</translation>
    </message>
</context>
<context>
    <name>Drafting</name>
    <message>
        <source>Draft questions</source>
        <translation>Proposer des questions</translation>
    </message>
    <message>
        <source>Paste or open the article first.</source>
        <translation>Collez ou ouvrez d’abord l’article.</translation>
    </message>
    <message>
        <source>The drafter is not part of this version.</source>
        <translation>Cette version ne contient pas l’assistant de rédaction.</translation>
    </message>
    <message>
        <source>Language of the article</source>
        <translation>Langue de l’article</translation>
    </message>
    <message>
        <source>The set is now in {0}, the language of the article.</source>
        <translation>La série est maintenant en {0}, la langue de l’article.</translation>
    </message>
    <message>
        <source>News outlet taken from the article: {0}.</source>
        <translation>Média repris de l’article&#xa0;: {0}.</translation>
    </message>
</context>
<context>
    <name>EditorActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>&amp;Question</translation>
    </message>
    <message>
        <source>&amp;New set…</source>
        <translation>&amp;Nouvelle série…</translation>
    </message>
    <message>
        <source>&amp;Open a set…</source>
        <translation>&amp;Ouvrir une série…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Hand out to students…</source>
        <translation>&amp;Distribuer aux élèves…</translation>
    </message>
    <message>
        <source>Export the set for &amp;Moodle (XML, GIFT)…</source>
        <translation>E&amp;xporter la série pour Moodle (XML, GIFT)…</translation>
    </message>
    <message>
        <source>Open an a&amp;rticle file…</source>
        <translation>Ouvrir un fichier d’&amp;article…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation>Desce&amp;ndre</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>&amp;Try this question</source>
        <translation>&amp;Essayer cette question</translation>
    </message>
    <message>
        <source>Try the &amp;whole set</source>
        <translation>Essayer &amp;toute la série</translation>
    </message>
    <message>
        <source>&amp;Draft questions from the article…</source>
        <translation>&amp;Proposer des questions à partir de l’article…</translation>
    </message>
    <message>
        <source>&amp;Add a question</source>
        <translation>&amp;Ajouter une question</translation>
    </message>
    <message>
        <source>&amp;New question</source>
        <translation>&amp;Nouvelle question</translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation>Dup&amp;liquer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Question deleted (Ctrl+Z brings it back).</source>
        <translation>Question supprimée (Ctrl+Z la fait revenir).</translation>
    </message>
    <message>
        <source>Who says “{0}”?</source>
        <translation>Qui dit «&#xa0;{0}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Where does each claim come from?</source>
        <translation>D’où vient chaque affirmation&#xa0;?</translation>
    </message>
    <message>
        <source>Choose a question first, then add evidence.</source>
        <translation>Choisissez d’abord une question, puis ajoutez la preuve.</translation>
    </message>
    <message>
        <source>Use as evidence</source>
        <translation>Utiliser comme preuve</translation>
    </message>
    <message>
        <source>Drafted questions</source>
        <translation>Questions proposées</translation>
    </message>
</context>
<context>
    <name>EditorEntry</name>
    <message>
        <source>Named source</source>
        <translation>Source nommée</translation>
    </message>
    <message>
        <source>An identified person or organisation, quoted or paraphrased.</source>
        <translation>Une personne ou une organisation identifiée, citée ou paraphrasée.</translation>
    </message>
    <message>
        <source>Anonymous source</source>
        <translation>Source anonyme</translation>
    </message>
    <message>
        <source>A specific source the article describes but does not name.</source>
        <translation>Une source précise que l’article décrit sans la nommer.</translation>
    </message>
    <message>
        <source>Vague group</source>
        <translation>Groupe vague</translation>
    </message>
    <message>
        <source>An unidentifiable group or an impersonal voice.</source>
        <translation>Un groupe qu’on ne peut pas identifier, ou une voix impersonnelle.</translation>
    </message>
    <message>
        <source>The outlet itself</source>
        <translation>Le média lui-même</translation>
    </message>
    <message>
        <source>The outlet&apos;s own assertion, framing or loaded words, with no source.</source>
        <translation>Affirmation, cadrage ou mots chargés du média lui-même, sans source.</translation>
    </message>
    <message>
        <source>Plain fact</source>
        <translation>Fait établi</translation>
    </message>
    <message>
        <source>A public, checkable fact stated without a source, in neutral words.</source>
        <translation>Un fait public et vérifiable, énoncé sans source, en mots neutres.</translation>
    </message>
    <message>
        <source>Cannot edit this file</source>
        <translation>Impossible de modifier ce fichier</translation>
    </message>
    <message>
        <source>{0}

Fix this in a text editor, then open the file again.</source>
        <translation>{0}

Corrigez ceci dans un éditeur de texte, puis rouvrez le fichier.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>A copy of a built-in set: use Save as to keep it as your own file.</source>
        <translation>Copie d’une série fournie&#xa0;: utilisez «&#xa0;Enregistrer sous&#xa0;» pour en faire votre propre fichier.</translation>
    </message>
    <message>
        <source>this file does not hold a question set</source>
        <translation>ce fichier ne contient pas de série de questions</translation>
    </message>
    <message>
        <source>a new set</source>
        <translation>une nouvelle série</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>Restaurer le travail non enregistré&#xa0;?</translation>
    </message>
    <message>
        <source>The editor did not close normally. Your unsaved work on “{0}”, kept at {1}, can be restored. Restore it?</source>
        <translation>L’éditeur ne s’est pas fermé normalement. Votre travail non enregistré sur «&#xa0;{0}&#xa0;», conservé à {1}, peut être restauré. Le restaurer&#xa0;?</translation>
    </message>
    <message>
        <source>{0} at {1}</source>
        <translation>{0} à {1}</translation>
    </message>
</context>
<context>
    <name>EditorEntryPoints</name>
    <message>
        <source>&amp;New set…</source>
        <translation>&amp;Nouvelle série…</translation>
    </message>
    <message>
        <source>&amp;Edit set…</source>
        <translation>&amp;Modifier la série…</translation>
    </message>
    <message>
        <source>&amp;Edit set</source>
        <translation>&amp;Modifier la série</translation>
    </message>
    <message>
        <source>Change the selected set in the editor (a built-in set opens as a copy)</source>
        <translation>Modifier la série choisie dans l’éditeur (une série fournie s’ouvre en copie)</translation>
    </message>
    <message>
        <source>Question sets, articles and question banks ({0})</source>
        <translation>Séries de questions, articles et banques de questions ({0})</translation>
    </message>
    <message>
        <source>Question sets ({0})</source>
        <translation>Séries de questions ({0})</translation>
    </message>
    <message>
        <source>Articles: text, saved web page, Word ({0})</source>
        <translation>Articles&#xa0;: texte, page web enregistrée, Word ({0})</translation>
    </message>
    <message>
        <source>Moodle question banks: GIFT, Aiken, Moodle XML ({0})</source>
        <translation>Banques de questions Moodle&#xa0;: GIFT, Aiken, XML Moodle ({0})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>EditorExport</name>
    <message>
        <source>Export for Moodle</source>
        <translation>Exporter pour Moodle</translation>
    </message>
    <message>
        <source>The export writes the set as saved. Save your changes first?</source>
        <translation>L’export écrit la série telle qu’elle est enregistrée. Enregistrer d’abord vos modifications&#xa0;?</translation>
    </message>
    <message>
        <source>The set cannot be exported yet: it does not open for a quiz.</source>
        <translation>La série ne peut pas encore être exportée&#xa0;: elle n’est pas utilisable pour un quiz.</translation>
    </message>
    <message>
        <source>To fill in or fix: {0}.</source>
        <translation>À remplir ou corriger&#xa0;: {0}.</translation>
    </message>
</context>
<context>
    <name>EditorNotices</name>
    <message>
        <source>{0} {1}: {2}</source>
        <translation>{0} {1}&#xa0;: {2}</translation>
    </message>
    <message>
        <source>Nothing to point out here.</source>
        <translation>Rien à signaler ici.</translation>
    </message>
    <message>
        <source>Remarks: Enter goes to the field</source>
        <translation>Remarques&#xa0;: Entrée mène au champ</translation>
    </message>
    <message>
        <source>In the field “{0}”.</source>
        <translation>Dans le champ «&#xa0;{0}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>EditorRows</name>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Passage {0}</source>
        <translation>Passage {0}</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Montrer</translation>
    </message>
    <message>
        <source>Show passage {0} in the article</source>
        <translation>Montrer le passage {0} dans l’article</translation>
    </message>
    <message>
        <source>Passage {0} of claim {1}</source>
        <translation>Passage {0} de l’affirmation {1}</translation>
    </message>
    <message>
        <source>Show passage {0} of claim {1} in the article</source>
        <translation>Montrer le passage {0} de l’affirmation {1} dans l’article</translation>
    </message>
    <message>
        <source>Where claim {0} is in the article</source>
        <translation>Où se trouve l’affirmation {0} dans l’article</translation>
    </message>
    <message>
        <source>Where claim {0} is in the article: “{1}”</source>
        <translation>Où se trouve l’affirmation {0} dans l’article&#xa0;: «&#xa0;{1}&#xa0;»</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Bonne</translation>
    </message>
    <message>
        <source>Option {0} is correct</source>
        <translation>La réponse {0} est bonne</translation>
    </message>
    <message>
        <source>Option text</source>
        <translation>Texte de la réponse</translation>
    </message>
    <message>
        <source>Option {0}</source>
        <translation>Réponse {0}</translation>
    </message>
    <message>
        <source>Feedback when picked (optional)</source>
        <translation>Commentaire si elle est choisie (facultatif)</translation>
    </message>
    <message>
        <source>Feedback of option {0}</source>
        <translation>Commentaire de la réponse {0}</translation>
    </message>
    <message>
        <source>Keep in place</source>
        <translation>Garder sa place</translation>
    </message>
    <message>
        <source>Stays at its place when options are shuffled (e.g. &apos;None of these&apos;)</source>
        <translation>Reste à sa place quand les réponses sont mélangées (par ex. «&#xa0;Aucune de ces réponses&#xa0;»)</translation>
    </message>
    <message>
        <source>Option {0} keeps its place</source>
        <translation>La réponse {0} garde sa place</translation>
    </message>
    <message>
        <source>Correct answer</source>
        <translation>Bonne réponse</translation>
    </message>
    <message>
        <source>Add a passage to claim {0}</source>
        <translation>Ajouter un passage à l’affirmation {0}</translation>
    </message>
    <message>
        <source>The claim, in the article&apos;s words or its neutral core</source>
        <translation>L’affirmation, avec les mots de l’article ou réduite à son noyau neutre</translation>
    </message>
    <message>
        <source>Claim {0}</source>
        <translation>Affirmation {0}</translation>
    </message>
    <message>
        <source>— choose its kind of source —</source>
        <translation>— choisir le type de source —</translation>
    </message>
    <message>
        <source>Kind of source of claim {0}</source>
        <translation>Type de source de l’affirmation {0}</translation>
    </message>
    <message>
        <source>Why (optional)</source>
        <translation>Pourquoi (facultatif)</translation>
    </message>
    <message>
        <source>Explanation of claim {0}</source>
        <translation>Explication de l’affirmation {0}</translation>
    </message>
    <message>
        <source>Add a passage</source>
        <translation>Ajouter un passage</translation>
    </message>
    <message>
        <source>Quote or claim</source>
        <translation>Citation ou affirmation</translation>
    </message>
    <message>
        <source>Left side of pair {0}</source>
        <translation>Partie gauche de la paire {0}</translation>
    </message>
    <message>
        <source>Who said it / its source</source>
        <translation>Qui l’a dit / sa source</translation>
    </message>
    <message>
        <source>Right side of pair {0}</source>
        <translation>Partie droite de la paire {0}</translation>
    </message>
</context>
<context>
    <name>EditorWindow</name>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>The set and its questions</source>
        <translation>La série et ses questions</translation>
    </message>
    <message>
        <source>The file was changed by another program since you opened it.</source>
        <translation>Le fichier a été modifié par un autre programme depuis que vous l’avez ouvert.</translation>
    </message>
    <message>
        <source>&amp;Reload the file (lose my changes)</source>
        <translation>&amp;Recharger le fichier (perdre mes modifications)</translation>
    </message>
    <message>
        <source>&amp;Keep my version</source>
        <translation>&amp;Garder ma version</translation>
    </message>
    <message>
        <source>Form of the selected row</source>
        <translation>Formulaire de la ligne sélectionnée</translation>
    </message>
    <message>
        <source>New set</source>
        <translation>Nouvelle série</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>pas encore enregistré</translation>
    </message>
    <message>
        <source>Set editor — {0} ({1}){2}</source>
        <translation>Éditeur de série — {0} ({1}){2}</translation>
    </message>
    <message>
        <source>This passage is not in the article&apos;s text.</source>
        <translation>Ce passage n’est pas dans le texte de l’article.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before the set can be used</source>
        <translation>
            <numerusform>%n problème à corriger avant de pouvoir utiliser la série</numerusform>
            <numerusform>%n problèmes à corriger avant de pouvoir utiliser la série</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) still to fill in</source>
        <translation>
            <numerusform>%n champ encore à remplir</numerusform>
            <numerusform>%n champs encore à remplir</numerusform>
        </translation>
    </message>
    <message>
        <source>{count}: {places}</source>
        <translation>{count}&#xa0;: {places}</translation>
    </message>
    <message>
        <source>No problem: the set is ready to be tried and handed out (File &gt; Hand out to students…)</source>
        <translation>Aucun problème&#xa0;: la série est prête à être essayée et distribuée (Fichier &gt; Distribuer aux élèves…)</translation>
    </message>
    <message numerus="yes">
        <source>No problem; to review before handing it out: %n question(s), {0}</source>
        <translation>
            <numerusform>Aucun problème&#xa0;; à relire avant de la distribuer&#xa0;: %n question, la {0}</numerusform>
            <numerusform>Aucun problème&#xa0;; à relire avant de la distribuer&#xa0;: %n questions, {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n suggestion</numerusform>
            <numerusform>%n suggestions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditorWording</name>
    <message>
        <source>Title of the set</source>
        <translation>Titre de la série</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Headline of the article</source>
        <translation>Titre de l’article</translation>
    </message>
    <message>
        <source>News outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Text of the article</source>
        <translation>Texte de l’article</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Text of the answer</source>
        <translation>Texte de la réponse</translation>
    </message>
    <message>
        <source>Claims to classify</source>
        <translation>Affirmations à classer</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Paires</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <source>Kind of source</source>
        <translation>Type de source</translation>
    </message>
    <message>
        <source>Left side of the pair</source>
        <translation>Partie gauche de la paire</translation>
    </message>
    <message>
        <source>Right side of the pair</source>
        <translation>Partie droite de la paire</translation>
    </message>
    <message>
        <source>Name of the kind of source</source>
        <translation>Nom du type de source</translation>
    </message>
    <message>
        <source>Choose whether the statement is true or false.</source>
        <translation>Choisissez si l’affirmation est vraie ou fausse.</translation>
    </message>
    <message>
        <source>Statement to judge</source>
        <translation>Affirmation à juger</translation>
    </message>
    <message>
        <source>Fill in “{0}”.</source>
        <translation>Remplissez «&#xa0;{0}&#xa0;».</translation>
    </message>
    <message>
        <source>Choose the kind of source of this claim.</source>
        <translation>Choisissez le type de source de cette affirmation.</translation>
    </message>
    <message>
        <source>question {0}</source>
        <translation>question {0}</translation>
    </message>
    <message>
        <source>a first question</source>
        <translation>une première question</translation>
    </message>
    <message>
        <source>“{0}”</source>
        <translation>«&#xa0;{0}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <source>&amp;All my attempts</source>
        <translation>&amp;Toutes mes tentatives</translation>
    </message>
    <message>
        <source>&amp;One attempt:</source>
        <translation>&amp;Une tentative&#xa0;:</translation>
    </message>
    <message>
        <source>Attempt to export</source>
        <translation>Tentative à exporter</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Format du fichier</translation>
    </message>
    <message>
        <source>CSV, for a spreadsheet</source>
        <translation>CSV, pour un tableur</translation>
    </message>
    <message>
        <source>JSON, for a program</source>
        <translation>JSON, pour un programme</translation>
    </message>
    <message>
        <source>CSV style</source>
        <translation>Style CSV</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>CSV &amp;style:</source>
        <translation>Style &amp;CSV&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Your name from the settings is written into the file, and on the attempts made under it.</source>
        <translation>Votre nom, tiré des réglages, est écrit dans le fichier, et sur les tentatives faites sous ce nom.</translation>
    </message>
    <message>
        <source>No name is set: your teacher will see only the file&apos;s name. Type your name in File &gt; Settings before exporting.</source>
        <translation>Aucun nom n&apos;est réglé&#xa0;: votre enseignant ne verra que le nom du fichier. Tapez votre nom dans Fichier &gt; Paramètres avant d&apos;exporter.</translation>
    </message>
    <message>
        <source>quizapp results</source>
        <translation>résultats quizapp</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>Écriture de {0}…</translation>
    </message>
    <message>
        <source>The file could not be written: {0}</source>
        <translation>Le fichier n’a pas pu être écrit&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation>Enregistré&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>ExportWords</name>
    <message>
        <source>Format version</source>
        <translation>Version du format</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>Attempt id</source>
        <translation>Identifiant de la tentative</translation>
    </message>
    <message>
        <source>Set id</source>
        <translation>Identifiant de la série</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Série</translation>
    </message>
    <message>
        <source>Set version</source>
        <translation>Version de la série</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Commencée le</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminée le</translation>
    </message>
    <message>
        <source>Attempt score (0 to 1)</source>
        <translation>Score de la tentative (0 à 1)</translation>
    </message>
    <message>
        <source>Question id</source>
        <translation>Identifiant de la question</translation>
    </message>
    <message>
        <source>Position (0 first)</source>
        <translation>Position (0 = la première)</translation>
    </message>
    <message>
        <source>Question score (0 to 1)</source>
        <translation>Score de la question (0 à 1)</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>Points obtenus</translation>
    </message>
    <message>
        <source>Points possible</source>
        <translation>Points possibles</translation>
    </message>
    <message>
        <source>How sure</source>
        <translation>Degré de certitude</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Secondes</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondue le</translation>
    </message>
    <message>
        <source>Skills (ids)</source>
        <translation>Compétences (identifiants)</translation>
    </message>
    <message>
        <source>Claims: true&gt;chosen label</source>
        <translation>Affirmations&#xa0;: étiquette juste&gt;choisie</translation>
    </message>
    <message>
        <source>Answer given</source>
        <translation>Réponse donnée</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Voir dans&#xa0;:</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Nom de fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Fichiers de type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <source>The evidence is highlighted in the article.</source>
        <translation>Les passages qui le prouvent sont surlignés dans l’article.</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Right!</source>
        <translation>Juste&#xa0;!</translation>
    </message>
    <message>
        <source>Partly right</source>
        <translation>En partie juste</translation>
    </message>
    <message>
        <source>Not right</source>
        <translation>Pas juste</translation>
    </message>
    <message>
        <source>points: {0} of {1}</source>
        <translation>points&#xa0;: {0} sur {1}</translation>
    </message>
    <message>
        <source>Feedback: {0}</source>
        <translation>Correction&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Rule: {0}</source>
        <translation>Règle&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Your answer:</source>
        <translation>Votre réponse&#xa0;:</translation>
    </message>
    <message>
        <source>Passages of the article that show it (highlighted there):</source>
        <translation>Passages de l’article qui le montrent (surlignés dans l’article)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Not ready to try</source>
        <translation>Pas encore prêt à essayer</translation>
    </message>
    <message>
        <source>Fix these first:
{0}</source>
        <translation>Corrigez d’abord ceci&#xa0;:
{0}</translation>
    </message>
    <message>
        <source>Question {0}: {1}</source>
        <translation>Question {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Open a question set</source>
        <translation>Ouvrir une série de questions</translation>
    </message>
    <message>
        <source>Question sets (*.quiz.yaml *.quiz.yml *.quiz.json)</source>
        <translation>Séries de questions (*.quiz.yaml *.quiz.yml *.quiz.json)</translation>
    </message>
    <message>
        <source>Save the set</source>
        <translation>Enregistrer la série</translation>
    </message>
    <message>
        <source>Question sets (*.quiz.yaml *.quiz.json)</source>
        <translation>Séries de questions (*.quiz.yaml *.quiz.json)</translation>
    </message>
    <message>
        <source>Changed on disk</source>
        <translation>Modifié sur le disque</translation>
    </message>
    <message>
        <source>Another program changed {0} since you opened it. Replace it with your version?</source>
        <translation>Un autre programme a modifié {0} depuis que vous l’avez ouvert. Le remplacer par votre version&#xa0;?</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Cannot write {0}: {1}</source>
        <translation>Impossible d’écrire {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Saved as {0} in the folder {1}.</source>
        <translation>Enregistré sous {0} dans le dossier {1}.</translation>
    </message>
    <message>
        <source>The set is ready.</source>
        <translation>La série est prête.</translation>
    </message>
    <message numerus="yes">
        <source>It cannot be opened for a quiz yet: %n problem(s) to fix.</source>
        <translation>
            <numerusform>La série n’est pas encore utilisable pour un quiz&#xa0;: %n problème à corriger.</numerusform>
            <numerusform>La série n’est pas encore utilisable pour un quiz&#xa0;: %n problèmes à corriger.</numerusform>
        </translation>
    </message>
    <message>
        <source>To fill in or fix: {0}.</source>
        <translation>À remplir ou corriger&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to this set before closing?</source>
        <translation>Enregistrer les modifications de cette série avant de fermer&#xa0;?</translation>
    </message>
    <message>
        <source>Open an article</source>
        <translation>Ouvrir un article</translation>
    </message>
    <message>
        <source>Articles (*.txt *.html *.htm *.docx)</source>
        <translation>Articles (*.txt *.html *.htm *.docx)</translation>
    </message>
    <message>
        <source>Article not read</source>
        <translation>Article non lu</translation>
    </message>
    <message>
        <source>Paste the article</source>
        <translation>Coller l’article</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Save the set first: its pictures are kept in its folder.</source>
        <translation>Enregistrez d’abord la série&#xa0;: ses images sont rangées dans son dossier.</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Choisir une image</translation>
    </message>
    <message>
        <source>Pictures ({0})</source>
        <translation>Images ({0})</translation>
    </message>
</context>
<context>
    <name>FindingLabelRow</name>
    <message>
        <source>&amp;Kind of source of this finding:</source>
        <translation>T&amp;ype de source de ce repérage&#xa0;:</translation>
    </message>
    <message>
        <source>Kind of source of the selected finding</source>
        <translation>Type de source du repérage sélectionné</translation>
    </message>
</context>
<context>
    <name>FindingSpeakerRow</name>
    <message>
        <source>“{typed}” does not say who spoke: type a person&apos;s or a group&apos;s name.</source>
        <translation>«&#xa0;{typed}&#xa0;» ne dit pas qui parle&#xa0;: tapez le nom d’une personne ou d’un groupe.</translation>
    </message>
    <message>
        <source>&amp;Who said it:</source>
        <translation>Qui l’a &amp;dit&#xa0;:</translation>
    </message>
    <message>
        <source>Who said the selected finding</source>
        <translation>Qui parle dans le repérage choisi</translation>
    </message>
</context>
<context>
    <name>HandOut</name>
    <message>
        <source>&amp;Copy the file&apos;s path</source>
        <translation>&amp;Copier le chemin du fichier</translation>
    </message>
    <message>
        <source>To hand out this set, send your students its file:</source>
        <translation>Pour distribuer cette série, envoyez son fichier à vos élèves&#xa0;:</translation>
    </message>
    <message>
        <source>(by e-mail, on your school&apos;s online space or on a USB stick). Each student opens it in quizapp with File &gt; Open… (or drops it on the window), takes it, then sends you its results file (File &gt; Export results…).</source>
        <translation>(par courriel, sur l’ENT de l’établissement ou sur une clé USB). Chaque élève l’ouvre dans quizapp avec Fichier &gt; Ouvrir… (ou le dépose sur la fenêtre), fait la série, puis vous envoie son fichier de résultats (Fichier &gt; Exporter les résultats…).</translation>
    </message>
    <message>
        <source>For Moodle instead: File &gt; Export the set for Moodle (XML, GIFT)…</source>
        <translation>Pour Moodle, plutôt&#xa0;: Fichier &gt; Exporter la série pour Moodle (XML, GIFT)…</translation>
    </message>
    <message>
        <source>You read all their files together in Tools &gt; Class results… (Ctrl+Shift+R).</source>
        <translation>Vous lisez tous leurs fichiers ensemble dans Outils &gt; Résultats de la classe… (Ctrl+Maj+R).</translation>
    </message>
    <message>
        <source>Hand out to students</source>
        <translation>Distribuer aux élèves</translation>
    </message>
    <message>
        <source>Your students get the set as saved. Save your changes first?</source>
        <translation>Vos élèves reçoivent la série telle qu’enregistrée. Enregistrer d’abord vos modifications&#xa0;?</translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <source>Mastery over time</source>
        <translation>Maîtrise au fil du temps</translation>
    </message>
    <message>
        <source>No answers yet.</source>
        <translation>Pas encore de réponse.</translation>
    </message>
    <message>
        <source>{0}: {1}% on {2}</source>
        <translation>{0}&#xa0;: {1}&#xa0;% le {2}</translation>
    </message>
    <message>
        <source>No answers yet</source>
        <translation>Pas encore de réponse</translation>
    </message>
    <message>
        <source>{0}%</source>
        <translation>{0}&#xa0;%</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>{0}%</source>
        <translation>{0}&#xa0;%</translation>
    </message>
    <message>
        <source>Start &amp;boosters</source>
        <translation>&amp;Lancer les rappels</translation>
    </message>
    <message>
        <source>Start the boosters due today</source>
        <translation>Lancer les rappels du jour</translation>
    </message>
    <message>
        <source>Your record on this set</source>
        <translation>Vos résultats sur cette série</translation>
    </message>
    <message>
        <source>Mastery by kind of source</source>
        <translation>Maîtrise par type de source</translation>
    </message>
    <message>
        <source>Mastery by skill</source>
        <translation>Maîtrise par compétence</translation>
    </message>
    <message>
        <source>What the chart shows</source>
        <translation>Ce que montre le graphique</translation>
    </message>
    <message>
        <source>Your attempts at this set</source>
        <translation>Vos tentatives sur cette série</translation>
    </message>
    <message numerus="yes">
        <source>%n of them made on an earlier version of this set.</source>
        <translation>
            <numerusform>dont %n faite sur une version antérieure de cette série.</numerusform>
            <numerusform>dont %n faites sur une version antérieure de cette série.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n réponse</numerusform>
            <numerusform>%n réponses</numerusform>
        </translation>
    </message>
    <message>
        <source>quiz</source>
        <translation>quiz</translation>
    </message>
    <message>
        <source>review of mistakes</source>
        <translation>révision des erreurs</translation>
    </message>
    <message>
        <source>boosters</source>
        <translation>rappels</translation>
    </message>
    <message>
        <source>exam</source>
        <translation>examen</translation>
    </message>
    <message>
        <source>Boosters due today: {0}</source>
        <translation>Rappels du jour&#xa0;: {0}</translation>
    </message>
    <message>
        <source>({0} of them in sets that are not open)</source>
        <translation>(dont {0} dans des séries qui ne sont pas ouvertes)</translation>
    </message>
    <message>
        <source>Questions come back here 1 to 30 days after you answer them.</source>
        <translation>Les questions reviennent ici de 1 à 30 jours après votre réponse.</translation>
    </message>
    <message>
        <source>Choose a set to see your progress</source>
        <translation>Choisissez une série pour voir vos progrès</translation>
    </message>
    <message>
        <source>Review my &amp;mistakes ({0})</source>
        <translation>Revoir mes &amp;erreurs ({0})</translation>
    </message>
    <message numerus="yes">
        <source>Last score {0} · best {1} · %n finished attempt(s)</source>
        <translation>
            <numerusform>Dernier score {0} · meilleur {1} · %n tentative terminée</numerusform>
            <numerusform>Dernier score {0} · meilleur {1} · %n tentatives terminées</numerusform>
        </translation>
    </message>
    <message>
        <source>No finished attempt yet: start this set to see your progress.</source>
        <translation>Aucune tentative terminée pour l’instant&#xa0;: commencez cette série pour voir vos progrès.</translation>
    </message>
    <message>
        <source>Reviews and boosters done: {0}</source>
        <translation>Révisions et rappels faits&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Due today in this set: {0}</source>
        <translation>À revoir aujourd’hui dans cette série&#xa0;: {0}</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>inachevé</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>abandonné</translation>
    </message>
    <message>
        <source>{0} — {1} — {2}</source>
        <translation>{0} — {1} — {2}</translation>
    </message>
    <message>
        <source>earlier version of the set</source>
        <translation>version antérieure de la série</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Import questions from Moodle or another quiz tool</source>
        <translation>Importer des questions depuis Moodle ou un autre outil de quiz</translation>
    </message>
    <message>
        <source>Question banks (*.gift *.txt *.xml);;GIFT (*.gift *.txt);;Moodle XML (*.xml);;Aiken (*.txt);;All files (*)</source>
        <translation>Banques de questions (*.gift *.txt *.xml);;GIFT (*.gift *.txt);;Moodle XML (*.xml);;Aiken (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation>Importation de {0}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save the imported set</source>
        <translation>Enregistrer la série importée</translation>
    </message>
    <message>
        <source>Question sets (*.quiz.yaml)</source>
        <translation>Séries de questions (*.quiz.yaml)</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation>Impossible d’écrire {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>{0} could not be imported:</source>
        <translation>{0} n’a pas pu être importé&#xa0;:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>Rapport d’importation</translation>
    </message>
    <message>
        <source>{imported}, {skipped}, from {source}.</source>
        <translation>{imported}, {skipped}, depuis {source}.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) imported</source>
        <translation>
            <numerusform>%n question importée</numerusform>
            <numerusform>%n questions importées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n ignorée</numerusform>
            <numerusform>%n ignorées</numerusform>
        </translation>
    </message>
    <message>
        <source>Language of the set: {language}.</source>
        <translation>Langue du jeu&#xa0;: {language}.</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <source>Save the set, then it opens in the library.</source>
        <translation>Enregistrez la série&#xa0;: elle s’ouvrira ensuite dans la bibliothèque.</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Question sets</source>
        <translation>Séries de questions</translation>
    </message>
    <message>
        <source>Choose a set and press Start. To add your own, use Open a file, the File menu, or drop a .quiz.yaml or .quiz.json file on this window; drop an article (.docx, .html, .txt) to make a new set from it, or a Moodle question bank (GIFT, Aiken, Moodle XML) to import it.</source>
        <translation>Choisissez une série et appuyez sur Commencer. Pour ajouter la vôtre, utilisez Ouvrir un fichier, le menu Fichier, ou déposez un fichier .quiz.yaml ou .quiz.json sur cette fenêtre&#xa0;; déposez un article (.docx, .html, .txt) pour en faire une nouvelle série, ou une banque de questions Moodle (GIFT, Aiken, XML Moodle) pour l’importer.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Press Enter to start the selected set.</source>
        <translation>Appuyez sur Entrée pour commencer la série choisie.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Commencer</translation>
    </message>
    <message>
        <source>&amp;Open a file…</source>
        <translation>&amp;Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>&amp;Remove from library</source>
        <translation>&amp;Retirer de la bibliothèque</translation>
    </message>
    <message>
        <source>Remove the selected set from the library</source>
        <translation>Retirer de la bibliothèque la série choisie</translation>
    </message>
    <message>
        <source>Take your set out of this list; its file stays where it is (Delete)</source>
        <translation>Retirer votre série de cette liste&#xa0;; son fichier reste où il est (Suppr)</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>intégrée</translation>
    </message>
    <message>
        <source>Remove “{0}” from the library?</source>
        <translation>Retirer «&#xa0;{0}&#xa0;» de la bibliothèque&#xa0;?</translation>
    </message>
    <message>
        <source>Only the list changes: the file {0} stays on your computer, in the folder {1}. To list it again, open it with File &gt; Open.</source>
        <translation>Seule la liste change&#xa0;: le fichier {0} reste sur votre ordinateur, dans le dossier {1}. Pour le remettre dans la liste, ouvrez-le avec Fichier &gt; Ouvrir.</translation>
    </message>
    <message>
        <source>Remove from library</source>
        <translation>Retirer de la bibliothèque</translation>
    </message>
</context>
<context>
    <name>LoadErrorBox</name>
    <message numerus="yes">
        <source>… and %n more line(s) (see the details)</source>
        <translation>
            <numerusform>… et %n autre ligne (voir les détails)</numerusform>
            <numerusform>… et %n autres lignes (voir les détails)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open the question set</source>
        <translation>Impossible d’ouvrir la série de questions</translation>
    </message>
    <message>
        <source>{0} could not be opened:</source>
        <translation>{0} n’a pas pu être ouvert&#xa0;:</translation>
    </message>
    <message>
        <source>Open it in the editor to fill in what is missing.</source>
        <translation>Ouvrez-la dans l’éditeur pour remplir ce qui manque.</translation>
    </message>
    <message>
        <source>Fix in the &amp;editor</source>
        <translation>&amp;Corriger dans l’éditeur</translation>
    </message>
</context>
<context>
    <name>LocateWidget</name>
    <message>
        <source>Use the selected passage (Ctrl+U)</source>
        <translation>Retenir le passage sélectionné (Ctrl+U)</translation>
    </message>
    <message>
        <source>Use the passage selected in the article</source>
        <translation>Retenir le passage sélectionné dans l’article</translation>
    </message>
    <message>
        <source>your passage covers the answer, highlighted in the article</source>
        <translation>votre passage couvre la réponse, surlignée dans l’article</translation>
    </message>
    <message numerus="yes">
        <source>too short: you selected %n word(s) of the {0} of the passage highlighted in the article; select at least half of it.</source>
        <translation>
            <numerusform>trop court&#xa0;: vous avez sélectionné %n mot sur les {0} du passage surligné dans l’article&#xa0;; sélectionnez-en au moins la moitié.</numerusform>
            <numerusform>trop court&#xa0;: vous avez sélectionné %n mots sur les {0} du passage surligné dans l’article&#xa0;; sélectionnez-en au moins la moitié.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>too broad: you selected %n word(s) for a passage of {0}, highlighted in the article; select the passage itself, not the text around it.</source>
        <translation>
            <numerusform>trop large&#xa0;: vous avez sélectionné %n mot pour un passage de {0}, surligné dans l’article&#xa0;; sélectionnez le passage lui-même, pas le texte autour.</numerusform>
            <numerusform>trop large&#xa0;: vous avez sélectionné %n mots pour un passage de {0}, surligné dans l’article&#xa0;; sélectionnez le passage lui-même, pas le texte autour.</numerusform>
        </translation>
    </message>
    <message>
        <source>the answer is the passage highlighted in the article</source>
        <translation>la réponse est le passage surligné dans l’article</translation>
    </message>
    <message>
        <source>no passage chosen; the answer is highlighted in the article</source>
        <translation>aucun passage choisi&#xa0;; la réponse est surlignée dans l’article</translation>
    </message>
    <message>
        <source>Select the passage in the article (with the mouse, or Tab into the text and hold Shift with the arrow keys; Ctrl+F finds words you type), then confirm it with the button below or Ctrl+U.</source>
        <translation>Sélectionnez le passage dans l’article (avec la souris, ou entrez dans le texte avec Tab et gardez Maj enfoncée avec les flèches&#xa0;; Ctrl+F trouve les mots que vous tapez), puis confirmez-le avec le bouton ci-dessous ou Ctrl+U.</translation>
    </message>
    <message>
        <source>Nothing is selected in the article yet.</source>
        <translation>Rien n’est encore sélectionné dans l’article.</translation>
    </message>
    <message>
        <source>No passage chosen yet.</source>
        <translation>Aucun passage choisi pour l’instant.</translation>
    </message>
    <message>
        <source>Your passage: “{0}”</source>
        <translation>Votre passage&#xa0;: «&#xa0;{0}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>quizapp — who says so?</source>
        <translation>quizapp — qui le dit&#xa0;?</translation>
    </message>
    <message>
        <source>quizapp — {0}</source>
        <translation>quizapp — {0}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>Ou&amp;tils</translation>
    </message>
    <message>
        <source>Loading the built-in question sets…</source>
        <translation>Chargement des séries de questions intégrées…</translation>
    </message>
    <message>
        <source>Your set {0} has problems and is not in the library: open it with File &gt; Open to see them.</source>
        <translation>Votre série {0} a des problèmes et n’est pas dans la bibliothèque&#xa0;: ouvrez-la avec Fichier &gt; Ouvrir pour les voir.</translation>
    </message>
    <message>
        <source>Your set {0} is no longer where it was saved and is left out of the library; if you moved it, open it with File &gt; Open.</source>
        <translation>Votre série {0} n’est plus là où elle a été enregistrée et ne figure pas dans la bibliothèque&#xa0;; si vous l’avez déplacée, ouvrez-la avec Fichier &gt; Ouvrir.</translation>
    </message>
    <message>
        <source>Opening {0}…</source>
        <translation>Ouverture de {0}…</translation>
    </message>
    <message>
        <source>Added to the library: {0}</source>
        <translation>Ajoutée à la bibliothèque&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Open a question set, an article or a question bank</source>
        <translation>Ouvrir une série de questions, un article ou une banque de questions</translation>
    </message>
</context>
<context>
    <name>Marks</name>
    <message>
        <source>✔ Right</source>
        <translation>✔ Juste</translation>
    </message>
    <message>
        <source>✘ Wrong</source>
        <translation>✘ Faux</translation>
    </message>
    <message>
        <source>➜ Missed</source>
        <translation>➜ Oubliée</translation>
    </message>
    <message>
        <source>{0}. {1}: {2}</source>
        <translation>{0}. {1}&#xa0;: {2}</translation>
    </message>
</context>
<context>
    <name>MatchWidget</name>
    <message>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <source>Quote {0} of {1}: « {2} »</source>
        <translation>Citation {0} sur {1}&#xa0;: «&#xa0;{2}&#xa0;»</translation>
    </message>
    <message>
        <source>said by:</source>
        <translation>dite par&#xa0;:</translation>
    </message>
    <message>
        <source>Choices: {0}</source>
        <translation>Choix&#xa0;: {0}</translation>
    </message>
    <message>
        <source>no answer chosen; it is “{0}”.</source>
        <translation>aucune réponse choisie&#xa0;; c’est «&#xa0;{0}&#xa0;».</translation>
    </message>
    <message>
        <source>you chose “{0}”, the answer is “{1}”.</source>
        <translation>vous avez choisi «&#xa0;{0}&#xa0;», la réponse est «&#xa0;{1}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>MoodleExport</name>
    <message>
        <source>Export for Moodle</source>
        <translation>Exporter pour Moodle</translation>
    </message>
    <message>
        <source>Choose a set in the list.</source>
        <translation>Choisissez d’abord une série dans la liste.</translation>
    </message>
    <message>
        <source>Moodle XML (*.xml)</source>
        <translation>XML Moodle (*.xml)</translation>
    </message>
    <message>
        <source>GIFT (*.gift *.txt)</source>
        <translation>GIFT (*.gift *.txt)</translation>
    </message>
    <message>
        <source>Export the set for Moodle</source>
        <translation>Exporter la série pour Moodle</translation>
    </message>
    <message>
        <source>The set could not be exported: {0}</source>
        <translation>La série n’a pas pu être exportée&#xa0;: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) ({0})</source>
        <translation>
            <numerusform>%n question ({0})</numerusform>
            <numerusform>%n questions ({0})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) written to {0} ({1}).</source>
        <translation>
            <numerusform>%n question écrite dans {0} ({1}).</numerusform>
            <numerusform>%n questions écrites dans {0} ({1}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported:</source>
        <translation>Non exportées&#xa0;:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>À savoir&#xa0;:</translation>
    </message>
    <message>
        <source>question {0} ({1}, {2})</source>
        <translation>question {0} ({1}, {2})</translation>
    </message>
</context>
<context>
    <name>NumberedChoice</name>
    <message>
        <source>none</source>
        <comment>no choice made yet on a row</comment>
        <translation>aucune</translation>
    </message>
</context>
<context>
    <name>PassageNavigator</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Précédent</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <source>Previous passage</source>
        <translation>Passage précédent</translation>
    </message>
    <message>
        <source>Next passage</source>
        <translation>Passage suivant</translation>
    </message>
    <message>
        <source>Previous highlighted passage (Shift+F3)</source>
        <translation>Passage surligné précédent (Maj+F3)</translation>
    </message>
    <message>
        <source>Next highlighted passage (F3)</source>
        <translation>Passage surligné suivant (F3)</translation>
    </message>
    <message>
        <source>Passage {0} of {1}</source>
        <translation>Passage {0} sur {1}</translation>
    </message>
</context>
<context>
    <name>PasteBound</name>
    <message>
        <source>Article too long</source>
        <translation>Article trop long</translation>
    </message>
    <message>
        <source>With this text the article would be {0} characters long, and an article holds at most {1} (about 15,000 words). Cut it: paste only the part the questions are about.</source>
        <translation>Avec ce texte, l’article ferait {0}&#xa0;caractères, et un article en compte au plus {1} (environ 15&#xa0;000&#xa0;mots). Coupez-le&#xa0;: ne collez que la partie sur laquelle portent les questions.</translation>
    </message>
</context>
<context>
    <name>PreviewWindow</name>
    <message>
        <source>Trying: {0} (nothing is recorded)</source>
        <translation>Essai&#xa0;: {0} (rien n’est enregistré)</translation>
    </message>
</context>
<context>
    <name>ProposalForm</name>
    <message>
        <source>Question</source>
        <translation>Énoncé</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>{title}:</source>
        <translation>{title}&#xa0;:</translation>
    </message>
    <message>
        <source>Kind of source of the quotation</source>
        <translation>Type de source de la citation</translation>
    </message>
    <message>
        <source>Kind of source of the reported words</source>
        <translation>Type de source des propos rapportés</translation>
    </message>
    <message>
        <source>Kind of source of claim {number}</source>
        <translation>Type de source de l’affirmation {number}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove claim {number}</source>
        <translation>Retirer l’affirmation {number}</translation>
    </message>
    <message>
        <source>Right answer</source>
        <translation>Bonne réponse</translation>
    </message>
    <message>
        <source>Wrong options</source>
        <translation>Mauvaises réponses proposées</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Vrai</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Faux</translation>
    </message>
    <message>
        <source>Who said quotation {number}</source>
        <translation>Qui a dit la citation {number}</translation>
    </message>
    <message>
        <source>Words to find</source>
        <translation>Mots à trouver</translation>
    </message>
    <message>
        <source>“{text}”</source>
        <translation>«&#xa0;{text}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Lecteur</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans&#xa0;:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#xa0;:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Discard</source>
        <translation>Ne pas enregistrer</translation>
    </message>
</context>
<context>
    <name>QuestionForm</name>
    <message>
        <source>Kind of question</source>
        <translation>Type de question</translation>
    </message>
    <message>
        <source>&amp;Kind of question:</source>
        <translation>&amp;Type de question&#xa0;:</translation>
    </message>
    <message>
        <source>The question the learner reads</source>
        <translation>La question que lit l’élève</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Q&amp;uestion:</source>
        <translation>Q&amp;uestion&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Statement to judge:</source>
        <translation>Affirmation à &amp;juger&#xa0;:</translation>
    </message>
    <message>
        <source>I&amp;mage:</source>
        <translation>&amp;Image&#xa0;:</translation>
    </message>
    <message>
        <source>Question id</source>
        <translation>Identifiant de la question</translation>
    </message>
    <message>
        <source>Lowercase words joined by &apos;-&apos;; unique in the set</source>
        <translation>Mots en minuscules reliés par «&#xa0;-&#xa0;»&#xa0;; unique dans la série</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Answers (tick the right ones)</source>
        <translation>Réponses (cochez les bonnes)</translation>
    </message>
    <message>
        <source>Add an &amp;answer</source>
        <translation>A&amp;jouter une réponse</translation>
    </message>
    <message>
        <source>Claims to classify</source>
        <translation>Affirmations à classer</translation>
    </message>
    <message>
        <source>Add a &amp;claim</source>
        <translation>Ajout&amp;er une affirmation</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Paires</translation>
    </message>
    <message>
        <source>Add a pa&amp;ssage to find</source>
        <translation>A&amp;jouter un passage à trouver</translation>
    </message>
    <message>
        <source>Add a p&amp;air</source>
        <translation>A&amp;jouter une paire</translation>
    </message>
    <message>
        <source>Extra wrong choice {0}</source>
        <translation>Mauvais choix supplémentaire {0}</translation>
    </message>
    <message>
        <source>Extra wrong choices (optional)</source>
        <translation>Mauvais choix supplémentaires (facultatif)</translation>
    </message>
    <message>
        <source>Add a wrong &amp;choice</source>
        <translation>Ajout&amp;er un mauvais choix</translation>
    </message>
    <message>
        <source>true</source>
        <translation>vraie</translation>
    </message>
    <message>
        <source>false</source>
        <translation>fausse</translation>
    </message>
    <message>
        <source>The statement is:</source>
        <translation>L’affirmation est&#xa0;:</translation>
    </message>
    <message>
        <source>Passages to find (select them in the article)</source>
        <translation>Passages à trouver (sélectionnez-les dans l’article)</translation>
    </message>
    <message>
        <source>Partial credit</source>
        <translation>Points partiels</translation>
    </message>
    <message>
        <source>All or nothing</source>
        <translation>Tout ou rien</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Notation</translation>
    </message>
    <message>
        <source>Scoring:</source>
        <translation>Notation&#xa0;:</translation>
    </message>
    <message>
        <source>Right answer</source>
        <translation>Bonne réponse</translation>
    </message>
    <message>
        <source>Shown after answering: why</source>
        <translation>Affichée après la réponse&#xa0;: pourquoi</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>E&amp;xplanation:</source>
        <translation>E&amp;xplication&#xa0;:</translation>
    </message>
    <message>
        <source>Evidence in the article (select it there)</source>
        <translation>Preuves dans l’article (sélectionnez-les dans l’article)</translation>
    </message>
    <message>
        <source>Add ev&amp;idence</source>
        <translation>Ajouter une preu&amp;ve</translation>
    </message>
    <message>
        <source>The journalistic rule, e.g. AP: describe the source</source>
        <translation>La règle journalistique, par ex. AP&#xa0;: décrire la source</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>&amp;Règle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Compétences&#xa0;:</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>Point&amp;s&#xa0;:</translation>
    </message>
    <message>
        <source>Tr&amp;y this question</source>
        <translation>Essa&amp;yer cette question</translation>
    </message>
    <message>
        <source>Advanced: the question&apos;s name in the file</source>
        <translation>Avancé&#xa0;: le nom de la question dans le fichier</translation>
    </message>
    <message>
        <source>The file names each question by this id, made from its words; results use it. There is no need to change it.</source>
        <translation>Le fichier désigne chaque question par cet identifiant, tiré de ses mots&#xa0;; les résultats s’en servent. Inutile de le modifier.</translation>
    </message>
    <message>
        <source>skills, separated by commas (a new name is added)</source>
        <translation>compétences, séparées par des virgules (un nouveau nom est ajouté)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Image file</source>
        <translation>Fichier image</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>Choisir une image</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Pas d’image</translation>
    </message>
</context>
<context>
    <name>QuestionList</name>
    <message>
        <source>The set: {0}</source>
        <translation>La série&#xa0;: {0}</translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>(pas encore de titre)</translation>
    </message>
    <message>
        <source>(no question yet)</source>
        <translation>(pas encore de question)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n suggestion</numerusform>
            <numerusform>%n suggestions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>Picture of the question</source>
        <translation>Image de la question</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>evidence for claim {0}</source>
        <translation>preuve de l’affirmation {0}</translation>
    </message>
    <message>
        <source>evidence for claims {0}</source>
        <translation>preuve des affirmations {0}</translation>
    </message>
    <message>
        <source>Choose one answer (number keys work too).</source>
        <translation>Choisissez une réponse (les touches numériques marchent aussi).</translation>
    </message>
    <message>
        <source>Tick every right answer (number keys toggle them).</source>
        <translation>Cochez toutes les bonnes réponses (les touches numériques les cochent ou décochent).</translation>
    </message>
    <message>
        <source>Is this statement true or false? (1 = true, 2 = false)</source>
        <translation>Cette affirmation est-elle vraie ou fausse&#xa0;? (1 = vrai, 2 = faux)</translation>
    </message>
    <message>
        <source>Say where each claim comes from: pick a label for each row (on a focused row, type the label&apos;s number).</source>
        <translation>Dites d’où vient chaque affirmation&#xa0;: choisissez une étiquette pour chaque ligne (sur la ligne active, tapez le numéro de l’étiquette).</translation>
    </message>
    <message>
        <source>Give each row one of the choices (on a focused row, type the choice&apos;s number).</source>
        <translation>Donnez à chaque ligne l’un des choix (sur la ligne active, tapez le numéro du choix).</translation>
    </message>
    <message>
        <source>Find the passage in the article on the right.</source>
        <translation>Trouvez le passage dans l’article à droite.</translation>
    </message>
</context>
<context>
    <name>QuestionTypes</name>
    <message>
        <source>One right answer</source>
        <translation>Une seule bonne réponse</translation>
    </message>
    <message>
        <source>Several right answers</source>
        <translation>Plusieurs bonnes réponses</translation>
    </message>
    <message>
        <source>True or false</source>
        <translation>Vrai ou faux</translation>
    </message>
    <message>
        <source>Classify claims by source</source>
        <translation>Classer des affirmations selon leur source</translation>
    </message>
    <message>
        <source>Match pairs</source>
        <translation>Associer des paires</translation>
    </message>
    <message>
        <source>Find the passage in the article</source>
        <translation>Trouver le passage dans l’article</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>%p%</source>
        <comment>progress bar: %p is the percentage done</comment>
        <translation>%p&#xa0;%</translation>
    </message>
    <message>
        <source>See the &amp;results</source>
        <translation>Voir les &amp;résultats</translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation>&amp;Question suivante</translation>
    </message>
    <message>
        <source>Shortcut: Enter or Ctrl+Enter</source>
        <translation>Raccourci&#xa0;: Entrée ou Ctrl+Entrée</translation>
    </message>
    <message>
        <source>Exam mode: the answers are revealed at the end.</source>
        <translation>Mode examen&#xa0;: les réponses sont dévoilées à la fin.</translation>
    </message>
    <message>
        <source>Question {0} of {1}</source>
        <translation>Question {0} sur {1}</translation>
    </message>
    <message>
        <source>&amp;Save answer and continue</source>
        <translation>&amp;Enregistrer la réponse et continuer</translation>
    </message>
    <message>
        <source>&amp;Check answer</source>
        <translation>&amp;Vérifier la réponse</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>You gave every claim you labelled its right kind of source.</source>
        <translation>Vous avez donné à chaque affirmation étiquetée son bon type de source.</translation>
    </message>
    <message numerus="yes">
        <source>Most frequent mix-up: %n claim(s) from “{true}” taken for “{chosen}”.</source>
        <translation>
            <numerusform>Confusion la plus fréquente&#xa0;: %n affirmation de type «&#xa0;{true}&#xa0;» prise pour «&#xa0;{chosen}&#xa0;».</numerusform>
            <numerusform>Confusion la plus fréquente&#xa0;: %n affirmations de type «&#xa0;{true}&#xa0;» prises pour «&#xa0;{chosen}&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Your score: {0}%</source>
        <translation>Votre score&#xa0;: {0}&#xa0;%</translation>
    </message>
    <message>
        <source>pass mark {0}%</source>
        <translation>seuil de réussite {0}&#xa0;%</translation>
    </message>
    <message>
        <source>✔ Passed ({0})</source>
        <translation>✔ Réussi ({0})</translation>
    </message>
    <message>
        <source>✘ Not passed ({0})</source>
        <translation>✘ Pas réussi ({0})</translation>
    </message>
    <message>
        <source>points: {0} of {1}</source>
        <translation>points&#xa0;: {0} sur {1}</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Calibrage</translation>
    </message>
    <message>
        <source>Which kind of source did you take for which?</source>
        <translation>Quel type de source avez-vous pris pour quel autre&#xa0;?</translation>
    </message>
    <message>
        <source>Rows: the true kind of source. Columns: the kind you chose.</source>
        <translation>En ligne&#xa0;: le vrai type de source. En colonne&#xa0;: celui que vous avez choisi.</translation>
    </message>
    <message>
        <source>Questions to look at again</source>
        <translation>Questions à revoir</translation>
    </message>
    <message>
        <source>Double-click one (or press Enter on it) to review it.</source>
        <translation>Double-cliquez sur une question (ou appuyez sur Entrée) pour la revoir.</translation>
    </message>
    <message>
        <source>when you were sure, you were right {0} of {1} times ({2}%)</source>
        <translation>quand vous étiez sûr(e), vous aviez juste {0} fois sur {1} ({2}&#xa0;%)</translation>
    </message>
    <message>
        <source>when you were not sure, {0} of {1} times ({2}%)</source>
        <translation>quand vous ne l’étiez pas, {0} fois sur {1} ({2}&#xa0;%)</translation>
    </message>
    <message>
        <source>How sure you were: {0}.</source>
        <translation>Votre assurance&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>Confusion matrix: true label by row, your label by column</source>
        <translation>Matrice de confusion&#xa0;: la bonne étiquette en ligne, la vôtre en colonne</translation>
    </message>
    <message>
        <source>no
label</source>
        <translation>sans
étiquette</translation>
    </message>
    <message>
        <source>Select the whole table</source>
        <translation>Sélectionner tout le tableau</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>{0} ✔</source>
        <translation>{0} ✔</translation>
    </message>
    <message>
        <source>{0} ✘</source>
        <translation>{0} ✘</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>By kind of source</source>
        <translation>Par type de source</translation>
    </message>
    <message>
        <source>claims right</source>
        <translation>affirmations justes</translation>
    </message>
    <message>
        <source>Kind of source</source>
        <translation>Type de source</translation>
    </message>
    <message>
        <source>By skill</source>
        <translation>Par compétence</translation>
    </message>
    <message>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <source>{0} of {1} ({2}%)</source>
        <translation>{0} sur {1} ({2}&#xa0;%)</translation>
    </message>
    <message>
        <source>Missed questions</source>
        <translation>Questions manquées</translation>
    </message>
    <message>
        <source>{0} ({1}%)</source>
        <translation>{0} ({1}&#xa0;%)</translation>
    </message>
    <message>
        <source>None: every question fully right.</source>
        <translation>Aucune&#xa0;: toutes les questions sont entièrement justes.</translation>
    </message>
    <message>
        <source>&amp;Review the missed questions</source>
        <translation>&amp;Revoir les questions manquées</translation>
    </message>
    <message>
        <source>Try this set &amp;again</source>
        <translation>Refaire cette &amp;série</translation>
    </message>
    <message>
        <source>Back to the &amp;library</source>
        <translation>Retour à la bib&amp;liothèque</translation>
    </message>
    <message>
        <source>Next &amp;boosters: {0}</source>
        <translation>Rappels suiva&amp;nts&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>ReviewKeys</name>
    <message>
        <source>Typing on the list of proposals decides nothing: A accepts, D drops, Ctrl+Z takes a decision back, Enter opens the question to edit it.</source>
        <translation>Taper du texte dans la liste des propositions ne décide rien&#xa0;: A accepte, D écarte, Ctrl+Z annule une décision, Entrée ouvre la question pour la modifier.</translation>
    </message>
    <message>
        <source>Typing on the list decides nothing, nor does A or D right after typed words: pause a few seconds or move with an arrow key, then press A or D again.</source>
        <translation>Taper du texte dans la liste ne décide rien, ni A ou D juste après des mots tapés&#xa0;: faites une pause de quelques secondes ou déplacez-vous avec une flèche, puis appuyez de nouveau sur A ou D.</translation>
    </message>
</context>
<context>
    <name>ReviewMemory</name>
    <message>
        <source>Close the review</source>
        <translation>Fermer la relecture</translation>
    </message>
    <message>
        <source>Your accepted questions and corrections will be lost. Close anyway?</source>
        <translation>Les questions acceptées et vos corrections seront perdues. Fermer quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Close without keeping them</source>
        <translation>Fermer sans les garder</translation>
    </message>
    <message>
        <source>Keep reviewing</source>
        <translation>Continuer la relecture</translation>
    </message>
</context>
<context>
    <name>ReviewProgress</name>
    <message>
        <source>The article could not be analysed: {error}</source>
        <translation>L’article n’a pas pu être analysé&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Analysing the article: paragraph {done} of {total}…</source>
        <translation>Analyse de l’article&#xa0;: paragraphe {done} sur {total}…</translation>
    </message>
    <message>
        <source>Analysing the article: checking the findings across it…</source>
        <translation>Analyse de l’article&#xa0;: vérification des repérages sur tout l’article…</translation>
    </message>
    <message>
        <source>Drafting the questions…</source>
        <translation>Rédaction des questions…</translation>
    </message>
</context>
<context>
    <name>ReviewState</name>
    <message>
        <source>Proposed: {proposed} — accepted: {accepted}, dropped: {dropped}, to decide: {waiting}</source>
        <translation>Proposées&#xa0;: {proposed} — acceptées&#xa0;: {accepted}, écartées&#xa0;: {dropped}, à décider&#xa0;: {waiting}</translation>
    </message>
    <message>
        <source>Proposed: {proposed} — accepted: {accepted}, dropped: {dropped}, {withdrawn}, to decide: {waiting}</source>
        <translation>Proposées&#xa0;: {proposed} — acceptées&#xa0;: {accepted}, écartées&#xa0;: {dropped}, {withdrawn}, à décider&#xa0;: {waiting}</translation>
    </message>
    <message>
        <source>The article is too long to draft whole: only its first {drafted} words of {words} were drafted.</source>
        <translation>L’article est trop long pour être lu en entier&#xa0;: seuls ses {drafted} premiers mots sur {words} ont été lus pour les propositions.</translation>
    </message>
    <message>
        <source>true or false accepted: {true} true, {false} false</source>
        <translation>questions vrai ou faux acceptées&#xa0;: {true} «&#xa0;vrai&#xa0;», {false} «&#xa0;faux&#xa0;»</translation>
    </message>
    <message>
        <source>true</source>
        <translation>vrai</translation>
    </message>
    <message>
        <source>false</source>
        <translation>faux</translation>
    </message>
    <message>
        <source>(always answering “{many}” would score {count} of {total}: accept more “{few}” statements or drop some “{many}” ones)</source>
        <translation>(répondre toujours «&#xa0;{many}&#xa0;» donnerait {count} sur {total}&#xa0;: acceptez plus d’affirmations «&#xa0;{few}&#xa0;» ou écartez-en des «&#xa0;{many}&#xa0;»)</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Précédente</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivante</translation>
    </message>
    <message>
        <source>Back to the &amp;results</source>
        <translation>Retour aux &amp;résultats</translation>
    </message>
    <message>
        <source>Review: question {0} of {1} to look at again</source>
        <translation>Révision&#xa0;: question {0} sur {1} à revoir</translation>
    </message>
</context>
<context>
    <name>RowList</name>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>RowMarks</name>
    <message>
        <source>{0}, {1}, {2}: each row&apos;s mark and why are under it.</source>
        <translation>{0}, {1}, {2}&#xa0;: la note de chaque ligne et sa raison sont écrites sous elle.</translation>
    </message>
    <message numerus="yes">
        <source>%n right answer(s)</source>
        <translation>
            <numerusform>%n réponse juste</numerusform>
            <numerusform>%n réponses justes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wrong</source>
        <translation>
            <numerusform>%n fausse</numerusform>
            <numerusform>%n fausses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed</source>
        <translation>
            <numerusform>%n oubliée</numerusform>
            <numerusform>%n oubliées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetForm</name>
    <message>
        <source>About this set</source>
        <translation>À propos de cette série</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre de la série&#xa0;:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>Set id</source>
        <translation>Identifiant de la série</translation>
    </message>
    <message>
        <source>Proposed from the title: lowercase words joined by &apos;-&apos;</source>
        <translation>Proposé à partir du titre&#xa0;: mots en minuscules reliés par «&#xa0;-&#xa0;»</translation>
    </message>
    <message>
        <source>Language of the set</source>
        <translation>Langue de la série</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Noms, séparés par des virgules</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Auteurs</translation>
    </message>
    <message>
        <source>A&amp;uthors:</source>
        <translation>A&amp;uteurs&#xa0;:</translation>
    </message>
    <message>
        <source>How the quiz runs</source>
        <translation>Déroulement du quiz</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>Langu&amp;e&#xa0;:</translation>
    </message>
    <message>
        <source>Desc&amp;ription:</source>
        <translation>Desc&amp;ription&#xa0;:</translation>
    </message>
    <message>
        <source>Advanced: the set&apos;s name in the file</source>
        <translation>Avancé&#xa0;: le nom de la série dans le fichier</translation>
    </message>
    <message>
        <source>The file names the set by this id, made from its title; results use it. There is no need to change it.</source>
        <translation>Le fichier désigne la série par cet identifiant, tiré de son titre&#xa0;; les résultats s’en servent. Inutile de le modifier.</translation>
    </message>
    <message>
        <source>After each question</source>
        <translation>Après chaque question</translation>
    </message>
    <message>
        <source>At the end only (exam)</source>
        <translation>À la fin seulement (examen)</translation>
    </message>
    <message>
        <source>When the learner sees feedback</source>
        <translation>Quand l’élève voit le corrigé</translation>
    </message>
    <message>
        <source>Feed&amp;back:</source>
        <translation>&amp;Corrigé&#xa0;:</translation>
    </message>
    <message>
        <source>Questions in random order</source>
        <translation>Questions dans un ordre aléatoire</translation>
    </message>
    <message>
        <source>Answers in random order</source>
        <translation>Réponses dans un ordre aléatoire</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>Seuil de réussite</translation>
    </message>
    <message>
        <source>&amp;Pass mark:</source>
        <translation>&amp;Seuil de réussite&#xa0;:</translation>
    </message>
    <message>
        <source>Name shown</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Ce que cela veut dire</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Kinds of source (labels of classify questions)</source>
        <translation>Types de source (étiquettes des questions à classer)</translation>
    </message>
    <message>
        <source>Add a &amp;kind of source</source>
        <translation>Ajouter un t&amp;ype de source</translation>
    </message>
    <message>
        <source>Name the learner sees</source>
        <translation>Nom que voit l’élève</translation>
    </message>
    <message>
        <source>Advanced: the codes of the kinds of source</source>
        <translation>Avancé&#xa0;: les codes des types de source</translation>
    </message>
    <message>
        <source>Classify questions name each kind of source by its code, made from its name for a kind you add. There is no need to change it.</source>
        <translation>Les questions à classer désignent chaque type de source par son code, fait à partir de son nom pour un type que vous ajoutez. Inutile de le changer.</translation>
    </message>
    <message>
        <source>Code of kind of source {0}</source>
        <translation>Code du type de source {0}</translation>
    </message>
    <message>
        <source>Code of the kind “{0}”</source>
        <translation>Code du type «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Kind of source {0}</source>
        <translation>Type de source {0}</translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation>{0}&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>as your teacher should see it</source>
        <translation>tel que votre enseignant doit le voir</translation>
    </message>
    <message>
        <source>Ask me after each answer whether I am &amp;sure</source>
        <translation>Me demander après chaque réponse si je suis &amp;sûr(e)</translation>
    </message>
    <message>
        <source>A quiz is running: this applies from its next question.</source>
        <translation>Un quiz est en cours&#xa0;: ce réglage s’applique à partir de sa prochaine question.</translation>
    </message>
    <message>
        <source>CSV style</source>
        <translation>Style CSV</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <source>CSV &amp;style:</source>
        <translation>Style &amp;CSV&#xa0;:</translation>
    </message>
    <message>
        <source>Your name is written into the results files you export, so that your teacher knows whose they are. Saying how sure you are shows, on the results screen, how often your sure answers were right.</source>
        <translation>Votre nom est écrit dans les fichiers de résultats que vous exportez, pour que votre enseignant sache à qui ils appartiennent. Dire si vous êtes sûr(e) de vous montre, sur l’écran des résultats, combien de fois vos réponses sûres étaient justes.</translation>
    </message>
    <message>
        <source>Your name could not be saved: {0}</source>
        <translation>Votre nom n’a pas pu être enregistré&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>SkillNames</name>
    <message>
        <source>Attributing statements to their source</source>
        <translation>Attribuer les propos à leur source</translation>
    </message>
    <message>
        <source>Recognising a named source</source>
        <translation>Reconnaître une source nommée</translation>
    </message>
    <message>
        <source>Recognising an anonymous source</source>
        <translation>Reconnaître une source anonyme</translation>
    </message>
    <message>
        <source>Recognising a vague group</source>
        <translation>Reconnaître un groupe vague</translation>
    </message>
    <message>
        <source>Recognising the outlet&apos;s own voice</source>
        <translation>Reconnaître la voix du média</translation>
    </message>
    <message>
        <source>Recognising a plain fact</source>
        <translation>Reconnaître un fait établi</translation>
    </message>
    <message>
        <source>Drafted question, to review</source>
        <translation>Question proposée, à relire</translation>
    </message>
    <message>
        <source>Relayed statements</source>
        <translation>Propos relayés</translation>
    </message>
    <message>
        <source>Headlines and standfirst</source>
        <translation>Titres et chapeau</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Les chiffres</translation>
    </message>
</context>
<context>
    <name>StudyFlow</name>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Your answers are waiting to be saved</source>
        <translation>Vos réponses attendent d’être enregistrées</translation>
    </message>
    <message>
        <source>Another program is using your results file. Your answers are kept and will be saved as soon as it is free again; you can go on.</source>
        <translation>Un autre programme utilise votre fichier de résultats. Vos réponses sont gardées et seront enregistrées dès qu’il sera libre&#xa0;; vous pouvez continuer.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>This quiz no longer fits its set, which was edited since.</source>
        <translation>Ce quiz ne correspond plus à sa série, modifiée depuis.</translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation>&amp;Exporter les résultats…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Your results cannot be saved</source>
        <translation>Vos résultats ne peuvent pas être enregistrés</translation>
    </message>
    <message>
        <source>Your answers can no longer be saved ({0}). You can go on, but this quiz will not be kept. Restart quizapp to start a new results file.</source>
        <translation>Vos réponses ne peuvent plus être enregistrées ({0}). Vous pouvez continuer, mais ce quiz ne sera pas conservé. Relancez quizapp pour commencer un nouveau fichier de résultats.</translation>
    </message>
</context>
<context>
    <name>StudySettings</name>
    <message>
        <source>Comma (,) and decimal point: most spreadsheets</source>
        <translation>Virgule (,) et point décimal&#xa0;: la plupart des tableurs</translation>
    </message>
    <message>
        <source>Semicolon (;) and decimal comma: spreadsheets set to French</source>
        <translation>Point-virgule (;) et virgule décimale&#xa0;: tableurs réglés en français</translation>
    </message>
</context>
<context>
    <name>TeacherActions</name>
    <message>
        <source>&amp;Import from Moodle (GIFT, XML, Aiken)…</source>
        <translation>&amp;Importer depuis Moodle (GIFT, XML, Aiken)…</translation>
    </message>
    <message>
        <source>Export the set for &amp;Moodle (XML, GIFT)…</source>
        <translation>E&amp;xporter la série pour Moodle (XML, GIFT)…</translation>
    </message>
    <message>
        <source>&amp;Class results…</source>
        <translation>Résultats de la &amp;classe…</translation>
    </message>
</context>
<context>
    <name>TrueFalseWidget</name>
    <message>
        <source>True</source>
        <translation>Vrai</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Faux</translation>
    </message>
    <message>
        <source>the statement is true</source>
        <translation>l’affirmation est vraie</translation>
    </message>
    <message>
        <source>the statement is false</source>
        <translation>l’affirmation est fausse</translation>
    </message>
</context>
<context>
    <name>UnfinishedBanner</name>
    <message>
        <source>Unfinished quiz</source>
        <translation>Quiz inachevé</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>Aban&amp;donner</translation>
    </message>
    <message>
        <source>Keep its answers in your history, stop offering it</source>
        <translation>Garder ses réponses dans l’historique, ne plus le proposer</translation>
    </message>
    <message numerus="yes">
        <source>(You have %n other unfinished quiz(zes).)</source>
        <translation>
            <numerusform>(Vous avez %n autre quiz inachevé.)</numerusform>
            <numerusform>(Vous avez %n autres quiz inachevés.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Open that set again to resume it.</source>
        <translation>Rouvrez cette série pour reprendre ce quiz.</translation>
    </message>
    <message>
        <source>The set has been edited since, so this quiz cannot be resumed.</source>
        <translation>La série a été modifiée depuis&#xa0;: ce quiz ne peut plus être repris.</translation>
    </message>
    <message numerus="yes">
        <source>You stopped “{0}” ({1}) on {2}, after %n answer(s).</source>
        <translation>
            <numerusform>Vous avez interrompu «&#xa0;{0}&#xa0;» ({1}) le {2}, après %n réponse.</numerusform>
            <numerusform>Vous avez interrompu «&#xa0;{0}&#xa0;» ({1}) le {2}, après %n réponses.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You stopped “{0}” ({1}) on {2}, after %n answered question(s) out of {3}.</source>
        <translation>
            <numerusform>Vous avez interrompu «&#xa0;{0}&#xa0;» ({1}) le {2}, après %n question sur {3}.</numerusform>
            <numerusform>Vous avez interrompu «&#xa0;{0}&#xa0;» ({1}) le {2}, après %n questions sur {3}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnreviewedBox</name>
    <message numerus="yes">
        <source>%n question(s) of the {0} in this set still marked « to review »: drafted, not reviewed.</source>
        <translation>
            <numerusform>%n question sur les {0} de cette série porte encore la marque «&#xa0;à relire&#xa0;»&#xa0;: proposée, pas encore relue.</numerusform>
            <numerusform>%n questions sur les {0} de cette série portent encore la marque «&#xa0;à relire&#xa0;»&#xa0;: proposées, pas encore relues.</numerusform>
        </translation>
    </message>
    <message>
        <source>To review: questions {0}.</source>
        <translation>À relire&#xa0;: questions {0}.</translation>
    </message>
    <message>
        <source>Exported now, they reach your students as the drafter wrote them.</source>
        <translation>Exportées maintenant, elles arrivent à vos élèves telles que l’assistant de rédaction les a proposées.</translation>
    </message>
    <message>
        <source>&amp;Review them</source>
        <translation>&amp;Les relire</translation>
    </message>
    <message>
        <source>E&amp;xport anyway</source>
        <translation>E&amp;xporter quand même</translation>
    </message>
    <message>
        <source>Go to question {0} in the editor</source>
        <translation>Aller à la question {0} dans l’éditeur</translation>
    </message>
</context>
<context>
    <name>ViewMenus</name>
    <message>
        <source>Text size: {0}%</source>
        <translation>Taille du texte&#xa0;: {0}&#xa0;%</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>Taille &amp;normale</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>S&amp;ystème</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;gue</translation>
    </message>
    <message>
        <source>&amp;System ({0})</source>
        <translation>&amp;Système ({0})</translation>
    </message>
</context>
<context>
    <name>WithdrawnCount</name>
    <message numerus="yes">
        <source>%n withdrawn by “not a claim”</source>
        <translation>
            <numerusform>%n retirée par «&#xa0;N’est pas une affirmation&#xa0;»</numerusform>
            <numerusform>%n retirées par «&#xa0;N’est pas une affirmation&#xa0;»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn as too little is left</source>
        <translation>
            <numerusform>%n retirée car il en reste trop peu</numerusform>
            <numerusform>%n retirées car il en reste trop peu</numerusform>
        </translation>
    </message>
</context>
</TS>
