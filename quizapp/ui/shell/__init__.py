"""The app's shell: the main window and its menus, the library of sets, loading files,
and the machinery every screen shares (UI language, zoom, theme).

Screens of the other sub-packages are shown by the main window; the shell knows the study
features only through the hooks it is given (``StudyHooks``), so it never imports ``ui.study``.
"""
