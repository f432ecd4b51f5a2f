"""The article a set is about, read from a file the teacher has: ``reading`` takes a .txt, a
saved web page or a Word file and gives its text, headline, outlet, address and date;
``text`` tidies the paragraphs and keeps where each character came from in the file (so that
``quizapp draft --analysis`` can give offsets into the file as it is); ``dating/`` reads the
lines that date a paste (the dateline under its headline, the page's publication line, a
forwarded mail's headers; tidy54). Out of ``quizapp/sets``' top level since tidy34, which had
passed its 15 modules. Nothing here is imported at start-up: an article is read on first use.
"""
