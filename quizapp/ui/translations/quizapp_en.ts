<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AnswerLines</name>
    <message>
        <source>The right answer: {0}</source>
        <translation>The right answer: {0}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Your results will not be saved this time: {0}</source>
        <translation>Your results will not be saved this time: {0}</translation>
    </message>
    <message>
        <source>Results not available</source>
        <translation>Results not available</translation>
    </message>
    <message>
        <source>Your results file was damaged</source>
        <translation>Your results file was damaged</translation>
    </message>
</context>
<context>
    <name>ArticleFind</name>
    <message>
        <source>Fin&amp;d in the article (Ctrl+F):</source>
        <translation>Fin&amp;d in the article (Ctrl+F):</translation>
    </message>
    <message>
        <source>a few words of the passage</source>
        <translation>a few words of the passage</translation>
    </message>
    <message>
        <source>Not in the article.</source>
        <translation>Not in the article.</translation>
    </message>
    <message>
        <source>Found: Enter for the next one, Ctrl+U to use it.</source>
        <translation>Found: Enter for the next one, Ctrl+U to use it.</translation>
    </message>
</context>
<context>
    <name>ArticlePane</name>
    <message>
        <source>Article text</source>
        <translation>Article text</translation>
    </message>
    <message>
        <source>Read only. Select a passage with Shift and the arrow keys.</source>
        <translation>Read only. Select a passage with Shift and the arrow keys.</translation>
    </message>
    <message>
        <source>The question is about the shaded paragraph, {0}</source>
        <translation>The question is about the shaded paragraph, {0}</translation>
    </message>
    <message>
        <source>The question is about the shaded paragraph, “{0}”</source>
        <translation>The question is about the shaded paragraph, “{0}”</translation>
    </message>
    <message>
        <source>The paragraph of the question is shaded; the caret is at its start.</source>
        <translation>The paragraph of the question is shaded; the caret is at its start.</translation>
    </message>
    <message>
        <source>No article</source>
        <translation>No article</translation>
    </message>
</context>
<context>
    <name>ArticlePanel</name>
    <message>
        <source>The article</source>
        <translation>The article</translation>
    </message>
    <message>
        <source>Paste the article below or open its file (.txt, a saved web page .html, a Word .docx). Then select words in it to make passages and questions.</source>
        <translation>Paste the article below or open its file (.txt, a saved web page .html, a Word .docx). Then select words in it to make passages and questions.</translation>
    </message>
    <message>
        <source>&amp;Open a file…</source>
        <translation>&amp;Open a file…</translation>
    </message>
    <message>
        <source>Open an article file…</source>
        <translation>Open an article file…</translation>
    </message>
    <message>
        <source>&amp;Draft questions…</source>
        <translation>&amp;Draft questions…</translation>
    </message>
    <message>
        <source>Draft questions from the article…</source>
        <translation>Draft questions from the article…</translation>
    </message>
    <message>
        <source>With the words selected in the text, make:</source>
        <translation>With the words selected in the text, make:</translation>
    </message>
    <message>
        <source>Headline:</source>
        <translation>Headline:</translation>
    </message>
    <message>
        <source>Headline of the article</source>
        <translation>Headline of the article</translation>
    </message>
    <message>
        <source>Outlet (newspaper, site)</source>
        <translation>Outlet (newspaper, site)</translation>
    </message>
    <message>
        <source>Ne&amp;ws outlet:</source>
        <translation>Ne&amp;ws outlet:</translation>
    </message>
    <message>
        <source>Web address:</source>
        <translation>Web address:</translation>
    </message>
    <message>
        <source>Web address (optional)</source>
        <translation>Web address (optional)</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD, optional)</source>
        <translation>Date (YYYY-MM-DD, optional)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, if the article gives one</source>
        <translation>YYYY-MM-DD, if the article gives one</translation>
    </message>
    <message>
        <source>Written as 2026-11-30, or 30/11/2026</source>
        <translation>Written as 2026-11-30, or 30/11/2026</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Article text</translation>
    </message>
    <message>
        <source>Paste the text of the article here (Ctrl+V).</source>
        <translation>Paste the text of the article here (Ctrl+V).</translation>
    </message>
    <message>
        <source>Use as evidence</source>
        <translation>Use as evidence</translation>
    </message>
    <message>
        <source>Add as the passage to find</source>
        <translation>Add as the passage to find</translation>
    </message>
    <message>
        <source>New claim to classify from this sentence</source>
        <translation>New claim to classify from this sentence</translation>
    </message>
    <message>
        <source>New &apos;who said this?&apos; question from this quote</source>
        <translation>New ‘who said this?’ question from this quote</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Passage to find</source>
        <translation>Passage to find</translation>
    </message>
    <message>
        <source>Claim to classify</source>
        <translation>Claim to classify</translation>
    </message>
    <message>
        <source>&apos;Who said this?&apos;</source>
        <translation>‘Who said this?’</translation>
    </message>
    <message>
        <source>{0}: an article is read from a .txt, .html or .docx file.</source>
        <translation>{0}: an article is read from a .txt, .html or .docx file.</translation>
    </message>
    <message>
        <source>{0}: this is not a regular file.</source>
        <translation>{0}: this is not a regular file.</translation>
    </message>
    <message>
        <source>{0}: the file cannot be read ({1}).</source>
        <translation>{0}: the file cannot be read ({1}).</translation>
    </message>
    <message>
        <source>{0}: the file is too large for an article.</source>
        <translation>{0}: the file is too large for an article.</translation>
    </message>
    <message>
        <source>{0}: the article in this file is {1} characters long, and an article holds at most {2} (about 15,000 words). Cut it to the part the questions are about, or copy that part and paste it.</source>
        <translation>{0}: the article in this file is {1} characters long, and an article holds at most {2} (about 15,000 words). Cut it to the part the questions are about, or copy that part and paste it.</translation>
    </message>
    <message>
        <source>{0}: no article text found in this page: copy the text from the browser and paste it instead.</source>
        <translation>{0}: no article text found in this page: copy the text from the browser and paste it instead.</translation>
    </message>
    <message>
        <source>{0}: this is not a Word document that can be read ({1}).</source>
        <translation>{0}: this is not a Word document that can be read ({1}).</translation>
    </message>
</context>
<context>
    <name>AttemptQuestions</name>
    <message numerus="yes">
        <source>You stopped this set on {0}, after %n answer(s). Resume where you stopped?</source>
        <translation>
            <numerusform>You stopped this set on {0}, after %n answer. Resume where you stopped?</numerusform>
            <numerusform>You stopped this set on {0}, after %n answers. Resume where you stopped?</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting again closes the unfinished quiz; its answers stay in your history.</source>
        <translation>Starting again closes the unfinished quiz; its answers stay in your history.</translation>
    </message>
    <message>
        <source>Unfinished quiz</source>
        <translation>Unfinished quiz</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation>&amp;Start again</translation>
    </message>
    <message>
        <source>Discard the unfinished quiz?</source>
        <translation>Discard the unfinished quiz?</translation>
    </message>
    <message>
        <source>Its answers stay in your history, but you will no longer be able to resume it.</source>
        <translation>Its answers stay in your history, but you will no longer be able to resume it.</translation>
    </message>
    <message>
        <source>&amp;Discard it</source>
        <translation>&amp;Discard it</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Keep it</translation>
    </message>
</context>
<context>
    <name>CheckGuard</name>
    <message>
        <source>Choose a label for each claim first.</source>
        <translation>Choose a label for each claim first.</translation>
    </message>
    <message>
        <source>Choose an answer on each row first.</source>
        <translation>Choose an answer on each row first.</translation>
    </message>
    <message>
        <source>Select the passage in the article and confirm it first.</source>
        <translation>Select the passage in the article and confirm it first.</translation>
    </message>
    <message>
        <source>Tick at least one answer first.</source>
        <translation>Tick at least one answer first.</translation>
    </message>
    <message>
        <source>Choose an answer first.</source>
        <translation>Choose an answer first.</translation>
    </message>
    <message>
        <source>Say how sure you are first: “Sure” or “Not sure”.</source>
        <translation>Say how sure you are first: “Sure” or “Not sure”.</translation>
    </message>
    <message>
        <source>{0} and {1}</source>
        <translation>{0} and {1}</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) have no label yet: check anyway?</source>
        <translation>
            <numerusform>%n claim has no label yet: check anyway?</numerusform>
            <numerusform>%n claims have no label yet: check anyway?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have no answer yet: check anyway?</source>
        <translation>
            <numerusform>%n row has no answer yet: check anyway?</numerusform>
            <numerusform>%n rows have no answer yet: check anyway?</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows left blank</source>
        <translation>Rows left blank</translation>
    </message>
    <message>
        <source>A row left blank counts as missed.</source>
        <translation>A row left blank counts as missed.</translation>
    </message>
    <message>
        <source>No label yet on claim {0}.</source>
        <translation>No label yet on claim {0}.</translation>
    </message>
    <message>
        <source>No label yet on claims {0}.</source>
        <translation>No label yet on claims {0}.</translation>
    </message>
    <message>
        <source>No answer yet on row {0}.</source>
        <translation>No answer yet on row {0}.</translation>
    </message>
    <message>
        <source>No answer yet on rows {0}.</source>
        <translation>No answer yet on rows {0}.</translation>
    </message>
    <message>
        <source>Check &amp;anyway</source>
        <translation>Check &amp;anyway</translation>
    </message>
    <message>
        <source>&amp;Go back and answer them</source>
        <translation>&amp;Go back and answer them</translation>
    </message>
</context>
<context>
    <name>ChoiceWidget</name>
    <message>
        <source>➜ The right answer</source>
        <translation>➜ The right answer</translation>
    </message>
    <message>
        <source>you picked a right answer</source>
        <translation>you picked a right answer</translation>
    </message>
    <message>
        <source>not a right answer</source>
        <translation>not a right answer</translation>
    </message>
    <message>
        <source>a right answer you did not pick</source>
        <translation>a right answer you did not pick</translation>
    </message>
</context>
<context>
    <name>ClassResultsWindow</name>
    <message>
        <source>Class results</source>
        <translation>Class results</translation>
    </message>
    <message>
        <source>Add the results files your students exported from quizapp (CSV or JSON, one or several students each). The same attempt handed in twice counts once.</source>
        <translation>Add the results files your students exported from quizapp (CSV or JSON, one or several students each). The same attempt handed in twice counts once.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Problems found in the files</source>
        <translation>Problems found in the files</translation>
    </message>
    <message>
        <source>Set counted</source>
        <translation>Set counted</translation>
    </message>
    <message>
        <source>All sets</source>
        <translation>All sets</translation>
    </message>
    <message>
        <source>Se&amp;t:</source>
        <translation>Se&amp;t:</translation>
    </message>
    <message>
        <source>&amp;Add students&apos; files…</source>
        <translation>&amp;Add students&apos; files…</translation>
    </message>
    <message>
        <source>Add results files (Ctrl+O)</source>
        <translation>Add results files (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Clear</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Export to CSV…</translation>
    </message>
    <message>
        <source>Write class.csv (Ctrl+S)</source>
        <translation>Write class.csv (Ctrl+S)</translation>
    </message>
    <message>
        <source>No file yet.</source>
        <translation>No file yet.</translation>
    </message>
    <message>
        <source>Wrote {0}</source>
        <translation>Wrote {0}</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation>Could not write {0}: {1}</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>Reading %n file…</numerusform>
            <numerusform>Reading %n files…</numerusform>
        </translation>
    </message>
    <message>
        <source>{files}: {students}, {attempts}, {questions}.</source>
        <translation>{files}: {students}, {attempts}, {questions}.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) read</source>
        <translation>
            <numerusform>%n file read</numerusform>
            <numerusform>%n files read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n student</numerusform>
            <numerusform>%n students</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
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
            <numerusform>%n attempt found twice, counted once.</numerusform>
            <numerusform>%n attempts found twice, counted once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read (see below).</source>
        <translation>
            <numerusform>%n file could not be read (see below).</numerusform>
            <numerusform>%n files could not be read (see below).</numerusform>
        </translation>
    </message>
    <message>
        <source>The files could not be merged.</source>
        <translation>The files could not be merged.</translation>
    </message>
    <message>
        <source>The files could not be merged: {0}</source>
        <translation>The files could not be merged: {0}</translation>
    </message>
    <message>
        <source>Add students&apos; results files</source>
        <translation>Add students&apos; results files</translation>
    </message>
    <message>
        <source>Results files (*.csv *.json);;All files (*)</source>
        <translation>Results files (*.csv *.json);;All files (*)</translation>
    </message>
    <message>
        <source>CSV, comma-separated (*.csv)</source>
        <translation>CSV, comma-separated (*.csv)</translation>
    </message>
    <message>
        <source>CSV, semicolon-separated with decimal commas (*.csv)</source>
        <translation>CSV, semicolon-separated with decimal commas (*.csv)</translation>
    </message>
    <message>
        <source>Export the class results</source>
        <translation>Export the class results</translation>
    </message>
</context>
<context>
    <name>ClassTables</name>
    <message>
        <source>Named source</source>
        <translation>Named source</translation>
    </message>
    <message>
        <source>Anonymous source</source>
        <translation>Anonymous source</translation>
    </message>
    <message>
        <source>Vague group</source>
        <translation>Vague group</translation>
    </message>
    <message>
        <source>The outlet itself</source>
        <translation>The outlet itself</translation>
    </message>
    <message>
        <source>Plain fact</source>
        <translation>Plain fact</translation>
    </message>
    <message>
        <source>Class results tables</source>
        <translation>Class results tables</translation>
    </message>
    <message>
        <source>Students: one row each</source>
        <translation>Students: one row each</translation>
    </message>
    <message>
        <source>Questions, hardest first</source>
        <translation>Questions, hardest first</translation>
    </message>
    <message>
        <source>Confusion matrix: true label by row, chosen label by column</source>
        <translation>Confusion matrix: true label by row, chosen label by column</translation>
    </message>
    <message>
        <source>Skills, weakest first</source>
        <translation>Skills, weakest first</translation>
    </message>
    <message>
        <source>Select the whole table</source>
        <translation>Select the whole table</translation>
    </message>
    <message>
        <source>&amp;Students</source>
        <translation>&amp;Students</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Questions</translation>
    </message>
    <message>
        <source>Confusion &amp;matrix</source>
        <translation>Confusion &amp;matrix</translation>
    </message>
    <message>
        <source>S&amp;kills</source>
        <translation>S&amp;kills</translation>
    </message>
    <message>
        <source>Every claim of every classify question the class answered. Rows: the kind of source the claim really has. Columns: the kind the students chose.</source>
        <translation>Every claim of every classify question the class answered. Rows: the kind of source the claim really has. Columns: the kind the students chose.</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>(no name: {0})</source>
        <translation>(no name: {0})</translation>
    </message>
    <message>
        <source>{0} of {1} ({2})</source>
        <translation>{0} of {1} ({2})</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Students</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>At full marks</source>
        <translation>At full marks</translation>
    </message>
    <message>
        <source>Share right</source>
        <translation>Share right</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Mean score</translation>
    </message>
    <message>
        <source>(open this set to see its question)</source>
        <translation>(open this set to see its question)</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Skill</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>no label</source>
        <translation>no label</translation>
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
        <translation>— choose a label —</translation>
    </message>
    <message>
        <source>Claim {0} of {1}: « {2} »</source>
        <translation>Claim {0} of {1}: “{2}”</translation>
    </message>
    <message>
        <source>label:</source>
        <translation>label:</translation>
    </message>
    <message>
        <source>Labels: {0}</source>
        <translation>Labels: {0}</translation>
    </message>
    <message>
        <source>no label chosen; the right one is “{0}”.</source>
        <translation>no label chosen; the right one is “{0}”.</translation>
    </message>
    <message>
        <source>you chose “{0}”, the right label is “{1}”.</source>
        <translation>you chose “{0}”, the right label is “{1}”.</translation>
    </message>
    <message>
        <source>Evidence: passage {0} of the article (click the claim to show it).</source>
        <translation>Evidence: passage {0} of the article (click the claim to show it).</translation>
    </message>
    <message>
        <source>Evidence: passages {0} of the article (click the claim to show the first).</source>
        <translation>Evidence: passages {0} of the article (click the claim to show the first).</translation>
    </message>
</context>
<context>
    <name>ConfidenceRow</name>
    <message>
        <source>How sure are you?</source>
        <translation>How sure are you?</translation>
    </message>
    <message>
        <source>Su&amp;re</source>
        <translation>Su&amp;re</translation>
    </message>
    <message>
        <source>N&amp;ot sure</source>
        <translation>N&amp;ot sure</translation>
    </message>
</context>
<context>
    <name>Disclosure</name>
    <message>
        <source>Shown: press Space to fold it away.</source>
        <translation>Shown: press Space to fold it away.</translation>
    </message>
    <message>
        <source>Folded away: press Space to show it.</source>
        <translation>Folded away: press Space to show it.</translation>
    </message>
</context>
<context>
    <name>DismissButton</name>
    <message numerus="yes">
        <source>Not a claim: its highlight is gone and %n proposed question(s) resting on it alone withdrawn.</source>
        <translation>
            <numerusform>Not a claim: its highlight is gone and %n proposed question resting on it alone withdrawn.</numerusform>
            <numerusform>Not a claim: its highlight is gone and %n proposed questions resting on it alone withdrawn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) withdrawn: too little is left without it.</source>
        <translation>
            <numerusform>%n question withdrawn: too little is left without it.</numerusform>
            <numerusform>%n questions withdrawn: too little is left without it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) rebuilt without it.</source>
        <translation>
            <numerusform>%n question rebuilt without it.</numerusform>
            <numerusform>%n questions rebuilt without it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Highlighted again: %n proposed question(s) back to decide.</source>
        <translation>
            <numerusform>Highlighted again: %n proposed question back to decide.</numerusform>
            <numerusform>Highlighted again: %n proposed questions back to decide.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) rebuilt with it again.</source>
        <translation>
            <numerusform>%n question rebuilt with it again.</numerusform>
            <numerusform>%n questions rebuilt with it again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a claim: its highlight is gone; no proposed question rested on it alone.</source>
        <translation>Not a claim: its highlight is gone; no proposed question rested on it alone.</translation>
    </message>
    <message>
        <source>Highlighted again.</source>
        <translation>Highlighted again.</translation>
    </message>
    <message>
        <source>U&amp;ndo “not a claim”</source>
        <translation>U&amp;ndo “not a claim”</translation>
    </message>
    <message>
        <source>&amp;Not a claim</source>
        <translation>&amp;Not a claim</translation>
    </message>
    <message>
        <source>The selected passage is no claim: its highlight goes, the proposed questions resting on it alone are withdrawn and those also resting on other passages are rebuilt without it (Alt+N, or Delete in the findings list). Press again to take it back.</source>
        <translation>The selected passage is no claim: its highlight goes, the proposed questions resting on it alone are withdrawn and those also resting on other passages are rebuilt without it (Alt+N, or Delete in the findings list). Press again to take it back.</translation>
    </message>
</context>
<context>
    <name>DraftFindings</name>
    <message>
        <source>(speaker not found)</source>
        <translation>(speaker not found)</translation>
    </message>
    <message>
        <source>[Not a claim]</source>
        <translation>[Not a claim]</translation>
    </message>
    <message>
        <source>[{label}, to check]</source>
        <translation>[{label}, to check]</translation>
    </message>
</context>
<context>
    <name>DraftReviewDialog</name>
    <message>
        <source>Question {number} cannot be accepted as it is: its question or an answer is missing.</source>
        <translation>Question {number} cannot be accepted as it is: its question or an answer is missing.</translation>
    </message>
    <message>
        <source>Question {number} is withdrawn: without the passages marked as not a claim, too little is left to ask. To bring it back, select one of those passages in the findings and press Delete (or Alt+N).</source>
        <translation>Question {number} is withdrawn: without the passages marked as not a claim, too little is left to ask. To bring it back, select one of those passages in the findings and press Delete (or Alt+N).</translation>
    </message>
    <message>
        <source>Question {number} is withdrawn: the passage it rests on is marked as not a claim. To bring it back, select that passage in the findings and press Delete (or Alt+N).</source>
        <translation>Question {number} is withdrawn: the passage it rests on is marked as not a claim. To bring it back, select that passage in the findings and press Delete (or Alt+N).</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>✔ Accepted</source>
        <translation>✔ Accepted</translation>
    </message>
    <message>
        <source>✘ Dropped</source>
        <translation>✘ Dropped</translation>
    </message>
    <message>
        <source>✘ Withdrawn: too little left without the passages not claims</source>
        <translation>✘ Withdrawn: too little left without the passages not claims</translation>
    </message>
    <message>
        <source>✘ Withdrawn: its passage is not a claim</source>
        <translation>✘ Withdrawn: its passage is not a claim</translation>
    </message>
    <message numerus="yes">
        <source>without %n passage(s) not a claim</source>
        <translation>
            <numerusform>without %n passage not a claim</numerusform>
            <numerusform>without %n passages not claims</numerusform>
        </translation>
    </message>
    <message>
        <source>to check</source>
        <translation>to check</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>edited</translation>
    </message>
    <message>
        <source>already added</source>
        <translation>already added</translation>
    </message>
    <message>
        <source>{status} — {kind}: {prompt}</source>
        <translation>{status} — {kind}: {prompt}</translation>
    </message>
    <message>
        <source>To check: the drafter is unsure of a finding this question rests on; read that passage in the article before accepting.</source>
        <translation>To check: the drafter is unsure of a finding this question rests on; read that passage in the article before accepting.</translation>
    </message>
    <message>
        <source>Classify</source>
        <translation>Classify</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <source>True or false</source>
        <translation>True or false</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Multiple choice</translation>
    </message>
    <message>
        <source>Draft from the article</source>
        <translation>Draft from the article</translation>
    </message>
    <message>
        <source>Ar&amp;ticle, findings highlighted</source>
        <translation>Ar&amp;ticle, findings highlighted</translation>
    </message>
    <message>
        <source>Proposed &amp;questions (A accepts, D drops, Ctrl+Z takes back)</source>
        <translation>Proposed &amp;questions (A accepts, D drops, Ctrl+Z takes back)</translation>
    </message>
    <message>
        <source>Dro&amp;p all</source>
        <translation>Dro&amp;p all</translation>
    </message>
    <message>
        <source>&amp;Add accepted questions</source>
        <translation>&amp;Add accepted questions</translation>
    </message>
    <message>
        <source>Each finding is highlighted with its label&apos;s colour and line. The Findings list says each one in words; selecting one there selects its passage here.</source>
        <translation>Each finding is highlighted with its label&apos;s colour and line. The Findings list says each one in words; selecting one there selects its passage here.</translation>
    </message>
    <message>
        <source>Selected question, to correct</source>
        <translation>Selected question, to correct</translation>
    </message>
    <message>
        <source>&amp;Findings (label, cue, speaker)</source>
        <translation>&amp;Findings (label, cue, speaker)</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>Accept all</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) rest on findings the drafter is unsure of (marked “to check”). Accept them too, without checking them?</source>
        <translation>
            <numerusform>%n proposal rests on findings the drafter is unsure of (marked “to check”). Accept it too, without checking it?</numerusform>
            <numerusform>%n proposals rest on findings the drafter is unsure of (marked “to check”). Accept them too, without checking them?</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept them &amp;too</source>
        <translation>Accept them &amp;too</translation>
    </message>
    <message>
        <source>&amp;Only the sure ones</source>
        <translation>&amp;Only the sure ones</translation>
    </message>
    <message>
        <source>“Only the sure ones” leaves them to decide; “Accept them too” accepts them as well.</source>
        <translation>“Only the sure ones” leaves them to decide; “Accept them too” accepts them as well.</translation>
    </message>
    <message>
        <source>Who said it</source>
        <translation>Who said it</translation>
    </message>
    <message>
        <source>A&amp;ccept</source>
        <translation>A&amp;ccept</translation>
    </message>
    <message>
        <source>D&amp;rop</source>
        <translation>D&amp;rop</translation>
    </message>
    <message>
        <source>Accept a&amp;ll</source>
        <translation>Accept a&amp;ll</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Proposed questions</source>
        <translation>Proposed questions</translation>
    </message>
    <message>
        <source>Colours of the labels</source>
        <translation>Colours of the labels</translation>
    </message>
    <message>
        <source>How far the drafter is</source>
        <translation>How far the drafter is</translation>
    </message>
    <message>
        <source>Analysing the article…</source>
        <translation>Analysing the article…</translation>
    </message>
</context>
<context>
    <name>Drafting</name>
    <message>
        <source>Draft questions</source>
        <translation>Draft questions</translation>
    </message>
    <message>
        <source>Paste or open the article first.</source>
        <translation>Paste or open the article first.</translation>
    </message>
    <message>
        <source>The drafter is not part of this version.</source>
        <translation>The drafter is not part of this version.</translation>
    </message>
    <message>
        <source>Language of the article</source>
        <translation>Language of the article</translation>
    </message>
    <message>
        <source>The set is now in {0}, the language of the article.</source>
        <translation>The set is now in {0}, the language of the article.</translation>
    </message>
    <message>
        <source>News outlet taken from the article: {0}.</source>
        <translation>News outlet taken from the article: {0}.</translation>
    </message>
</context>
<context>
    <name>EditorActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>&amp;Question</translation>
    </message>
    <message>
        <source>&amp;New set…</source>
        <translation>&amp;New set…</translation>
    </message>
    <message>
        <source>&amp;Open a set…</source>
        <translation>&amp;Open a set…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <source>&amp;Hand out to students…</source>
        <translation>&amp;Hand out to students…</translation>
    </message>
    <message>
        <source>Export the set for &amp;Moodle (XML, GIFT)…</source>
        <translation>Export the set for &amp;Moodle (XML, GIFT)…</translation>
    </message>
    <message>
        <source>Open an a&amp;rticle file…</source>
        <translation>Open an a&amp;rticle file…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation>Du&amp;plicate</translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation>Move dow&amp;n</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>&amp;Try this question</source>
        <translation>&amp;Try this question</translation>
    </message>
    <message>
        <source>Try the &amp;whole set</source>
        <translation>Try the &amp;whole set</translation>
    </message>
    <message>
        <source>&amp;Draft questions from the article…</source>
        <translation>&amp;Draft questions from the article…</translation>
    </message>
    <message>
        <source>&amp;Add a question</source>
        <translation>&amp;Add a question</translation>
    </message>
    <message>
        <source>&amp;New question</source>
        <translation>&amp;New question</translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation>Dup&amp;licate</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Question deleted (Ctrl+Z brings it back).</source>
        <translation>Question deleted (Ctrl+Z brings it back).</translation>
    </message>
    <message>
        <source>Who says “{0}”?</source>
        <translation>Who says “{0}”?</translation>
    </message>
    <message>
        <source>Where does each claim come from?</source>
        <translation>Where does each claim come from?</translation>
    </message>
    <message>
        <source>Choose a question first, then add evidence.</source>
        <translation>Choose a question first, then add evidence.</translation>
    </message>
    <message>
        <source>Use as evidence</source>
        <translation>Use as evidence</translation>
    </message>
    <message>
        <source>Drafted questions</source>
        <translation>Drafted questions</translation>
    </message>
</context>
<context>
    <name>EditorEntry</name>
    <message>
        <source>Named source</source>
        <translation>Named source</translation>
    </message>
    <message>
        <source>An identified person or organisation, quoted or paraphrased.</source>
        <translation>An identified person or organisation, quoted or paraphrased.</translation>
    </message>
    <message>
        <source>Anonymous source</source>
        <translation>Anonymous source</translation>
    </message>
    <message>
        <source>A specific source the article describes but does not name.</source>
        <translation>A specific source the article describes but does not name.</translation>
    </message>
    <message>
        <source>Vague group</source>
        <translation>Vague group</translation>
    </message>
    <message>
        <source>An unidentifiable group or an impersonal voice.</source>
        <translation>An unidentifiable group or an impersonal voice.</translation>
    </message>
    <message>
        <source>The outlet itself</source>
        <translation>The outlet itself</translation>
    </message>
    <message>
        <source>The outlet&apos;s own assertion, framing or loaded words, with no source.</source>
        <translation>The outlet&apos;s own assertion, framing or loaded words, with no source.</translation>
    </message>
    <message>
        <source>Plain fact</source>
        <translation>Plain fact</translation>
    </message>
    <message>
        <source>A public, checkable fact stated without a source, in neutral words.</source>
        <translation>A public, checkable fact stated without a source, in neutral words.</translation>
    </message>
    <message>
        <source>Cannot edit this file</source>
        <translation>Cannot edit this file</translation>
    </message>
    <message>
        <source>{0}

Fix this in a text editor, then open the file again.</source>
        <translation>{0}

Fix this in a text editor, then open the file again.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>A copy of a built-in set: use Save as to keep it as your own file.</source>
        <translation>A copy of a built-in set: use Save as to keep it as your own file.</translation>
    </message>
    <message>
        <source>this file does not hold a question set</source>
        <translation>this file does not hold a question set</translation>
    </message>
    <message>
        <source>a new set</source>
        <translation>a new set</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>Restore unsaved work?</translation>
    </message>
    <message>
        <source>The editor did not close normally. Your unsaved work on “{0}”, kept at {1}, can be restored. Restore it?</source>
        <translation>The editor did not close normally. Your unsaved work on “{0}”, kept at {1}, can be restored. Restore it?</translation>
    </message>
    <message>
        <source>{0} at {1}</source>
        <translation>{0} at {1}</translation>
    </message>
</context>
<context>
    <name>EditorEntryPoints</name>
    <message>
        <source>&amp;New set…</source>
        <translation>&amp;New set…</translation>
    </message>
    <message>
        <source>&amp;Edit set…</source>
        <translation>&amp;Edit set…</translation>
    </message>
    <message>
        <source>&amp;Edit set</source>
        <translation>&amp;Edit set</translation>
    </message>
    <message>
        <source>Change the selected set in the editor (a built-in set opens as a copy)</source>
        <translation>Change the selected set in the editor (a built-in set opens as a copy)</translation>
    </message>
    <message>
        <source>Question sets, articles and question banks ({0})</source>
        <translation>Question sets, articles and question banks ({0})</translation>
    </message>
    <message>
        <source>Question sets ({0})</source>
        <translation>Question sets ({0})</translation>
    </message>
    <message>
        <source>Articles: text, saved web page, Word ({0})</source>
        <translation>Articles: text, saved web page, Word ({0})</translation>
    </message>
    <message>
        <source>Moodle question banks: GIFT, Aiken, Moodle XML ({0})</source>
        <translation>Moodle question banks: GIFT, Aiken, Moodle XML ({0})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>EditorExport</name>
    <message>
        <source>Export for Moodle</source>
        <translation>Export for Moodle</translation>
    </message>
    <message>
        <source>The export writes the set as saved. Save your changes first?</source>
        <translation>The export writes the set as saved. Save your changes first?</translation>
    </message>
    <message>
        <source>The set cannot be exported yet: it does not open for a quiz.</source>
        <translation>The set cannot be exported yet: it does not open for a quiz.</translation>
    </message>
    <message>
        <source>To fill in or fix: {0}.</source>
        <translation>To fill in or fix: {0}.</translation>
    </message>
</context>
<context>
    <name>EditorNotices</name>
    <message>
        <source>{0} {1}: {2}</source>
        <translation>{0} {1}: {2}</translation>
    </message>
    <message>
        <source>Nothing to point out here.</source>
        <translation>Nothing to point out here.</translation>
    </message>
    <message>
        <source>Remarks: Enter goes to the field</source>
        <translation>Remarks: Enter goes to the field</translation>
    </message>
    <message>
        <source>In the field “{0}”.</source>
        <translation>In the field “{0}”.</translation>
    </message>
</context>
<context>
    <name>EditorRows</name>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Passage {0}</source>
        <translation>Passage {0}</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Show passage {0} in the article</source>
        <translation>Show passage {0} in the article</translation>
    </message>
    <message>
        <source>Passage {0} of claim {1}</source>
        <translation>Passage {0} of claim {1}</translation>
    </message>
    <message>
        <source>Show passage {0} of claim {1} in the article</source>
        <translation>Show passage {0} of claim {1} in the article</translation>
    </message>
    <message>
        <source>Where claim {0} is in the article</source>
        <translation>Where claim {0} is in the article</translation>
    </message>
    <message>
        <source>Where claim {0} is in the article: “{1}”</source>
        <translation>Where claim {0} is in the article: “{1}”</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>Option {0} is correct</source>
        <translation>Option {0} is correct</translation>
    </message>
    <message>
        <source>Option text</source>
        <translation>Option text</translation>
    </message>
    <message>
        <source>Option {0}</source>
        <translation>Option {0}</translation>
    </message>
    <message>
        <source>Feedback when picked (optional)</source>
        <translation>Feedback when picked (optional)</translation>
    </message>
    <message>
        <source>Feedback of option {0}</source>
        <translation>Feedback of option {0}</translation>
    </message>
    <message>
        <source>Keep in place</source>
        <translation>Keep in place</translation>
    </message>
    <message>
        <source>Stays at its place when options are shuffled (e.g. &apos;None of these&apos;)</source>
        <translation>Stays at its place when options are shuffled (e.g. &apos;None of these&apos;)</translation>
    </message>
    <message>
        <source>Option {0} keeps its place</source>
        <translation>Option {0} keeps its place</translation>
    </message>
    <message>
        <source>Correct answer</source>
        <translation>Correct answer</translation>
    </message>
    <message>
        <source>Add a passage to claim {0}</source>
        <translation>Add a passage to claim {0}</translation>
    </message>
    <message>
        <source>The claim, in the article&apos;s words or its neutral core</source>
        <translation>The claim, in the article&apos;s words or its neutral core</translation>
    </message>
    <message>
        <source>Claim {0}</source>
        <translation>Claim {0}</translation>
    </message>
    <message>
        <source>— choose its kind of source —</source>
        <translation>— choose its kind of source —</translation>
    </message>
    <message>
        <source>Kind of source of claim {0}</source>
        <translation>Kind of source of claim {0}</translation>
    </message>
    <message>
        <source>Why (optional)</source>
        <translation>Why (optional)</translation>
    </message>
    <message>
        <source>Explanation of claim {0}</source>
        <translation>Explanation of claim {0}</translation>
    </message>
    <message>
        <source>Add a passage</source>
        <translation>Add a passage</translation>
    </message>
    <message>
        <source>Quote or claim</source>
        <translation>Quote or claim</translation>
    </message>
    <message>
        <source>Left side of pair {0}</source>
        <translation>Left side of pair {0}</translation>
    </message>
    <message>
        <source>Who said it / its source</source>
        <translation>Who said it / its source</translation>
    </message>
    <message>
        <source>Right side of pair {0}</source>
        <translation>Right side of pair {0}</translation>
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
        <translation>The set and its questions</translation>
    </message>
    <message>
        <source>The file was changed by another program since you opened it.</source>
        <translation>The file was changed by another program since you opened it.</translation>
    </message>
    <message>
        <source>&amp;Reload the file (lose my changes)</source>
        <translation>&amp;Reload the file (lose my changes)</translation>
    </message>
    <message>
        <source>&amp;Keep my version</source>
        <translation>&amp;Keep my version</translation>
    </message>
    <message>
        <source>Form of the selected row</source>
        <translation>Form of the selected row</translation>
    </message>
    <message>
        <source>New set</source>
        <translation>New set</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>not saved yet</translation>
    </message>
    <message>
        <source>Set editor — {0} ({1}){2}</source>
        <translation>Set editor — {0} ({1}){2}</translation>
    </message>
    <message>
        <source>This passage is not in the article&apos;s text.</source>
        <translation>This passage is not in the article&apos;s text.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before the set can be used</source>
        <translation>
            <numerusform>%n problem to fix before the set can be used</numerusform>
            <numerusform>%n problems to fix before the set can be used</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) still to fill in</source>
        <translation>
            <numerusform>%n field still to fill in</numerusform>
            <numerusform>%n fields still to fill in</numerusform>
        </translation>
    </message>
    <message>
        <source>{count}: {places}</source>
        <translation>{count}: {places}</translation>
    </message>
    <message>
        <source>No problem: the set is ready to be tried and handed out (File &gt; Hand out to students…)</source>
        <translation>No problem: the set is ready to be tried and handed out (File &gt; Hand out to students…)</translation>
    </message>
    <message numerus="yes">
        <source>No problem; to review before handing it out: %n question(s), {0}</source>
        <translation>
            <numerusform>No problem; to review before handing it out: %n question, {0}</numerusform>
            <numerusform>No problem; to review before handing it out: %n questions, {0}</numerusform>
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
        <translation>Title of the set</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <source>Headline of the article</source>
        <translation>Headline of the article</translation>
    </message>
    <message>
        <source>News outlet</source>
        <translation>News outlet</translation>
    </message>
    <message>
        <source>Text of the article</source>
        <translation>Text of the article</translation>
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
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Text of the answer</source>
        <translation>Text of the answer</translation>
    </message>
    <message>
        <source>Claims to classify</source>
        <translation>Claims to classify</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Pairs</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Kind of source</source>
        <translation>Kind of source</translation>
    </message>
    <message>
        <source>Left side of the pair</source>
        <translation>Left side of the pair</translation>
    </message>
    <message>
        <source>Right side of the pair</source>
        <translation>Right side of the pair</translation>
    </message>
    <message>
        <source>Name of the kind of source</source>
        <translation>Name of the kind of source</translation>
    </message>
    <message>
        <source>Choose whether the statement is true or false.</source>
        <translation>Choose whether the statement is true or false.</translation>
    </message>
    <message>
        <source>Statement to judge</source>
        <translation>Statement to judge</translation>
    </message>
    <message>
        <source>Fill in “{0}”.</source>
        <translation>Fill in “{0}”.</translation>
    </message>
    <message>
        <source>Choose the kind of source of this claim.</source>
        <translation>Choose the kind of source of this claim.</translation>
    </message>
    <message>
        <source>question {0}</source>
        <translation>question {0}</translation>
    </message>
    <message>
        <source>a first question</source>
        <translation>a first question</translation>
    </message>
    <message>
        <source>“{0}”</source>
        <translation>“{0}”</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export results</source>
        <translation>Export results</translation>
    </message>
    <message>
        <source>&amp;All my attempts</source>
        <translation>&amp;All my attempts</translation>
    </message>
    <message>
        <source>&amp;One attempt:</source>
        <translation>&amp;One attempt:</translation>
    </message>
    <message>
        <source>Attempt to export</source>
        <translation>Attempt to export</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>File format</translation>
    </message>
    <message>
        <source>CSV, for a spreadsheet</source>
        <translation>CSV, for a spreadsheet</translation>
    </message>
    <message>
        <source>JSON, for a program</source>
        <translation>JSON, for a program</translation>
    </message>
    <message>
        <source>CSV style</source>
        <translation>CSV style</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>CSV &amp;style:</source>
        <translation>CSV &amp;style:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Your name from the settings is written into the file, and on the attempts made under it.</source>
        <translation>Your name from the settings is written into the file, and on the attempts made under it.</translation>
    </message>
    <message>
        <source>No name is set: your teacher will see only the file&apos;s name. Type your name in File &gt; Settings before exporting.</source>
        <translation>No name is set: your teacher will see only the file&apos;s name. Type your name in File &gt; Settings before exporting.</translation>
    </message>
    <message>
        <source>quizapp results</source>
        <translation>quizapp results</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>Writing {0}…</translation>
    </message>
    <message>
        <source>The file could not be written: {0}</source>
        <translation>The file could not be written: {0}</translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
</context>
<context>
    <name>ExportWords</name>
    <message>
        <source>Format version</source>
        <translation>Format version</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Attempt id</source>
        <translation>Attempt id</translation>
    </message>
    <message>
        <source>Set id</source>
        <translation>Set id</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>Set version</source>
        <translation>Set version</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Attempt score (0 to 1)</source>
        <translation>Attempt score (0 to 1)</translation>
    </message>
    <message>
        <source>Question id</source>
        <translation>Question id</translation>
    </message>
    <message>
        <source>Position (0 first)</source>
        <translation>Position (0 first)</translation>
    </message>
    <message>
        <source>Question score (0 to 1)</source>
        <translation>Question score (0 to 1)</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>Points earned</translation>
    </message>
    <message>
        <source>Points possible</source>
        <translation>Points possible</translation>
    </message>
    <message>
        <source>How sure</source>
        <translation>How sure</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Seconds</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Skills (ids)</source>
        <translation>Skills (ids)</translation>
    </message>
    <message>
        <source>Claims: true&gt;chosen label</source>
        <translation>Claims: true&gt;chosen label</translation>
    </message>
    <message>
        <source>Answer given</source>
        <translation>Answer given</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Export results</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>File name:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Files of type:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <source>The evidence is highlighted in the article.</source>
        <translation>The evidence is highlighted in the article.</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Right!</source>
        <translation>Right!</translation>
    </message>
    <message>
        <source>Partly right</source>
        <translation>Partly right</translation>
    </message>
    <message>
        <source>Not right</source>
        <translation>Not right</translation>
    </message>
    <message>
        <source>points: {0} of {1}</source>
        <translation>points: {0} of {1}</translation>
    </message>
    <message>
        <source>Feedback: {0}</source>
        <translation>Feedback: {0}</translation>
    </message>
    <message>
        <source>Rule: {0}</source>
        <translation>Rule: {0}</translation>
    </message>
    <message>
        <source>Your answer:</source>
        <translation>Your answer:</translation>
    </message>
    <message>
        <source>Passages of the article that show it (highlighted there):</source>
        <translation>Passages of the article that show it (highlighted there):</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Not ready to try</source>
        <translation>Not ready to try</translation>
    </message>
    <message>
        <source>Fix these first:
{0}</source>
        <translation>Fix these first:
{0}</translation>
    </message>
    <message>
        <source>Question {0}: {1}</source>
        <translation>Question {0}: {1}</translation>
    </message>
    <message>
        <source>Open a question set</source>
        <translation>Open a question set</translation>
    </message>
    <message>
        <source>Question sets (*.quiz.yaml *.quiz.yml *.quiz.json)</source>
        <translation>Question sets (*.quiz.yaml *.quiz.yml *.quiz.json)</translation>
    </message>
    <message>
        <source>Save the set</source>
        <translation>Save the set</translation>
    </message>
    <message>
        <source>Question sets (*.quiz.yaml *.quiz.json)</source>
        <translation>Question sets (*.quiz.yaml *.quiz.json)</translation>
    </message>
    <message>
        <source>Changed on disk</source>
        <translation>Changed on disk</translation>
    </message>
    <message>
        <source>Another program changed {0} since you opened it. Replace it with your version?</source>
        <translation>Another program changed {0} since you opened it. Replace it with your version?</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Cannot write {0}: {1}</source>
        <translation>Cannot write {0}: {1}</translation>
    </message>
    <message>
        <source>Saved as {0} in the folder {1}.</source>
        <translation>Saved as {0} in the folder {1}.</translation>
    </message>
    <message>
        <source>The set is ready.</source>
        <translation>The set is ready.</translation>
    </message>
    <message numerus="yes">
        <source>It cannot be opened for a quiz yet: %n problem(s) to fix.</source>
        <translation>
            <numerusform>It cannot be opened for a quiz yet: %n problem to fix.</numerusform>
            <numerusform>It cannot be opened for a quiz yet: %n problems to fix.</numerusform>
        </translation>
    </message>
    <message>
        <source>To fill in or fix: {0}.</source>
        <translation>To fill in or fix: {0}.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Save the changes to this set before closing?</source>
        <translation>Save the changes to this set before closing?</translation>
    </message>
    <message>
        <source>Open an article</source>
        <translation>Open an article</translation>
    </message>
    <message>
        <source>Articles (*.txt *.html *.htm *.docx)</source>
        <translation>Articles (*.txt *.html *.htm *.docx)</translation>
    </message>
    <message>
        <source>Article not read</source>
        <translation>Article not read</translation>
    </message>
    <message>
        <source>Paste the article</source>
        <translation>Paste the article</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Save the set first: its pictures are kept in its folder.</source>
        <translation>Save the set first: its pictures are kept in its folder.</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Choose a picture</translation>
    </message>
    <message>
        <source>Pictures ({0})</source>
        <translation>Pictures ({0})</translation>
    </message>
</context>
<context>
    <name>FindingLabelRow</name>
    <message>
        <source>&amp;Kind of source of this finding:</source>
        <translation>&amp;Kind of source of this finding:</translation>
    </message>
    <message>
        <source>Kind of source of the selected finding</source>
        <translation>Kind of source of the selected finding</translation>
    </message>
</context>
<context>
    <name>FindingSpeakerRow</name>
    <message>
        <source>“{typed}” does not say who spoke: type a person&apos;s or a group&apos;s name.</source>
        <translation>“{typed}” does not say who spoke: type a person&apos;s or a group&apos;s name.</translation>
    </message>
    <message>
        <source>&amp;Who said it:</source>
        <translation>&amp;Who said it:</translation>
    </message>
    <message>
        <source>Who said the selected finding</source>
        <translation>Who said the selected finding</translation>
    </message>
</context>
<context>
    <name>HandOut</name>
    <message>
        <source>&amp;Copy the file&apos;s path</source>
        <translation>&amp;Copy the file&apos;s path</translation>
    </message>
    <message>
        <source>To hand out this set, send your students its file:</source>
        <translation>To hand out this set, send your students its file:</translation>
    </message>
    <message>
        <source>(by e-mail, on your school&apos;s online space or on a USB stick). Each student opens it in quizapp with File &gt; Open… (or drops it on the window), takes it, then sends you its results file (File &gt; Export results…).</source>
        <translation>(by e-mail, on your school&apos;s online space or on a USB stick). Each student opens it in quizapp with File &gt; Open… (or drops it on the window), takes it, then sends you its results file (File &gt; Export results…).</translation>
    </message>
    <message>
        <source>For Moodle instead: File &gt; Export the set for Moodle (XML, GIFT)…</source>
        <translation>For Moodle instead: File &gt; Export the set for Moodle (XML, GIFT)…</translation>
    </message>
    <message>
        <source>You read all their files together in Tools &gt; Class results… (Ctrl+Shift+R).</source>
        <translation>You read all their files together in Tools &gt; Class results… (Ctrl+Shift+R).</translation>
    </message>
    <message>
        <source>Hand out to students</source>
        <translation>Hand out to students</translation>
    </message>
    <message>
        <source>Your students get the set as saved. Save your changes first?</source>
        <translation>Your students get the set as saved. Save your changes first?</translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <source>Mastery over time</source>
        <translation>Mastery over time</translation>
    </message>
    <message>
        <source>No answers yet.</source>
        <translation>No answers yet.</translation>
    </message>
    <message>
        <source>{0}: {1}% on {2}</source>
        <translation>{0}: {1}% on {2}</translation>
    </message>
    <message>
        <source>No answers yet</source>
        <translation>No answers yet</translation>
    </message>
    <message>
        <source>{0}%</source>
        <translation>{0}%</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>{0}%</source>
        <translation>{0}%</translation>
    </message>
    <message>
        <source>Start &amp;boosters</source>
        <translation>Start &amp;boosters</translation>
    </message>
    <message>
        <source>Start the boosters due today</source>
        <translation>Start the boosters due today</translation>
    </message>
    <message>
        <source>Your record on this set</source>
        <translation>Your record on this set</translation>
    </message>
    <message>
        <source>Mastery by kind of source</source>
        <translation>Mastery by kind of source</translation>
    </message>
    <message>
        <source>Mastery by skill</source>
        <translation>Mastery by skill</translation>
    </message>
    <message>
        <source>What the chart shows</source>
        <translation>What the chart shows</translation>
    </message>
    <message>
        <source>Your attempts at this set</source>
        <translation>Your attempts at this set</translation>
    </message>
    <message numerus="yes">
        <source>%n of them made on an earlier version of this set.</source>
        <translation>
            <numerusform>%n of them made on an earlier version of this set.</numerusform>
            <numerusform>%n of them made on an earlier version of this set.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message>
        <source>quiz</source>
        <translation>quiz</translation>
    </message>
    <message>
        <source>review of mistakes</source>
        <translation>review of mistakes</translation>
    </message>
    <message>
        <source>boosters</source>
        <translation>boosters</translation>
    </message>
    <message>
        <source>exam</source>
        <translation>exam</translation>
    </message>
    <message>
        <source>Boosters due today: {0}</source>
        <translation>Boosters due today: {0}</translation>
    </message>
    <message>
        <source>({0} of them in sets that are not open)</source>
        <translation>({0} of them in sets that are not open)</translation>
    </message>
    <message>
        <source>Questions come back here 1 to 30 days after you answer them.</source>
        <translation>Questions come back here 1 to 30 days after you answer them.</translation>
    </message>
    <message>
        <source>Choose a set to see your progress</source>
        <translation>Choose a set to see your progress</translation>
    </message>
    <message>
        <source>Review my &amp;mistakes ({0})</source>
        <translation>Review my &amp;mistakes ({0})</translation>
    </message>
    <message numerus="yes">
        <source>Last score {0} · best {1} · %n finished attempt(s)</source>
        <translation>
            <numerusform>Last score {0} · best {1} · %n finished attempt</numerusform>
            <numerusform>Last score {0} · best {1} · %n finished attempts</numerusform>
        </translation>
    </message>
    <message>
        <source>No finished attempt yet: start this set to see your progress.</source>
        <translation>No finished attempt yet: start this set to see your progress.</translation>
    </message>
    <message>
        <source>Reviews and boosters done: {0}</source>
        <translation>Reviews and boosters done: {0}</translation>
    </message>
    <message>
        <source>Due today in this set: {0}</source>
        <translation>Due today in this set: {0}</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>unfinished</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>discarded</translation>
    </message>
    <message>
        <source>{0} — {1} — {2}</source>
        <translation>{0} — {1} — {2}</translation>
    </message>
    <message>
        <source>earlier version of the set</source>
        <translation>earlier version of the set</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Import questions from Moodle or another quiz tool</source>
        <translation>Import questions from Moodle or another quiz tool</translation>
    </message>
    <message>
        <source>Question banks (*.gift *.txt *.xml);;GIFT (*.gift *.txt);;Moodle XML (*.xml);;Aiken (*.txt);;All files (*)</source>
        <translation>Question banks (*.gift *.txt *.xml);;GIFT (*.gift *.txt);;Moodle XML (*.xml);;Aiken (*.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation>Importing {0}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save the imported set</source>
        <translation>Save the imported set</translation>
    </message>
    <message>
        <source>Question sets (*.quiz.yaml)</source>
        <translation>Question sets (*.quiz.yaml)</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation>Could not write {0}: {1}</translation>
    </message>
    <message>
        <source>{0} could not be imported:</source>
        <translation>{0} could not be imported:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>Import report</translation>
    </message>
    <message>
        <source>{imported}, {skipped}, from {source}.</source>
        <translation>{imported}, {skipped}, from {source}.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) imported</source>
        <translation>
            <numerusform>%n question imported</numerusform>
            <numerusform>%n questions imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message>
        <source>Language of the set: {language}.</source>
        <translation>Language of the set: {language}.</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <source>Save the set, then it opens in the library.</source>
        <translation>Save the set, then it opens in the library.</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Question sets</source>
        <translation>Question sets</translation>
    </message>
    <message>
        <source>Choose a set and press Start. To add your own, use Open a file, the File menu, or drop a .quiz.yaml or .quiz.json file on this window; drop an article (.docx, .html, .txt) to make a new set from it, or a Moodle question bank (GIFT, Aiken, Moodle XML) to import it.</source>
        <translation>Choose a set and press Start. To add your own, use Open a file, the File menu, or drop a .quiz.yaml or .quiz.json file on this window; drop an article (.docx, .html, .txt) to make a new set from it, or a Moodle question bank (GIFT, Aiken, Moodle XML) to import it.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Outlet</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Press Enter to start the selected set.</source>
        <translation>Press Enter to start the selected set.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>&amp;Open a file…</source>
        <translation>&amp;Open a file…</translation>
    </message>
    <message>
        <source>&amp;Remove from library</source>
        <translation>&amp;Remove from library</translation>
    </message>
    <message>
        <source>Remove the selected set from the library</source>
        <translation>Remove the selected set from the library</translation>
    </message>
    <message>
        <source>Take your set out of this list; its file stays where it is (Delete)</source>
        <translation>Take your set out of this list; its file stays where it is (Delete)</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>built in</translation>
    </message>
    <message>
        <source>Remove “{0}” from the library?</source>
        <translation>Remove “{0}” from the library?</translation>
    </message>
    <message>
        <source>Only the list changes: the file {0} stays on your computer, in the folder {1}. To list it again, open it with File &gt; Open.</source>
        <translation>Only the list changes: the file {0} stays on your computer, in the folder {1}. To list it again, open it with File &gt; Open.</translation>
    </message>
    <message>
        <source>Remove from library</source>
        <translation>Remove from library</translation>
    </message>
</context>
<context>
    <name>LoadErrorBox</name>
    <message numerus="yes">
        <source>… and %n more line(s) (see the details)</source>
        <translation>
            <numerusform>… and %n more line (see the details)</numerusform>
            <numerusform>… and %n more lines (see the details)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open the question set</source>
        <translation>Could not open the question set</translation>
    </message>
    <message>
        <source>{0} could not be opened:</source>
        <translation>{0} could not be opened:</translation>
    </message>
    <message>
        <source>Open it in the editor to fill in what is missing.</source>
        <translation>Open it in the editor to fill in what is missing.</translation>
    </message>
    <message>
        <source>Fix in the &amp;editor</source>
        <translation>Fix in the &amp;editor</translation>
    </message>
</context>
<context>
    <name>LocateWidget</name>
    <message>
        <source>Use the selected passage (Ctrl+U)</source>
        <translation>Use the selected passage (Ctrl+U)</translation>
    </message>
    <message>
        <source>Use the passage selected in the article</source>
        <translation>Use the passage selected in the article</translation>
    </message>
    <message>
        <source>your passage covers the answer, highlighted in the article</source>
        <translation>your passage covers the answer, highlighted in the article</translation>
    </message>
    <message numerus="yes">
        <source>too short: you selected %n word(s) of the {0} of the passage highlighted in the article; select at least half of it.</source>
        <translation>
            <numerusform>too short: you selected %n word of the {0} of the passage highlighted in the article; select at least half of it.</numerusform>
            <numerusform>too short: you selected %n words of the {0} of the passage highlighted in the article; select at least half of it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>too broad: you selected %n word(s) for a passage of {0}, highlighted in the article; select the passage itself, not the text around it.</source>
        <translation>
            <numerusform>too broad: you selected %n word for a passage of {0}, highlighted in the article; select the passage itself, not the text around it.</numerusform>
            <numerusform>too broad: you selected %n words for a passage of {0}, highlighted in the article; select the passage itself, not the text around it.</numerusform>
        </translation>
    </message>
    <message>
        <source>the answer is the passage highlighted in the article</source>
        <translation>the answer is the passage highlighted in the article</translation>
    </message>
    <message>
        <source>no passage chosen; the answer is highlighted in the article</source>
        <translation>no passage chosen; the answer is highlighted in the article</translation>
    </message>
    <message>
        <source>Select the passage in the article (with the mouse, or Tab into the text and hold Shift with the arrow keys; Ctrl+F finds words you type), then confirm it with the button below or Ctrl+U.</source>
        <translation>Select the passage in the article (with the mouse, or Tab into the text and hold Shift with the arrow keys; Ctrl+F finds words you type), then confirm it with the button below or Ctrl+U.</translation>
    </message>
    <message>
        <source>Nothing is selected in the article yet.</source>
        <translation>Nothing is selected in the article yet.</translation>
    </message>
    <message>
        <source>No passage chosen yet.</source>
        <translation>No passage chosen yet.</translation>
    </message>
    <message>
        <source>Your passage: “{0}”</source>
        <translation>Your passage: “{0}”</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>quizapp — who says so?</source>
        <translation>quizapp — who says so?</translation>
    </message>
    <message>
        <source>quizapp — {0}</source>
        <translation>quizapp — {0}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Library</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>Loading the built-in question sets…</source>
        <translation>Loading the built-in question sets…</translation>
    </message>
    <message>
        <source>Your set {0} has problems and is not in the library: open it with File &gt; Open to see them.</source>
        <translation>Your set {0} has problems and is not in the library: open it with File &gt; Open to see them.</translation>
    </message>
    <message>
        <source>Your set {0} is no longer where it was saved and is left out of the library; if you moved it, open it with File &gt; Open.</source>
        <translation>Your set {0} is no longer where it was saved and is left out of the library; if you moved it, open it with File &gt; Open.</translation>
    </message>
    <message>
        <source>Opening {0}…</source>
        <translation>Opening {0}…</translation>
    </message>
    <message>
        <source>Added to the library: {0}</source>
        <translation>Added to the library: {0}</translation>
    </message>
    <message>
        <source>Open a question set, an article or a question bank</source>
        <translation>Open a question set, an article or a question bank</translation>
    </message>
</context>
<context>
    <name>Marks</name>
    <message>
        <source>✔ Right</source>
        <translation>✔ Right</translation>
    </message>
    <message>
        <source>✘ Wrong</source>
        <translation>✘ Wrong</translation>
    </message>
    <message>
        <source>➜ Missed</source>
        <translation>➜ Missed</translation>
    </message>
    <message>
        <source>{0}. {1}: {2}</source>
        <translation>{0}. {1}: {2}</translation>
    </message>
</context>
<context>
    <name>MatchWidget</name>
    <message>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>Quote {0} of {1}: « {2} »</source>
        <translation>Quote {0} of {1}: “{2}”</translation>
    </message>
    <message>
        <source>said by:</source>
        <translation>said by:</translation>
    </message>
    <message>
        <source>Choices: {0}</source>
        <translation>Choices: {0}</translation>
    </message>
    <message>
        <source>no answer chosen; it is “{0}”.</source>
        <translation>no answer chosen; it is “{0}”.</translation>
    </message>
    <message>
        <source>you chose “{0}”, the answer is “{1}”.</source>
        <translation>you chose “{0}”, the answer is “{1}”.</translation>
    </message>
</context>
<context>
    <name>MoodleExport</name>
    <message>
        <source>Export for Moodle</source>
        <translation>Export for Moodle</translation>
    </message>
    <message>
        <source>Choose a set in the list.</source>
        <translation>Choose a set in the list.</translation>
    </message>
    <message>
        <source>Moodle XML (*.xml)</source>
        <translation>Moodle XML (*.xml)</translation>
    </message>
    <message>
        <source>GIFT (*.gift *.txt)</source>
        <translation>GIFT (*.gift *.txt)</translation>
    </message>
    <message>
        <source>Export the set for Moodle</source>
        <translation>Export the set for Moodle</translation>
    </message>
    <message>
        <source>The set could not be exported: {0}</source>
        <translation>The set could not be exported: {0}</translation>
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
            <numerusform>%n question written to {0} ({1}).</numerusform>
            <numerusform>%n questions written to {0} ({1}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported:</source>
        <translation>Not exported:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
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
        <translation>none</translation>
    </message>
</context>
<context>
    <name>PassageNavigator</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <source>Previous passage</source>
        <translation>Previous passage</translation>
    </message>
    <message>
        <source>Next passage</source>
        <translation>Next passage</translation>
    </message>
    <message>
        <source>Previous highlighted passage (Shift+F3)</source>
        <translation>Previous highlighted passage (Shift+F3)</translation>
    </message>
    <message>
        <source>Next highlighted passage (F3)</source>
        <translation>Next highlighted passage (F3)</translation>
    </message>
    <message>
        <source>Passage {0} of {1}</source>
        <translation>Passage {0} of {1}</translation>
    </message>
</context>
<context>
    <name>PasteBound</name>
    <message>
        <source>Article too long</source>
        <translation>Article too long</translation>
    </message>
    <message>
        <source>With this text the article would be {0} characters long, and an article holds at most {1} (about 15,000 words). Cut it: paste only the part the questions are about.</source>
        <translation>With this text the article would be {0} characters long, and an article holds at most {1} (about 15,000 words). Cut it: paste only the part the questions are about.</translation>
    </message>
</context>
<context>
    <name>PreviewWindow</name>
    <message>
        <source>Trying: {0} (nothing is recorded)</source>
        <translation>Trying: {0} (nothing is recorded)</translation>
    </message>
</context>
<context>
    <name>ProposalForm</name>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>{title}:</source>
        <translation>{title}:</translation>
    </message>
    <message>
        <source>Kind of source of the quotation</source>
        <translation>Kind of source of the quotation</translation>
    </message>
    <message>
        <source>Kind of source of the reported words</source>
        <translation>Kind of source of the reported words</translation>
    </message>
    <message>
        <source>Kind of source of claim {number}</source>
        <translation>Kind of source of claim {number}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove claim {number}</source>
        <translation>Remove claim {number}</translation>
    </message>
    <message>
        <source>Right answer</source>
        <translation>Right answer</translation>
    </message>
    <message>
        <source>Wrong options</source>
        <translation>Wrong options</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>True</source>
        <translation>True</translation>
    </message>
    <message>
        <source>False</source>
        <translation>False</translation>
    </message>
    <message>
        <source>Who said quotation {number}</source>
        <translation>Who said quotation {number}</translation>
    </message>
    <message>
        <source>Words to find</source>
        <translation>Words to find</translation>
    </message>
    <message>
        <source>“{text}”</source>
        <translation>“{text}”</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
</context>
<context>
    <name>QuestionForm</name>
    <message>
        <source>Kind of question</source>
        <translation>Kind of question</translation>
    </message>
    <message>
        <source>&amp;Kind of question:</source>
        <translation>&amp;Kind of question:</translation>
    </message>
    <message>
        <source>The question the learner reads</source>
        <translation>The question the learner reads</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Q&amp;uestion:</source>
        <translation>Q&amp;uestion:</translation>
    </message>
    <message>
        <source>&amp;Statement to judge:</source>
        <translation>&amp;Statement to judge:</translation>
    </message>
    <message>
        <source>I&amp;mage:</source>
        <translation>I&amp;mage:</translation>
    </message>
    <message>
        <source>Question id</source>
        <translation>Question id</translation>
    </message>
    <message>
        <source>Lowercase words joined by &apos;-&apos;; unique in the set</source>
        <translation>Lowercase words joined by &apos;-&apos;; unique in the set</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Answers (tick the right ones)</source>
        <translation>Answers (tick the right ones)</translation>
    </message>
    <message>
        <source>Add an &amp;answer</source>
        <translation>Add an &amp;answer</translation>
    </message>
    <message>
        <source>Claims to classify</source>
        <translation>Claims to classify</translation>
    </message>
    <message>
        <source>Add a &amp;claim</source>
        <translation>Add a &amp;claim</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Pairs</translation>
    </message>
    <message>
        <source>Add a pa&amp;ssage to find</source>
        <translation>Add a pa&amp;ssage to find</translation>
    </message>
    <message>
        <source>Add a p&amp;air</source>
        <translation>Add a p&amp;air</translation>
    </message>
    <message>
        <source>Extra wrong choice {0}</source>
        <translation>Extra wrong choice {0}</translation>
    </message>
    <message>
        <source>Extra wrong choices (optional)</source>
        <translation>Extra wrong choices (optional)</translation>
    </message>
    <message>
        <source>Add a wrong &amp;choice</source>
        <translation>Add a wrong &amp;choice</translation>
    </message>
    <message>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <source>false</source>
        <translation>false</translation>
    </message>
    <message>
        <source>The statement is:</source>
        <translation>The statement is:</translation>
    </message>
    <message>
        <source>Passages to find (select them in the article)</source>
        <translation>Passages to find (select them in the article)</translation>
    </message>
    <message>
        <source>Partial credit</source>
        <translation>Partial credit</translation>
    </message>
    <message>
        <source>All or nothing</source>
        <translation>All or nothing</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Scoring</translation>
    </message>
    <message>
        <source>Scoring:</source>
        <translation>Scoring:</translation>
    </message>
    <message>
        <source>Right answer</source>
        <translation>Right answer</translation>
    </message>
    <message>
        <source>Shown after answering: why</source>
        <translation>Shown after answering: why</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>E&amp;xplanation:</source>
        <translation>E&amp;xplanation:</translation>
    </message>
    <message>
        <source>Evidence in the article (select it there)</source>
        <translation>Evidence in the article (select it there)</translation>
    </message>
    <message>
        <source>Add ev&amp;idence</source>
        <translation>Add ev&amp;idence</translation>
    </message>
    <message>
        <source>The journalistic rule, e.g. AP: describe the source</source>
        <translation>The journalistic rule, e.g. AP: describe the source</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>&amp;Rule:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>&amp;Points:</translation>
    </message>
    <message>
        <source>Tr&amp;y this question</source>
        <translation>Tr&amp;y this question</translation>
    </message>
    <message>
        <source>Advanced: the question&apos;s name in the file</source>
        <translation>Advanced: the question&apos;s name in the file</translation>
    </message>
    <message>
        <source>The file names each question by this id, made from its words; results use it. There is no need to change it.</source>
        <translation>The file names each question by this id, made from its words; results use it. There is no need to change it.</translation>
    </message>
    <message>
        <source>skills, separated by commas (a new name is added)</source>
        <translation>skills, separated by commas (a new name is added)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>Image file</source>
        <translation>Image file</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>Choose an image</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>No image</translation>
    </message>
</context>
<context>
    <name>QuestionList</name>
    <message>
        <source>The set: {0}</source>
        <translation>The set: {0}</translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>(no title yet)</translation>
    </message>
    <message>
        <source>(no question yet)</source>
        <translation>(no question yet)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
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
        <translation>Picture of the question</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>evidence for claim {0}</source>
        <translation>evidence for claim {0}</translation>
    </message>
    <message>
        <source>evidence for claims {0}</source>
        <translation>evidence for claims {0}</translation>
    </message>
    <message>
        <source>Choose one answer (number keys work too).</source>
        <translation>Choose one answer (number keys work too).</translation>
    </message>
    <message>
        <source>Tick every right answer (number keys toggle them).</source>
        <translation>Tick every right answer (number keys toggle them).</translation>
    </message>
    <message>
        <source>Is this statement true or false? (1 = true, 2 = false)</source>
        <translation>Is this statement true or false? (1 = true, 2 = false)</translation>
    </message>
    <message>
        <source>Say where each claim comes from: pick a label for each row (on a focused row, type the label&apos;s number).</source>
        <translation>Say where each claim comes from: pick a label for each row (on a focused row, type the label&apos;s number).</translation>
    </message>
    <message>
        <source>Give each row one of the choices (on a focused row, type the choice&apos;s number).</source>
        <translation>Give each row one of the choices (on a focused row, type the choice&apos;s number).</translation>
    </message>
    <message>
        <source>Find the passage in the article on the right.</source>
        <translation>Find the passage in the article on the right.</translation>
    </message>
</context>
<context>
    <name>QuestionTypes</name>
    <message>
        <source>One right answer</source>
        <translation>One right answer</translation>
    </message>
    <message>
        <source>Several right answers</source>
        <translation>Several right answers</translation>
    </message>
    <message>
        <source>True or false</source>
        <translation>True or false</translation>
    </message>
    <message>
        <source>Classify claims by source</source>
        <translation>Classify claims by source</translation>
    </message>
    <message>
        <source>Match pairs</source>
        <translation>Match pairs</translation>
    </message>
    <message>
        <source>Find the passage in the article</source>
        <translation>Find the passage in the article</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>%p%</source>
        <comment>progress bar: %p is the percentage done</comment>
        <translation>%p%</translation>
    </message>
    <message>
        <source>See the &amp;results</source>
        <translation>See the &amp;results</translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation>&amp;Next question</translation>
    </message>
    <message>
        <source>Shortcut: Enter or Ctrl+Enter</source>
        <translation>Shortcut: Enter or Ctrl+Enter</translation>
    </message>
    <message>
        <source>Exam mode: the answers are revealed at the end.</source>
        <translation>Exam mode: the answers are revealed at the end.</translation>
    </message>
    <message>
        <source>Question {0} of {1}</source>
        <translation>Question {0} of {1}</translation>
    </message>
    <message>
        <source>&amp;Save answer and continue</source>
        <translation>&amp;Save answer and continue</translation>
    </message>
    <message>
        <source>&amp;Check answer</source>
        <translation>&amp;Check answer</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>You gave every claim you labelled its right kind of source.</source>
        <translation>You gave every claim you labelled its right kind of source.</translation>
    </message>
    <message numerus="yes">
        <source>Most frequent mix-up: %n claim(s) from “{true}” taken for “{chosen}”.</source>
        <translation>
            <numerusform>Most frequent mix-up: %n claim from “{true}” taken for “{chosen}”.</numerusform>
            <numerusform>Most frequent mix-up: %n claims from “{true}” taken for “{chosen}”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your score: {0}%</source>
        <translation>Your score: {0}%</translation>
    </message>
    <message>
        <source>pass mark {0}%</source>
        <translation>pass mark {0}%</translation>
    </message>
    <message>
        <source>✔ Passed ({0})</source>
        <translation>✔ Passed ({0})</translation>
    </message>
    <message>
        <source>✘ Not passed ({0})</source>
        <translation>✘ Not passed ({0})</translation>
    </message>
    <message>
        <source>points: {0} of {1}</source>
        <translation>points: {0} of {1}</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Calibration</translation>
    </message>
    <message>
        <source>Which kind of source did you take for which?</source>
        <translation>Which kind of source did you take for which?</translation>
    </message>
    <message>
        <source>Rows: the true kind of source. Columns: the kind you chose.</source>
        <translation>Rows: the true kind of source. Columns: the kind you chose.</translation>
    </message>
    <message>
        <source>Questions to look at again</source>
        <translation>Questions to look at again</translation>
    </message>
    <message>
        <source>Double-click one (or press Enter on it) to review it.</source>
        <translation>Double-click one (or press Enter on it) to review it.</translation>
    </message>
    <message>
        <source>when you were sure, you were right {0} of {1} times ({2}%)</source>
        <translation>when you were sure, you were right {0} of {1} times ({2}%)</translation>
    </message>
    <message>
        <source>when you were not sure, {0} of {1} times ({2}%)</source>
        <translation>when you were not sure, {0} of {1} times ({2}%)</translation>
    </message>
    <message>
        <source>How sure you were: {0}.</source>
        <translation>How sure you were: {0}.</translation>
    </message>
    <message>
        <source>Confusion matrix: true label by row, your label by column</source>
        <translation>Confusion matrix: true label by row, your label by column</translation>
    </message>
    <message>
        <source>no
label</source>
        <translation>no
label</translation>
    </message>
    <message>
        <source>Select the whole table</source>
        <translation>Select the whole table</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Skill</translation>
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
        <translation>none</translation>
    </message>
    <message>
        <source>By kind of source</source>
        <translation>By kind of source</translation>
    </message>
    <message>
        <source>claims right</source>
        <translation>claims right</translation>
    </message>
    <message>
        <source>Kind of source</source>
        <translation>Kind of source</translation>
    </message>
    <message>
        <source>By skill</source>
        <translation>By skill</translation>
    </message>
    <message>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <source>{0} of {1} ({2}%)</source>
        <translation>{0} of {1} ({2}%)</translation>
    </message>
    <message>
        <source>Missed questions</source>
        <translation>Missed questions</translation>
    </message>
    <message>
        <source>{0} ({1}%)</source>
        <translation>{0} ({1}%)</translation>
    </message>
    <message>
        <source>None: every question fully right.</source>
        <translation>None: every question fully right.</translation>
    </message>
    <message>
        <source>&amp;Review the missed questions</source>
        <translation>&amp;Review the missed questions</translation>
    </message>
    <message>
        <source>Try this set &amp;again</source>
        <translation>Try this set &amp;again</translation>
    </message>
    <message>
        <source>Back to the &amp;library</source>
        <translation>Back to the &amp;library</translation>
    </message>
    <message>
        <source>Next &amp;boosters: {0}</source>
        <translation>Next &amp;boosters: {0}</translation>
    </message>
</context>
<context>
    <name>ReviewKeys</name>
    <message>
        <source>Typing on the list of proposals decides nothing: A accepts, D drops, Ctrl+Z takes a decision back, Enter opens the question to edit it.</source>
        <translation>Typing on the list of proposals decides nothing: A accepts, D drops, Ctrl+Z takes a decision back, Enter opens the question to edit it.</translation>
    </message>
    <message>
        <source>Typing on the list decides nothing, nor does A or D right after typed words: pause a few seconds or move with an arrow key, then press A or D again.</source>
        <translation>Typing on the list decides nothing, nor does A or D right after typed words: pause a few seconds or move with an arrow key, then press A or D again.</translation>
    </message>
</context>
<context>
    <name>ReviewMemory</name>
    <message>
        <source>Close the review</source>
        <translation>Close the review</translation>
    </message>
    <message>
        <source>Your accepted questions and corrections will be lost. Close anyway?</source>
        <translation>Your accepted questions and corrections will be lost. Close anyway?</translation>
    </message>
    <message>
        <source>Close without keeping them</source>
        <translation>Close without keeping them</translation>
    </message>
    <message>
        <source>Keep reviewing</source>
        <translation>Keep reviewing</translation>
    </message>
</context>
<context>
    <name>ReviewProgress</name>
    <message>
        <source>The article could not be analysed: {error}</source>
        <translation>The article could not be analysed: {error}</translation>
    </message>
    <message>
        <source>Analysing the article: paragraph {done} of {total}…</source>
        <translation>Analysing the article: paragraph {done} of {total}…</translation>
    </message>
    <message>
        <source>Analysing the article: checking the findings across it…</source>
        <translation>Analysing the article: checking the findings across it…</translation>
    </message>
    <message>
        <source>Drafting the questions…</source>
        <translation>Drafting the questions…</translation>
    </message>
</context>
<context>
    <name>ReviewState</name>
    <message>
        <source>Proposed: {proposed} — accepted: {accepted}, dropped: {dropped}, to decide: {waiting}</source>
        <translation>Proposed: {proposed} — accepted: {accepted}, dropped: {dropped}, to decide: {waiting}</translation>
    </message>
    <message>
        <source>Proposed: {proposed} — accepted: {accepted}, dropped: {dropped}, {withdrawn}, to decide: {waiting}</source>
        <translation>Proposed: {proposed} — accepted: {accepted}, dropped: {dropped}, {withdrawn}, to decide: {waiting}</translation>
    </message>
    <message>
        <source>The article is too long to draft whole: only its first {drafted} words of {words} were drafted.</source>
        <translation>The article is too long to draft whole: only its first {drafted} words of {words} were drafted.</translation>
    </message>
    <message>
        <source>true or false accepted: {true} true, {false} false</source>
        <translation>true or false accepted: {true} true, {false} false</translation>
    </message>
    <message>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <source>false</source>
        <translation>false</translation>
    </message>
    <message>
        <source>(always answering “{many}” would score {count} of {total}: accept more “{few}” statements or drop some “{many}” ones)</source>
        <translation>(always answering “{many}” would score {count} of {total}: accept more “{few}” statements or drop some “{many}” ones)</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Previous</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>Back to the &amp;results</source>
        <translation>Back to the &amp;results</translation>
    </message>
    <message>
        <source>Review: question {0} of {1} to look at again</source>
        <translation>Review: question {0} of {1} to look at again</translation>
    </message>
</context>
<context>
    <name>RowList</name>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>RowMarks</name>
    <message>
        <source>{0}, {1}, {2}: each row&apos;s mark and why are under it.</source>
        <translation>{0}, {1}, {2}: each row&apos;s mark and why are under it.</translation>
    </message>
    <message numerus="yes">
        <source>%n right answer(s)</source>
        <translation>
            <numerusform>%n right answer</numerusform>
            <numerusform>%n right answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wrong</source>
        <translation>
            <numerusform>%n wrong</numerusform>
            <numerusform>%n wrong</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed</source>
        <translation>
            <numerusform>%n missed</numerusform>
            <numerusform>%n missed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetForm</name>
    <message>
        <source>About this set</source>
        <translation>About this set</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <source>Set id</source>
        <translation>Set id</translation>
    </message>
    <message>
        <source>Proposed from the title: lowercase words joined by &apos;-&apos;</source>
        <translation>Proposed from the title: lowercase words joined by &apos;-&apos;</translation>
    </message>
    <message>
        <source>Language of the set</source>
        <translation>Language of the set</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Names, separated by commas</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Authors</translation>
    </message>
    <message>
        <source>A&amp;uthors:</source>
        <translation>A&amp;uthors:</translation>
    </message>
    <message>
        <source>How the quiz runs</source>
        <translation>How the quiz runs</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>L&amp;anguage:</translation>
    </message>
    <message>
        <source>Desc&amp;ription:</source>
        <translation>Desc&amp;ription:</translation>
    </message>
    <message>
        <source>Advanced: the set&apos;s name in the file</source>
        <translation>Advanced: the set&apos;s name in the file</translation>
    </message>
    <message>
        <source>The file names the set by this id, made from its title; results use it. There is no need to change it.</source>
        <translation>The file names the set by this id, made from its title; results use it. There is no need to change it.</translation>
    </message>
    <message>
        <source>After each question</source>
        <translation>After each question</translation>
    </message>
    <message>
        <source>At the end only (exam)</source>
        <translation>At the end only (exam)</translation>
    </message>
    <message>
        <source>When the learner sees feedback</source>
        <translation>When the learner sees feedback</translation>
    </message>
    <message>
        <source>Feed&amp;back:</source>
        <translation>Feed&amp;back:</translation>
    </message>
    <message>
        <source>Questions in random order</source>
        <translation>Questions in random order</translation>
    </message>
    <message>
        <source>Answers in random order</source>
        <translation>Answers in random order</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>Pass mark</translation>
    </message>
    <message>
        <source>&amp;Pass mark:</source>
        <translation>&amp;Pass mark:</translation>
    </message>
    <message>
        <source>Name shown</source>
        <translation>Name shown</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>What it means</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Kinds of source (labels of classify questions)</source>
        <translation>Kinds of source (labels of classify questions)</translation>
    </message>
    <message>
        <source>Add a &amp;kind of source</source>
        <translation>Add a &amp;kind of source</translation>
    </message>
    <message>
        <source>Name the learner sees</source>
        <translation>Name the learner sees</translation>
    </message>
    <message>
        <source>Advanced: the codes of the kinds of source</source>
        <translation>Advanced: the codes of the kinds of source</translation>
    </message>
    <message>
        <source>Classify questions name each kind of source by its code, made from its name for a kind you add. There is no need to change it.</source>
        <translation>Classify questions name each kind of source by its code, made from its name for a kind you add. There is no need to change it.</translation>
    </message>
    <message>
        <source>Code of kind of source {0}</source>
        <translation>Code of kind of source {0}</translation>
    </message>
    <message>
        <source>Code of the kind “{0}”</source>
        <translation>Code of the kind “{0}”</translation>
    </message>
    <message>
        <source>Kind of source {0}</source>
        <translation>Kind of source {0}</translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>as your teacher should see it</source>
        <translation>as your teacher should see it</translation>
    </message>
    <message>
        <source>Ask me after each answer whether I am &amp;sure</source>
        <translation>Ask me after each answer whether I am &amp;sure</translation>
    </message>
    <message>
        <source>A quiz is running: this applies from its next question.</source>
        <translation>A quiz is running: this applies from its next question.</translation>
    </message>
    <message>
        <source>CSV style</source>
        <translation>CSV style</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Your &amp;name:</translation>
    </message>
    <message>
        <source>CSV &amp;style:</source>
        <translation>CSV &amp;style:</translation>
    </message>
    <message>
        <source>Your name is written into the results files you export, so that your teacher knows whose they are. Saying how sure you are shows, on the results screen, how often your sure answers were right.</source>
        <translation>Your name is written into the results files you export, so that your teacher knows whose they are. Saying how sure you are shows, on the results screen, how often your sure answers were right.</translation>
    </message>
    <message>
        <source>Your name could not be saved: {0}</source>
        <translation>Your name could not be saved: {0}</translation>
    </message>
</context>
<context>
    <name>SkillNames</name>
    <message>
        <source>Attributing statements to their source</source>
        <translation>Attributing statements to their source</translation>
    </message>
    <message>
        <source>Recognising a named source</source>
        <translation>Recognising a named source</translation>
    </message>
    <message>
        <source>Recognising an anonymous source</source>
        <translation>Recognising an anonymous source</translation>
    </message>
    <message>
        <source>Recognising a vague group</source>
        <translation>Recognising a vague group</translation>
    </message>
    <message>
        <source>Recognising the outlet&apos;s own voice</source>
        <translation>Recognising the outlet&apos;s own voice</translation>
    </message>
    <message>
        <source>Recognising a plain fact</source>
        <translation>Recognising a plain fact</translation>
    </message>
    <message>
        <source>Drafted question, to review</source>
        <translation>Drafted question, to review</translation>
    </message>
    <message>
        <source>Relayed statements</source>
        <translation>Relayed statements</translation>
    </message>
    <message>
        <source>Headlines and standfirst</source>
        <translation>Headlines and standfirst</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
</context>
<context>
    <name>StudyFlow</name>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Your answers are waiting to be saved</source>
        <translation>Your answers are waiting to be saved</translation>
    </message>
    <message>
        <source>Another program is using your results file. Your answers are kept and will be saved as soon as it is free again; you can go on.</source>
        <translation>Another program is using your results file. Your answers are kept and will be saved as soon as it is free again; you can go on.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>This quiz no longer fits its set, which was edited since.</source>
        <translation>This quiz no longer fits its set, which was edited since.</translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation>&amp;Export results…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Your results cannot be saved</source>
        <translation>Your results cannot be saved</translation>
    </message>
    <message>
        <source>Your answers can no longer be saved ({0}). You can go on, but this quiz will not be kept. Restart quizapp to start a new results file.</source>
        <translation>Your answers can no longer be saved ({0}). You can go on, but this quiz will not be kept. Restart quizapp to start a new results file.</translation>
    </message>
</context>
<context>
    <name>StudySettings</name>
    <message>
        <source>Comma (,) and decimal point: most spreadsheets</source>
        <translation>Comma (,) and decimal point: most spreadsheets</translation>
    </message>
    <message>
        <source>Semicolon (;) and decimal comma: spreadsheets set to French</source>
        <translation>Semicolon (;) and decimal comma: spreadsheets set to French</translation>
    </message>
</context>
<context>
    <name>TeacherActions</name>
    <message>
        <source>&amp;Import from Moodle (GIFT, XML, Aiken)…</source>
        <translation>&amp;Import from Moodle (GIFT, XML, Aiken)…</translation>
    </message>
    <message>
        <source>Export the set for &amp;Moodle (XML, GIFT)…</source>
        <translation>Export the set for &amp;Moodle (XML, GIFT)…</translation>
    </message>
    <message>
        <source>&amp;Class results…</source>
        <translation>&amp;Class results…</translation>
    </message>
</context>
<context>
    <name>TrueFalseWidget</name>
    <message>
        <source>True</source>
        <translation>True</translation>
    </message>
    <message>
        <source>False</source>
        <translation>False</translation>
    </message>
    <message>
        <source>the statement is true</source>
        <translation>the statement is true</translation>
    </message>
    <message>
        <source>the statement is false</source>
        <translation>the statement is false</translation>
    </message>
</context>
<context>
    <name>UnfinishedBanner</name>
    <message>
        <source>Unfinished quiz</source>
        <translation>Unfinished quiz</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>Keep its answers in your history, stop offering it</source>
        <translation>Keep its answers in your history, stop offering it</translation>
    </message>
    <message numerus="yes">
        <source>(You have %n other unfinished quiz(zes).)</source>
        <translation>
            <numerusform>(You have %n other unfinished quiz.)</numerusform>
            <numerusform>(You have %n other unfinished quizzes.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Open that set again to resume it.</source>
        <translation>Open that set again to resume it.</translation>
    </message>
    <message>
        <source>The set has been edited since, so this quiz cannot be resumed.</source>
        <translation>The set has been edited since, so this quiz cannot be resumed.</translation>
    </message>
    <message numerus="yes">
        <source>You stopped “{0}” ({1}) on {2}, after %n answer(s).</source>
        <translation>
            <numerusform>You stopped “{0}” ({1}) on {2}, after %n answer.</numerusform>
            <numerusform>You stopped “{0}” ({1}) on {2}, after %n answers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You stopped “{0}” ({1}) on {2}, after %n answered question(s) out of {3}.</source>
        <translation>
            <numerusform>You stopped “{0}” ({1}) on {2}, after %n answered question out of {3}.</numerusform>
            <numerusform>You stopped “{0}” ({1}) on {2}, after %n answered questions out of {3}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnreviewedBox</name>
    <message numerus="yes">
        <source>%n question(s) of the {0} in this set still marked « to review »: drafted, not reviewed.</source>
        <translation>
            <numerusform>%n question of the {0} in this set is still marked « to review »: drafted, not reviewed.</numerusform>
            <numerusform>%n questions of the {0} in this set are still marked « to review »: drafted, not reviewed.</numerusform>
        </translation>
    </message>
    <message>
        <source>To review: questions {0}.</source>
        <translation>To review: questions {0}.</translation>
    </message>
    <message>
        <source>Exported now, they reach your students as the drafter wrote them.</source>
        <translation>Exported now, they reach your students as the drafter wrote them.</translation>
    </message>
    <message>
        <source>&amp;Review them</source>
        <translation>&amp;Review them</translation>
    </message>
    <message>
        <source>E&amp;xport anyway</source>
        <translation>E&amp;xport anyway</translation>
    </message>
    <message>
        <source>Go to question {0} in the editor</source>
        <translation>Go to question {0} in the editor</translation>
    </message>
</context>
<context>
    <name>ViewMenus</name>
    <message>
        <source>Text size: {0}%</source>
        <translation>Text size: {0}%</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>&amp;Reset zoom</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Light</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dark</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;guage</translation>
    </message>
    <message>
        <source>&amp;System ({0})</source>
        <translation>&amp;System ({0})</translation>
    </message>
</context>
<context>
    <name>WithdrawnCount</name>
    <message numerus="yes">
        <source>%n withdrawn by “not a claim”</source>
        <translation>
            <numerusform>%n withdrawn by “not a claim”</numerusform>
            <numerusform>%n withdrawn by “not a claim”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn as too little is left</source>
        <translation>
            <numerusform>%n withdrawn as too little is left</numerusform>
            <numerusform>%n withdrawn as too little is left</numerusform>
        </translation>
    </message>
</context>
</TS>
