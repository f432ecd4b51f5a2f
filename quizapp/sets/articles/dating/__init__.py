"""The lines of a pasted article that say when, where and by whom it came out, and whether
they are the article's or the page's and the mail's: the shapes of a date written once
(``date_shapes``), the outlet and date of the dateline under a headline and whether a line
is a byline (``datelines``), what one part of those lines is (``bylines``, tidy58), whether
a part of those lines names a paper or a town
(``outlets``, mend54e), the page's publication line, left out and its date read
(``publication``), and a forwarded mail's headers, left out with their subject and date kept
(``mail_headers``). Apart from ``sets/articles``' other readers since tidy54, which had reached
its 15 modules: each of these reads a line for its date or its outlet, where the rest cut the
paste into the article's paragraphs (a page's menu and tail, quoting marks, wrapped lines).
"""
