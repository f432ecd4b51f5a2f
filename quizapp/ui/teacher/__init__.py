"""The teacher's windows around sets: importing from Moodle and collecting class results.

Each loads on first use (start-up time) and runs its file work in a background thread.
"""
