"""The PySide6 widgets: the only layer that imports Qt (apart from the app.py composition root)."""
