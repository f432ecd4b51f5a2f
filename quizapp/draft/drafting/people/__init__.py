"""The people a drafted question names, apart from the questions themselves (truefalse50 moved
them here when drafting/ reached its size limit): whether a speaker's words name anyone once
they stand alone (``standalone``), two speakers that are one person under two forms
(``same_speaker``), and the people an article names who never speak (``bystanders``), which
fill in wrong options and false statements."""
