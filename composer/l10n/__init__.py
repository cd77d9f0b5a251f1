"""The seller's language for what the core says: message files per language, plural forms.

English stays where it is in the data; ``resources/locale/<lang>/`` holds the other
languages, one file per English file. A :class:`~composer.l10n.catalog.Catalog` is made
for one language by whoever shows the words (the app, the command line); nothing here
reads the environment or keeps a language of its own.
"""
