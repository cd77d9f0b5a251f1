"""The message and its header: types, rich text, HTML and plain text, templates, languages.

Plain data and pure functions the checkers, the app and the command line share; no Qt.
"""
