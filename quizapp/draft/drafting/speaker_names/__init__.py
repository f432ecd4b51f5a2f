"""How a drafted question names a speaker it shows (moved out of ``drafting`` by junk50, which
brought the package to its size limit): the form of a speaker that makes sense alone, or none
when its words name no one (``standalone``: « ses membres », « Un vote »), whether two speakers
are one person under two forms (``same_speaker``), and the people an article names who never
speak, the wrong options that fill in when too few speak (``bystanders``)."""
