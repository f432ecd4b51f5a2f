"""A set's files on disk: the question file read as text (bounded in size, UTF-8 only, with a
message that helps: ``textfile``), the files a set names found only inside its own folder and
new sets written without overwriting a teacher's work (``set_files``), and what is wrong with
its image files (``image_checks``). Grouped here by tidy39 out of ``sets/``, which had grown
past fifteen entries; the loader, the checker, the converters and the window read files
through them.
"""
