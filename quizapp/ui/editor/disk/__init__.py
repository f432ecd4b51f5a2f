"""The editor's file on disk: where the set is saved and what the file last held (``files``),
the File menu's actions (``file_actions``) and what an article or a picture brought in gives
the set (``brought_in``), the strip that says another program changed the file
(``disk_notice``) and the folder the file dialogs open in (``last_folder``). Apart from the
editor's forms and panels so the editor package keeps room under the package limit."""
